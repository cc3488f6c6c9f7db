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
    const QList<std::pair<QString, QString>> cost = costRows();
    for (qsizetype i = 0; i < cost.size(); ++i)
        rows.insert(rows.size() - 2, cost.at(i)); // before the decision and the date
    return rows;
}

QString PlanWriter::nodeList(const QStringList &nodes) const
{
    constexpr qsizetype shown = 5; // a review reads a few names; a 30,000-node fleet lists no more
    if (nodes.size() <= shown)
        return nodes.join(QStringLiteral(", "));
    return say(QT_TRANSLATE_N_NOOP("Runbook", "%1 and %n more"), int(nodes.size() - shown))
        .arg(nodes.first(shown).join(QStringLiteral(", ")));
}

QString PlanWriter::breaksText(const ForcedUpgrade &f) const
{
    QStringList lines;
    for (const SkewCheck &c : f.skewBreaks)
        lines << say(QT_TRANSLATE_NOOP("Runbook", "%1 %2 on %3 falls outside the version-skew policy"))
                     .arg(c.component, c.version, nodeList(c.where));
    for (const ApiFinding &api : f.removedApis)
        lines << describeUse(api, m_l);
    return lines.isEmpty() ? say(QT_TRANSLATE_NOOP("Runbook", "nothing found breaks"))
                           : lines.join(QStringLiteral("; "));
}

QString PlanWriter::vendorName() const
{
    return platformName(m_plan.cost.vendor);
}

QString PlanWriter::feeText(const SupportFee &fee) const
{
    QString phase = fee.phase;
    if (fee.phase == u"standard")
        phase = say(QT_TRANSLATE_NOOP("Runbook", "standard support"));
    else if (fee.phase == u"extended")
        phase = say(QT_TRANSLATE_NOOP("Runbook", "extended support"));
    else if (fee.phase == u"maintenance")
        phase = say(QT_TRANSLATE_NOOP("Runbook", "maintenance support"));
    else if (fee.phase == u"end-of-life")
        phase = say(QT_TRANSLATE_NOOP("Runbook", "end of life"));
    if (!fee.perMonth)
        return say(QT_TRANSLATE_NOOP("Runbook", "unknown (%1): no source states the price; enter your contract's "
                                                "price in the workspace"))
            .arg(phase);
    const QString amount =
        say(QT_TRANSLATE_NOOP("Runbook", "%1 a month (%2)")).arg(m_l.money(*fee.perMonth, fee.currency), phase);
    if (fee.contract)
        return amount + say(QT_TRANSLATE_NOOP("Runbook", "; your contract's price"));
    if (fee.sure == Sureness::ThirdParty)
        return amount +
               say(QT_TRANSLATE_NOOP("Runbook", "; a third-party figure, not the vendor's (%1)")).arg(fee.source);
    return amount + say(QT_TRANSLATE_NOOP("Runbook", "; source: %1")).arg(fee.source);
}

QList<std::pair<QString, QString>> PlanWriter::costRows() const
{
    const ClusterCost &c = m_plan.cost;
    if (!c.today.applies())
        return {};
    QList<std::pair<QString, QString>> rows{{say(QT_TRANSLATE_NOOP("Runbook", "Support fee today")), feeText(c.today)}};
    if (c.changesOn.isValid() && c.after.applies())
        rows << std::pair{say(QT_TRANSLATE_NOOP("Runbook", "Fee from %1")).arg(m_l.date(c.changesOn)),
                          feeText(c.after)};
    QString forced;
    if (!c.forced.known())
        forced = say(QT_TRANSLATE_NOOP("Runbook", "no statement found about forced upgrades by %1 (%2)"))
                     .arg(vendorName(), c.forced.policy.source);
    else if (c.forced.nodePoolsStay)
        forced = say(QT_TRANSLATE_NOOP("Runbook", "%1%2: %3 upgrades the control plane to %4; node pools stay where "
                                                  "they are"))
                     .arg(m_l.date(c.forced.date),
                          c.forced.projected ? say(QT_TRANSLATE_NOOP("Runbook", " (projected)")) : QString(),
                          vendorName(), c.forced.controlPlaneTo->toString());
    else
        forced = say(QT_TRANSLATE_NOOP("Runbook", "%1%2: %3 upgrades the control plane and the node pools to %4"))
                     .arg(m_l.date(c.forced.date),
                          c.forced.projected ? say(QT_TRANSLATE_NOOP("Runbook", " (projected)")) : QString(),
                          vendorName(), c.forced.controlPlaneTo->toString());
    rows << std::pair{say(QT_TRANSLATE_NOOP("Runbook", "Vendor's forced upgrade")), forced};
    return rows;
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

QString PlanWriter::accepted(const Waiver &w) const
{
    // Who accepted the finding and on which day (UTC); a workspace older than the record says neither.
    QString text;
    if (!w.acceptedBy.isEmpty() && w.acceptedAt.isValid())
        text = say(QT_TRANSLATE_NOOP("Runbook", "%1 on %2")).arg(w.acceptedBy, m_l.date(w.acceptedAt.toUTC().date()));
    else if (!w.acceptedBy.isEmpty())
        text = w.acceptedBy;
    else if (w.acceptedAt.isValid())
        text = m_l.date(w.acceptedAt.toUTC().date());
    else
        text = say(QT_TRANSLATE_NOOP("Runbook", "not recorded"));
    if (const auto last = w.lastChange(); last && last->action == WaiverChange::Action::Edited)
        text +=
            say(QT_TRANSLATE_NOOP("Runbook", "; changed by %1 on %2")).arg(last->by, m_l.date(last->at.toUTC().date()));
    return text;
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
        rows << QStringList{w.subject, w.reason, w.owner, until, accepted(w)};
    }
    s.blocks << table({say(QT_TRANSLATE_NOOP("Runbook", "Finding")), say(QT_TRANSLATE_NOOP("Runbook", "Reason")),
                       say(QT_TRANSLATE_NOOP("Runbook", "Owner")), say(QT_TRANSLATE_NOOP("Runbook", "Valid")),
                       say(QT_TRANSLATE_NOOP("Runbook", "Accepted"))},
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
