#include "hotspotmodel.h"

#include "debtmodel.h"

#include <algorithm>

namespace kirikae {

HotspotModel::HotspotModel(QObject *parent)
    : TableModel(ColumnCount, parent)
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

int HotspotModel::rows() const
{
    return int(m_rows.size());
}

QVariant HotspotModel::cell(int rowNumber, int column, int role) const
{
    const Row &row = m_rows.at(rowNumber);
    if (role == ClusterRowRole)
        return row.clusterRow;
    if (role == AreaRole)
        return int(row.hotspot.area);
    // The heaviest reason that still counts says most about the hotspot.
    const auto top = std::max_element(row.hotspot.reasons.cbegin(), row.hotspot.reasons.cend(),
                                      [](const DebtReason &a, const DebtReason &b) { return a.points < b.points; });
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (column) {
        case RankColumn:
            return rowNumber + 1;
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
                       ? tr("%1 (and %n more)", nullptr, int(row.hotspot.reasons.size() - 1)).arg(top->label())
                       : top->label();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && column == ReasonColumn) {
        QStringList lines;
        for (const DebtReason &r : row.hotspot.reasons)
            lines << QStringLiteral("+%1  %2").arg(r.points).arg(r.label());
        return lines.join(u'\n');
    }
    return {};
}

QString HotspotModel::columnTitle(int column) const
{
    switch (column) {
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
