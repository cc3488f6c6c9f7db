#include "debtscore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

#include <algorithm>

namespace kirikae {

namespace {

MinorVersion judgeAt(const ClusterStatus &status)
{
    // The newest released minor is where the fleet must end up; without one, two minors ahead.
    if (status.support.newestMinor.major > 0)
        return status.support.newestMinor;
    return status.version ? status.version->minorVersion().next(2) : MinorVersion{1, 99};
}

QString objectName(const ApiFinding &f)
{
    QString name = f.kind;
    if (!f.name.isEmpty())
        name += u' ' + (f.namespaceName.isEmpty() ? f.name : f.namespaceName + u'/' + f.name);
    return name;
}

} // namespace

QString debtAreaKey(DebtArea area)
{
    switch (area) {
    case DebtArea::Apis:
        return QStringLiteral("apis");
    case DebtArea::Support:
        return QStringLiteral("support");
    case DebtArea::Skew:
        return QStringLiteral("skew");
    case DebtArea::Operators:
        return QStringLiteral("operators");
    case DebtArea::Addons:
        break;
    }
    return QStringLiteral("addons");
}

int DebtHotspot::score() const
{
    int total = 0;
    for (const DebtReason &r : reasons)
        total += r.points;
    return total;
}

QList<ApiFinding> apiDebtFindings(const ClusterSnapshot &snapshot, const ClusterStatus &status,
                                  const DeprecatedApis &catalog)
{
    ScanResult result;
    ManifestScanner(catalog, judgeAt(status)).scanSnapshot(snapshot, snapshot.name, result);
    return result.findings;
}

namespace {

Phrase words(const char *format, const QList<Phrase> &args = {})
{
    return Phrase("DebtScore", format, args);
}

DebtReason reason(int points, const Phrase &phrase)
{
    return DebtReason{points, phrase};
}

Phrase number(qint64 n)
{
    return QString::number(n);
}

// Where a use of an API was seen: the code ("helm", "metrics") in the English text, which JSON and waivers keep,
// and what the code means in the interface's language.
Phrase evidence(const QString &code)
{
    const char *label = nullptr;
    if (code == u"manifest")
        //: Evidence of an API use: a manifest file
        label = QT_TRANSLATE_NOOP("DebtScore", "manifest");
    else if (code == u"helm")
        //: Evidence of an API use: the manifest of a Helm release
        label = QT_TRANSLATE_NOOP("DebtScore", "helm");
    else if (code == u"last-applied")
        //: Evidence of an API use: the kubectl.kubernetes.io/last-applied-configuration annotation
        label = QT_TRANSLATE_NOOP("DebtScore", "last-applied");
    else if (code == u"managed-fields")
        //: Evidence of an API use: the object's metadata.managedFields
        label = QT_TRANSLATE_NOOP("DebtScore", "managed-fields");
    else if (code == u"metrics")
        //: Evidence of an API use: the API server's apiserver_requested_deprecated_apis metric
        label = QT_TRANSLATE_NOOP("DebtScore", "metrics");
    return label ? words(label) : Phrase(code);
}

} // namespace

QString describeEvidence(const ApiFinding &finding)
{
    if (finding.evidence == u"helm" && !finding.helmRelease.isEmpty())
        //: Where an API use was seen: "helm release monitoring/reports revision 3"
        return QCoreApplication::translate("DebtScore", "helm release %1 revision %2")
            .arg(finding.helmRelease)
            .arg(finding.helmRevision);
    if (!finding.origin.isEmpty())
        return finding.origin; // a template's path, a metric's name
    return evidence(finding.evidence).localized();
}


namespace {

// APIs: each object once, from its surest evidence.
QList<DebtReason> apiReasons(const ClusterSnapshot &s, const ClusterStatus &status, const DeprecatedApis &catalog)
{
    QList<DebtReason> apis;
    const std::optional<MinorVersion> next =
        status.version ? std::optional(status.version->minorVersion().next()) : std::nullopt;
    QSet<QString> counted;
    QList<ApiFinding> findings = apiDebtFindings(s, status, catalog);
    std::stable_sort(findings.begin(), findings.end(), [](const ApiFinding &a, const ApiFinding &b) {
        return a.confidence == u"certain" && b.confidence != u"certain";
    });
    for (const ApiFinding &f : std::as_const(findings)) {
        const QString key = f.apiVersion + u'|' + objectName(f);
        if (counted.contains(key))
            continue;
        counted.insert(key);
        const Phrase seen = f.confidence == u"possible"
                                ? words(QT_TRANSLATE_NOOP("DebtScore", " (%1, possible)"), {evidence(f.evidence)})
                                : words(QT_TRANSLATE_NOOP("DebtScore", " (%1)"), {evidence(f.evidence)});
        const Phrase who = f.evidence == u"metrics"
                               ? words(QT_TRANSLATE_NOOP("DebtScore", "Clients request %1"), {f.name})
                               : words(QT_TRANSLATE_NOOP("DebtScore", "%1 uses"), {objectName(f)});
        const QList<Phrase> args{who, f.apiVersion, f.api.removedIn.toString(), seen};
        if (f.status == ApiStatus::Removed && status.version && !(status.version->minorVersion() < f.api.removedIn))
            apis << reason(10, words(QT_TRANSLATE_NOOP("DebtScore", "%1 %2, already removed in %3: the next apply or "
                                                                    "helm upgrade fails%4"),
                                     args));
        else if (f.status == ApiStatus::Removed && next && !(*next < f.api.removedIn))
            apis << reason(10, words(QT_TRANSLATE_NOOP("DebtScore", "%1 %2, removed in %3 — the next minor%4"), args));
        else if (f.status == ApiStatus::Removed)
            apis << reason(5, words(QT_TRANSLATE_NOOP("DebtScore", "%1 %2, removed in %3%4"), args));
        else
            apis << reason(1, words(QT_TRANSLATE_NOOP("DebtScore", "%1 %2, deprecated%3"), {who, f.apiVersion, seen}));
    }
    return apis;
}

QList<DebtReason> supportReasons(const ClusterStatus &status)
{
    QList<DebtReason> support;
    const SupportAssessment &sa = status.support;
    if (sa.status == SupportStatus::Unsupported)
        support << reason(20 + 2 * sa.minorsBehind.value_or(0),
                          words(QT_TRANSLATE_NOOP("DebtScore", "Kubernetes %1 is out of upstream support, %2 minor(s) "
                                                               "behind %3"),
                                {sa.minor.toString(), number(sa.minorsBehind.value_or(0)), sa.newestMinor.toString()}));
    else if (sa.status == SupportStatus::EndingSoon)
        support << reason(10,
                          words(QT_TRANSLATE_NOOP("DebtScore", "Kubernetes %1 leaves upstream support in %2 day(s)"),
                                {sa.minor.toString(), number(sa.daysLeft.value_or(0))}));
    if (status.vendor && status.vendor->phase == VendorPhase::EndOfLife)
        support << reason(15, words(QT_TRANSLATE_NOOP("DebtScore", "%1 %2 is past the vendor's end of life"),
                                    {status.vendor->vendorName, status.vendor->release.version}));
    else if (status.vendor && status.vendor->phase == VendorPhase::Extended)
        support << reason(5, words(QT_TRANSLATE_NOOP("DebtScore", "%1 %2 is in extended support until %3"),
                                   {status.vendor->vendorName, status.vendor->release.version,
                                    status.vendor->phaseEnds.toString(Qt::ISODate)}));
    return support;
}

QList<DebtReason> skewReasons(const ClusterStatus &status)
{
    QList<DebtReason> skew;
    for (const SkewCheck &c : status.skew) {
        if (!c.ok)
            skew << reason(8 + int(c.where.size()),
                           words(QT_TRANSLATE_NOOP("DebtScore", "%1 %2 against %3 on %4 place(s): %5"),
                                 {c.component, c.version, c.against, number(c.where.size()), c.rule}));
    }
    return skew;
}

QList<DebtReason> operatorReasons(const ClusterSnapshot &s)
{
    QList<DebtReason> operators;
    for (const OperatorSubscription &sub : s.subscriptions) {
        if (!sub.currentCsv.isEmpty() && sub.currentCsv != sub.installedCsv)
            operators << reason(3, words(QT_TRANSLATE_NOOP("DebtScore", "%1: %2 installed, %3 waiting (%4 approval)"),
                                         {sub.package, sub.installedCsv, sub.currentCsv, sub.approval}));
    }
    return operators;
}

QList<DebtReason> addonReasons(const ClusterStatus &status)
{
    QList<DebtReason> addons;
    for (const ComponentVersion &c : status.components) {
        if (c.olderThanExpected)
            addons << reason(4, words(QT_TRANSLATE_NOOP("DebtScore", "%1 %2 is older than %3, what kubeadm ships with "
                                                                     "this minor"),
                                      {c.name, c.version, c.expected}));
    }
    // An add-on its own compatibility table says does not run on the cluster's minor (not "not tested").
    for (const AddonAssessment &a : status.addons)
        if (a.atCurrent.status == AddonStatus::NotSupported)
            addons << reason(6, words(QT_TRANSLATE_NOOP("DebtScore", "%1 %2 does not support Kubernetes %3 (its own "
                                                                     "compatibility table)"),
                                      {a.addon.name, a.addon.version, status.version->minorVersion().toString()}));
    return addons;
}

} // namespace

QList<DebtHotspot> scoreDebt(const ClusterSnapshot &s, const ClusterStatus &status, const DeprecatedApis &catalog)
{
    QList<DebtHotspot> areas(debtAreaCount);
    for (int a = 0; a < debtAreaCount; ++a)
        areas[a] = DebtHotspot{s.name, DebtArea(a), {}};
    areas[int(DebtArea::Apis)].reasons = apiReasons(s, status, catalog);
    areas[int(DebtArea::Support)].reasons = supportReasons(status);
    areas[int(DebtArea::Skew)].reasons = skewReasons(status);
    areas[int(DebtArea::Operators)].reasons = operatorReasons(s);
    areas[int(DebtArea::Addons)].reasons = addonReasons(status);
    return areas;
}

void applyWaivers(QList<DebtHotspot> &hotspots, const QList<Waiver> &waivers, QDate today,
                  std::optional<MinorVersion> clusterMinor)
{
    for (DebtHotspot &hotspot : hotspots) {
        for (DebtReason &reason : hotspot.reasons) {
            for (const Waiver &w : waivers) {
                if (w.covers(hotspot.cluster, reason.text()) && w.holds(today, clusterMinor)) {
                    reason.waiver = w;
                    reason.points = 0;
                    break;
                }
            }
        }
    }
}

int ClusterDebt::total() const
{
    int sum = 0;
    for (const DebtHotspot &h : areas)
        sum += h.score();
    return sum;
}

ClusterDebt assessDebt(const ClusterSnapshot &snapshot, const ClusterStatus &status, const DeprecatedApis &catalog,
                       const QList<Waiver> &waivers, QDate today)
{
    ClusterDebt debt;
    debt.cluster = snapshot.name;
    debt.collectedAt = snapshot.collectedAt;
    debt.areas = scoreDebt(snapshot, status, catalog);
    applyWaivers(debt.areas, waivers, today,
                 status.version ? std::optional(status.version->minorVersion()) : std::nullopt);
    debt.apiFindings = apiDebtFindings(snapshot, status, catalog);
    debt.trend = {DebtTrendPoint{debt.collectedAt, debt.total()}};
    return debt;
}

QList<ClusterDebt> latestWithTrend(const QList<ClusterDebt> &perSnapshot)
{
    QList<ClusterDebt> latest;
    for (const ClusterDebt &d : perSnapshot) {
        auto it =
            std::find_if(latest.begin(), latest.end(), [&](const ClusterDebt &l) { return l.cluster == d.cluster; });
        const DebtTrendPoint point{d.collectedAt, d.total()};
        if (it == latest.end()) {
            latest << d;
            latest.last().trend = {point};
            continue;
        }
        QList<DebtTrendPoint> trend = it->trend;
        trend << point;
        std::sort(trend.begin(), trend.end(),
                  [](const DebtTrendPoint &a, const DebtTrendPoint &b) { return a.collectedAt < b.collectedAt; });
        if (d.collectedAt > it->collectedAt)
            *it = d;
        it->trend = trend;
    }
    return latest;
}

QList<DebtHotspot> rankHotspots(QList<DebtHotspot> hotspots)
{
    hotspots.removeIf([](const DebtHotspot &h) { return h.reasons.isEmpty(); });
    std::stable_sort(hotspots.begin(), hotspots.end(),
                     [](const DebtHotspot &a, const DebtHotspot &b) { return a.score() > b.score(); });
    return hotspots;
}

} // namespace kirikae
