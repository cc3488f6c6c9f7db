#include "planwriter.h"

namespace kirikae {

RunbookBlock paragraph(const QString &text)
{
    RunbookBlock b;
    b.text = text;
    return b;
}

RunbookBlock warning(const QString &text)
{
    RunbookBlock b;
    b.kind = RunbookBlock::Kind::Warning;
    b.text = text;
    return b;
}

RunbookBlock bullets(const QStringList &items)
{
    RunbookBlock b;
    b.kind = RunbookBlock::Kind::Bullets;
    b.items = items;
    return b;
}

RunbookBlock table(const QStringList &header, const QList<QStringList> &rows)
{
    RunbookBlock b;
    b.kind = RunbookBlock::Kind::Table;
    b.table = {header, rows};
    return b;
}

RunbookBlock steps(const QList<RunbookStep> &list)
{
    RunbookBlock b;
    b.kind = RunbookBlock::Kind::Steps;
    b.steps = list;
    return b;
}

namespace {

/// A blocker in words: an object on a removed API, or (from apiserver metrics) clients still requesting one.
QString describeUse(const ApiFinding &f, const RunbookLanguage &l)
{
    if (f.evidence == u"metrics")
        return l.text(QT_TRANSLATE_NOOP("Runbook", "Clients still request %1 in %2, removed in %3"))
            .arg(f.name, f.apiVersion, f.api.removedIn.toString());
    const QString object = f.namespaceName.isEmpty() ? f.name : f.namespaceName + u'/' + f.name;
    return l.text(QT_TRANSLATE_NOOP("Runbook", "%1 %2 uses %3, removed in %4"))
        .arg(f.kind, object, f.apiVersion, f.api.removedIn.toString());
}

/// Where a use was seen, in the runbook's language: the English words of the JSON's origin and evidence codes are
/// the English runbook's too.
QString describeEvidence(const ApiFinding &f, const RunbookLanguage &l)
{
    if (f.evidence == u"helm" && !f.helmRelease.isEmpty())
        return l.text(QT_TRANSLATE_NOOP("Runbook", "helm release %1 revision %2"))
            .arg(f.helmRelease)
            .arg(f.helmRevision);
    if (!f.origin.isEmpty())
        return f.origin; // a template's path, a metric's name
    if (f.evidence == u"manifest")
        return l.text(QT_TRANSLATE_NOOP("Runbook", "manifest"));
    if (f.evidence == u"last-applied")
        //: Evidence of an API use: the kubectl.kubernetes.io/last-applied-configuration annotation
        return l.text(QT_TRANSLATE_NOOP("Runbook", "last-applied"));
    if (f.evidence == u"managed-fields")
        //: Evidence of an API use: the object's metadata.managedFields
        return l.text(QT_TRANSLATE_NOOP("Runbook", "managed-fields"));
    return f.evidence;
}

} // namespace

QString PlanWriter::route() const
{
    QStringList minors{m_plan.from.toString()};
    for (const PlanHop &hop : m_plan.hops)
        minors << (hop.vendorRelease.isEmpty()
                       ? hop.to.toString()
                       : QStringLiteral("%1 (OpenShift %2)").arg(hop.to.toString(), hop.vendorRelease));
    return minors.join(QStringLiteral(" → "));
}

QString PlanWriter::blockedText(const BlockedOperator &b) const
{
    if (b.limit.kind == OperatorLimit::Kind::MinKubeVersion)
        return say(QT_TRANSLATE_NOOP("Runbook", "%1 needs Kubernetes %2 or later (minKubeVersion); the target is %3."))
            .arg(b.package, b.limit.limit, b.limit.target);
    return say(QT_TRANSLATE_NOOP("Runbook",
                                 "%1 supports OpenShift up to %2 (olm.maxOpenShiftVersion); this hop goes to %3."))
        .arg(b.package, b.limit.limit, b.limit.target);
}

QString PlanWriter::strategyName() const
{
    return m_plan.strategy == UpgradeStrategy::BlueGreen
               ? say(QT_TRANSLATE_NOOP("Runbook", "Blue/green: build a new cluster and switch to it"))
               : say(QT_TRANSLATE_NOOP("Runbook", "In place, one minor at a time"));
}

QString PlanWriter::distributionName() const
{
    return platformName(m_plan.distribution);
}

QString PlanWriter::platformName(const QString &d) const
{
    if (d == u"eks")
        return QStringLiteral("Amazon EKS");
    if (d == u"gke")
        return QStringLiteral("Google Kubernetes Engine");
    if (d == u"aks")
        return QStringLiteral("Azure Kubernetes Service");
    if (d == u"openshift")
        return QStringLiteral("Red Hat OpenShift");
    if (d == u"upstream" || d.isEmpty())
        return say(QT_TRANSLATE_NOOP("Runbook", "Kubernetes (kubeadm or self-managed)"));
    return d;
}

QList<std::pair<QString, QString>> PlanWriter::summary(QDate today) const
{
    const int open = m_plan.openBlockers();
    const int waived = m_plan.waivedBlockers();
    QString decision = open == 0 ? say(QT_TRANSLATE_NOOP("Runbook", "GO: nothing blocks the route"))
                                 : say(QT_TRANSLATE_N_NOOP("Runbook", "NO-GO: %n open blocker(s)"), open);
    if (waived > 0)
        decision += say(QT_TRANSLATE_N_NOOP("Runbook", " (%n accepted by waiver)"), waived);
    QList<std::pair<QString, QString>> rows{
        {say(QT_TRANSLATE_NOOP("Runbook", "Cluster")), m_plan.cluster},
        {say(QT_TRANSLATE_NOOP("Runbook", "Platform")), distributionName()},
        {say(QT_TRANSLATE_NOOP("Runbook", "Current version")), m_plan.currentVersion},
        {say(QT_TRANSLATE_NOOP("Runbook", "Target")), m_plan.target.toString()},
        {say(QT_TRANSLATE_NOOP("Runbook", "Strategy")), strategyName()},
        {say(QT_TRANSLATE_NOOP("Runbook", "Route")), route()},
        {say(QT_TRANSLATE_NOOP("Runbook", "Evidence")),
         say(QT_TRANSLATE_NOOP("Runbook", "snapshot collected %1")).arg(m_l.dateTime(m_plan.evidenceDate))},
        {say(QT_TRANSLATE_NOOP("Runbook", "Support of the current minor ends")), m_l.date(m_plan.supportEnds)},
        {say(QT_TRANSLATE_NOOP("Runbook", "Decision")), decision},
        {say(QT_TRANSLATE_NOOP("Runbook", "Prepared")), m_l.date(today)}};
    if (!m_plan.newCluster.isEmpty())
        rows.insert(5, {say(QT_TRANSLATE_NOOP("Runbook", "New cluster")), m_plan.newCluster});
    return rows;
}

RunbookSection PlanWriter::goNoGo() const
{
    RunbookSection s = section(say(QT_TRANSLATE_NOOP("Runbook", "Go/no-go")));
    QList<QStringList> rows;
    int number = 0;
    for (const PlanHop &hop : m_plan.hops) {
        const QString where = hop.from.toString() + QStringLiteral(" → ") + hop.to.toString();
        for (const PlanApiUse &use : hop.removedApis) {
            const ApiFinding &f = use.finding;
            QString action = f.api.replacement.isEmpty()
                                 ? say(QT_TRANSLATE_NOOP("Runbook", "Remove it: the API has no replacement."))
                                 : say(QT_TRANSLATE_NOOP("Runbook", "Rewrite it as %1.")).arg(f.api.replacement);
            const QString state =
                use.waiver
                    ? say(QT_TRANSLATE_NOOP("Runbook", "Waived: %1 (%2)")).arg(use.waiver->reason, use.waiver->owner)
                    : say(QT_TRANSLATE_NOOP("Runbook", "Open"));
            rows << QStringList{QString::number(++number), where,  describeUse(f, m_l),
                                describeEvidence(f, m_l),  action, state};
        }
        for (const BlockedOperator &blocked : hop.operatorsBlocked)
            rows << QStringList{
                QString::number(++number),
                where,
                blockedText(blocked),
                QStringLiteral("OLM"),
                say(QT_TRANSLATE_NOOP("Runbook",
                                      "Upgrade the operator to a version that allows the target, or remove it, "
                                      "before this hop.")),
                say(QT_TRANSLATE_NOOP("Runbook", "Open"))};
    }
    for (const QString &api : m_plan.apisNotServed)
        rows << QStringList{
            QString::number(++number), m_plan.newCluster,
            say(QT_TRANSLATE_NOOP("Runbook", "Not served by the new cluster: %1")).arg(api),
            //: Evidence: the new cluster's list of the API versions it serves
            say(QT_TRANSLATE_NOOP("Runbook", "API discovery")),
            say(QT_TRANSLATE_NOOP("Runbook", "Convert the manifest before it is re-applied or restored.")),
            say(QT_TRANSLATE_NOOP("Runbook", "Open"))};
    if (rows.isEmpty())
        s.blocks << paragraph(
            say(QT_TRANSLATE_NOOP("Runbook", "No blocker was found in the evidence of the snapshot.")));
    else
        s.blocks << table({say(QT_TRANSLATE_NOOP("Runbook", "No.")), say(QT_TRANSLATE_NOOP("Runbook", "Hop")),
                           say(QT_TRANSLATE_NOOP("Runbook", "Blocker")), say(QT_TRANSLATE_NOOP("Runbook", "Evidence")),
                           say(QT_TRANSLATE_NOOP("Runbook", "Required action")),
                           say(QT_TRANSLATE_NOOP("Runbook", "Status"))},
                          rows);
    QStringList conditions;
    for (const PlanHop &hop : m_plan.hops) {
        for (const SkewCheck &c : hop.nodesFirst)
            conditions << say(QT_TRANSLATE_NOOP("Runbook", "Before %1: upgrade %2 %3 on %4; against kube-apiserver "
                                                           "%1 it would fall outside the version-skew policy."))
                              .arg(hop.to.toString(), c.component, c.version, c.where.join(QStringLiteral(", ")));
    }
    if (!conditions.isEmpty()) {
        s.blocks << paragraph(say(
            QT_TRANSLATE_NOOP("Runbook", "The version-skew policy also sets an order (handled in the steps below):")));
        s.blocks << bullets(conditions);
    }
    QStringList missing;
    for (const MissingRequirement &m : m_plan.operators.missing)
        missing << say(QT_TRANSLATE_NOOP("Runbook", "%1 needs %2; no installed operator satisfies it."))
                       .arg(m_plan.operators.nodes[m.node].csv.package, m.requirement);
    if (!missing.isEmpty()) {
        s.blocks << paragraph(say(QT_TRANSLATE_NOOP("Runbook", "Operator dependencies that are not met today:")));
        s.blocks << bullets(missing);
    }
    if (m_plan.warnings.contains(u"platform-change"))
        s.blocks << warning(say(QT_TRANSLATE_NOOP("Runbook", "The new cluster runs on %1, the old one on %2: the "
                                                             "commands below are the new platform's. Storage classes, "
                                                             "load balancers, identities and network policies differ "
                                                             "between platforms and must be mapped by hand."))
                                .arg(platformName(m_plan.newClusterDistribution), distributionName()));
    if (m_plan.warnings.contains(u"target-differs"))
        s.blocks << warning(say(QT_TRANSLATE_NOOP("Runbook", "The new cluster runs Kubernetes %1, so the plan goes "
                                                             "to %1 rather than the target chosen."))
                                .arg(m_plan.target.toString()));
    if (!m_plan.collectionGaps.isEmpty())
        s.blocks << warning(
            say(QT_TRANSLATE_NOOP("Runbook", "The snapshot could not see everything; blockers may hide there: %1"))
                .arg(m_plan.collectionGaps.join(QStringLiteral("; "))));
    return s;
}

RunbookSection PlanWriter::preChecks() const
{
    RunbookSection s = section(say(QT_TRANSLATE_NOOP("Runbook", "Pre-checks")));
    QList<RunbookStep> list;
    list << RunbookStep{
        say(QT_TRANSLATE_NOOP("Runbook", "Confirm the evidence is current")),
        say(QT_TRANSLATE_NOOP("Runbook",
                              "This runbook is based on the snapshot of %1. Collect again and compare before the "
                              "change window."))
            .arg(m_l.dateTime(m_plan.evidenceDate)),
        {QStringLiteral("kirikae collect --context <context> -o snapshots/"),
         QStringLiteral("kirikae plan snapshots/<context>.yaml --target %1 -o runbook.md")
             .arg(m_plan.target.toString())},
        say(QT_TRANSLATE_NOOP("Runbook", "The new plan shows no blocker that this one does not."))};
    list << RunbookStep{
        say(QT_TRANSLATE_NOOP("Runbook", "Check that the cluster is healthy")),
        QString(),
        {QStringLiteral("kubectl get nodes -o wide"),
         QStringLiteral("kubectl get pods -A --field-selector=status.phase!=Running,status.phase!=Succeeded"),
         QStringLiteral("kubectl get pdb -A")},
        say(QT_TRANSLATE_NOOP("Runbook", "Every node is Ready, no pod is failing, and no PodDisruptionBudget allows 0 "
                                         "disruptions (it would block draining)."))};
    if (!m_plan.hops.isEmpty())
        list << RunbookStep{say(QT_TRANSLATE_NOOP("Runbook", "See what the platform offers")), QString(),
                            VendorCommands::preflight(m_target, m_plan.hops.first()),
                            say(QT_TRANSLATE_NOOP("Runbook", "%1 is offered as the next version."))
                                .arg(m_plan.hops.first().to.toString())};
    if (!m_plan.operators.nodes.isEmpty()) // only a cluster that runs OLM has CSVs to check
        list << RunbookStep{
            say(QT_TRANSLATE_NOOP("Runbook", "Check the operators")),
            QString(),
            {QStringLiteral("kubectl get csv -A"), QStringLiteral("kubectl get installplan -A")},
            say(QT_TRANSLATE_NOOP("Runbook", "Every ClusterServiceVersion is Succeeded; no InstallPlan waits for "
                                             "approval unexpectedly."))};
    list << RunbookStep{say(QT_TRANSLATE_NOOP("Runbook", "Find clients of deprecated APIs")),
                        QString(),
                        {QStringLiteral("kubectl get --raw /metrics | grep apiserver_requested_deprecated_apis")},
                        say(QT_TRANSLATE_NOOP("Runbook", "No request to an API that the route removes."))};
    s.blocks << steps(list);
    return s;
}

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
         QStringLiteral("kubectl apply -f <converted-manifest>.yaml   # or helm upgrade with the fixed chart")},
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

