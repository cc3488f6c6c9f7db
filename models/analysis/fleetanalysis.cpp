#include "fleetanalysis.h"

#include "analysis/bundlereader.h"

#include <QCoreApplication>
#include <QSet>

namespace kirikae {

const ClusterStatus *FleetAnalysis::statusOf(const QString &cluster) const
{
    const ClusterStatus *found = nullptr;
    QDateTime when;
    for (qsizetype i = 0; i < fleet.clusters.size(); ++i) {
        const ClusterSnapshot &s = fleet.clusters.at(i).snapshot;
        if (s.name == cluster && (!found || when < s.collectedAt)) {
            found = &statuses.at(i);
            when = s.collectedAt;
        }
    }
    return found;
}

FleetAnalysis analyseFleet(LoadedFleet fleet, const QList<Waiver> &waivers, const Catalogs &catalogs, QDate today,
                           const QList<ContractPrice> &prices)
{
    FleetAnalysis a;
    a.today = today;
    a.prices = prices;
    a.fleet = std::move(fleet);
    for (const FleetEntry &entry : std::as_const(a.fleet.clusters))
        a.statuses << assessCluster(entry.snapshot, catalogs, today);

    QList<ClusterDebt> perSnapshot;
    for (qsizetype i = 0; i < a.fleet.clusters.size(); ++i)
        perSnapshot << assessDebt(a.fleet.clusters.at(i).snapshot, a.statuses.at(i), catalogs.deprecatedApis, waivers,
                                  today);
    a.debt = latestWithTrend(perSnapshot);

    QMap<QString, qsizetype> newest; // cluster → index of its newest snapshot
    std::optional<MinorVersion> oldest;
    for (qsizetype i = 0; i < a.fleet.clusters.size(); ++i) {
        const ClusterSnapshot &s = a.fleet.clusters.at(i).snapshot;
        const auto slot = newest.constFind(s.name);
        if (slot == newest.cend() || a.fleet.clusters.at(*slot).snapshot.collectedAt < s.collectedAt)
            newest.insert(s.name, i);
        if (const auto minor = MinorVersion::parse(s.serverVersion); minor && (!oldest || *minor < *oldest))
            oldest = minor;
    }
    QSet<QString> listed;
    for (const FleetEntry &entry : std::as_const(a.fleet.clusters)) { // in the order given
        if (listed.contains(entry.snapshot.name))
            continue;
        listed.insert(entry.snapshot.name);
        const qsizetype index = newest.value(entry.snapshot.name);
        const ClusterSnapshot &s = a.fleet.clusters.at(index).snapshot;
        a.current << a.fleet.clusters.at(index);
        a.currentStatuses << a.statuses.at(index);
        a.newest << s;
        a.operators << BundleReader::fromSnapshot(s);
        a.costs << assessCost(s, a.statuses.at(index), catalogs, prices, today);
    }
    // Where each cluster stands now; its older snapshots only feed its debt trend.
    a.matrix = buildVersionMatrix(a.current, a.currentStatuses);
    const auto latest = catalogs.kubernetes.newestReleasedBy(today);
    for (const MinorRelease &release : catalogs.kubernetes.published()) {
        if ((!oldest || release.minor >= *oldest) && (!latest || release.minor <= latest->minor))
            a.targets << release.minor;
    }
    return a;
}

const UpgradePlan *FleetPlan::planOf(const QString &cluster) const
{
    for (const UpgradePlan &p : plans)
        if (p.cluster == cluster)
            return &p;
    return nullptr;
}

QList<UpgradePlan> FleetPlan::scheduledPlans() const
{
    QList<UpgradePlan> result;
    for (const ScheduledUpgrade &s : schedule)
        result << plans.at(s.plan);
    return result;
}

FleetPlan planFleet(const QList<ClusterSnapshot> &clusters, const FleetPlanRequest &request, const Catalogs &catalogs)
{
    FleetPlan result;
    const bool blueGreenFocus = request.strategy == UpgradeStrategy::BlueGreen && request.newCluster;
    const QString replacement = blueGreenFocus ? request.newCluster->name : QString();
    for (const ClusterSnapshot &s : clusters) {
        if (!replacement.isEmpty() && s.name == replacement && s.name != request.focus)
            continue; // the new cluster replaces another one: it is not upgraded itself
        PlanRequest each;
        each.snapshot = s;
        each.target = request.target;
        each.waivers = request.waivers;
        each.today = request.today;
        each.prices = request.prices;
        each.bundles = request.bundles;
        const bool focused = request.focus.isEmpty() || s.name == request.focus;
        each.strategy = focused ? request.strategy : UpgradeStrategy::InPlace;
        if (focused && request.newCluster && each.strategy == UpgradeStrategy::BlueGreen) {
            if (request.newCluster->name == s.name) {
                // Refused for the plan asked for; the fleet's schedule still plans the cluster in place.
                result.errors.insert(s.name, QCoreApplication::translate("FleetAnalysis",
                                                                         "%1: the new cluster cannot be the cluster "
                                                                         "it replaces.")
                                                 .arg(s.name));
                each.strategy = UpgradeStrategy::InPlace;
            } else {
                each.newCluster = request.newCluster;
            }
        }
        QString error;
        if (auto plan = planUpgrade(each, catalogs, &error))
            result.plans << *plan;
        else
            result.errors.insert(s.name, error);
    }
    QList<UpgradePlan> withHops;
    QList<int> index;
    for (int i = 0; i < result.plans.size(); ++i) {
        if (!result.plans.at(i).hops.isEmpty()) {
            withHops << result.plans.at(i);
            index << i;
        }
    }
    FleetScheduleRules rules;
    rules.atOnce = request.upgradesAtOnce;
    result.schedule = scheduleFleet(withHops, request.today, rules);
    for (ScheduledUpgrade &s : result.schedule) {
        s.plan = index.at(s.plan);
        result.plans[s.plan].finishBy = s.finishBy;
    }
    return result;
}

} // namespace kirikae
