#include "addontargets.h"

namespace kirikae {

namespace {

/// Kubernetes' own components: they move with the control plane (the skew policy judges them), not as add-ons.
bool isKubernetesComponent(const QString &name)
{
    static const QStringList own{QStringLiteral("kube-apiserver"), QStringLiteral("kube-controller-manager"),
                                 QStringLiteral("kube-scheduler"),  QStringLiteral("cloud-controller-manager"),
                                 QStringLiteral("etcd"),            QStringLiteral("kubelet"),
                                 QStringLiteral("kube-proxy")};
    return own.contains(name);
}

} // namespace

const AddonTargetCell *AddonTargetVerdicts::cell(const QString &cluster, const QString &component) const
{
    const auto c = byCluster.constFind(cluster);
    if (c == byCluster.cend())
        return nullptr;
    const auto found = c->constFind(component);
    return found == c->cend() ? nullptr : &*found;
}

AddonTargetVerdicts judgeAddonsAt(const QList<ClusterSnapshot> &clusters, const Catalogs &catalogs, MinorVersion target)
{
    AddonTargetVerdicts result;
    result.target = target;
    for (const ClusterSnapshot &s : clusters) {
        const QList<DetectedAddon> detected = detectAddons(s, catalogs.addons);
        const auto running = Version::parse(s.serverVersion);
        const std::optional<MinorVersion> current =
            running ? std::optional<MinorVersion>(running->minorVersion()) : std::nullopt;
        QMap<QString, AddonTargetCell> &cells = result.byCluster[s.name];
        for (const ComponentInfo &c : s.components) {
            if (c.kind != ComponentInfo::Kind::Addon || cells.contains(c.name) || isKubernetesComponent(c.name))
                continue;
            const DetectedAddon *d = addonOfComponent(c, detected);
            if (!d)
                continue;
            const AddonAssessment a = assessAddon(*d, catalogs.addons, current, target);
            cells.insert(c.name, AddonTargetCell{d->name, d->version, d->known, a.atTarget, a.semantics,
                                                 a.minimumReleaseForTarget, a.minimumReleaseStatus});
        }
    }
    return result;
}

} // namespace kirikae
