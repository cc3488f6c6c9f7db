#include "planmodel.h"

#include "formatting.h"
#include "statuscolors.h"

namespace kirikae {

namespace {

int openApis(const PlanHop &hop)
{
    int open = 0;
    for (const PlanApiUse &use : hop.removedApis)
        open += use.waiver ? 0 : 1;
    return open;
}

} // namespace

PlanHopModel::PlanHopModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PlanHopModel::setPlan(const UpgradePlan &plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

void PlanHopModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int PlanHopModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.hops.size());
}

int PlanHopModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanHopModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlanHop &hop = m_plan.hops.at(index.row());
    const int open = openApis(hop) + int(hop.operatorsBlocked.size());
    if (role == OpenRole)
        return open;
    if (role == Qt::BackgroundRole && index.column() == StatusColumn)
        return statusBackground(
            open > 0 ? SupportStatus::Unsupported
                     : (hop.nodesFirst.isEmpty() ? SupportStatus::Supported : SupportStatus::EndingSoon));
    if (role == Qt::ToolTipRole) {
        QStringList lines;
        for (const PlanApiUse &use : hop.removedApis)
            lines << QStringLiteral("%1 %2/%3: %4")
                         .arg(use.finding.kind, use.finding.namespaceName, use.finding.name, use.finding.apiVersion);
        for (const SkewCheck &c : hop.nodesFirst)
            lines << QStringLiteral("%1 %2: %3").arg(c.component, c.version, c.where.join(QStringLiteral(", ")));
        for (const BlockedOperator &b : hop.operatorsBlocked)
            lines << b.describe();
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case HopColumn:
        return role == SortRole ? QVariant(index.row())
                                : QVariant(hop.from.toString() + QStringLiteral(" → ") + hop.to.toString());
    case ReleaseColumn:
        return role == SortRole
                   ? QVariant(hop.patch)
                   : QVariant(hop.vendorRelease.isEmpty() ? hop.patch
                                                          : QStringLiteral("OpenShift ") + hop.vendorRelease);
    case ApisColumn:
        return int(hop.removedApis.size());
    case NodesColumn:
        return int(hop.nodesFirst.size());
    case OperatorsColumn:
        return int(hop.operatorsBlocked.size());
    case StatusColumn:
        if (role == SortRole)
            return open;
        if (open > 0)
            return tr("Blocked: %n open", nullptr, open);
        return hop.nodesFirst.isEmpty() ? tr("Clear") : tr("Nodes first");
    default:
        return {};
    }
}

QVariant PlanHopModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HopColumn:
        //: Column: one control-plane minor step of an upgrade
        return tr("Hop");
    case ReleaseColumn:
        return tr("Release");
    case ApisColumn:
        return tr("Removed APIs in use");
    case NodesColumn:
        return tr("Node pools first");
    case OperatorsColumn:
        return tr("Operators blocked");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

ScheduleModel::ScheduleModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ScheduleModel::setSchedule(const QList<UpgradePlan> &plans, const QList<ScheduledUpgrade> &schedule)
{
    beginResetModel();
    m_plans = plans;
    m_schedule = schedule;
    endResetModel();
}

void ScheduleModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ScheduleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_schedule.size());
}

int ScheduleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScheduledUpgrade &s = m_schedule.at(index.row());
    const UpgradePlan &p = m_plans.at(s.plan);
    if (role == Qt::BackgroundRole && index.column() == StartColumn && s.late)
        return statusBackground(SupportStatus::Unsupported);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    const auto date = [&](QDate d) { return sort ? QVariant(d) : QVariant(formatDate(d)); };
    switch (index.column()) {
    case OrderColumn:
        return index.row() + 1;
    case ClusterColumn:
        return p.cluster;
    case TierColumn:
        if (sort)
            return s.tier;
        return s.tier == 0 ? tr("development") : s.tier == 1 ? tr("staging") : tr("production");
    case RouteColumn:
        return QString(p.from.toString() + QStringLiteral(" → ") + p.target.toString());
    case DeadlineColumn:
        return date(s.deadline);
    case StartColumn:
        return sort || !s.late ? date(s.startBy) : QVariant(tr("%1 (late)").arg(formatDate(s.startBy)));
    case FinishColumn:
        return date(s.finishBy);
    case BlockersColumn:
        return p.openBlockers();
    default:
        return {};
    }
}

QVariant ScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OrderColumn:
        return tr("Order");
    case ClusterColumn:
        return tr("Cluster");
    case TierColumn:
        //: Column: development, staging or production
        return tr("Tier");
    case RouteColumn:
        return tr("Route");
    case DeadlineColumn:
        return tr("Support ends");
    case StartColumn:
        return tr("Start by");
    case FinishColumn:
        return tr("Finish by");
    case BlockersColumn:
        return tr("Open blockers");
    default:
        return {};
    }
}

} // namespace kirikae
