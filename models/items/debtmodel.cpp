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
        const QList<DebtReason> &reasons =
            total ? QList<DebtReason>() : d.areas.at(column - FirstAreaColumn).reasons;
        if (reasons.isEmpty())
            return {};
        QStringList lines;
        for (const DebtReason &r : reasons) {
            lines << QStringLiteral("+%1  %2").arg(r.points).arg(r.label());
            if (r.waiver) {
                lines << QStringLiteral("      ") + waiverText(*r.waiver);
                if (const QString audit = waiverAudit(*r.waiver); !audit.isEmpty())
                    lines << QStringLiteral("      ") + audit;
            }
        }
        return lines.join(u'\n');
    }
    default:
        return {};
    }
}

QString DebtModel::waiverText(const Waiver &waiver)
{
    const QString until = waiver.expires.isValid()
                              ? formatDate(waiver.expires)
                              : tr("Kubernetes %1").arg(waiver.untilMinor ? waiver.untilMinor->toString() : QString());
    return tr("Waived by %1 until %2: %3").arg(waiver.owner, until, waiver.reason);
}

QString DebtModel::waiverAudit(const Waiver &waiver)
{
    QString text;
    if (!waiver.acceptedBy.isEmpty() && waiver.acceptedAt.isValid())
        text = tr("Accepted by %1 on %2").arg(waiver.acceptedBy, formatDateTime(waiver.acceptedAt));
    else if (!waiver.acceptedBy.isEmpty())
        text = tr("Accepted by %1").arg(waiver.acceptedBy);
    else if (waiver.acceptedAt.isValid())
        text = tr("Accepted on %1").arg(formatDateTime(waiver.acceptedAt));
    int edits = 0;
    for (const WaiverChange &change : waiver.history)
        edits += change.action == WaiverChange::Action::Edited ? 1 : 0;
    if (const auto last = waiver.lastChange(); last && edits > 0) {
        const QString edited =
            tr("edited %n time(s), last by %1 on %2", nullptr, edits).arg(last->by, formatDateTime(last->at));
        text = text.isEmpty() ? edited : tr("%1; %2").arg(text, edited);
    }
    return text;
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
