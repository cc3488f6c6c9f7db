#include "inventorymodel.h"

#include "formatting.h"

#include <QLocale>

namespace kirikae {

InventoryModel::InventoryModel(QObject *parent)
    : TableModel(ColumnCount, parent)
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

int InventoryModel::rows() const
{
    return int(m_rows.size());
}

QString InventoryModel::detail(const Row &row) const
{
    if (row.category != Category::Node) {
        const auto &c = m_snapshot.components.at(row.source);
        return c.where.isEmpty() ? c.image : formatPlace(c.where);
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

QVariant InventoryModel::cell(int rowNumber, int column, int role) const
{
    const Row &row = m_rows.at(rowNumber);
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (column) {
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

QString InventoryModel::columnTitle(int column) const
{
    switch (column) {
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
