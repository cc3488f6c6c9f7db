// The steps chapter of a plan's runbook: in place (hop by hop) or blue/green (build, restore, switch).
#include "planwriter.h"

#include <QHash>

#include <algorithm>

namespace kirikae {

QList<RunbookStep> PlanWriter::apiMigration(const PlanHop &hop) const
{
    QStringList objects;
    for (const PlanApiUse &use : hop.removedApis) {
        const ApiFinding &f = use.finding;
        objects << QStringLiteral("%1 %2/%3: %4 → %5")
                       .arg(f.kind, f.namespaceName, f.name, f.apiVersion,
                            f.api.replacement.isEmpty() ? QStringLiteral("-") : f.api.replacement);
    }
    if (objects.isEmpty())
        return {};
    return {RunbookStep{
        say(QT_TRANSLATE_NOOP("Runbook", "Move objects off the APIs that %1 removes")).arg(hop.to.toString()),
        objects.join(u'\n'),
        {QStringLiteral("kirikae scan <manifests-and-charts> --target %1 --fail-on removed").arg(hop.to.toString()),
         VendorCommands::commented(QStringLiteral("kubectl apply -f <converted-manifest>.yaml"),
                                   say(QT_TRANSLATE_NOOP("Runbook", "or helm upgrade with the fixed chart")))},
        say(QT_TRANSLATE_NOOP("Runbook",
                              "The scan finds nothing removed in %1; the objects are stored with the new version."))
            .arg(hop.to.toString())}};
}

QList<RunbookStep> PlanWriter::operatorSteps(const QStringList &blocked) const
{
    QList<RunbookStep> list;
    QStringList order;
    for (int i : m_plan.operators.upgradeOrder) {
        const OperatorNode &n = m_plan.operators.nodes[i];
        if (n.status == OperatorStatus::Fine)
            continue;
        QString line = n.csv.package + u' ' + n.csv.version;
        if (!n.subscriptionCsv.isEmpty())
            line += QStringLiteral(" → ") + n.subscriptionCsv;
        order << line;
    }
    if (!order.isEmpty() || !blocked.isEmpty())
        list << RunbookStep{
            say(QT_TRANSLATE_NOOP("Runbook", "Move the operators, dependencies first")),
            (order + blocked).join(u'\n'),
            {QStringLiteral("kubectl get subscription -A"),
             QStringLiteral("kubectl -n <namespace> patch installplan <name> --type merge -p "
                            "'{\"spec\":{\"approved\":true}}'")},
            say(QT_TRANSLATE_NOOP("Runbook", "Each operator's new CSV is Succeeded before the next one is approved."))};
    return list;
}

QList<RunbookStep> PlanWriter::crdMigrationSteps() const
{
    QList<RunbookStep> list;
    for (const PlanHop &hop : m_plan.hops) {
        const QString label = hop.from.toString() + QStringLiteral(" → ") + hop.to.toString();
        // One step per CRD and the release that drops its versions: all its stored objects are rewritten at once.
        QList<QList<CrdStorageBlocker>> groups;
        for (const CrdStorageBlocker &b : hop.crdStorageBlocked) {
            auto group = std::find_if(groups.begin(), groups.end(), [&](const QList<CrdStorageBlocker> &g) {
                return g.constFirst().crd == b.crd && g.constFirst().droppedBy == b.droppedBy;
            });
            if (group == groups.end())
                groups << QList<CrdStorageBlocker>{b};
            else
                *group << b;
        }
        for (const QList<CrdStorageBlocker> &group : std::as_const(groups))
            list << crdMigrationStep(label, group);
    }
    return list;
}

RunbookStep PlanWriter::crdMigrationStep(const QString &label, const QList<CrdStorageBlocker> &group) const
{
    const CrdStorageBlocker &b = group.constFirst();
    QStringList dropped;
    for (const CrdStorageBlocker &each : group)
        dropped << each.storedVersion;
    // The version to store at: one served both today and after the upgrade.
    QString keep;
    for (const QString &v : b.servedThere)
        if (keep.isEmpty() && b.servedNow.contains(v))
            keep = v;
    const QString versions = dropped.join(QStringLiteral(", "));
    const QString detail =
        keep.isEmpty()
            ? say(QT_TRANSLATE_NOOP("Runbook", "No version is served both today (%1) and by %2 (%3): first "
                                               "move to a release that serves both, make one of %3 the "
                                               "storage version, then migrate."))
                  .arg(b.servedNow.join(QStringLiteral(", ")), droppedByText(b), b.servedThere.join(QStringLiteral(", ")))
            : say(QT_TRANSLATE_NOOP("Runbook", "Rewrite every object so that it is stored at %1 "
                                               "(kube-storage-version-migrator does the same), then drop %2 "
                                               "from status.storedVersions."))
                  .arg(keep, versions);
    const QString stored = keep.isEmpty() ? QStringLiteral("<served-version>") : keep;
    return RunbookStep{
        say(QT_TRANSLATE_NOOP("Runbook", "[%1] Migrate the stored objects of CRD %2 off %3")).arg(label, b.crd, versions),
        detail,
        {QStringLiteral("kubectl get crd %1 -o jsonpath='{.spec.versions[?(@.storage==true)].name} "
                        "{.status.storedVersions}'")
             .arg(b.crd),
         VendorCommands::commented(
             QStringLiteral("kubectl get %1 -A -o json | kubectl replace -f -").arg(b.crd),
             say(QT_TRANSLATE_NOOP("Runbook", "rewrites each object at the storage version"))),
         QStringLiteral("kubectl patch crd %1 --subresource=status --type=merge -p "
                        "'{\"status\":{\"storedVersions\":[\"%2\"]}}'")
             .arg(b.crd, stored)},
        say(QT_TRANSLATE_NOOP("Runbook", "status.storedVersions of %1 no longer lists %2.")).arg(b.crd, versions)};
}

// The node pools the version-skew policy makes move before a hop's control plane: one step per pool and hop,
// however many of its components (kubelet, kube-proxy) force it.
QList<RunbookStep> PlanWriter::poolsFirstSteps(const PlanHop &hop, const QString &label) const
{
    QList<RunbookStep> list;
    QHash<QString, QStringList> reasonsOfNode; // node → "kubelet v1.29.4", …: one pass over the checks
    for (const SkewCheck &c : hop.nodesFirst)
        for (const QString &node : c.where)
            reasonsOfNode[node] << c.component + u' ' + c.version;
    for (const NodePool &pool : m_plan.nodePools) {
        if (pool.controlPlane)
            continue;
        QStringList reasons;
        for (const QString &node : pool.nodes)
            for (const QString &reason : reasonsOfNode.value(node))
                if (!reasons.contains(reason))
                    reasons << reason;
        if (reasons.isEmpty())
            continue;
        list << RunbookStep{
            say(QT_TRANSLATE_NOOP("Runbook", "[%1] Upgrade node pool %2 first (kubelet %3)"))
                .arg(label, pool.name, pool.kubeletVersion),
            say(QT_TRANSLATE_NOOP("Runbook", "Against kube-apiserver %1, %2 would fall outside the version-skew "
                                             "policy."))
                .arg(hop.to.toString(), reasons.join(QStringLiteral(", "))),
            VendorCommands::nodePool(m_target, pool, hop.from.toString(), m_l),
            say(QT_TRANSLATE_NOOP("Runbook", "The pool's nodes report kubelet %1 and are Ready."))
                .arg(hop.from.toString())};
    }
    return list;
}

// The add-ons whose own compatibility tables do not run them on the hop's minor, upgraded before it.
QList<RunbookStep> PlanWriter::addonUpgradeSteps(const PlanHop &hop, const QString &label) const
{
    QList<RunbookStep> list;
    if (!hop.addonsBlocked.isEmpty()) {
        QStringList names;
        QStringList commands;
        for (const AddonBlocker &a : hop.addonsBlocked) {
            names << QString(a.upgradeTo.isEmpty() ? QString(a.name + u' ' + a.version)
                                                   : QString(a.name + u' ' + a.version + QStringLiteral(" → ") + a.upgradeTo));
            commands << (a.chart.isEmpty()
                             ? QStringLiteral("helm upgrade <release-of-%1> <chart> --version <chart-for-%2>")
                                   .arg(a.name, a.upgradeTo.isEmpty() ? QStringLiteral("target") : a.upgradeTo)
                             : QStringLiteral("helm upgrade %1 <repo>/%2 --version <chart-that-allows-%3>")
                                   .arg(a.name, a.chart, hop.to.toString()));
        }
        list << RunbookStep{say(QT_TRANSLATE_NOOP("Runbook", "[%1] Upgrade the add-ons that do not run on %2"))
                                .arg(label, hop.to.toString()),
                            names.join(u'\n'), commands,
                            say(QT_TRANSLATE_NOOP("Runbook", "Each add-on runs a release that supports %1."))
                                .arg(hop.to.toString())};
    }
    return list;
}

// Back up, move the control plane, bring kubeadm's add-ons along.
QList<RunbookStep> PlanWriter::controlPlaneSteps(const PlanHop &hop, const QString &label) const
{
    QList<RunbookStep> list;
    list << RunbookStep{
        say(QT_TRANSLATE_NOOP("Runbook", "[%1] Back up before the control plane moves")).arg(label),
        VendorCommands::hasEtcdAccess(m_target)
            ? say(QT_TRANSLATE_NOOP("Runbook",
                                    "An etcd snapshot is the only way back from a failed control-plane upgrade."))
            : say(QT_TRANSLATE_NOOP("Runbook",
                                    "The platform gives no etcd access: back the workloads up with Velero.")),
        VendorCommands::backup(m_target, hop),
        say(QT_TRANSLATE_NOOP("Runbook", "The backup is complete and readable."))};
    list << RunbookStep{
        say(QT_TRANSLATE_NOOP("Runbook", "[%1] Upgrade the control plane")).arg(label),
        hop.vendorRelease.isEmpty() ? QString()
                                    : say(QT_TRANSLATE_NOOP("Runbook", "OpenShift %1 ships Kubernetes %2."))
                                          .arg(hop.vendorRelease, hop.to.toString()),
        VendorCommands::controlPlane(m_target, hop, m_l),
        say(QT_TRANSLATE_NOOP("Runbook", "kubectl version reports server %1.")).arg(hop.to.toString())};
    const QStringList addonCommands = VendorCommands::addons(m_target, hop, m_l);
    if (!addonCommands.isEmpty()) {
        QString detail;
        if (!hop.etcd.isEmpty() || !hop.coredns.isEmpty())
            detail = say(QT_TRANSLATE_NOOP("Runbook", "kubeadm %1 ships etcd %2 and CoreDNS %3."))
                         .arg(hop.to.toString(), hop.etcd, hop.coredns);
        list << RunbookStep{
            say(QT_TRANSLATE_NOOP("Runbook", "[%1] Bring the add-ons along")).arg(label), detail, addonCommands,
            say(QT_TRANSLATE_NOOP("Runbook", "The add-ons run the versions made for %1.")).arg(hop.to.toString())};
    }
    return list;
}

// Finally every worker pool to the target.
QList<RunbookStep> PlanWriter::finalPoolSteps() const
{
    QList<RunbookStep> list;
    const QString target = m_plan.hops.isEmpty() ? m_plan.target.toString() : m_plan.hops.last().patch;
    for (const NodePool &pool : m_plan.nodePools) {
        if (pool.controlPlane && m_target.distribution != u"upstream")
            continue;
        list << RunbookStep{
            say(QT_TRANSLATE_NOOP("Runbook", "Upgrade node pool %1 to %2")).arg(pool.name, m_plan.target.toString()),
            say(QT_TRANSLATE_N_NOOP("Runbook", "%n node(s), kubelet %1 today; drain them one at a time."),
                int(pool.nodes.size()))
                .arg(pool.kubeletVersion),
            VendorCommands::nodePool(m_target, pool, target, m_l),
            say(QT_TRANSLATE_NOOP("Runbook", "Every node of the pool reports kubelet %1 and is Ready."))
                .arg(m_plan.target.toString())};
    }
    return list;
}

RunbookSection PlanWriter::inPlaceSteps() const
{
    RunbookSection s = section(say(QT_TRANSLATE_NOOP("Runbook", "Steps")));
    QList<RunbookStep> list;
    QStringList allBlocked;
    for (const PlanHop &hop : m_plan.hops) {
        for (const BlockedOperator &b : hop.operatorsBlocked)
            allBlocked << blockedText(b);
    }
    list << crdMigrationSteps();
    list << operatorSteps(allBlocked);
    for (const PlanHop &hop : m_plan.hops) {
        const QString label = hop.from.toString() + QStringLiteral(" → ") + hop.to.toString();
        list << poolsFirstSteps(hop, label);
        list << apiMigration(hop);
        list << addonUpgradeSteps(hop, label);
        list << controlPlaneSteps(hop, label);
    }
    list << finalPoolSteps();
    s.blocks << steps(list);
    return s;
}

// The new cluster: built (or, given its snapshot, checked), then its operators installed, dependencies first.
QList<RunbookStep> PlanWriter::greenClusterSteps() const
{
    const VendorCommands::Target green = VendorCommands::newClusterTargetOf(m_plan);
    QList<RunbookStep> list;
    const QString context =
        m_plan.newClusterContext.isEmpty() ? QStringLiteral("<new-context>") : m_plan.newClusterContext;
    if (m_plan.newCluster.isEmpty())
        list << RunbookStep{
            say(QT_TRANSLATE_NOOP("Runbook", "Build the new cluster at %1")).arg(m_plan.target.toString()), QString(),
            VendorCommands::createCluster(green, m_plan.target, green.cluster, m_l),
            say(QT_TRANSLATE_NOOP("Runbook", "kubectl version against the new cluster reports server %1."))
                .arg(m_plan.target.toString())};
    else // it exists already (its snapshot was given): check it, never build it again
        list << RunbookStep{
            say(QT_TRANSLATE_NOOP("Runbook", "Check the new cluster %1")).arg(m_plan.newCluster),
            say(QT_TRANSLATE_NOOP("Runbook", "The new cluster exists already; this plan compared its "
                                             "API surface with the old one's.")),
            {QStringLiteral("kubectl --context %1 version").arg(context),
             QStringLiteral("kubectl --context %1 get nodes").arg(context)},
            say(QT_TRANSLATE_NOOP("Runbook", "kubectl version against the new cluster reports server %1."))
                .arg(m_plan.target.toString())};
    QStringList order;
    for (int i : m_plan.operators.upgradeOrder)
        order << m_plan.operators.nodes[i].csv.package;
    if (!order.isEmpty())
        list << RunbookStep{
            say(QT_TRANSLATE_NOOP("Runbook", "Install the operators on the new cluster, dependencies first")),
            order.join(QStringLiteral(" → ")),
            {QStringLiteral("kubectl get csv -A")},
            say(QT_TRANSLATE_NOOP("Runbook", "Every operator is Succeeded."))};
    return list;
}

RunbookSection PlanWriter::blueGreenSteps() const
{
    RunbookSection s = section(say(QT_TRANSLATE_NOOP("Runbook", "Steps")));
    const QString backup = m_plan.cluster + QStringLiteral("-migration");
    QList<RunbookStep> list = greenClusterSteps();
    list << crdMigrationSteps(); // Velero restores objects as stored: nothing at a version the new side drops
    list << RunbookStep{say(QT_TRANSLATE_NOOP("Runbook", "Back up the old cluster with Velero")),
                        QString(),
                        {QStringLiteral("velero backup create %1 --include-cluster-resources=true --wait").arg(backup),
                         QStringLiteral("velero backup describe %1 --details").arg(backup)},
                        say(QT_TRANSLATE_NOOP("Runbook", "The backup is Completed, with no errors."))};
    QStringList converted;
    for (const PlanHop &hop : m_plan.hops) {
        for (const PlanApiUse &use : hop.removedApis)
            converted << QStringLiteral("%1 %2/%3: %4 → %5")
                             .arg(use.finding.kind, use.finding.namespaceName, use.finding.name, use.finding.apiVersion,
                                  use.finding.api.replacement.isEmpty() ? QStringLiteral("-")
                                                                        : use.finding.api.replacement);
    }
    converted << m_plan.apisNotServed;
    list << RunbookStep{
        say(QT_TRANSLATE_NOOP("Runbook", "Convert the manifests to the APIs of %1")).arg(m_plan.target.toString()),
        converted.join(u'\n'),
        {QStringLiteral("kirikae scan <manifests-and-charts> --target %1 --fail-on removed")
             .arg(m_plan.target.toString())},
        say(QT_TRANSLATE_NOOP("Runbook", "The scan finds nothing removed in %1.")).arg(m_plan.target.toString())};
    list << RunbookStep{
        say(QT_TRANSLATE_NOOP("Runbook", "Restore into the new cluster")),
        say(QT_TRANSLATE_NOOP("Runbook",
                              "Velero restores each object in the API version the old cluster preferred. Objects "
                              "whose version the new cluster no longer serves fail to restore: re-apply them from "
                              "the converted manifests instead (or back up with the EnableAPIGroupVersions "
                              "feature).")),
        {QStringLiteral("velero restore create --from-backup %1 --wait").arg(backup),
         QStringLiteral("velero restore describe <restore> --details"),
         QStringLiteral("kubectl apply -f <converted-manifests>/")},
        say(QT_TRANSLATE_NOOP("Runbook",
                              "The restore is Completed; the warnings name only objects re-applied by hand."))};
    list << RunbookStep{say(QT_TRANSLATE_NOOP("Runbook", "Verify the new cluster")),
                        QString(),
                        {QStringLiteral("kubectl get pods -A"), QStringLiteral("kubectl get pvc -A"),
                         QStringLiteral("kirikae collect --context <new-context> -o snapshots/")},
                        say(QT_TRANSLATE_NOOP("Runbook", "Workloads are Running, volumes Bound, smoke tests pass."))};
    list << RunbookStep{
        say(QT_TRANSLATE_NOOP("Runbook", "Switch the traffic")),
        say(QT_TRANSLATE_NOOP("Runbook",
                              "Lower the DNS TTL a day ahead; move traffic by weighted DNS records or the load "
                              "balancer's target groups, a small share first.")),
        {},
        say(QT_TRANSLATE_NOOP("Runbook", "Error rates and latency on the new cluster match the old one."))};
    list << RunbookStep{
        say(QT_TRANSLATE_NOOP("Runbook", "Keep the old cluster for rollback")),
        say(QT_TRANSLATE_NOOP("Runbook",
                              "Scale nothing down yet; keep it untouched until the agreed observation period ends.")),
        {},
        QString()};
    list << RunbookStep{
        say(QT_TRANSLATE_NOOP("Runbook", "Decommission the old cluster")),
        say(QT_TRANSLATE_NOOP("Runbook",
                              "After the observation period: remove DNS records, delete the cluster, keep the last "
                              "Velero backup.")),
        {},
        QString()};
    s.blocks << steps(list);
    return s;
}

} // namespace kirikae