RunbookSection PlanWriter::inPlaceSteps() const
{
    RunbookSection s = section(say(QT_TRANSLATE_NOOP("Runbook", "Steps")));
    QList<RunbookStep> list;
    QStringList allBlocked;
    for (const PlanHop &hop : m_plan.hops) {
        for (const BlockedOperator &b : hop.operatorsBlocked)
            allBlocked << blockedText(b);
    }
    list << operatorSteps(allBlocked);
    for (const PlanHop &hop : m_plan.hops) {
        const QString label = hop.from.toString() + QStringLiteral(" → ") + hop.to.toString();
        // One step per pool and hop, however many of its components (kubelet, kube-proxy) force it.
        for (const NodePool &pool : m_plan.nodePools) {
            if (pool.controlPlane)
                continue;
            QStringList reasons;
            for (const SkewCheck &c : hop.nodesFirst) {
                const bool inPool = std::any_of(pool.nodes.begin(), pool.nodes.end(),
                                                [&](const QString &node) { return c.where.contains(node); });
                if (inPool && !reasons.contains(c.component + u' ' + c.version))
                    reasons << c.component + u' ' + c.version;
            }
            if (reasons.isEmpty())
                continue;
            list << RunbookStep{
                say(QT_TRANSLATE_NOOP("Runbook", "[%1] Upgrade node pool %2 first (kubelet %3)"))
                    .arg(label, pool.name, pool.kubeletVersion),
                say(QT_TRANSLATE_NOOP("Runbook", "Against kube-apiserver %1, %2 would fall outside the version-skew "
                                                 "policy."))
                    .arg(hop.to.toString(), reasons.join(QStringLiteral(", "))),
                VendorCommands::nodePool(m_target, pool, hop.from.toString()),
                say(QT_TRANSLATE_NOOP("Runbook", "The pool's nodes report kubelet %1 and are Ready."))
                    .arg(hop.from.toString())};
        }
        list << apiMigration(hop);
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
            VendorCommands::controlPlane(m_target, hop),
            say(QT_TRANSLATE_NOOP("Runbook", "kubectl version reports server %1.")).arg(hop.to.toString())};
        const QStringList addonCommands = VendorCommands::addons(m_target, hop);
        if (!addonCommands.isEmpty()) {
            QString detail;
            if (!hop.etcd.isEmpty() || !hop.coredns.isEmpty())
                detail = say(QT_TRANSLATE_NOOP("Runbook", "kubeadm %1 ships etcd %2 and CoreDNS %3."))
                             .arg(hop.to.toString(), hop.etcd, hop.coredns);
            list << RunbookStep{
                say(QT_TRANSLATE_NOOP("Runbook", "[%1] Bring the add-ons along")).arg(label), detail, addonCommands,
                say(QT_TRANSLATE_NOOP("Runbook", "The add-ons run the versions made for %1.")).arg(hop.to.toString())};
        }
    }
    // Finally every worker pool to the target.
    const QString target = m_plan.hops.isEmpty() ? m_plan.target.toString() : m_plan.hops.last().patch;
    for (const NodePool &pool : m_plan.nodePools) {
        if (pool.controlPlane && m_target.distribution != u"upstream")
            continue;
        list << RunbookStep{
            say(QT_TRANSLATE_NOOP("Runbook", "Upgrade node pool %1 to %2")).arg(pool.name, m_plan.target.toString()),
            say(QT_TRANSLATE_N_NOOP("Runbook", "%n node(s), kubelet %1 today; drain them one at a time."),
                int(pool.nodes.size()))
                .arg(pool.kubeletVersion),
            VendorCommands::nodePool(m_target, pool, target),
            say(QT_TRANSLATE_NOOP("Runbook", "Every node of the pool reports kubelet %1 and is Ready."))
                .arg(m_plan.target.toString())};
    }
    s.blocks << steps(list);
    return s;
}

