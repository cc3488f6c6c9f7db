#include "distribution.h"

#include <QRegularExpression>

namespace kirikae {

namespace {

DistributionGuess fromLabels(const ClusterSnapshot &s)
{
    const QList<QPair<QString, QString>> prefixes{
        {QStringLiteral("eks.amazonaws.com/"), QStringLiteral("eks")},
        {QStringLiteral("cloud.google.com/gke-"), QStringLiteral("gke")},
        {QStringLiteral("kubernetes.azure.com/"), QStringLiteral("aks")},
        {QStringLiteral("node.openshift.io/"), QStringLiteral("openshift")},
    };
    for (const NodeInfo &node : s.nodes) {
        for (auto it = node.labels.cbegin(); it != node.labels.cend(); ++it) {
            for (const auto &[prefix, distribution] : prefixes) {
                if (it.key().startsWith(prefix))
                    return {distribution, QStringLiteral("node label ") + it.key()};
            }
        }
    }
    return {};
}

} // namespace

DistributionGuess detectDistribution(const ClusterSnapshot &s)
{
    if (s.openShift)
        return {QStringLiteral("openshift"), QStringLiteral("ClusterVersion config.openshift.io/v1")};
    for (const QString &gv : s.groupVersions) {
        if (gv.startsWith(QStringLiteral("config.openshift.io/")))
            return {QStringLiteral("openshift"), QStringLiteral("API group config.openshift.io")};
    }
    const QString v = s.serverVersion;
    if (v.contains(QStringLiteral("-eks-")))
        return {QStringLiteral("eks"), QStringLiteral("server version suffix -eks-")};
    if (v.contains(QStringLiteral("-gke.")))
        return {QStringLiteral("gke"), QStringLiteral("server version suffix -gke.")};
    if (v.contains(QStringLiteral("+k3s")))
        return {QStringLiteral("k3s"), QStringLiteral("server version suffix +k3s")};
    if (v.contains(QStringLiteral("+rke2")))
        return {QStringLiteral("rke2"), QStringLiteral("server version suffix +rke2")};
    if (auto guess = fromLabels(s); !guess.distribution.isEmpty())
        return guess;
    if (s.server.contains(QStringLiteral(".azmk8s.io")))
        return {QStringLiteral("aks"), QStringLiteral("API server host *.azmk8s.io")};
    if (s.server.contains(QStringLiteral(".eks.amazonaws.com")))
        return {QStringLiteral("eks"), QStringLiteral("API server host *.eks.amazonaws.com")};
    // OpenShift builds its Kubernetes with a seven-hex-digit commit suffix: v1.27.16+03a907c.
    static const QRegularExpression openShiftHash(QStringLiteral(R"(\+[0-9a-f]{7}$)"));
    if (openShiftHash.match(v).hasMatch())
        return {QStringLiteral("openshift"), QStringLiteral("server version suffix +<commit> as OpenShift builds")};
    return {QStringLiteral("upstream"), QStringLiteral("no vendor mark in version, labels, API groups or host")};
}

} // namespace kirikae
