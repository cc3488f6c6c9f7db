#pragma once

#include "snapshot/clustersnapshot.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kirikae {

/// A snapshot file and what was read from it.
struct FleetEntry
{
    QString file;
    ClusterSnapshot snapshot;
};

/// What loading a set of snapshot files gave: the clusters that loaded and one message per file that did not.
struct LoadedFleet
{
    QList<FleetEntry> clusters;
    QStringList errors;
};

/// Reads every file; a file that fails is reported by name and the others still load. Blocking I/O.
LoadedFleet loadSnapshots(const QStringList &files);

} // namespace kirikae
