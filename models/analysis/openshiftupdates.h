#pragma once

#include "core/version.h"
#include "snapshot/clustersnapshot.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kirikae {

/// Where one hop of an OpenShift cluster stands on the update graph that its ClusterVersion shows.
struct OpenShiftHop
{
    QString release;               ///< the hop's OpenShift minor: "4.15"
    QString channel;               ///< the channel the hop is taken in: "eus-4.16", "stable-4.15"
    std::optional<bool> reachable; ///< offered to the cluster now; unknown past the first hop or before a channel change
    std::optional<bool> recommended; ///< offered in availableUpdates (true), or only as a conditional update (false)
    QString updateTo;                ///< the newest release of the hop's minor that is offered
    QString conditionalReason;       ///< the conditional update's Recommended reason ("ExposedToRisks")
    QStringList eusPath;             ///< {"4.14", "4.15", "4.16"} when the hop is part of an EUS-to-EUS update
    QList<OpenShiftUpdateRisk> risks; ///< of the conditional update to updateTo

    /// A hop the graph does not offer, and each risk of a not-recommended update, block until reviewed.
    int openBlockers() const;
};

/**
 * The route's OpenShift minors on the cluster's update graph: the channel each hop is taken in, whether the first hop
 * is offered (availableUpdates, conditionalUpdates with their risks) and the EUS-to-EUS pairs (4.even → 4.even+2,
 * the odd minor's control plane only, worker pools paused). releases are the hops' OpenShift minors in order;
 * current is the release the cluster runs. Later hops depend on a graph the cluster shows only once it is there.
 */
QList<OpenShiftHop> openShiftRoute(const OpenShiftClusterVersion &clusterVersion, const QList<MinorVersion> &releases);

/// "eus-4.16" → {"eus", 4.16}; nothing for a channel without a minor.
std::optional<std::pair<QString, MinorVersion>> splitChannel(const QString &channel);

} // namespace kirikae
