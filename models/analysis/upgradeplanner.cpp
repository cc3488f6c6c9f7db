#include "upgradeplanner.h"

#include "analysis/bundlereader.h"
#include "analysis/clusterstatus.h"
#include "analysis/fleetgroups.h"
#include "analysis/fleetschedule.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

namespace kirikae {

namespace {

/// Each object once, from its surest evidence.
QList<ApiFinding> uniqueFindings(const QList<ApiFinding> &findings)
{
    QMap<QString, ApiFinding> byObject;
    for (const ApiFinding &f : findings) {
        const QString key = f.apiVersion + u'|' + f.kind + u'|' + f.namespaceName + u'|' + f.name;
        auto it = byObject.find(key);
        if (it == byObject.end() || (it->confidence != u"certain" && f.confidence == u"certain"))
            byObject.insert(key, f);
    }
    return byObject.values();
}

/// Group/versions the old cluster's workloads use, with the objects that use them.
QMap<QString, QStringList> usedGroupVersions(const ClusterSnapshot &s)
{
    QMap<QString, QStringList> used;
    const auto add = [&](const ObjectUse &o, const QString &source) {
        const QString object = o.namespaceName.isEmpty() ? o.name : o.namespaceName + u'/' + o.name;
        const QString text = QStringLiteral("%1 %2 (%3)").arg(o.kind, object, source);
        if (!used[o.apiVersion].contains(text))
            used[o.apiVersion] << text;
    };
    for (const ObjectUse &o : s.objectUses)
        add(o, o.source);
    for (const HelmRelease &r : s.helmReleases) {
        for (const ObjectUse &o : r.objects)
            add(o, QStringLiteral("helm:") + r.name);
    }
    for (const DeprecatedApiRequest &r : s.deprecatedApiRequests) {
        const QString gv = r.group.isEmpty() ? r.version : r.group + u'/' + r.version;
        const QString text = QStringLiteral("%1 (%2 requests)").arg(r.resource).arg(r.count);
        if (!used[gv].contains(text))
            used[gv] << text;
    }
    return used;
}

} // namespace

QString apiWaiverSubject(const ApiFinding &f)
{
    if (f.evidence == u"metrics")
        return QStringLiteral("Clients request %1 %2").arg(f.name, f.apiVersion);
    QString object = f.kind;
    if (!f.name.isEmpty())
        object += u' ' + (f.namespaceName.isEmpty() ? f.name : f.namespaceName + u'/' + f.name);
    return object + QStringLiteral(" uses ") + f.apiVersion;
}

bool UpgradePlan::forcedFirst(QDate today) const
{
    if (!cost.forced.known() || hops.isEmpty())
        return false;
    return cost.forced.date < (finishBy.isValid() ? finishBy : today);
}

int PlanHop::openBlockers() const
{
    int open = int(operatorsBlocked.size() + addonsBlocked.size() + crdStorageBlocked.size());
    if (openShift)
        open += openShift->openBlockers();
    for (const PlanApiUse &use : removedApis)
        open += use.waiver ? 0 : 1;
    return open;
}

QString strategyKey(UpgradeStrategy strategy)
{
    return strategy == UpgradeStrategy::BlueGreen ? QStringLiteral("blue-green") : QStringLiteral("in-place");
}

std::optional<UpgradeStrategy> strategyFromKey(const QString &key)
{
    if (key == u"in-place")
        return UpgradeStrategy::InPlace;
    if (key == u"blue-green")
        return UpgradeStrategy::BlueGreen;
    return std::nullopt;
}

int UpgradePlan::openBlockers() const
{
    int open = int(apisNotServed.size());
    for (const PlanHop &hop : hops)
        open += hop.openBlockers();
    return open;
}

int UpgradePlan::waivedBlockers() const
{
    int waived = 0;
    for (const PlanHop &hop : hops) {
        for (const PlanApiUse &use : hop.removedApis)
            waived += use.waiver ? 1 : 0;
    }
    return waived;
}

namespace {

/// What every hop needs to know while the route is walked.
struct RouteContext
{
    const PlanRequest &request;
    const Catalogs &catalogs;
    QList<ApiFinding> removed; ///< every object on an API the target removes, once
    OperatorSource operators;
    bool openShift = false;
    bool selfManaged = false;
    MinorVersion waiverMinor; ///< the minor waivers are judged at (the cluster's, as the debt score does)
};

/// A hop from → to with what the catalogs say of `to`: patch, release date, OpenShift release, kubeadm add-ons.
PlanHop startHop(const RouteContext &rc, MinorVersion from, MinorVersion to)
{
    PlanHop hop;
    hop.from = from;
    hop.to = to;
    const auto release = rc.catalogs.kubernetes.release(to);
    hop.patch = release && !release->latestPatch.isEmpty() ? release->latestPatch : to.toString() + u".x";
    if (release) {
        hop.released = release->released;
        hop.releaseProjected = release->projected;
    }
    if (rc.openShift) {
        if (const auto ocp = openShiftForKubernetes(to))
            hop.vendorRelease = ocp->toString();
    }
    if (rc.selfManaged) {
        hop.etcd = rc.catalogs.components.expected(to, QStringLiteral("etcd"));
        hop.coredns = rc.catalogs.components.expected(to, QStringLiteral("coredns"));
    }
    return hop;
}

/// The objects on APIs that the hop stops serving; those already removed at the start count on the first hop.
void addRemovedApis(const RouteContext &rc, PlanHop &hop, MinorVersion start)
{
    const ClusterSnapshot &s = rc.request.snapshot;
    for (const ApiFinding &f : rc.removed) {
        if (f.status != ApiStatus::Removed)
            continue;
        const bool here = (f.api.removedIn > hop.from && f.api.removedIn <= hop.to) ||
                          (hop.from == start && f.api.removedIn <= hop.from);
        if (!here)
            continue;
        std::optional<Waiver> waiver;
        for (const Waiver &w : rc.request.waivers) {
            if (w.covers(s.name, apiWaiverSubject(f)) && w.holds(rc.request.today, rc.waiverMinor)) {
                waiver = w;
                break;
            }
        }
        hop.removedApis << PlanApiUse{f, waiver};
    }
}

/// Operators whose limits the hop crosses, each limit reported at the first hop it bites.
void addBlockedOperators(const RouteContext &rc, PlanHop &hop, QSet<QString> &blockedSoFar)
{
    OperatorTarget target{hop.to, rc.openShift ? openShiftForKubernetes(hop.to) : std::nullopt};
    const OperatorGraph atHop = resolveOperators({rc.operators}, target);
    for (const OperatorNode &n : atHop.nodes) {
        for (const OperatorLimit &limit : n.blockedBy) {
            const QString key = n.csv.package + u'|' + QString::number(int(limit.kind));
            if (!blockedSoFar.contains(key)) {
                blockedSoFar.insert(key);
                hop.operatorsBlocked << BlockedOperator{n.csv.package, limit};
            }
        }
    }
}

/// In place: one control-plane minor per hop; kubelets the skew policy would strand move first.
void walkInPlace(const RouteContext &rc, UpgradePlan &plan)
{
    QSet<QString> blockedSoFar;
    ClusterSnapshot moved = rc.request.snapshot; // the nodes as the runbook will have left them before each hop
    for (MinorVersion step = plan.from; step < plan.target; step = step.next()) {
        PlanHop hop = startHop(rc, step, step.next());
        addRemovedApis(rc, hop, plan.from);
        hop.nodesFirst = SkewPolicy::violationsAfterUpgrade(moved, hop.to);
        // The runbook moves those nodes to the current minor before the hop; later hops see them there.
        QSet<QString> first;
        for (const SkewCheck &c : std::as_const(hop.nodesFirst))
            for (const QString &node : c.where)
                first.insert(node);
        const QString movedTo = QStringLiteral("v%1.0").arg(hop.from.toString());
        for (NodeInfo &node : moved.nodes) {
            if (!first.contains(node.name))
                continue;
            node.kubeletVersion = movedTo;
            if (!node.kubeProxyVersion.isEmpty())
                node.kubeProxyVersion = movedTo;
        }
        addBlockedOperators(rc, hop, blockedSoFar);
        plan.hops << hop;
    }
}

/// Blue/green: one jump from the old cluster's minor to the new one's; new nodes start at the new minor.
void jumpBlueGreen(const RouteContext &rc, UpgradePlan &plan)
{
    if (!(plan.from < plan.target))
        return;
    QSet<QString> blockedSoFar;
    PlanHop hop = startHop(rc, plan.from, plan.target);
    addRemovedApis(rc, hop, plan.from);
    addBlockedOperators(rc, hop, blockedSoFar);
    plan.hops << hop;
}

/// Add-ons not supported at a hop's minor and Helm charts whose kubeVersion refuses it, each at the first hop.
void addAddonBlockers(const RouteContext &rc, UpgradePlan &plan)
{
    if (plan.hops.isEmpty())
        return;
    const ClusterAddons found = analyseAddons(rc.request.snapshot, rc.catalogs, plan.target);
    QSet<QString> reported;
    for (PlanHop &hop : plan.hops) {
        for (const AddonAssessment &a : found.addons) {
            const AddonVerdict v = a.verdictAt(hop.to);
            if (v.status != AddonStatus::NotSupported || reported.contains(a.addon.name))
                continue;
            reported.insert(a.addon.name);
            hop.addonsBlocked << AddonBlocker{
                a.addon.name, a.addon.version,   addonStatusKey(v.status), a.minimumReleaseForTarget, {},
                {},           a.sources.value(0)};
        }
        for (const HelmKubeVersionCheck &h : found.helm) {
            if (!h.blocksAt || *h.blocksAt > hop.to || reported.contains(u"helm:" + h.release))
                continue;
            reported.insert(u"helm:" + h.release);
            hop.addonsBlocked << AddonBlocker{
                h.release, h.chartVersion, QStringLiteral("helm-kubeversion"), {}, h.kubeVersion, h.chart, {}};
        }
    }
}

/// Stored versions the route stops serving: a built-in API at the hop that removes it; an operator's at the hop
/// where that operator must move (its limit bites), else the first, since the plan moves operators before it.
void addCrdStorageBlockers(const RouteContext &rc, UpgradePlan &plan)
{
    if (plan.hops.isEmpty())
        return;
    for (const CrdStorageBlocker &b : crdsDroppedByKubernetes(rc.request.snapshot, rc.catalogs, plan.target)) {
        for (PlanHop &hop : plan.hops) {
            if (*b.removedIn <= hop.to) { // the target removes it: some hop reaches that minor
                hop.crdStorageBlocked << b;
                break;
            }
        }
    }
    for (const CrdStorageBlocker &b : crdsDroppedByOperators(rc.request.snapshot, rc.request.bundles)) {
        PlanHop *at = &plan.hops.first();
        for (PlanHop &hop : plan.hops) {
            const bool blocked = std::any_of(hop.operatorsBlocked.cbegin(), hop.operatorsBlocked.cend(),
                                             [&](const BlockedOperator &o) { return o.package == b.operatorPackage; });
            if (blocked) {
                at = &hop;
                break;
            }
        }
        at->crdStorageBlocked << b;
    }
}

/// OpenShift in place: each hop on the update graph the cluster's ClusterVersion shows.
void addOpenShiftRoute(const RouteContext &rc, UpgradePlan &plan)
{
    const auto &cv = rc.request.snapshot.openShift;
    if (!rc.openShift || !cv || plan.strategy != UpgradeStrategy::InPlace)
        return;
    QList<MinorVersion> releases;
    for (const PlanHop &hop : std::as_const(plan.hops)) {
        const auto release = MinorVersion::parse(hop.vendorRelease);
        if (!release)
            return; // a hop OpenShift has no release for: the graph cannot be followed
        releases << *release;
    }
    const QList<OpenShiftHop> route = openShiftRoute(*cv, releases);
    for (qsizetype i = 0; i < route.size(); ++i)
        plan.hops[i].openShift = route.at(i);
}

/// What the old cluster's workloads use that the new cluster does not serve, and how the two differ.
void compareWithNewCluster(const PlanRequest &request, UpgradePlan &plan)
{
    const ClusterSnapshot &s = request.snapshot;
    plan.newClusterDistribution = s.distribution;
    if (!request.newCluster)
        return;
    const ClusterSnapshot &next = *request.newCluster;
    plan.newCluster = next.name;
    plan.newClusterMinor = MinorVersion::parse(next.serverVersion);
    plan.newClusterDistribution = next.distribution;
    plan.newClusterContext = next.context;
    plan.newClusterServer = next.server;
    if (next.distribution != s.distribution)
        plan.warnings << QStringLiteral("platform-change");
    if (plan.newClusterMinor && *plan.newClusterMinor != request.target)
        plan.warnings << QStringLiteral("target-differs");
    const QSet<QString> served(next.groupVersions.begin(), next.groupVersions.end());
    const auto used = usedGroupVersions(s);
    for (auto it = used.cbegin(); it != used.cend(); ++it) {
        if (!served.contains(it.key()))
            for (const QString &object : it.value())
                plan.apisNotServed << it.key() + u' ' + object;
    }
}

} // namespace

namespace {

// What a plan says before its route: the cluster, where it starts, its pools, support, cost and waivers.
UpgradePlan startPlan(const PlanRequest &request, const Catalogs &catalogs, const Version &current, MinorVersion target)
{
    const ClusterSnapshot &s = request.snapshot;
    UpgradePlan plan;
    plan.cluster = s.name;
    plan.tier = tierLabel(s);
    plan.context = s.context;
    plan.server = s.server;
    plan.distribution = s.distribution;
    plan.currentVersion = current.toString();
    // A cluster caught mid-upgrade starts from its oldest kube-apiserver: that upgrade is finished first.
    plan.from = current.minorVersion();
    for (const MinorVersion &apiServer : SkewPolicy::apiServers(s))
        plan.from = std::min(plan.from, apiServer);
    plan.target = target;
    plan.strategy = request.strategy;
    plan.evidenceDate = s.collectedAt;
    plan.nodePools = nodePools(s);
    for (const CollectionError &e : s.errors)
        plan.collectionGaps << e.part + QStringLiteral(": ") + e.message;
    const ClusterStatus status = assessCluster(s, catalogs, request.today);
    plan.cost = assessCost(s, status, catalogs, request.prices, request.today);
    plan.supportEnds = status.vendor && status.vendor->supportEnds.isValid() ? status.vendor->supportEnds
                                                                             : status.support.endOfSupport;
    for (const Waiver &w : request.waivers) {
        if (w.cluster == s.name && w.holds(request.today, current.minorVersion()))
            plan.waivers << w;
    }
    return plan;
}

} // namespace

std::optional<UpgradePlan> planUpgrade(const PlanRequest &request, const Catalogs &catalogs, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<UpgradePlan> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const ClusterSnapshot &s = request.snapshot;
    QString versionError;
    const auto current = Version::parse(s.serverVersion, &versionError);
    if (!current)
        return fail(QCoreApplication::translate("UpgradePlanner", "%1: the server version cannot be read: %2")
                        .arg(s.name, versionError));
    const bool blueGreen = request.strategy == UpgradeStrategy::BlueGreen;
    if (blueGreen && request.newCluster && request.newCluster->name == s.name)
        return fail(
            QCoreApplication::translate("FleetAnalysis", "%1: the new cluster cannot be the cluster it replaces.")
                .arg(s.name));
    // Blue/green with a new cluster: the new cluster's minor is where the jump lands.
    const std::optional<MinorVersion> newMinor =
        blueGreen && request.newCluster ? MinorVersion::parse(request.newCluster->serverVersion) : std::nullopt;
    const MinorVersion target = newMinor.value_or(request.target);
    if (target < current->minorVersion())
        return fail(QCoreApplication::translate("UpgradePlanner",
                                                "%1 runs Kubernetes %2; the target %3 is lower (downgrades are not "
                                                "supported by Kubernetes).")
                        .arg(s.name, current->toString(), target.toString()));
    if (!catalogs.kubernetes.release(target))
        return fail(QCoreApplication::translate("UpgradePlanner", "Kubernetes %1 is not in the release catalog.")
                        .arg(target.toString()));

    UpgradePlan plan = startPlan(request, catalogs, *current, target);
    RouteContext rc{request,
                    catalogs,
                    {},
                    BundleReader::fromSnapshot(s),
                    s.distribution == u"openshift",
                    s.distribution == u"upstream" || s.distribution.isEmpty(),
                    current->minorVersion()};
    OperatorTarget finalTarget{target, rc.openShift ? openShiftForKubernetes(target) : std::nullopt};
    plan.operators = resolveOperators({rc.operators}, finalTarget);
    // Every object on an API removed by the target, found once, judged by the minor that removes it.
    ScanResult scan;
    ManifestScanner(catalogs.deprecatedApis, target).scanSnapshot(s, s.name, scan);
    rc.removed = uniqueFindings(scan.findings);

    if (blueGreen) {
        jumpBlueGreen(rc, plan);
        compareWithNewCluster(request, plan);
    } else {
        walkInPlace(rc, plan);
    }
    addAddonBlockers(rc, plan);
    addCrdStorageBlockers(rc, plan);
    addOpenShiftRoute(rc, plan);
    // On its own, the plan starts as soon as it may; a fleet schedule moves finishBy to the cluster's slot.
    if (!plan.hops.isEmpty())
        plan.finishBy = scheduleFleet({plan}, request.today).constFirst().finishBy;
    return plan;
}

} // namespace kirikae
