#pragma once

#include "core/phrase.h"
#include "core/version.h"
#include "snapshot/clustersnapshot.h"

#include <QList>
#include <QString>

#include <optional>

namespace kirikae {

/// One comparison of the official version-skew policy, passed or violated.
struct SkewCheck
{
    QString component; ///< "kube-apiserver", "kubelet", "kube-proxy", "kube-controller-manager", …
    QString version;   ///< as reported
    Phrase against;    ///< what it was compared with: "kube-apiserver 1.31 (oldest)"
    Phrase rule;       ///< the policy sentence it was judged by
    bool ok = true;
    QStringList where; ///< nodes or places with this component at this version
};

/**
 * The Kubernetes version-skew policy (kubernetes.io/releases/version-skew-policy):
 * - kube-apiserver: in HA, the newest and the oldest instance within one minor;
 * - kubelet: not newer than the oldest kube-apiserver, at most three minors older (two below 1.25);
 * - kube-proxy: the same against kube-apiserver, and within three minors of the kubelet on its node;
 * - kube-controller-manager, kube-scheduler, cloud-controller-manager: not newer than the oldest kube-apiserver,
 *   at most one minor older than the newest.
 * Versions that do not parse are left out rather than guessed.
 */
class SkewPolicy
{
public:
    /// The kube-apiserver minors of a snapshot: its static pods, or the server version on managed clusters.
    static QList<MinorVersion> apiServers(const ClusterSnapshot &snapshot);

    /// Every check for the snapshot as it is; identical results are grouped with their places.
    static QList<SkewCheck> check(const ClusterSnapshot &snapshot);
    /// What breaks once the control plane (kube-apiserver, controller-manager, scheduler) runs target:
    /// only the violations are returned.
    static QList<SkewCheck> violationsAfterUpgrade(const ClusterSnapshot &snapshot, MinorVersion target);

    /// The single-component rules, exposed for tests and the planner.
    static SkewCheck kubelet(const Version &kubelet, MinorVersion oldestApiServer);
    static SkewCheck controlPlaneComponent(const QString &name, const Version &version, MinorVersion oldestApiServer,
                                           MinorVersion newestApiServer);
    static SkewCheck apiServer(const Version &version, MinorVersion newestApiServer);
    static SkewCheck kubeProxyAgainstKubelet(const Version &proxy, const Version &kubelet);

private:
    static QList<SkewCheck> checkWith(const ClusterSnapshot &snapshot, const QList<MinorVersion> &apiServers,
                                      bool includeControlPlane);
};

} // namespace kirikae
