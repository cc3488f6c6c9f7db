#pragma once

#include "clusterstatus.h"
#include "snapshot/fleet.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kirikae {

/// How a component's version in one cluster stands, from best to worst: a cell shows its worst finding.
enum class CellStatus { None, Current, Behind, Unsupported, Violating };

/// "unknown", "current", "behind", "unsupported", "skew-violation" (the JSON's component status).
QString cellStatusKey(CellStatus status);

/// Why a cell has its status, for the tooltip (worded by the view, in the current language).
enum class CellReason {
    None,
    CurrentMinor,       ///< on the newest minor and patch
    MinorsBehind,       ///< the cluster's minor is behind the newest (count in minorsBehind)
    PatchBehind,        ///< a newer patch exists (latestPatch)
    OlderThanKubeadm,   ///< older than what kubeadm ships with this minor (expected)
    OlderThanApiServer, ///< a node component behind the control plane
    SkewViolation,      ///< breaks a version-skew rule (rule)
    MinorUnsupported,   ///< the minor is out of upstream support
    AddonUnsupported,   ///< the add-on's own compatibility table does not run it on the cluster's minor (minor)
};

/// One thing found about a component's version.
struct CellFinding
{
    CellStatus status = CellStatus::None;
    CellReason reason = CellReason::None;
    Phrase detail; ///< the rule, the expected version or the newest minor, depending on reason
    friend bool operator==(const CellFinding &, const CellFinding &) = default;
};

/// Everything found about a component's version in one cluster; its status is the worst finding's.
struct ComponentVerdict
{
    CellStatus status = CellStatus::None;
    QList<CellFinding> findings; ///< worst first
    void add(const CellFinding &finding);
};

/**
 * Judges one version of a component in one cluster: skew violations, out of support, behind (only published
 * minors count), current; kube-apiserver and a kubelet at the same version get the same support verdict.
 * info gives kubeadm's expected version for add-ons; it may be null.
 */
ComponentVerdict judgeComponent(const QString &component, const QString &version, const ComponentVersion *info,
                                const ClusterStatus &status);

struct MatrixCell
{
    QList<QPair<QString, int>> versions; ///< each version with its count (nodes), most common first
    CellStatus status = CellStatus::None;
    CellReason reason = CellReason::None;
    Phrase detail;               ///< of the worst finding
    QList<CellFinding> findings; ///< every finding, worst first: the tooltip lists them all
    QStringList places;          ///< nodes or workloads
};

/// One row of the matrix: a component, a version group of it, or a node.
struct MatrixRow
{
    enum class Kind { Component, VersionGroup, Node };
    Kind kind = Kind::Component;
    QString label;
    int parent = -1;         ///< index of the parent row, -1 at the top
    QList<int> children;     ///< indexes of child rows
    QList<MatrixCell> cells; ///< one per cluster
};

/**
 * Clusters × components: the control plane, etcd, kubelet and kube-proxy (grouped by version, then by node),
 * the container runtime and every add-on, each cell with the status a reviewer needs (current, behind,
 * violating the skew policy, unsupported) and the reason.
 */
struct VersionMatrix
{
    QStringList clusters;
    QList<MatrixRow> rows; ///< parents before children
    QList<int> topRows() const;
};

VersionMatrix buildVersionMatrix(const QList<FleetEntry> &fleet, const QList<ClusterStatus> &statuses);

} // namespace kirikae
