#include "inventorymodel.h"

#include <QLocale>

namespace kirikae {

InventoryModel::InventoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void InventoryModel::setSnapshot(const ClusterSnapshot &snapshot)
{
    beginResetModel();
    m_snapshot = snapshot;
    m_rows.clear();
    for (int i = 0; i < m_snapshot.components.size(); ++i) {
        const auto &c = m_snapshot.components.at(i);
        m_rows << Row{c.kind == ComponentInfo::Kind::ControlPlane ? Category::ControlPlane : Category::Addon, c.name,
                      c.version, i};
    }
    for (int i = 0; i < m_snapshot.nodes.size(); ++i) {
        const auto &n = m_snapshot.nodes.at(i);
        m_rows << Row{Category::Node, n.name, n.kubeletVersion, i};
    }
    endResetModel();
}

void InventoryModel::clear()
{
    setSnapshot({});
}

void InventoryModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int InventoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InventoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InventoryModel::detail(const Row &row) const
{
    if (row.category != Category::Node) {
        const auto &c = m_snapshot.components.at(row.source);
        return c.where.isEmpty() ? c.image : c.where;
    }
    const auto &n = m_snapshot.nodes.at(row.source);
    QStringList parts;
    parts << (n.roles.isEmpty() ? tr("worker") : n.roles.join(u", "));
    if (!n.containerRuntime.isEmpty())
        parts << n.containerRuntime;
    if (!n.osImage.isEmpty())
        parts << n.osImage;
    if (!n.ready)
        parts << tr("not ready");
    return parts.join(u" · ");
}

QVariant InventoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case CategoryColumn:
            if (role == SortRole)
                return int(row.category);
            switch (row.category) {
            case Category::ControlPlane:
                return tr("Control plane");
            case Category::Addon:
                return tr("Add-on");
            case Category::Node:
                return tr("Node");
            }
            return {};
        case NameColumn:
            return row.name;
        case VersionColumn:
            return row.version.isEmpty() ? tr("—") : row.version;
        case DetailColumn:
            return detail(row);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && row.category != Category::Node) {
        const auto &c = m_snapshot.components.at(row.source);
        return c.image;
    }
    return {};
}

QVariant InventoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CategoryColumn:
        return tr("Category");
    case NameColumn:
        return tr("Name");
    case VersionColumn:
        return tr("Version");
    case DetailColumn:
        return tr("Where");
    default:
        return {};
    }
}

} // namespace kirikae
