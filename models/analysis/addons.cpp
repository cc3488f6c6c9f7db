#include "addons.h"

#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace kirikae {

namespace {

/// An image reference split the way registries read it: "istio/pilot:1.20.1" is docker.io/istio/pilot, tag 1.20.1.
struct ImageName
{
    QString registry;
    QString path; ///< without "library/" for Docker Hub's official images
    QString tag;

    static ImageName parse(QStringView reference)
    {
        ImageName image;
        QStringView rest = reference.trimmed();
        if (const auto at = rest.indexOf(u'@'); at >= 0)
            rest = rest.left(at);
        const auto slash = rest.lastIndexOf(u'/');
        if (const auto colon = rest.lastIndexOf(u':'); colon > slash) {
            image.tag = rest.mid(colon + 1).toString();
            rest = rest.left(colon);
        }
        const auto first = rest.indexOf(u'/');
        const QStringView head = first < 0 ? QStringView() : rest.left(first);
        if (!head.isEmpty() && (head.contains(u'.') || head.contains(u':') || head == u"localhost")) {
            image.registry = head.toString();
            image.path = rest.mid(first + 1).toString();
        } else {
            image.registry = QStringLiteral("docker.io");
            image.path = rest.toString();
        }
        if (image.registry == u"index.docker.io" || image.registry == u"registry-1.docker.io")
            image.registry = QStringLiteral("docker.io");
        if (image.path.startsWith(QStringLiteral("library/")))
            image.path = image.path.mid(8);
        return image;
    }
};

enum class ImageMatch { None, Mirror, Exact };

/// Exact: same registry and repository. Mirror: the repository, or its tail, under another registry
/// (regional ECR registries, pull-through caches).
ImageMatch matchImage(const ImageName &image, const ImageName &known)
{
    if (image.path == known.path)
        return image.registry == known.registry ? ImageMatch::Exact : ImageMatch::Mirror;
    if (image.path.endsWith(u'/' + known.path))
        return ImageMatch::Mirror;
    return ImageMatch::None;
}

/// "stable-2.14.10" (Linkerd's stable channel) is 2.14.10; other tags are versions or nothing.
QString versionOfTag(const QString &tag)
{
    if (tag.startsWith(QStringLiteral("stable-")))
        return tag.mid(7);
    return tag;
}

QString normalised(const QString &version)
{
    return version.startsWith(u'v') ? version.mid(1) : version;
}

struct Found
{
    const AddonInfo *info = nullptr;
    bool versioned = true;
};

/// The catalog add-on an image belongs to: an exact match wins over a mirror match.
Found addonOfImage(const ImageName &image, const AddonCatalog &catalog)
{
    Found mirror;
    for (const AddonInfo &a : catalog.addons()) {
        for (const bool versioned : {true, false}) {
            for (const QString &known : versioned ? a.detect.images : a.detect.versionlessImages) {
                const ImageMatch m = matchImage(image, ImageName::parse(known));
                // An image listed as versionless too is versionless.
                const bool hasVersion = versioned && !a.detect.versionlessImages.contains(known);
                if (m == ImageMatch::Exact)
                    return {&a, hasVersion};
                if (m == ImageMatch::Mirror && !mirror.info)
                    mirror = {&a, hasVersion};
            }
        }
    }
    return mirror;
}

const AddonInfo *addonOfChart(const QString &chart, const QString &namespaceName, const AddonCatalog &catalog)
{
    for (const AddonInfo &a : catalog.addons()) {
        if (!a.detect.helmCharts.contains(chart))
            continue;
        if (a.detect.genericHelmCharts.contains(chart) && !a.detect.namespaces.contains(namespaceName))
            continue;
        return &a;
    }
    return nullptr;
}

const AddonInfo *addonOfWorkload(const ComponentInfo &c, const AddonCatalog &catalog)
{
    for (const AddonInfo &a : catalog.addons()) {
        if ((c.name == a.name || c.name.startsWith(a.name + u'-')) && a.detect.namespaces.contains(c.namespaceName))
            return &a;
    }
    return nullptr;
}

/// The newest revision of each release (Helm keeps a Secret per revision).
QList<HelmRelease> newestRevisions(const QList<HelmRelease> &releases)
{
    QMap<QString, HelmRelease> newest;
    for (const HelmRelease &h : releases) {
        const QString key = h.namespaceName + u'/' + h.name;
        const auto it = newest.constFind(key);
        if (it == newest.cend() || it->revision < h.revision)
            newest.insert(key, h);
    }
    return newest.values();
}

} // namespace