RunbookSection PlanWriter::blueGreenSteps() const
{
    RunbookSection s = section(say(QT_TRANSLATE_NOOP("Runbook", "Steps")));
    const VendorCommands::Target green = VendorCommands::newClusterTargetOf(m_plan);
    const QString backup = m_plan.cluster + QStringLiteral("-migration");
    QList<RunbookStep> list;
    list << RunbookStep{say(QT_TRANSLATE_NOOP("Runbook", "Build the new cluster at %1")).arg(m_plan.target.toString()),
                        QString(), VendorCommands::createCluster(green, m_plan.target, green.cluster),
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

RunbookSection PlanWriter::postChecks() const
{
    RunbookSection s = section(say(QT_TRANSLATE_NOOP("Runbook", "Post-checks")));
    s.blocks << steps(
        {RunbookStep{
             say(QT_TRANSLATE_NOOP("Runbook", "Versions")),
             QString(),
             {QStringLiteral("kubectl version"), QStringLiteral("kubectl get nodes")},
             say(QT_TRANSLATE_NOOP("Runbook", "Server and every kubelet at %1.")).arg(m_plan.target.toString())},
         m_plan.operators.nodes.isEmpty()
             ? RunbookStep{say(QT_TRANSLATE_NOOP("Runbook", "Workloads")),
                           QString(),
                           {QStringLiteral("kubectl get pods -A")},
                           say(QT_TRANSLATE_NOOP("Runbook", "Nothing crash-looping."))}
             : RunbookStep{say(QT_TRANSLATE_NOOP("Runbook", "Workloads and operators")),
                           QString(),
                           {QStringLiteral("kubectl get pods -A"), QStringLiteral("kubectl get csv -A")},
                           say(QT_TRANSLATE_NOOP("Runbook", "Nothing crash-looping; every CSV Succeeded."))},
         RunbookStep{
             say(QT_TRANSLATE_NOOP("Runbook", "Deprecated API requests")),
             QString(),
             {QStringLiteral("kubectl get --raw /metrics | grep apiserver_requested_deprecated_apis")},
             say(QT_TRANSLATE_NOOP("Runbook", "No request to an API removed in %1.")).arg(m_plan.target.toString())},
         RunbookStep{
             say(QT_TRANSLATE_NOOP("Runbook", "Record the new state")),
             QString(),
             {QStringLiteral("kirikae collect --context <context> -o snapshots/")},
             say(QT_TRANSLATE_NOOP("Runbook", "The fleet view shows the cluster at %1 and its debt has gone down."))
                 .arg(m_plan.target.toString())}});
    return s;
}

RunbookSection PlanWriter::rollback() const
{
    RunbookSection s = section(say(QT_TRANSLATE_NOOP("Runbook", "Rollback")));
    if (m_plan.strategy == UpgradeStrategy::BlueGreen) {
        s.blocks << bullets(
            {say(QT_TRANSLATE_NOOP("Runbook",
                                   "Until the old cluster is decommissioned, rolling back is switching the traffic "
                                   "back to it.")),
             say(QT_TRANSLATE_NOOP("Runbook",
                                   "Data written on the new cluster after the switch must be copied back, or it is "
                                   "lost: agree on this before switching."))});
        return s;
    }
    QStringList items;
    items << say(QT_TRANSLATE_NOOP(
        "Runbook", "Kubernetes does not downgrade a control plane: a failed hop is undone only by restoring the "
                   "backup taken just before it."));
    if (VendorCommands::hasEtcdAccess(m_target))
        items << say(QT_TRANSLATE_NOOP(
            "Runbook", "Restore the etcd snapshot of that hop on every control-plane node (etcdutl snapshot "
                       "restore), then restart the control plane at the previous version."));
    else
        items << say(QT_TRANSLATE_NOOP(
                         "Runbook",
                         "On %1 the control plane cannot be moved back at all. The way back is a new cluster at "
                         "the old version, restored from the Velero backup."))
                     .arg(distributionName());
    items << say(QT_TRANSLATE_NOOP(
        "Runbook", "Node pools can be rolled back while the control plane still allows their version: recreate "
                   "them at the old version and drain the new nodes."));
    items << say(QT_TRANSLATE_NOOP(
        "Runbook", "Operators cannot be downgraded by OLM: keep the old CSV's manifests and the backup of their "
                   "custom resources."));
    s.blocks << bullets(items);
    return s;
}

RunbookSection PlanWriter::waivers() const
{
    RunbookSection s = section(say(QT_TRANSLATE_NOOP("Runbook", "Accepted waivers")));
    if (m_plan.waivers.isEmpty()) {
        s.blocks << paragraph(say(QT_TRANSLATE_NOOP("Runbook", "No waiver is recorded for this cluster.")));
        return s;
    }
    QList<QStringList> rows;
    for (const Waiver &w : m_plan.waivers) {
        const QString until = w.expires.isValid() ? m_l.date(w.expires)
                                                  : say(QT_TRANSLATE_NOOP("Runbook", "until the cluster reaches %1"))
                                                        .arg(w.untilMinor ? w.untilMinor->toString() : QString());
        rows << QStringList{w.subject, w.reason, w.owner, until};
    }
    s.blocks << table({say(QT_TRANSLATE_NOOP("Runbook", "Finding")), say(QT_TRANSLATE_NOOP("Runbook", "Reason")),
                       say(QT_TRANSLATE_NOOP("Runbook", "Owner")), say(QT_TRANSLATE_NOOP("Runbook", "Valid"))},
                      rows);
    return s;
}

RunbookSection PlanWriter::signOff() const
{
    RunbookSection s = section(say(QT_TRANSLATE_NOOP("Runbook", "Sign-off")));
    s.blocks << table(
        {say(QT_TRANSLATE_NOOP("Runbook", "Role")), say(QT_TRANSLATE_NOOP("Runbook", "Name")),
         say(QT_TRANSLATE_NOOP("Runbook", "Date")), say(QT_TRANSLATE_NOOP("Runbook", "Signature"))},
        {{say(QT_TRANSLATE_NOOP("Runbook", "Prepared by")), QString(), QString(), QStringLiteral("\n\n")},
         {say(QT_TRANSLATE_NOOP("Runbook", "Reviewed by (platform team)")), QString(), QString(),
          QStringLiteral("\n\n")},
         {say(QT_TRANSLATE_NOOP("Runbook", "Approved by (service owner)")), QString(), QString(),
          QStringLiteral("\n\n")},
         {say(QT_TRANSLATE_NOOP("Runbook", "Change window")), QString(), QString(), QStringLiteral("\n\n")}});
    return s;
}

QList<RunbookSection> PlanWriter::sections() const
{
    QList<RunbookSection> list{goNoGo(), preChecks()};
    list << (m_plan.strategy == UpgradeStrategy::BlueGreen ? blueGreenSteps() : inPlaceSteps());
    list << postChecks() << rollback() << waivers() << signOff();
    return list;
}

} // namespace kirikae
