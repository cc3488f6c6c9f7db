#include "hotspotmodel.h"

#include "debtmodel.h"

#include <algorithm>

namespace kirikae {

HotspotModel::HotspotModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HotspotModel::setDebt(const QList<ClusterDebt> &debt)
{
    beginResetModel();
    m_rows.clear();
    for (int c = 0; c < debt.size(); ++c)
        for (const DebtHotspot &h : debt.at(c).areas)
            if (h.score() > 0)
                m_rows << Row{h, c};
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const Row &a, const Row &b) { return a.hotspot.score() > b.hotspot.score(); });
    endResetModel();
}

void HotspotModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int HotspotModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HotspotModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HotspotModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == ClusterRowRole)
        return row.clusterRow;
    if (role == AreaRole)
        return int(row.hotspot.area);
    // The heaviest reason that still counts says most about the hotspot.
    const auto top = std::max_element(row.hotspot.reasons.cbegin(), row.hotspot.reasons.cend(),
                                      [](const DebtReason &a, const DebtReason &b) { return a.points < b.points; });
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case RankColumn:
            return index.row() + 1;
        case ScoreColumn:
            return row.hotspot.score();
        case ClusterColumn:
            return row.hotspot.cluster;
        case AreaColumn:
            return role == SortRole ? QVariant(int(row.hotspot.area)) : QVariant(DebtModel::areaName(row.hotspot.area));
        case ReasonColumn:
            if (top == row.hotspot.reasons.cend())
                return {};
            return row.hotspot.reasons.size() > 1
                       ? tr("%1 (and %n more)", nullptr, int(row.hotspot.reasons.size() - 1)).arg(top->label)
                       : top->label;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn) {
        QStringList lines;
        for (const DebtReason &r : row.hotspot.reasons)
            lines << QStringLiteral("+%1  %2").arg(r.points).arg(r.label);
        return lines.join(u'\n');
    }
    return {};
}

QVariant HotspotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn:
        //: Column header: the position in the ranking
        return tr("#");
    case ScoreColumn:
        return tr("Score");
    case ClusterColumn:
        return tr("Cluster");
    case AreaColumn:
        return tr("Area");
    case ReasonColumn:
        return tr("Heaviest reason");
    default:
        return {};
    }
}

} // namespace kirikae
