#include "planwriter.h"

// The go/no-go section of a plan's runbook: one row per blocker, then the conditions the steps take care of.

namespace kirikae {

namespace {

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

/// "PromQL, Always": the kinds of a risk's matching rules; the expressions are in the plan's JSON.
QString ruleKinds(const QStringList &rules)
{
    QStringList kinds;
    for (const QString &rule : rules)
        kinds << rule.section(u':', 0, 0);
    return kinds.join(QStringLiteral(", "));
}

} // namespace

QList<QStringList> PlanWriter::blockerRows() const
{
    QList<QStringList> rows; // the first cell numbers the rows
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
            rows << QStringList{QString::number(rows.size() + 1), where,  describeUse(f, m_l),
                                describeEvidence(f, m_l),  action, state};
        }
        for (const AddonBlocker &a : hop.addonsBlocked)
            rows << QStringList{
                QString::number(rows.size() + 1),
                where,
                a.chart.isEmpty()
                    ? say(QT_TRANSLATE_NOOP("Runbook", "%1 %2 does not support Kubernetes %3"))
                          .arg(a.name, a.version, hop.to.toString())
                    : say(QT_TRANSLATE_NOOP("Runbook",
                                            "Helm release %1 (chart %2 %3) requires kubeVersion %4: Helm refuses "
                                            "it on %5"))
                          .arg(a.name, a.chart, a.version, a.kubeVersion, hop.to.toString()),
                a.chart.isEmpty() ? a.source : QStringLiteral("Helm"),
                a.upgradeTo.isEmpty()
                    ? say(QT_TRANSLATE_NOOP("Runbook",
                                            "Upgrade it to a release that supports the target before this hop."))
                    : say(QT_TRANSLATE_NOOP("Runbook", "Upgrade it to %1 or later before this hop.")).arg(a.upgradeTo),
                say(QT_TRANSLATE_NOOP("Runbook", "Open"))};
        addCrdStorageRows(hop, rows);
        addOpenShiftRows(hop, rows);
        for (const BlockedOperator &blocked : hop.operatorsBlocked)
            rows << QStringList{
                QString::number(rows.size() + 1),
                where,
                blockedText(blocked),
                QStringLiteral("OLM"),
                say(QT_TRANSLATE_NOOP("Runbook",
                                      "Upgrade the operator to a version that allows the target, or remove it, "
                                      "before this hop.")),
                say(QT_TRANSLATE_NOOP("Runbook", "Open"))};
    }
    if (m_plan.forcedFirst(m_today)) {
        const ForcedUpgrade &f = m_plan.cost.forced;
        rows << QStringList{
            QString::number(rows.size() + 1),
            QStringLiteral("—"),
            (f.date < m_today
                 ? say(QT_TRANSLATE_NOOP("Runbook", "%1 may upgrade the control plane to %2 at any time: "
                                                    "its date, %3, has passed; then: %4"))
                 : say(QT_TRANSLATE_NOOP("Runbook", "%1 upgrades the control plane to %2 on %3, before this "
                                                    "plan is done; then: %4")))
                .arg(vendorName(), f.controlPlaneTo->toString(), m_l.date(f.date), breaksText(f)),
            f.policy.source,
            say(QT_TRANSLATE_NOOP("Runbook", "Finish the first hop before that day, or agree a postponement with the "
                                             "vendor where it allows one.")),
            say(QT_TRANSLATE_NOOP("Runbook", "Risk"))};
    }
    for (const QString &api : m_plan.apisNotServed)
        rows << QStringList{
            QString::number(rows.size() + 1), m_plan.newCluster,
            say(QT_TRANSLATE_NOOP("Runbook", "Not served by the new cluster: %1")).arg(api),
            //: Evidence: the new cluster's list of the API versions it serves
            say(QT_TRANSLATE_NOOP("Runbook", "API discovery")),
            say(QT_TRANSLATE_NOOP("Runbook", "Convert the manifest before it is re-applied or restored.")),
            say(QT_TRANSLATE_NOOP("Runbook", "Open"))};
    return rows;
}

QString PlanWriter::droppedByText(const CrdStorageBlocker &b) const
{
    return b.operatorPackage.isEmpty() ? say(QT_TRANSLATE_NOOP("Runbook", "Kubernetes %1")).arg(b.droppedBy)
                                       : b.operatorPackage + u' ' + b.operatorVersion;
}

