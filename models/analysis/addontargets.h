#pragma once

#include "analysis/addons.h"
#include "core/catalogs.h"
#include "snapshot/clustersnapshot.h"

#include <QList>
#include <QMap>
#include <QString>

namespace kirikae {

/// How the add-on behind one component of one cluster stands at a chosen target minor (the add-on catalog's verdict).
struct AddonTargetCell
{
    QString addon;       ///< the catalog's name ("cert-manager"); the component's own name when the catalog lacks it
    QString version;     ///< what runs
    bool known = false;  ///< the catalog knows the add-on
    AddonVerdict verdict; ///< at the target, in the source's own sense ("not tested" is not "not supported")
    AddonSemantics semantics = AddonSemantics::Supported;
    QString lowestRelease; ///< the lowest release, not older than the running one, that runs on the target
    AddonStatus lowestStatus = AddonStatus::NoData;
};

/// The add-on components of a fleet judged at one target: cluster → component name (as the version matrix names the
/// row) → verdict.
struct AddonTargetVerdicts
{
    MinorVersion target;
    QMap<QString, QMap<QString, AddonTargetCell>> byCluster;

    /// The verdict for a matrix cell, or null when the component is not an add-on of that cluster.
    const AddonTargetCell *cell(const QString &cluster, const QString &component) const;
};

/**
 * Judges every add-on component of each cluster at target against the add-on catalog, as `kirikae addons` does:
 * the component is matched to the add-on detected from its image or workload. Pure: safe on any thread.
 */
AddonTargetVerdicts judgeAddonsAt(const QList<ClusterSnapshot> &clusters, const Catalogs &catalogs, MinorVersion target);

} // namespace kirikae