QString addonEvidenceKey(AddonEvidence::Kind kind)
{
    switch (kind) {
    case AddonEvidence::Kind::Image:
        return QStringLiteral("image");
    case AddonEvidence::Kind::HelmRelease:
        return QStringLiteral("helm");
    case AddonEvidence::Kind::Workload:
        break;
    }
    return QStringLiteral("workload");
}

std::pair<QString, QString> splitChart(const QString &chart)
{
    // The version starts at the first "-" followed by a version: names may hold dashes, versions too.
    static const QRegularExpression version(QStringLiteral(R"(^v?\d+(\.\d+)*([-+][0-9A-Za-z.+-]*)?$)"));
    for (qsizetype dash = chart.indexOf(u'-'); dash >= 0; dash = chart.indexOf(u'-', dash + 1)) {
        if (version.match(QStringView(chart).mid(dash + 1)).hasMatch())
            return {chart.left(dash), chart.mid(dash + 1)};
    }
    return {chart, QString()};
}

QList<DetectedAddon> detectAddons(const ClusterSnapshot &snapshot, const AddonCatalog &catalog)
{
    QList<DetectedAddon> found;
    const auto entryFor = [&](const QString &name, bool known, const QString &version) -> DetectedAddon & {
        for (DetectedAddon &d : found) {
            if (d.name == name && d.known == known && normalised(d.version) == normalised(version))
                return d;
        }
        found << DetectedAddon{snapshot.name, name, known, version, {}, {}};
        return found.last();
    };
    QList<QPair<const AddonInfo *, AddonEvidence>> versionless;
    for (const ComponentInfo &c : snapshot.components) {
        if (c.kind != ComponentInfo::Kind::Addon)
            continue;
        const ImageName image = ImageName::parse(c.image);
        const AddonEvidence evidence{AddonEvidence::Kind::Image, c.image, c.where};
        if (const Found f = c.image.isEmpty() ? Found{} : addonOfImage(image, catalog); f.info) {
            if (!f.versioned) {
                versionless << qMakePair(f.info, evidence);
                continue;
            }
            const QString version = image.tag.isEmpty() ? c.version : versionOfTag(image.tag);
            entryFor(f.info->name, true, version).evidence << evidence;
        } else if (const AddonInfo *a = addonOfWorkload(c, catalog)) {
            entryFor(a->name, true, c.version).evidence
                << AddonEvidence{AddonEvidence::Kind::Workload, c.namespaceName + u'/' + c.name, c.where};
        } else {
            entryFor(c.name, false, c.version).evidence << evidence;
        }
    }
    for (const HelmRelease &h : newestRevisions(snapshot.helmReleases)) {
        const auto [chart, chartVersion] = splitChart(h.chart);
        const AddonInfo *a = addonOfChart(chart, h.namespaceName, catalog);
        if (!a)
            continue; // an application's chart, not an add-on: it is listed with the Helm checks
        const AddonEvidence evidence{AddonEvidence::Kind::HelmRelease, h.namespaceName + u'/' + h.name, h.chart};
        const QString version = a->detect.helmChartIsVersion ? chartVersion : h.appVersion;
        // The image says what runs; the release adds its chart to the entry of that version, or to the add-on's
        // first entry when the chart's appVersion differs from the image (an overridden tag).
        DetectedAddon *entry = nullptr;
        for (DetectedAddon &d : found) {
            if (d.known && d.name == a->name && normalised(d.version) == normalised(version))
                entry = &d;
        }
        for (DetectedAddon &d : found) {
            if (!entry && d.known && d.name == a->name)
                entry = &d;
        }
        if (!entry)
            entry = &entryFor(a->name, true, version);
        entry->evidence << evidence;
        if (entry->chartVersion.isEmpty())
            entry->chartVersion = chartVersion;
        if (entry->version.isEmpty())
            entry->version = version;
    }
    // An image that names the add-on but not its version (an operator that installs it): evidence only.
    for (const auto &[info, evidence] : std::as_const(versionless)) {
        DetectedAddon *entry = nullptr;
        for (DetectedAddon &d : found) {
            if (!entry && d.known && d.name == info->name)
                entry = &d;
        }
        if (!entry)
            entry = &entryFor(info->name, true, QString());
        entry->evidence << evidence;
    }
    std::stable_sort(found.begin(), found.end(), [](const DetectedAddon &a, const DetectedAddon &b) {
        return std::tuple(!a.known, a.name) < std::tuple(!b.known, b.name);
    });
    return found;
}

