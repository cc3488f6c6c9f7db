#pragma once

#include "snapshot/clustersnapshot.h"
#include "waiver.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

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

/**
 * A workspace: the clusters a team watches, as snapshot files (and, later, kubeconfig contexts). Saved as YAML
 * next to its snapshots with paths relative to itself, so a folder can be handed over whole. Never holds
 * credentials.
 */
struct Workspace
{
    static constexpr int schemaVersion = 1;

    QString name;
    QString filePath;          ///< where it was read from or last saved to
    QStringList snapshotFiles; ///< absolute paths (or qrc paths for the demo)
    QString kubeconfig;        ///< the kubeconfig contexts come from; empty: $KUBECONFIG or ~/.kube/config
    QStringList contexts;      ///< kubeconfig contexts collected live (their snapshots are in snapshotFiles)
    QList<Waiver> waivers;     ///< accepted findings, with reason, owner and expiry

    /// The kubeconfig files to read: kubeconfig, or kubectl's default list.
    QStringList kubeconfigFiles() const;
    /// Where live collections write their snapshots: <workspace folder>/snapshots, or the user's data folder
    /// for a workspace not saved yet.
    QString snapshotDir() const;

    static std::optional<Workspace> read(const QString &path, QString *error);
    /// Saves atomically to path; snapshot paths are written relative to the workspace's folder.
    bool write(const QString &path, QString *error) const;
    /// The bundled demo fleet.
    static Workspace demo();
};

/// Reads every file; a file that fails is reported by name and the others still load. Blocking I/O.
LoadedFleet loadSnapshots(const QStringList &files);

} // namespace kirikae
