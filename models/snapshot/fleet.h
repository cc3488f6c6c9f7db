#pragma once

#include "snapshot/clustersnapshot.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

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
    QStringList notes; ///< worth saying but not an error: files in folders that are not snapshots, clusters renamed
    QStringList emptyFolders; ///< folders given that hold no snapshot (each also one of errors)
};

/**
 * Reads snapshot files and folders; blocking I/O. A folder stands for every snapshot under it, recursively
 * (*.yaml and *.yml, hidden folders left out, in path order). A file found there that is plainly no snapshot (it
 * never says kirikaeSnapshot: a workspace, a kubeconfig, a manifest) is skipped and counted in a note; one that
 * claims to be a snapshot but cannot be read is an error. A file that fails is reported by name and the others
 * still load; a file reached twice loads once. Clusters that share a name but not their source are then told
 * apart (distinguishClusters). progress, when given, is called after each file (on the calling thread) with the
 * files read so far and the number of files the paths hold.
 */
using LoadProgress = std::function<void(int done, int total)>;
LoadedFleet loadSnapshots(const QStringList &paths, const LoadProgress &progress = {});

/**
 * Several snapshots of one cluster (same name, server and context) are its history. Snapshots that share a name
 * but not their server or context are different clusters and are never merged: each gets a name that says which
 * it is — "name (context)", else "name (folder)", else "name (server)" — and a note says so.
 */
void distinguishClusters(LoadedFleet &fleet);

} // namespace kirikae
