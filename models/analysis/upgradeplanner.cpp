#include "upgradeplanner.h"

#include "analysis/bundlereader.h"
#include "analysis/clusterstatus.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

namespace kirikae {

namespace {

// Labels that name the pool a node belongs to, by platform.
const char *const poolLabels[] = {"eks.amazonaws.com/nodegroup",
                                  "alpha.eksctl.io/nodegroup-name",
                                  "cloud.google.com/gke-nodepool",
                                  "kubernetes.azure.com/agentpool",
                                  "agentpool",
                                  "node.kubernetes.io/pool",
                                  "karpenter.sh/nodepool"};

QString poolOf(const NodeInfo &node)
{
    for (const char *label : poolLabels) {
        const QString value = node.labels.value(QLatin1String(label));
        if (!value.isEmpty())
            return value;
    }
    if (node.roles.contains(u"control-plane") || node.roles.contains(u"master"))
        return QStringLiteral("control-plane");
    return node.roles.isEmpty() ? QStringLiteral("workers") : node.roles.first();
}

bool isControlPlane(const NodeInfo &node)
{
    return node.roles.contains(u"control-plane") || node.roles.contains(u"master");
}

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

QString describeFinding(const ApiFinding &f)
{
    const QString object = f.namespaceName.isEmpty() ? f.name : f.namespaceName + u'/' + f.name;
    return QStringLiteral("%1 %2 uses %3").arg(f.kind, object, f.apiVersion);
}

std::optional<Waiver> waiverFor(const QList<Waiver> &waivers, const QString &cluster, const QString &text, QDate today,
                                MinorVersion minor)
{
    for (const Waiver &w : waivers) {
        if (w.covers(cluster, text) && w.holds(today, minor))
            return w;
    }
    return std::nullopt;
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
    for (const PlanHop &hop : hops) {
        open += int(hop.operatorsBlocked.size());
        for (const PlanApiUse &use : hop.removedApis)
            open += use.waiver ? 0 : 1;
    }
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

QList<NodePool> nodePools(const ClusterSnapshot &snapshot)
{
    QMap<std::pair<QString, QString>, NodePool> pools;
    for (const NodeInfo &node : snapshot.nodes) {
        NodePool &pool = pools[{poolOf(node), node.kubeletVersion}];
        pool.name = poolOf(node);
        pool.kubeletVersion = node.kubeletVersion;
        pool.controlPlane = pool.controlPlane || isControlPlane(node);
        pool.nodes << node.name;
    }
    QList<NodePool> result = pools.values();
    std::stable_sort(result.begin(), result.end(),
                     [](const NodePool &a, const NodePool &b) { return a.controlPlane && !b.controlPlane; });
    return result;
}

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
    if (request.target < current->minorVersion())
        return fail(QCoreApplication::translate("UpgradePlanner",
                                                "%1 runs Kubernetes %2; the target %3 is lower (downgrades are not "
                                                "supported by Kubernetes).")
                        .arg(s.name, current->toString(), request.target.toString()));
    if (!catalogs.kubernetes.release(request.target))
        return fail(QCoreApplication::translate("UpgradePlanner", "Kubernetes %1 is not in the release catalog.")
                        .arg(request.target.toString()));

    UpgradePlan plan;
    plan.cluster = s.name;
    plan.context = s.context;
    plan.server = s.server;
    plan.distribution = s.distribution;
    plan.currentVersion = current->toString();
    // A cluster caught mid-upgrade starts from its oldest kube-apiserver: that upgrade is finished first.
    plan.from = current->minorVersion();
    for (const MinorVersion &apiServer : SkewPolicy::apiServers(s))
        plan.from = std::min(plan.from, apiServer);
    plan.target = request.target;
    plan.strategy = request.strategy;
    plan.evidenceDate = s.collectedAt;
    plan.nodePools = nodePools(s);
    for (const CollectionError &e : s.errors)
        plan.collectionGaps << e.part + QStringLiteral(": ") + e.message;
    const ClusterStatus status = assessCluster(s, catalogs, request.today);
    plan.supportEnds = status.vendor && status.vendor->supportEnds.isValid() ? status.vendor->supportEnds
                                                                             : status.support.endOfSupport;
    for (const Waiver &w : request.waivers) {
        if (w.cluster == s.name && w.holds(request.today, plan.from))
            plan.waivers << w;
    }

    const bool openShift = s.distribution == u"openshift";
    OperatorSource source = BundleReader::fromSnapshot(s);
    OperatorTarget finalTarget{request.target, openShift ? openShiftForKubernetes(request.target) : std::nullopt};
    plan.operators = resolveOperators({source}, finalTarget);

    // Every object on an API removed by the target, found once, judged by the minor that removes it.
    ScanResult scan;
    ManifestScanner(catalogs.deprecatedApis, request.target).scanSnapshot(s, s.name, scan);
    const QList<ApiFinding> removed = uniqueFindings(scan.findings);
    const bool selfManaged = s.distribution == u"upstream" || s.distribution.isEmpty();

    QSet<QString> blockedSoFar;
    ClusterSnapshot moved = s; // the nodes as the runbook will have left them before each hop
    for (MinorVersion step = plan.from; step < request.target; step = step.next()) {
        PlanHop hop;
        hop.from = step;
        hop.to = step.next();
        const auto release = catalogs.kubernetes.release(hop.to);
        hop.patch = release && !release->latestPatch.isEmpty() ? release->latestPatch : hop.to.toString() + u".x";
        if (openShift) {
            if (const auto ocp = openShiftForKubernetes(hop.to))
                hop.vendorRelease = ocp->toString();
        }
        for (const ApiFinding &f : removed) {
            if (f.status != ApiStatus::Removed)
                continue;
            // Already removed at the current minor counts on the first hop: the next apply fails today.
            const bool here = f.api.removedIn == hop.to || (hop.from == plan.from && f.api.removedIn <= hop.from);
            if (here)
                hop.removedApis << PlanApiUse{
                    f, waiverFor(request.waivers, s.name, describeFinding(f), request.today, plan.from)};
        }
        if (request.strategy == UpgradeStrategy::InPlace) {
            hop.nodesFirst = SkewPolicy::violationsAfterUpgrade(moved, hop.to);
            // The runbook moves those nodes to the current minor before the hop; later hops see them there.
            for (const SkewCheck &c : std::as_const(hop.nodesFirst)) {
                for (NodeInfo &node : moved.nodes) {
                    if (!c.where.contains(node.name))
                        continue;
                    node.kubeletVersion = QStringLiteral("v%1.0").arg(hop.from.toString());
                    if (!node.kubeProxyVersion.isEmpty())
                        node.kubeProxyVersion = node.kubeletVersion;
                }
            }
        }
        OperatorTarget hopTarget{hop.to, openShift ? openShiftForKubernetes(hop.to) : std::nullopt};
        const OperatorGraph atHop = resolveOperators({source}, hopTarget);
        for (const OperatorNode &n : atHop.nodes) {
            for (const OperatorLimit &limit : n.blockedBy) {
                // A limit is reported at the first hop it bites, not again on every later hop.
                const QString key = n.csv.package + u'|' + QString::number(int(limit.kind));
                if (!blockedSoFar.contains(key)) {
                    blockedSoFar.insert(key);
                    hop.operatorsBlocked << BlockedOperator{n.csv.package, limit};
                }
            }
        }
        if (selfManaged) {
            hop.etcd = catalogs.components.expected(hop.to, QStringLiteral("etcd"));
            hop.coredns = catalogs.components.expected(hop.to, QStringLiteral("coredns"));
        }
        plan.hops << hop;
    }

    if (request.strategy == UpgradeStrategy::BlueGreen && request.newCluster) {
        const ClusterSnapshot &next = *request.newCluster;
        plan.newCluster = next.name;
        plan.newClusterMinor = MinorVersion::parse(next.serverVersion);
        const QSet<QString> served(next.groupVersions.begin(), next.groupVersions.end());
        const auto used = usedGroupVersions(s);
        for (auto it = used.cbegin(); it != used.cend(); ++it) {
            if (!served.contains(it.key()))
                for (const QString &object : it.value())
                    plan.apisNotServed << it.key() + u' ' + object;
        }
    }
    return plan;
}

} // namespace kirikae
