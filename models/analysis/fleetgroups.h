#pragma once

#include "analysis/clusterstatus.h"
#include "snapshot/fleet.h"

#include <QList>
#include <QString>

#include <array>

namespace kirikae {

/// What the fleet can be grouped by.
enum class GroupKey { Tier, Distribution, Region, Minor };
inline constexpr int groupKeyCount = 4;

/// "tier", "distribution", "region", "minor".
QString groupKeyName(GroupKey key);

/**
 * The value of key for one cluster, empty when the cluster does not say (the "unlabelled" group).
 * Tier: the cluster label "tier", else "environment", else "env". Distribution: the snapshot's distribution key.
 * Region: the cluster label "region" or "topology.kubernetes.io/region", else the region most of its nodes carry
 * in topology.kubernetes.io/region. Minor: the minor its API server runs ("1.31").
 */
QString groupValue(const ClusterSnapshot &snapshot, const ClusterStatus &status, GroupKey key);

/// The cluster's tier label ("tier", else "environment", else "env"), empty when it has none.
QString tierLabel(const ClusterSnapshot &snapshot);

/// Clusters that share a value of a grouping key, and how many of them stand where in the support window.
struct ClusterGroup
{
    QString value;        ///< empty: the clusters that do not say
    QList<int> members;   ///< indexes into the clusters grouped, in their order
    std::array<int, 4> statusCounts{}; ///< indexed by SupportStatus

    int size() const { return int(members.size()); }
    int count(SupportStatus status) const { return statusCounts.at(std::size_t(status)); }
};

/**
 * Groups clusters[i] (whose status is statuses[i]) by key. Groups come in order of their value — minors oldest
 * first, text case-insensitively — and the clusters that do not say come last.
 */
QList<ClusterGroup> groupClusters(const QList<FleetEntry> &clusters, const QList<ClusterStatus> &statuses,
                                  GroupKey key);

} // namespace kirikae
