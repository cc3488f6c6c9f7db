#pragma once

#include "snapshot/fleet.h"
#include "core/waiver.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kirikae {

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

    /// The kubeconfig files to read: kubeconfig, or defaults (kubectl's list, which the caller knows).
    QStringList kubeconfigFiles(const QStringList &defaults) const;
    /// Where live collections write their snapshots: <workspace folder>/snapshots, or the user's data folder
    /// for a workspace not saved yet.
    QString snapshotDir() const;

    static std::optional<Workspace> read(const QString &path, QString *error);
    /// Saves atomically to path; snapshot paths are written relative to the workspace's folder.
    bool write(const QString &path, QString *error) const;
    /// The bundled demo fleet.
    static Workspace demo();
};

} // namespace kirikae