QList<MinorVersion> AddonAssessment::statedMinors() const
{
    return release ? release->kubernetes : QList<MinorVersion>();
}

AddonVerdict AddonAssessment::verdictAt(MinorVersion minor) const
{
    if (!release) // unknown add-on or release: nothing to say about any minor, for the same reason
        return AddonVerdict{AddonStatus::NoData, atTarget.reason, false};
    return release->statusAt(minor);
}

AddonAssessment assessAddon(const DetectedAddon &addon, const AddonCatalog &catalog,
                            std::optional<MinorVersion> current, MinorVersion target)
{
    AddonAssessment a;
    a.addon = addon;
    a.current = current;
    a.target = target;
    const auto noData = [&](AddonReason reason) {
        a.atCurrent = a.atTarget = AddonVerdict{AddonStatus::NoData, reason, false};
    };
    const AddonInfo *info = addon.known ? catalog.addon(addon.name) : nullptr;
    if (!info) {
        noData(AddonReason::UnknownAddon);
        return a;
    }
    a.semantics = info->semantics;
    a.sources = {info->source};
    a.retrieved = info->retrieved;
    a.policy = info->policy;
    a.projectStatus = info->projectStatus;

    // Rows speak of the add-on's own releases or (Traefik) of its chart's.
    AddonInfo::Match match = info->releaseFor(normalised(addon.version));
    if (!match.release && !addon.chartVersion.isEmpty())
        match = info->releaseFor(normalised(addon.chartVersion), true);
    if (match.release) {
        a.release = *match.release;
        a.releaseByLine = match.byLine;
        a.semantics = match.release->semantics;
        a.sources = match.release->sources;
        a.retrieved = match.release->retrieved;
        a.atTarget = match.release->statusAt(target);
        a.atCurrent = current ? match.release->statusAt(*current)
                              : AddonVerdict{AddonStatus::NoData, AddonReason::VersionUnknown, false};
    } else if (!info->policy.isEmpty()) {
        noData(AddonReason::PolicyOnly); // no row for this release: the project's policy is all there is
    } else if (!parseHelmVersion(normalised(addon.version)) && !parseHelmVersion(normalised(addon.chartVersion))) {
        noData(AddonReason::VersionUnknown);
    } else {
        noData(AddonReason::ReleaseNotInCatalog);
    }

    // The upgrade to make: the lowest release, not older than the running one, that runs on target.
    const bool chartRows = a.release && a.release->matchesChart;
    const auto running = parseHelmVersion(normalised(chartRows ? addon.chartVersion : addon.version));
    const AddonRelease *best = nullptr;
    HelmVersion bestFloor;
    for (const AddonRelease &r : info->releases) {
        if (!r.match || r.matchesChart != chartRows)
            continue;
        // A row for a pre-release ("v1.12.0-beta.0") is never the release to recommend.
        if (const auto named = parseHelmVersion(normalised(r.version)); named && named->isPreRelease())
            continue;
        const AddonVerdict v = r.statusAt(target);
        if (!addonStatusIsGood(v.status))
            continue;
        const HelmVersion floor = r.match->lowestAllowed();
        const bool isRunning = match.release == &r;
        HelmVersion plainRunning = running.value_or(HelmVersion{});
        plainRunning.preRelease.clear();
        if (running && !isRunning && floor < plainRunning)
            continue;
        if (!best || floor < bestFloor) {
            best = &r;
            bestFloor = floor;
        }
    }
    if (best) {
        a.minimumReleaseForTarget = best->version;
        a.minimumReleaseStatus = best->statusAt(target).status;
    }
    return a;
}

