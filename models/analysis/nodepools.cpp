#include "upgradeplanner.h"

#include <QMap>

// Node pools: nodes grouped by the pool their platform puts them in and by kubelet version.

namespace kirikae {

namespace {

// Labels that name the pool a node belongs to, by platform.
const char *const poolLabels[] = {"eks.amazonaws.com/nodegroup",
                                  "alpha.eksctl.io/nodegroup-name",
                                  "cloud.google.com/gke-nodepool",
                                  "kubernetes.azure.com/agentpool",
                                  "agentpool",
                                  "node.kubernetes.io/pool",
                                  "karpenter.sh/nodepool"};

QString poolOf(const NodeInfo &node)
{
    for (const char *label : poolLabels) {
        const QString value = node.labels.value(QLatin1String(label));
        if (!value.isEmpty())
            return value;
    }
    if (node.roles.contains(u"control-plane") || node.roles.contains(u"master"))
        return QStringLiteral("control-plane");
    return node.roles.isEmpty() ? QStringLiteral("workers") : node.roles.first();
}

bool isControlPlane(const NodeInfo &node)
{
    return node.roles.contains(u"control-plane") || node.roles.contains(u"master");
}

} // namespace

QList<NodePool> nodePools(const ClusterSnapshot &snapshot)
{
    QMap<std::pair<QString, QString>, NodePool> pools;
    for (const NodeInfo &node : snapshot.nodes) {
        NodePool &pool = pools[{poolOf(node), node.kubeletVersion}];
        pool.name = poolOf(node);
        pool.kubeletVersion = node.kubeletVersion;
        pool.controlPlane = pool.controlPlane || isControlPlane(node);
        pool.nodes << node.name;
    }
    QList<NodePool> result = pools.values();
    std::stable_sort(result.begin(), result.end(),
                     [](const NodePool &a, const NodePool &b) { return a.controlPlane && !b.controlPlane; });
    return result;
}

} // namespace kirikae
