#include "debtmodel.h"

#include "formatting.h"

#include <QColor>

namespace kirikae {

DebtModel::DebtModel(QObject *parent)
    : TableModel(ColumnCount, parent)
{
}

void DebtModel::setDebt(const QList<ClusterDebt> &debt)
{
    beginResetModel();
    m_debt = debt;
    endResetModel();
}

QString DebtModel::areaName(DebtArea area)
{
    switch (area) {
    case DebtArea::Apis:
        return tr("APIs");
    case DebtArea::Support:
        return tr("Versions and support");
    case DebtArea::Skew:
        return tr("Version skew");
    case DebtArea::Operators:
        return tr("Operators");
    case DebtArea::Addons:
        break;
    }
    return tr("Add-ons");
}

int DebtModel::rows() const
{
    return int(m_debt.size());
}

QVariant DebtModel::cell(int row, int column, int role) const
{
    const ClusterDebt &d = m_debt.at(row);
    if (column == ClusterColumn)
        return role == Qt::DisplayRole || role == SortRole ? QVariant(d.cluster) : QVariant();
    if (column == TrendColumn) {
        // Oldest to newest totals; the sort value is the change since the oldest snapshot.
        QStringList scores;
        QStringList dated;
        for (const DebtTrendPoint &p : d.trend) {
            scores << QString::number(p.score);
            dated << tr("%1: %2").arg(formatDateTime(p.collectedAt)).arg(p.score);
        }
        switch (role) {
        case Qt::DisplayRole:
            return d.trend.size() < 2 ? tr("—") : scores.join(QStringLiteral(" → "));
        case SortRole:
            return d.trend.size() < 2 ? 0 : d.trend.constLast().score - d.trend.constFirst().score;
        case Qt::ToolTipRole:
            return d.trend.size() < 2 ? tr("Only one snapshot of this cluster.") : dated.join(u'\n');
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignCenter);
        default:
            return {};
        }
    }
    const bool total = column == TotalColumn;
    const int score = total ? d.total() : d.areas.at(column - FirstAreaColumn).score();
    switch (role) {
    case Qt::DisplayRole:
        return score;
    case SortRole:
        return score;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case Qt::BackgroundRole: {
        // 0 is white; 60 or more is the deepest red.
        const double t = std::min(1.0, score / (total ? 120.0 : 60.0));
        return QColor::fromRgbF(1.0, 1.0 - 0.62 * t, 1.0 - 0.66 * t);
    }
    case Qt::ToolTipRole: {
        if (total || score == 0)
            return {};
        QStringList lines;
        for (const DebtReason &r : d.areas.at(column - FirstAreaColumn).reasons)
            lines << QStringLiteral("+%1  %2").arg(r.points).arg(r.label);
        return lines.join(u'\n');
    }
    default:
        return {};
    }
}

QString DebtModel::columnTitle(int column) const
{
    if (column == ClusterColumn)
        return tr("Cluster");
    if (column == TotalColumn)
        return tr("Total");
    if (column == TrendColumn)
        //: Column header: the total score of each snapshot of the cluster, oldest first
        return tr("Trend");
    return areaName(DebtArea(column - FirstAreaColumn));
}

} // namespace kirikae