QList<MinorVersion> hopMinors(MinorVersion current, MinorVersion target)
{
    QList<MinorVersion> hops{current};
    for (MinorVersion m = current.next(); current.major == target.major && m <= target; m = m.next())
        hops << m;
    return hops;
}

QString clusterVersionAt(const Version &running, MinorVersion minor, const ReleaseCalendar &calendar)
{
    if (running.isValid() && running.minorVersion() == minor)
        return running.original();
    int patch = 0;
    if (const auto release = calendar.release(minor); release && !release->latestPatch.isEmpty()) {
        if (const auto latest = Version::parse(release->latestPatch))
            patch = latest->patch();
    }
    return QStringLiteral("v%1.%2.%3").arg(minor.major).arg(minor.minor).arg(patch) + running.vendorSuffix();
}

std::optional<MinorVersion> firstBlockedMinor(const HelmVersionConstraint &kubeVersion, const QList<MinorVersion> &hops,
                                              const std::function<QString(MinorVersion)> &clusterVersion)
{
    for (const MinorVersion &m : hops) {
        if (!kubeVersion.allows(clusterVersion(m)))
            return m;
    }
    return std::nullopt;
}

QList<HelmKubeVersionCheck> checkHelmReleases(const ClusterSnapshot &snapshot, const QList<MinorVersion> &hops,
                                              const ReleaseCalendar &calendar)
{
    const Version running = Version::parse(snapshot.serverVersion).value_or(Version());
    const auto versionAt = [&](MinorVersion m) { return clusterVersionAt(running, m, calendar); };
    QList<HelmKubeVersionCheck> checks;
    for (const HelmRelease &h : newestRevisions(snapshot.helmReleases)) {
        HelmKubeVersionCheck c;
        c.cluster = snapshot.name;
        c.release = h.name;
        c.namespaceName = h.namespaceName;
        std::tie(c.chart, c.chartVersion) = splitChart(h.chart);
        c.appVersion = h.appVersion;
        c.kubeVersion = h.kubeVersion;
        if (const auto constraint = HelmVersionConstraint::parse(h.kubeVersion, &c.error)) {
            c.blocksAt = firstBlockedMinor(*constraint, hops, versionAt);
        } else if (!hops.isEmpty()) {
            c.blocksAt = hops.constFirst(); // Helm cannot read it: it refuses the release everywhere
        }
        if (c.blocksAt)
            c.refusedVersion = versionAt(*c.blocksAt);
        checks << c;
    }
    return checks;
}

std::optional<MinorVersion> newestReleasedMinor(const ReleaseCalendar &calendar, QDate today)
{
    std::optional<MinorVersion> newest;
    for (const MinorRelease &r : calendar.published()) {
        if (r.released.isValid() && r.released <= today && (!newest || *newest < r.minor))
            newest = r.minor;
    }
    return newest;
}

ClusterAddons analyseAddons(const ClusterSnapshot &snapshot, const Catalogs &catalogs, MinorVersion target)
{
    ClusterAddons result;
    result.cluster = snapshot.name;
    result.target = target;
    result.current = MinorVersion::parse(snapshot.serverVersion);
    for (const DetectedAddon &d : detectAddons(snapshot, catalogs.addons))
        result.addons << assessAddon(d, catalogs.addons, result.current, target);
    if (result.current)
        result.helm = checkHelmReleases(snapshot, hopMinors(*result.current, target), catalogs.kubernetes);
    else
        result.helm = checkHelmReleases(snapshot, {}, catalogs.kubernetes);
    return result;
}

const DetectedAddon *addonOfComponent(const ComponentInfo &c, const QList<DetectedAddon> &detected)
{
    const QString workload = c.namespaceName + u'/' + c.name;
    for (const DetectedAddon &d : detected) {
        for (const AddonEvidence &e : d.evidence) {
            if (e.kind == AddonEvidence::Kind::HelmRelease || e.where != c.where)
                continue;
            if ((e.kind == AddonEvidence::Kind::Image && e.value == c.image) ||
                (e.kind == AddonEvidence::Kind::Workload && e.value == workload))
                return &d;
        }
    }
    return nullptr;
}

} // namespace kirikae