void PlanWriter::addCrdStorageRows(const PlanHop &hop, QList<QStringList> &rows) const
{
    const QString where = hop.from.toString() + QStringLiteral(" → ") + hop.to.toString();
    for (const CrdStorageBlocker &b : hop.crdStorageBlocked) {
        const QString evidence =
            b.evidence == u"crd-manifest"
                ? say(QT_TRANSLATE_NOOP("Runbook", "CRD manifest of bundle %1")).arg(b.droppedBy)
                : b.evidence == u"csv-owned"
                      ? say(QT_TRANSLATE_NOOP("Runbook", "owned CRDs of %1")).arg(b.droppedBy)
                      : say(QT_TRANSLATE_NOOP("Runbook", "deprecated-API catalog"));
        rows << QStringList{
            QString::number(rows.size() + 1), where,
            say(QT_TRANSLATE_NOOP("Runbook", "CRD %1 still lists %2 in status.storedVersions; %3 no longer serves it "
                                             "(serves %4)"))
                .arg(b.crd, b.storedVersion, droppedByText(b),
                     b.servedThere.isEmpty() ? QStringLiteral("—") : b.servedThere.join(QStringLiteral(", "))),
            evidence,
            say(QT_TRANSLATE_NOOP("Runbook", "Migrate the stored objects to a served version and remove %1 from "
                                             "status.storedVersions before this hop."))
                .arg(b.storedVersion),
            say(QT_TRANSLATE_NOOP("Runbook", "Open"))};
    }
}

void PlanWriter::addOpenShiftRows(const PlanHop &hop, QList<QStringList> &rows) const
{
    if (!hop.openShift)
        return;
    const OpenShiftHop &o = *hop.openShift;
    const QString where = hop.from.toString() + QStringLiteral(" → ") + hop.to.toString();
    //: Evidence: OpenShift's ClusterVersion object and the field read from it
    const QString evidence = say(QT_TRANSLATE_NOOP("Runbook", "ClusterVersion %1")).arg(o.channel);
    if (o.reachable == false)
        rows << QStringList{
            QString::number(rows.size() + 1), where,
            say(QT_TRANSLATE_NOOP("Runbook", "OpenShift %1 is not offered to the cluster: the update graph of channel "
                                             "%2 has no update to it"))
                .arg(o.release, o.channel),
            evidence,
            say(QT_TRANSLATE_NOOP("Runbook", "Move to the newest z-stream the graph offers, then check oc adm upgrade "
                                             "again; never force an update the graph does not offer.")),
            say(QT_TRANSLATE_NOOP("Runbook", "Open"))};
    if (o.recommended != false)
        return;
    if (o.risks.isEmpty())
        rows << QStringList{QString::number(rows.size() + 1), where,
                            say(QT_TRANSLATE_NOOP("Runbook", "The update to %1 is not recommended (%2)"))
                                .arg(o.updateTo, o.conditionalReason),
                            evidence,
                            say(QT_TRANSLATE_NOOP("Runbook", "Find out why before updating.")),
                            say(QT_TRANSLATE_NOOP("Runbook", "Open"))};
    for (const OpenShiftUpdateRisk &r : o.risks)
        rows << QStringList{
            QString::number(rows.size() + 1), where,
            say(QT_TRANSLATE_NOOP("Runbook", "The update to %1 has a known risk, %2: %3")).arg(o.updateTo, r.name,
                                                                                              r.message),
            r.url.isEmpty() ? evidence : r.url,
            say(QT_TRANSLATE_NOOP("Runbook", "Check whether the cluster is exposed (%1); update with "
                                             "--allow-not-recommended only when it is not, else wait for a release "
                                             "that fixes it."))
                .arg(ruleKinds(r.matchingRules)),
            say(QT_TRANSLATE_NOOP("Runbook", "Open"))};
}

