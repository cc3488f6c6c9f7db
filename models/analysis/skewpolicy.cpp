#include "skewpolicy.h"

#include <QCoreApplication>

#include <algorithm>

namespace kirikae {

namespace {

bool isControlPlane(const QString &name)
{
    return name == u"kube-controller-manager" || name == u"kube-scheduler" || name == u"cloud-controller-manager";
}

// Merges checks that say the same thing about the same version, keeping every place.
void add(QList<SkewCheck> &checks, SkewCheck check, const QString &where)
{
    for (SkewCheck &existing : checks) {
        if (existing.component == check.component && existing.version == check.version &&
            existing.against == check.against && existing.ok == check.ok) {
            if (!where.isEmpty())
                existing.where << where;
            return;
        }
    }
    if (!where.isEmpty())
        check.where << where;
    checks << check;
}

Phrase phrase(const char *text, const QList<Phrase> &args = {})
{
    return Phrase("SkewPolicy", text, args);
}

QString minorText(MinorVersion m)
{
    return m.toString();
}

} // namespace

QList<MinorVersion> SkewPolicy::apiServers(const ClusterSnapshot &snapshot)
{
    QList<MinorVersion> minors;
    for (const ComponentInfo &c : snapshot.components) {
        if (c.name == u"kube-apiserver")
            if (const auto v = Version::parse(c.version))
                minors << v->minorVersion();
    }
    if (minors.isEmpty())
        if (const auto v = Version::parse(snapshot.serverVersion))
            minors << v->minorVersion();
    return minors;
}

SkewCheck SkewPolicy::apiServer(const Version &version, MinorVersion newest)
{
    SkewCheck c;
    c.component = QStringLiteral("kube-apiserver");
    c.version = version.original();
    c.against = phrase(QT_TRANSLATE_NOOP("SkewPolicy", "kube-apiserver %1 (newest)"), {minorText(newest)});
    c.rule = phrase(QT_TRANSLATE_NOOP(
            "SkewPolicy",
            "In a highly available control plane, the newest and oldest kube-apiserver must be within one minor."));
    c.ok = version.minorVersion().distanceTo(newest) <= 1;
    return c;
}

SkewCheck SkewPolicy::kubelet(const Version &kubelet, MinorVersion oldest)
{
    SkewCheck c;
    c.component = QStringLiteral("kubelet");
    c.version = kubelet.original();
    c.against = phrase(QT_TRANSLATE_NOOP("SkewPolicy", "kube-apiserver %1 (oldest)"), {minorText(oldest)});
    const int allowed = kubelet.minor() < 25 ? 2 : 3;
    c.rule = phrase(allowed == 3
            ? QT_TRANSLATE_NOOP("SkewPolicy",
                                "kubelet must not be newer than kube-apiserver and may be up to three minors older.")
            : QT_TRANSLATE_NOOP("SkewPolicy",
                                "kubelet older than 1.25 must not be newer than kube-apiserver and may be up to two "
                                "minors older."));
    const int behind = kubelet.minorVersion().distanceTo(oldest);
    c.ok = behind >= 0 && behind <= allowed;
    return c;
}

SkewCheck SkewPolicy::controlPlaneComponent(const QString &name, const Version &version, MinorVersion oldest,
                                            MinorVersion newest)
{
    SkewCheck c;
    c.component = name;
    c.version = version.original();
    if (oldest == newest)
        c.against = phrase(QT_TRANSLATE_NOOP("SkewPolicy", "kube-apiserver %1"), {minorText(oldest)});
    else
        c.against = phrase(QT_TRANSLATE_NOOP("SkewPolicy", "kube-apiserver %1 to %2"),
            {minorText(oldest), minorText(newest)});
    c.rule = phrase(QT_TRANSLATE_NOOP("SkewPolicy",
                          "%1 must not be newer than the oldest kube-apiserver and at most one minor older than the "
                          "newest."),
        {name});
    c.ok = version.minorVersion() <= oldest && version.minorVersion().distanceTo(newest) <= 1;
    return c;
}

SkewCheck SkewPolicy::kubeProxyAgainstKubelet(const Version &proxy, const Version &kubelet)
{
    SkewCheck c;
    c.component = QStringLiteral("kube-proxy");
    c.version = proxy.original();
    c.against = phrase(QT_TRANSLATE_NOOP("SkewPolicy", "kubelet %1 on the same node"), {kubelet.original()});
    c.rule = phrase(QT_TRANSLATE_NOOP("SkewPolicy", "kube-proxy must be within three minors of the kubelet on its node."));
    c.ok = std::abs(proxy.minorVersion().distanceTo(kubelet.minorVersion())) <= 3;
    return c;
}

QList<SkewCheck> SkewPolicy::checkWith(const ClusterSnapshot &s, const QList<MinorVersion> &apis,
                                       bool includeControlPlane)
{
    QList<SkewCheck> checks;
    if (apis.isEmpty())
        return checks;
    const MinorVersion oldest = *std::min_element(apis.begin(), apis.end());
    const MinorVersion newest = *std::max_element(apis.begin(), apis.end());

    std::optional<Version> proxyImage;
    for (const ComponentInfo &c : s.components) {
        const auto version = Version::parse(c.version);
        if (!version)
            continue;
        if (includeControlPlane && c.name == u"kube-apiserver")
            add(checks, apiServer(*version, newest), c.where);
        else if (includeControlPlane && isControlPlane(c.name))
            add(checks, controlPlaneComponent(c.name, *version, oldest, newest), c.where);
        else if (c.name == u"kube-proxy" && !proxyImage)
            proxyImage = version;
    }
    for (const NodeInfo &node : s.nodes) {
        const auto kubeletVersion = Version::parse(node.kubeletVersion);
        if (!kubeletVersion)
            continue;
        add(checks, kubelet(*kubeletVersion, oldest), node.name);
        // kube-proxy: the node's own report, else the DaemonSet's image.
        auto proxy = Version::parse(node.kubeProxyVersion);
        if (!proxy)
            proxy = proxyImage;
        if (!proxy)
            continue;
        SkewCheck againstApi = SkewPolicy::kubelet(*proxy, oldest);
        againstApi.component = QStringLiteral("kube-proxy");
        againstApi.rule = phrase(proxy->minor() < 25
                ? QT_TRANSLATE_NOOP("SkewPolicy", "kube-proxy older than 1.25 must not be newer than "
                                                  "kube-apiserver and may be up to two minors older.")
                : QT_TRANSLATE_NOOP("SkewPolicy", "kube-proxy must not be newer than kube-apiserver and "
                                                  "may be up to three minors older."));
        add(checks, againstApi, node.name);
        add(checks, kubeProxyAgainstKubelet(*proxy, *kubeletVersion), node.name);
    }
    return checks;
}

QList<SkewCheck> SkewPolicy::check(const ClusterSnapshot &snapshot)
{
    return checkWith(snapshot, apiServers(snapshot), true);
}

QList<SkewCheck> SkewPolicy::violationsAfterUpgrade(const ClusterSnapshot &snapshot, MinorVersion target)
{
    QList<SkewCheck> violations;
    for (const SkewCheck &c : checkWith(snapshot, {target}, false))
        if (!c.ok)
            violations << c;
    return violations;
}

} // namespace kirikae
