#include "clusterstatus.h"

namespace kirikae {

namespace {

// "containerd://1.7.11" → ("containerd", "1.7.11")
QPair<QString, QString> runtime(const QString &text)
{
    const qsizetype sep = text.indexOf(QStringLiteral("://"));
    if (sep < 0)
        return {QStringLiteral("container runtime"), text};
    return {text.left(sep), text.mid(sep + 3)};
}

bool olderThan(const QString &version, const QString &expected)
{
    // Add-on tags are not always Kubernetes-shaped ("3.5.12-0", "1.7.0"): compare numerically part by part.
    const auto numbers = [](const QString &text) {
        QList<int> parts;
        for (const QString &part : text.section(u'-', 0, 0).remove(u'v').split(u'.'))
            parts << part.toInt();
        return parts;
    };
    const QList<int> a = numbers(version);
    const QList<int> b = numbers(expected);
    return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end());
}

} // namespace

QList<ComponentVersion> componentVersions(const ClusterSnapshot &s, const ComponentDefaults &defaults)
{
    QList<ComponentVersion> list;
    const auto server = Version::parse(s.serverVersion);
    bool sawApiServer = false;
    for (const ComponentInfo &c : s.components)
        sawApiServer |= c.name == u"kube-apiserver";
    if (!sawApiServer && server)
        list << ComponentVersion{QStringLiteral("kube-apiserver"),
                                 QStringLiteral("control-plane"),
                                 s.serverVersion,
                                 QStringLiteral("control plane"),
                                 {},
                                 false};
    for (const ComponentInfo &c : s.components) {
        ComponentVersion v{
            c.name,
            c.kind == ComponentInfo::Kind::ControlPlane ? QStringLiteral("control-plane") : QStringLiteral("addon"),
            c.version,
            c.where,
            {},
            false};
        // kubeadm's defaults say what a self-managed cluster should run; vendors ship their own builds.
        if (server && s.distribution == u"upstream" && (c.name == u"coredns" || c.name == u"etcd")) {
            v.expected = defaults.expected(server->minorVersion(), c.name);
            v.olderThanExpected = !v.expected.isEmpty() && olderThan(c.version, v.expected);
        }
        list << v;
    }
    for (const NodeInfo &n : s.nodes) {
        list << ComponentVersion{
            QStringLiteral("kubelet"), QStringLiteral("node"), n.kubeletVersion, n.name, {}, false};
        if (!n.kubeProxyVersion.isEmpty())
            list << ComponentVersion{
                QStringLiteral("kube-proxy"), QStringLiteral("node"), n.kubeProxyVersion, n.name, {}, false};
        if (!n.containerRuntime.isEmpty()) {
            const auto [name, version] = runtime(n.containerRuntime);
            list << ComponentVersion{name, QStringLiteral("runtime"), version, n.name, {}, false};
        }
    }
    return list;
}

std::optional<VendorAssessment> vendorSupport(const ClusterSnapshot &s, const VendorCalendar &vendors, QDate today)
{
    if (!vendors.knows(s.distribution))
        return std::nullopt;
    if (s.distribution == u"openshift") {
        QString release;
        if (s.openShift)
            release = s.openShift->version.section(u'.', 0, 1);
        else if (const auto v = Version::parse(s.serverVersion))
            if (const auto r = vendors.openShiftFor(v->minorVersion()))
                release = r->version;
        return vendors.assess(s.distribution, release, today);
    }
    const auto v = Version::parse(s.serverVersion);
    return v ? vendors.assess(s.distribution, v->minorVersion().toString(), today) : std::nullopt;
}

ClusterStatus assessCluster(const ClusterSnapshot &snapshot, const Catalogs &catalogs, QDate today)
{
    ClusterStatus status;
    status.name = snapshot.name;
    status.distribution = snapshot.distribution;
    status.support.today = today;
    status.components = componentVersions(snapshot, catalogs.components);
    status.skew = SkewPolicy::check(snapshot);
    for (const SkewCheck &c : status.skew)
        status.skewViolations += c.ok ? 0 : 1;
    status.vendor = vendorSupport(snapshot, catalogs.vendors, today);
    status.version = Version::parse(snapshot.serverVersion, &status.versionError);
    if (!status.version)
        return status;
    status.support = catalogs.kubernetes.assess(status.version->minorVersion(), today);
    const QList<DetectedAddon> detected = detectAddons(snapshot, catalogs.addons);
    for (const DetectedAddon &addon : detected)
        if (addon.known)
            status.addons << assessAddon(addon, catalogs.addons, status.version->minorVersion(),
                                         status.version->minorVersion());
    for (const ComponentInfo &c : snapshot.components) {
        const DetectedAddon *addon = c.kind == ComponentInfo::Kind::Addon ? addonOfComponent(c, detected) : nullptr;
        for (const AddonAssessment &a : std::as_const(status.addons))
            if (addon && a.addon.name == addon->name && a.addon.version == addon->version &&
                a.atCurrent.status == AddonStatus::NotSupported)
                status.addonsNotSupported.insert(c.name, addon->name);
    }
    if (const auto latest = Version::parse(status.support.latestPatch); latest && status.version->hasPatch())
        status.patchBehind = *status.version < *latest;
    return status;
}

} // namespace kirikae
