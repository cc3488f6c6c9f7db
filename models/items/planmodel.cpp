#include "planmodel.h"

#include "formatting.h"
#include "statuscolors.h"

namespace kirikae {

PlanHopModel::PlanHopModel(QObject *parent)
    : TableModel(ColumnCount, parent)
{
}

void PlanHopModel::setPlan(const UpgradePlan &plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

int PlanHopModel::rows() const
{
    return int(m_plan.hops.size());
}

QStringList PlanHopModel::extraTooltipLines(const PlanHop &hop)
{
    QStringList lines;
    for (const CrdStorageBlocker &b : hop.crdStorageBlocked)
        lines << tr("CRD %1 stores %2: %3 no longer serves it")
                     .arg(b.crd, b.storedVersion,
                          b.operatorPackage.isEmpty() ? QStringLiteral("Kubernetes ") + b.droppedBy : b.droppedBy);
    if (!hop.openShift)
        return lines;
    const OpenShiftHop &o = *hop.openShift;
    if (o.reachable == false)
        lines << tr("OpenShift %1 is not on the update graph (channel %2)").arg(o.release, o.channel);
    else if (!o.updateTo.isEmpty())
        lines << (o.recommended == false ? tr("OpenShift %1 only as a conditional update (channel %2)")
                                         : tr("OpenShift %1 offered (channel %2)"))
                     .arg(o.updateTo, o.channel);
    for (const OpenShiftUpdateRisk &r : o.risks)
        lines << tr("Risk %1: %2").arg(r.name, r.url);
    if (o.eusPath.size() == 3)
        lines << tr("EUS to EUS: %1 → %2, workers paused").arg(o.eusPath.constFirst(), o.eusPath.constLast());
    return lines;
}

QVariant PlanHopModel::cell(int row, int column, int role) const
{
    const PlanHop &hop = m_plan.hops.at(row);
    const int open = hop.openBlockers();
    if (role == OpenRole)
        return open;
    if (role == Qt::BackgroundRole && column == StatusColumn)
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
        for (const AddonBlocker &a : hop.addonsBlocked)
            lines << a.name + u' ' + a.version;
        lines << extraTooltipLines(hop);
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case HopColumn:
        return role == SortRole ? QVariant(row)
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
    case OtherColumn:
        return int(hop.addonsBlocked.size() + hop.crdStorageBlocked.size()) +
               (hop.openShift ? hop.openShift->openBlockers() : 0);
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

QString PlanHopModel::columnTitle(int column) const
{
    switch (column) {
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
    case OtherColumn:
        //: Hop table column: add-ons and Helm charts, CRD stored versions and OpenShift's update graph that block
        return tr("Add-ons, CRDs, update graph");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

ScheduleModel::ScheduleModel(QObject *parent)
    : TableModel(ColumnCount, parent)
{
}

void ScheduleModel::setSchedule(const QList<UpgradePlan> &plans, const QList<ScheduledUpgrade> &schedule)
{
    beginResetModel();
    m_plans = plans;
    m_schedule = schedule;
    endResetModel();
}

int ScheduleModel::rows() const
{
    return int(m_schedule.size());
}

QVariant ScheduleModel::cell(int row, int column, int role) const
{
    const ScheduledUpgrade &s = m_schedule.at(row);
    const UpgradePlan &p = m_plans.at(s.plan);
    if (role == Qt::BackgroundRole && (column == StartColumn || column == FinishColumn) && s.late)
        return statusBackground(SupportStatus::Unsupported);
    if (role == Qt::ToolTipRole && (column == StartColumn || column == FinishColumn))
        return timingNote(s);
    if (role == Qt::BackgroundRole && column == ForcedColumn && s.forcedFirst)
        return statusBackground(SupportStatus::Unsupported);
    if (role == Qt::ToolTipRole && column == ForcedColumn && p.cost.forced.known())
        return forcedNote(p, s);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    const auto date = [&](QDate d) { return sort ? QVariant(d) : QVariant(formatDate(d)); };
    switch (column) {
    case OrderColumn:
        return row + 1;
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
    case ForcedColumn:
        return p.cost.forced.known() ? date(p.cost.forced.date) : QVariant();
    case BlockersColumn:
        return p.openBlockers();
    default:
        return {};
    }
}

QString ScheduleModel::timingNote(const ScheduledUpgrade &s)
{
    QStringList lines;
    if (s.lateReason == ScheduledUpgrade::Late::DeadlinePassed)
        lines << tr("Late: support ends %1; it can no longer start early enough.").arg(formatDate(s.deadline));
    else if (s.lateReason == ScheduledUpgrade::Late::WaitsForRelease)
        lines
            << tr("Late: it waits for a release and cannot finish before support ends %1.").arg(formatDate(s.deadline));
    if (s.waitsFor.isValid())
        lines << (s.releaseProjected ? tr("A hop waits for its minor, projected for %1 (not announced yet).")
                                     : tr("A hop waits for its minor, released %1."))
                     .arg(formatDate(s.waitsFor));
    return lines.join(u'\n');
}

QString ScheduleModel::forcedNote(const UpgradePlan &plan, const ScheduledUpgrade &slot)
{
    const ForcedUpgrade &f = plan.cost.forced;
    QString text = f.nodePoolsStay
                       ? tr("On %1 the vendor upgrades the control plane to %2; node pools stay.")
                             .arg(formatDate(f.date), f.controlPlaneTo->toString())
                       : tr("On %1 the vendor upgrades the control plane and node pools to %2.")
                             .arg(formatDate(f.date), f.controlPlaneTo->toString());
    if (slot.forcedFirst)
        text += u'\n' + tr("That comes before this upgrade finishes.");
    QStringList breaks;
    for (const Phrase &line : f.breaks())
        breaks << line.localized();
    if (!breaks.isEmpty())
        text += u'\n' + tr("Then breaks: %1").arg(breaks.join(QStringLiteral("; ")));
    return text;
}

QString ScheduleModel::columnTitle(int column) const
{
    switch (column) {
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
    case ForcedColumn:
        //: Column header: the day the cloud vendor upgrades the cluster itself
        return tr("Vendor forces");
    case BlockersColumn:
        return tr("Open blockers");
    default:
        return {};
    }
}

} // namespace kirikae
