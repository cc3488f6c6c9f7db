#include "supportcost.h"

#include "analysis/upgradeplanner.h"

namespace kirikae {

namespace {

/// The vendor's own release name for a Kubernetes minor: "1.31", or OpenShift's "4.18".
QString vendorRelease(const QString &vendor, MinorVersion minor, const Catalogs &catalogs)
{
    if (vendor == u"openshift") {
        const auto r = catalogs.vendors.openShiftFor(minor);
        return r ? r->version : QString();
    }
    return minor.toString();
}

std::optional<ContractPrice> contractFor(const QString &vendor, const QString &phase,
                                         const QList<ContractPrice> &prices)
{
    std::optional<ContractPrice> any;
    for (const ContractPrice &p : prices) {
        if (p.vendor != vendor)
            continue;
        if (p.phase == phase)
            return p;
        if (p.phase.isEmpty())
            any = p;
    }
    return any;
}

QDate forcedDate(const ForcedUpgradePolicy &policy, const VendorRelease &release, const QString &vendor,
                 MinorVersion minor, const Catalogs &catalogs, bool *projected)
{
    *projected = false;
    switch (policy.at) {
    case ForcedUpgradePolicy::At::EndOfStandard:
        return release.endOfStandardSupport;
    case ForcedUpgradePolicy::At::EndOfExtended:
        return release.endOfExtendedSupport.isValid() ? release.endOfExtendedSupport : release.endOfStandardSupport;
    case ForcedUpgradePolicy::At::FallsToNMinus4: {
        // The day the minor four newer arrives: the vendor's date when known, upstream's (maybe projected) else.
        // Long-term support (the calendar's extended phase) holds the cluster until it ends.
        const MinorVersion fourNewer{minor.major, minor.minor + 4};
        QDate date;
        if (const auto r = catalogs.vendors.release(vendor, fourNewer.toString())) {
            date = r->released;
        } else if (const auto upstream = catalogs.kubernetes.release(fourNewer)) {
            date = upstream->released;
            *projected = upstream->projected;
        }
        if (release.endOfExtendedSupport.isValid() && (!date.isValid() || release.endOfExtendedSupport > date)) {
            *projected = false;
            return release.endOfExtendedSupport;
        }
        return date;
    }
    case ForcedUpgradePolicy::At::None:
        break;
    }
    return {};
}

std::optional<MinorVersion> forcedTarget(const ForcedUpgradePolicy &policy, MinorVersion minor)
{
    switch (policy.controlPlane) {
    case ForcedUpgradePolicy::ControlPlane::NextMinor:
        return minor.next();
    case ForcedUpgradePolicy::ControlPlane::NMinus2:
        return MinorVersion{minor.major, minor.minor + 2};
    case ForcedUpgradePolicy::ControlPlane::Unchanged:
        break;
    }
    return std::nullopt;
}

/// What breaks once the vendor has moved the control plane (and maybe the nodes) to `to`.
void findBreaks(ForcedUpgrade &forced, const ClusterSnapshot &snapshot, MinorVersion from, const Catalogs &catalogs)
{
    const MinorVersion to = *forced.controlPlaneTo;
    if (forced.nodePoolsStay)
        forced.skewBreaks = SkewPolicy::violationsAfterUpgrade(snapshot, to);
    ScanResult scan;
    ManifestScanner(catalogs.deprecatedApis, to).scanSnapshot(snapshot, snapshot.name, scan);
    QStringList seen;
    for (const ApiFinding &f : std::as_const(scan.findings)) {
        const QString key = f.apiVersion + u'|' + f.kind + u'|' + f.namespaceName + u'|' + f.name;
        if (f.status == ApiStatus::Removed && f.api.removedIn > from && !seen.contains(key)) {
            seen << key;
            forced.removedApis << f;
        }
    }
}

} // namespace

QString vendorOf(const ClusterSnapshot &snapshot)
{
    const QString d = snapshot.distribution;
    return d == u"eks" || d == u"gke" || d == u"aks" || d == u"openshift" ? d : QString();
}

QList<Phrase> ForcedUpgrade::breaks() const
{
    QList<Phrase> lines;
    for (const SkewCheck &c : skewBreaks)
        //: What breaks when the vendor upgrades: "kubelet v1.29.4 on node-a, node-b: <the skew rule>"
        lines << Phrase("SupportCost", QT_TRANSLATE_NOOP("SupportCost", "%1 %2 on %3: %4"),
                        {c.component, c.version, c.where.join(QStringLiteral(", ")), c.rule});
    for (const ApiFinding &f : removedApis)
        lines << Phrase("SupportCost", QT_TRANSLATE_NOOP("SupportCost", "%1, removed in %2"),
                        {apiWaiverSubject(f), f.api.removedIn.toString()});
    return lines;
}

std::optional<ForcedStep> forcedStep(const QString &vendor, MinorVersion minor, const Catalogs &catalogs)
{
    const auto policy = catalogs.vendorPolicies.policy(vendor);
    const auto release = catalogs.vendors.release(vendor, vendorRelease(vendor, minor, catalogs));
    if (!policy || !release)
        return std::nullopt;
    ForcedStep step;
    step.date = forcedDate(policy->forcedUpgrade, *release, vendor, minor, catalogs, &step.projected);
    const auto to = forcedTarget(policy->forcedUpgrade, minor);
    if (!step.date.isValid() || !to)
        return std::nullopt;
    step.to = *to;
    return step;
}

MinorVersion minorIfStaying(const QString &vendor, MinorVersion minor, QDate day, const Catalogs &catalogs,
                            bool *forced)
{
    constexpr int maxForcedSteps = 12; // a cluster the vendor keeps moving: plenty for any horizon shown
    if (forced)
        *forced = false;
    for (int i = 0; i < maxForcedSteps; ++i) {
        const auto step = forcedStep(vendor, minor, catalogs);
        if (!step || step->date > day)
            break;
        minor = step->to;
        if (forced)
            *forced = true;
    }
    return minor;
}

SupportFee supportFeeOn(const QString &vendor, MinorVersion minor, QDate day, const Catalogs &catalogs,
                        const QList<ContractPrice> &prices)
{
    SupportFee fee;
    const auto policy = catalogs.vendorPolicies.policy(vendor);
    const auto assessment = catalogs.vendors.assess(vendor, vendorRelease(vendor, minor, catalogs), day);
    if (!policy || !assessment)
        return fee;
    fee.phase = vendorPhaseKey(assessment->phase);
    if (const auto contract = contractFor(vendor, fee.phase, prices)) {
        const bool hourly = contract->unit == u"cluster-hour";
        fee.perMonth = hourly ? contract->amount * catalogs.vendorPolicies.hoursPerMonth() : contract->amount;
        fee.currency = contract->currency;
        fee.sure = Sureness::Official;
        fee.note = contract->note;
        fee.contract = true;
        return fee;
    }
    const auto catalogFee = policy->fee(fee.phase);
    if (!catalogFee)
        return fee;
    if (catalogFee->amount)
        fee.perMonth = catalogFee->unit == u"cluster-hour"
                           ? *catalogFee->amount * catalogs.vendorPolicies.hoursPerMonth()
                           : *catalogFee->amount;
    fee.currency = catalogFee->currency;
    fee.sure = catalogFee->sure;
    fee.source = catalogFee->source;
    fee.note = catalogFee->note;
    fee.noteJa = catalogFee->noteJa;
    return fee;
}

namespace {

/// The fee on day of a cluster that stays on minor, after whatever the vendor has forced by then.
SupportFee feeIfStaying(const QString &vendor, MinorVersion minor, QDate day, const Catalogs &catalogs,
                        const QList<ContractPrice> &prices)
{
    bool moved = false;
    const MinorVersion effective = minorIfStaying(vendor, minor, day, catalogs, &moved);
    SupportFee fee = supportFeeOn(vendor, effective, day, catalogs, prices);
    if (moved)
        fee.vendorMoved = effective;
    return fee;
}

} // namespace

ClusterCost assessCost(const ClusterSnapshot &snapshot, const ClusterStatus &status, const Catalogs &catalogs,
                       const QList<ContractPrice> &prices, QDate today)
{
    ClusterCost cost;
    cost.cluster = snapshot.name;
    cost.vendor = vendorOf(snapshot);
    if (cost.vendor.isEmpty() || !status.version || !status.vendor)
        return cost;
    const MinorVersion minor = status.version->minorVersion();
    cost.today = feeIfStaying(cost.vendor, minor, today, catalogs, prices);
    const auto policy = catalogs.vendorPolicies.policy(cost.vendor);
    if (!policy)
        return cost;
    ForcedUpgrade &forced = cost.forced;
    forced.policy = policy->forcedUpgrade;
    forced.nodePoolsStay = policy->forcedUpgrade.nodePools == ForcedUpgradePolicy::NodePools::Stay;
    if (const auto step = forcedStep(cost.vendor, minor, catalogs)) {
        forced.date = step->date;
        forced.projected = step->projected;
        forced.controlPlaneTo = step->to;
    }
    if (forced.known())
        findBreaks(forced, snapshot, minor, catalogs);
    // The phase the cluster is in today (after any forced upgrade) ends: the fee changes the next day.
    const MinorVersion now = cost.today.vendorMoved.value_or(minor);
    const auto phase = catalogs.vendors.assess(cost.vendor, vendorRelease(cost.vendor, now, catalogs), today);
    if (phase && phase->phaseEnds.isValid() && phase->phaseEnds >= today) {
        cost.changesOn = phase->phaseEnds.addDays(1);
        cost.after = feeIfStaying(cost.vendor, now, cost.changesOn, catalogs, prices);
    }
    return cost;
}

} // namespace kirikae
