#include "planjson.h"

#include "costjson.h"

#include <QJsonArray>

namespace kirikae::cli {

namespace {

QJsonValue dateOrNull(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject apiUseJson(const PlanApiUse &use)
{
    const ApiFinding &f = use.finding;
    QJsonObject o{{QStringLiteral("apiVersion"), f.apiVersion},
                  {QStringLiteral("kind"), f.kind},
                  {QStringLiteral("name"), f.name},
                  {QStringLiteral("namespace"), f.namespaceName},
                  {QStringLiteral("removedIn"), f.api.removedIn.toString()},
                  {QStringLiteral("replacement"), f.api.replacement},
                  {QStringLiteral("evidence"), f.evidence},
                  {QStringLiteral("confidence"), f.confidence},
                  {QStringLiteral("origin"), f.origin}};
    if (use.waiver)
        o.insert(QStringLiteral("waiver"), waiverJson(*use.waiver));
    return o;
}

QJsonValue boolOrNull(std::optional<bool> value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonArray crdStorageJson(const QList<CrdStorageBlocker> &blockers)
{
    QJsonArray list;
    for (const CrdStorageBlocker &b : blockers)
        list << QJsonObject{{QStringLiteral("crd"), b.crd},
                            {QStringLiteral("kind"), b.kind},
                            {QStringLiteral("storedVersion"), b.storedVersion},
                            {QStringLiteral("droppedBy"), b.droppedBy},
                            {QStringLiteral("operator"), textOrNull(b.operatorPackage)},
                            {QStringLiteral("operatorVersion"), textOrNull(b.operatorVersion)},
                            {QStringLiteral("servedThere"), QJsonArray::fromStringList(b.servedThere)},
                            {QStringLiteral("evidence"), b.evidence}};
    return list;
}

QJsonValue openShiftJson(const std::optional<OpenShiftHop> &hop)
{
    if (!hop)
        return {};
    QJsonArray risks;
    for (const OpenShiftUpdateRisk &r : hop->risks)
        risks << QJsonObject{{QStringLiteral("name"), r.name},
                             {QStringLiteral("message"), r.message},
                             {QStringLiteral("url"), r.url},
                             {QStringLiteral("matchingRules"), QJsonArray::fromStringList(r.matchingRules)}};
    return QJsonObject{{QStringLiteral("release"), hop->release},
                       {QStringLiteral("channel"), hop->channel},
                       {QStringLiteral("reachable"), boolOrNull(hop->reachable)},
                       {QStringLiteral("recommended"), boolOrNull(hop->recommended)},
                       {QStringLiteral("updateTo"), textOrNull(hop->updateTo)},
                       {QStringLiteral("conditionalReason"), textOrNull(hop->conditionalReason)},
                       {QStringLiteral("eusPath"), hop->eusPath.isEmpty() ? QJsonValue()
                                                                          : QJsonArray::fromStringList(hop->eusPath)},
                       {QStringLiteral("risks"), risks}};
}

QJsonObject hopJson(const PlanHop &hop)
{
    QJsonArray removed;
    for (const PlanApiUse &use : hop.removedApis)
        removed << apiUseJson(use);
    QJsonArray nodesFirst;
    for (const SkewCheck &c : hop.nodesFirst)
        nodesFirst << QJsonObject{{QStringLiteral("component"), c.component},
                                  {QStringLiteral("version"), c.version},
                                  {QStringLiteral("rule"), c.rule.english()},
                                  {QStringLiteral("where"), QJsonArray::fromStringList(c.where)}};
    QJsonArray operators;
    for (const BlockedOperator &b : hop.operatorsBlocked)
        operators << QJsonObject{{QStringLiteral("package"), b.package}, {QStringLiteral("limit"), b.limit.describe()}};
    QJsonArray addons;
    for (const AddonBlocker &a : hop.addonsBlocked)
        addons << QJsonObject{{QStringLiteral("name"), a.name},     {QStringLiteral("version"), a.version},
                              {QStringLiteral("status"), a.status}, {QStringLiteral("upgradeTo"), a.upgradeTo},
                              {QStringLiteral("chart"), a.chart},   {QStringLiteral("kubeVersion"), a.kubeVersion},
                              {QStringLiteral("source"), a.source}};
    return {{QStringLiteral("from"), hop.from.toString()},
            {QStringLiteral("addonsBlocked"), addons},
            {QStringLiteral("to"), hop.to.toString()},
            {QStringLiteral("patch"), hop.patch},
            {QStringLiteral("vendorRelease"), hop.vendorRelease},
            {QStringLiteral("removedApis"), removed},
            {QStringLiteral("nodesFirst"), nodesFirst},
            {QStringLiteral("operatorsBlocked"), operators},
            {QStringLiteral("crdStorageBlocked"), crdStorageJson(hop.crdStorageBlocked)},
            {QStringLiteral("openshift"), openShiftJson(hop.openShift)},
            {QStringLiteral("etcd"), hop.etcd},
            {QStringLiteral("coredns"), hop.coredns}};
}

QJsonArray stepsJson(const Runbook &book)
{
    QJsonArray steps;
    for (const RunbookSection &section : book.sections)
        for (const RunbookBlock &block : section.blocks)
            for (const RunbookStep &step : block.steps)
                steps << QJsonObject{{QStringLiteral("section"), section.title},
                                     {QStringLiteral("title"), step.title},
                                     {QStringLiteral("commands"), QJsonArray::fromStringList(step.commands)}};
    return steps;
}

QJsonObject clusterPlanJson(const UpgradePlan &plan, const Runbook &book)
{
    QJsonArray route{plan.from.toString()};
    QJsonArray hops;
    for (const PlanHop &hop : plan.hops) {
        route << hop.to.toString();
        hops << hopJson(hop);
    }
    QJsonArray waivers;
    for (const Waiver &w : plan.waivers)
        waivers << waiverJson(w);
    return {{QStringLiteral("cluster"), plan.cluster},
            {QStringLiteral("distribution"), plan.distribution},
            {QStringLiteral("currentVersion"), plan.currentVersion},
            {QStringLiteral("from"), plan.from.toString()},
            {QStringLiteral("target"), plan.target.toString()},
            {QStringLiteral("strategy"), strategyKey(plan.strategy)},
            {QStringLiteral("newCluster"), plan.newCluster},
            {QStringLiteral("route"), route},
            {QStringLiteral("hops"), hops},
            {QStringLiteral("apisNotServed"), QJsonArray::fromStringList(plan.apisNotServed)},
            {QStringLiteral("collectionGaps"), QJsonArray::fromStringList(plan.collectionGaps)},
            {QStringLiteral("steps"), stepsJson(book)},
            {QStringLiteral("waivers"), waivers},
            {QStringLiteral("cost"), costJson(plan.cost)},
            {QStringLiteral("forcedUpgrade"), forcedUpgradeJson(plan.cost)},
            {QStringLiteral("finishBy"), dateOrNull(plan.finishBy)},
            {QStringLiteral("decision"), QJsonObject{{QStringLiteral("go"), plan.isGo()},
                                                     {QStringLiteral("openBlockers"), plan.openBlockers()},
                                                     {QStringLiteral("waivedBlockers"), plan.waivedBlockers()}}}};
}

} // namespace

QJsonObject waiverJson(const Waiver &w)
{
    QJsonArray history;
    for (const WaiverChange &change : w.history)
        history << QJsonObject{{QStringLiteral("action"), WaiverChange::actionKey(change.action)},
                               {QStringLiteral("by"), change.by},
                               {QStringLiteral("at"), timeOrNull(change.at)}};
    return {{QStringLiteral("cluster"), w.cluster},
            {QStringLiteral("subject"), w.subject},
            {QStringLiteral("reason"), w.reason},
            {QStringLiteral("owner"), w.owner},
            {QStringLiteral("expires"), dateOrNull(w.expires)},
            {QStringLiteral("untilMinor"), w.untilMinor ? QJsonValue(w.untilMinor->toString()) : QJsonValue()},
            {QStringLiteral("acceptedBy"), w.acceptedBy.isEmpty() ? QJsonValue() : QJsonValue(w.acceptedBy)},
            {QStringLiteral("acceptedAt"), timeOrNull(w.acceptedAt)},
            {QStringLiteral("history"), history}};
}

QJsonObject planJson(const FleetPlan &fleet, const QList<Runbook> &books, QDate today)
{
    QJsonArray plans;
    for (qsizetype i = 0; i < fleet.plans.size(); ++i)
        plans << clusterPlanJson(fleet.plans.at(i), books.value(i));
    QJsonArray schedule;
    int order = 0;
    for (const ScheduledUpgrade &s : fleet.schedule)
        schedule << QJsonObject{{QStringLiteral("order"), ++order},
                                {QStringLiteral("cluster"), fleet.plans.at(s.plan).cluster},
                                {QStringLiteral("tier"), s.tier},
                                {QStringLiteral("durationDays"), s.durationDays},
                                {QStringLiteral("deadline"), dateOrNull(s.deadline)},
                                {QStringLiteral("startBy"), dateOrNull(s.startBy)},
                                {QStringLiteral("finishBy"), dateOrNull(s.finishBy)},
                                {QStringLiteral("late"), s.late},
                                {QStringLiteral("forcedFirst"), s.forcedFirst}};
    QJsonArray errors;
    for (auto it = fleet.errors.cbegin(); it != fleet.errors.cend(); ++it)
        errors << QJsonObject{{QStringLiteral("cluster"), it.key()}, {QStringLiteral("message"), it.value()}};
    return {{QStringLiteral("today"), today.toString(Qt::ISODate)},
            {QStringLiteral("plans"), plans},
            {QStringLiteral("schedule"), schedule},
            {QStringLiteral("errors"), errors}};
}

} // namespace kirikae::cli