QStringList PlanWriter::openShiftNotes() const
{
    QStringList notes;
    for (const PlanHop &hop : m_plan.hops) {
        if (!hop.openShift)
            continue;
        const OpenShiftHop &o = *hop.openShift;
        if (o.eusPath.size() == 3 && o.eusPath.at(1) == o.release)
            notes << say(QT_TRANSLATE_NOOP("Runbook", "EUS to EUS, %1 → %3 in channel %4: only the control plane "
                                                      "moves to %2; the worker machine config pools stay paused on "
                                                      "%1 until the control plane reaches %3."))
                         .arg(o.eusPath.at(0), o.eusPath.at(1), o.eusPath.at(2), o.channel);
        if (!o.reachable.has_value() && &hop == &m_plan.hops.first())
            notes << say(QT_TRANSLATE_NOOP("Runbook", "The cluster's channel does not offer OpenShift %1 yet: switch "
                                                      "to %2 and check the update graph again."))
                         .arg(o.release, o.channel);
    }
    return notes;
}

QList<RunbookBlock> PlanWriter::goNoGoNotes() const
{
    QList<RunbookBlock> blocks;
    QStringList conditions;
    for (const PlanHop &hop : m_plan.hops) {
        for (const SkewCheck &c : hop.nodesFirst)
            conditions << say(QT_TRANSLATE_NOOP("Runbook", "Before %1: upgrade %2 %3 on %4; against kube-apiserver "
                                                           "%1 it would fall outside the version-skew policy."))
                              .arg(hop.to.toString(), c.component, c.version, nodeList(c.where));
    }
    if (!conditions.isEmpty()) {
        blocks << paragraph(say(
            QT_TRANSLATE_NOOP("Runbook", "The version-skew policy also sets an order (handled in the steps below):")));
        blocks << bullets(conditions);
    }
    QStringList missing;
    for (const MissingRequirement &m : m_plan.operators.missing)
        missing << say(QT_TRANSLATE_NOOP("Runbook", "%1 needs %2; no installed operator satisfies it."))
                       .arg(m_plan.operators.nodes[m.node].csv.package, m.requirement);
    if (!missing.isEmpty()) {
        blocks << paragraph(say(QT_TRANSLATE_NOOP("Runbook", "Operator dependencies that are not met today:")));
        blocks << bullets(missing);
    }
    if (const QStringList notes = openShiftNotes(); !notes.isEmpty()) {
        blocks << paragraph(say(QT_TRANSLATE_NOOP("Runbook", "OpenShift's update graph (handled in the steps below):")));
        blocks << bullets(notes);
    }
    if (m_plan.warnings.contains(u"platform-change"))
        blocks << warning(say(QT_TRANSLATE_NOOP("Runbook", "The new cluster runs on %1, the old one on %2: the "
                                                           "commands below are the new platform's. Storage classes, "
                                                           "load balancers, identities and network policies differ "
                                                           "between platforms and must be mapped by hand."))
                              .arg(platformName(m_plan.newClusterDistribution), distributionName()));
    if (m_plan.warnings.contains(u"target-differs"))
        blocks << warning(say(QT_TRANSLATE_NOOP("Runbook", "The new cluster runs Kubernetes %1, so the plan goes "
                                                           "to %1 rather than the target chosen."))
                              .arg(m_plan.target.toString()));
    if (!m_plan.collectionGaps.isEmpty())
        blocks << warning(
            say(QT_TRANSLATE_NOOP("Runbook", "The snapshot could not see everything; blockers may hide there: %1"))
                .arg(m_plan.collectionGaps.join(QStringLiteral("; "))));
    return blocks;
}

RunbookSection PlanWriter::goNoGo() const
{
    RunbookSection s = section(say(QT_TRANSLATE_NOOP("Runbook", "Go/no-go")));
    const QList<QStringList> rows = blockerRows();
    if (rows.isEmpty())
        s.blocks << paragraph(
            say(QT_TRANSLATE_NOOP("Runbook", "No blocker was found in the evidence of the snapshot.")));
    else
        s.blocks << table({say(QT_TRANSLATE_NOOP("Runbook", "No.")), say(QT_TRANSLATE_NOOP("Runbook", "Hop")),
                           say(QT_TRANSLATE_NOOP("Runbook", "Blocker")), say(QT_TRANSLATE_NOOP("Runbook", "Evidence")),
                           say(QT_TRANSLATE_NOOP("Runbook", "Required action")),
                           say(QT_TRANSLATE_NOOP("Runbook", "Status"))},
                          rows);
    s.blocks << goNoGoNotes();
    return s;
}

} // namespace kirikae
