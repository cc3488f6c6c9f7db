#pragma once

#include "core/vendorpolicies.h"
#include "core/waiver.h"
#include "snapshot/fleet.h"

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
    QString filePath;             ///< where it was read from or last saved to
    QStringList snapshotFiles;    ///< absolute paths (or qrc paths for the demo)
    QString kubeconfig;           ///< the kubeconfig contexts come from; empty: $KUBECONFIG or ~/.kube/config
    QStringList contexts;         ///< kubeconfig contexts collected live (their snapshots are in snapshotFiles)
    QList<Waiver> waivers;        ///< accepted findings, with reason, owner and expiry
    QList<Waiver> removedWaivers; ///< waivers taken back, kept for the audit trail (their history ends "removed")
    QList<ContractPrice> prices;  ///< the team's own contract prices: they win over the vendor-policy catalog
    QStringList bundleFolders;    ///< folders of OLM bundles (the operators' next releases); absolute or qrc paths
    int upgradesAtOnce = 0;       ///< the fleet schedule's clusters of one tier at the same time; 0: the default
    static constexpr int maxUpgradesAtOnce = 1000;

    /// The kubeconfig files to read: kubeconfig, or defaults (kubectl's list, which the caller knows).
    QStringList kubeconfigFiles(const QStringList &defaults) const;
    /// Where live collections write their snapshots: <workspace folder>/snapshots, the folder itself for a folder
    /// opened as a workspace (fromFolder), or the user's data folder for a workspace not saved yet.
    QString snapshotDir() const;

    /// Accepts a finding: the waiver is stamped with at (and the system user) when it does not say who and when.
    void addWaiver(Waiver waiver, const QDateTime &at);
    /// Gives current the terms of changed (subject, reason, owner, end) and records the edit by by at at. False
    /// when current is not one of waivers.
    bool editWaiver(const Waiver &current, const Waiver &changed, const QString &by, const QDateTime &at);
    /// Moves current to removedWaivers and records the removal. False when current is not one of waivers.
    bool removeWaiver(const Waiver &current, const QString &by, const QDateTime &at);

    static std::optional<Workspace> read(const QString &path, QString *error);
    /// Saves atomically to path; snapshot paths are written relative to the workspace's folder.
    bool write(const QString &path, QString *error) const;
    /// The bundled demo fleet.
    static Workspace demo();
    /// This is the built-in demo (read from the application's resources).
    bool isDemo() const;
    /// A folder as a workspace: every snapshot under it (loadSnapshots reads folders), named after the folder and
    /// not saved anywhere until the user saves it.
    static Workspace fromFolder(const QString &dir);
};

} // namespace kirikae
