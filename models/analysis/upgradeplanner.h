#pragma once

#include "analysis/addons.h"
#include "analysis/crdstorage.h"
#include "analysis/manifestscanner.h"
#include "analysis/openshiftupdates.h"
#include "analysis/operatorgraph.h"
#include "analysis/skewpolicy.h"
#include "analysis/supportcost.h"
#include "core/catalogs.h"
#include "core/waiver.h"
#include "snapshot/clustersnapshot.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace kirikae {

enum class UpgradeStrategy { InPlace, BlueGreen };

/// "in-place" or "blue-green"; and back (nothing for other text).
QString strategyKey(UpgradeStrategy strategy);
std::optional<UpgradeStrategy> strategyFromKey(const QString &key);

/// An object still on an API version that the hop removes, and the waiver that accepts it, if any.
struct PlanApiUse
{
    ApiFinding finding;
    std::optional<Waiver> waiver;
};

/// Nodes that share a pool (node group, node pool, agent pool, machine role) and a kubelet version.
struct NodePool
{
    QString name;
    QString kubeletVersion;
    QStringList nodes;
    bool controlPlane = false;
};

/// An installed operator whose version limit a hop crosses.
struct BlockedOperator
{
    QString package;
    OperatorLimit limit;
    QString describe() const { return package + QStringLiteral(": ") + limit.describe(); } ///< English
};

/// An add-on whose running release is not supported at a hop's minor (as its own compatibility table says),
/// or a Helm release whose chart's kubeVersion refuses it: upgrade it before the hop.
struct AddonBlocker
{
    QString name;        ///< "ingress-nginx", or the Helm release's name
    QString version;     ///< what runs ("v1.9.4"), or the chart version
    QString status;      ///< addonStatusKey() at the hop's minor, or "helm-kubeversion"
    QString upgradeTo;   ///< the lowest release that runs on the plan's target, when the catalog knows one
    QString kubeVersion; ///< Helm only: the chart's constraint
    QString chart;       ///< Helm only
    QString source;      ///< the compatibility table's page
};

/// One control-plane minor step. Minors are never skipped.
struct PlanHop
{
    MinorVersion from;
    MinorVersion to;
    QString vendorRelease;         ///< OpenShift "4.16" for the hop to 1.29; empty elsewhere
    QString patch;                 ///< the newest patch of `to` the catalog knows ("1.32.9"); "1.32.x" for projected
    QList<PlanApiUse> removedApis; ///< blockers: objects on APIs this hop stops serving
    QList<SkewCheck> nodesFirst;   ///< kubelets that would break the skew policy: move them before the hop
    QList<BlockedOperator> operatorsBlocked; ///< reported at the first hop whose version crosses the limit
    QList<AddonBlocker> addonsBlocked;       ///< add-ons and Helm charts that refuse `to`, at the first hop they do
    /// CRDs whose stored versions this hop's Kubernetes, or an operator release the hop needs, stops serving.
    QList<CrdStorageBlocker> crdStorageBlocked;
    std::optional<OpenShiftHop> openShift; ///< OpenShift only: the hop on the cluster's update graph
    QString etcd;                            ///< the version kubeadm ships for `to`; empty when unknown or managed
    QString coredns;
    QDate released;                ///< when `to` is (or is projected to be) released
    bool releaseProjected = false; ///< released is a projection from the release cadence

    /// Blockers of this hop a waiver does not cover: removed APIs in use, operators, add-ons and CRD stored versions
    /// blocked, an OpenShift release not offered or offered with risks. The hop table, the go/no-go table and the
    /// decision all count with this.
    int openBlockers() const;
};

/**
 * The route from a cluster's version to a target and everything that stands in its way. Plain data, in
 * English only where it quotes findings; the runbook words it in the language of each export.
 */
struct UpgradePlan
{
    QString cluster;
    QString tier;         ///< the cluster's tier label (tier, environment or env), empty when it has none
    QString context;      ///< the kubeconfig context (EKS ARN, gke_PROJECT_LOCATION_NAME…): vendor commands read it
    QString server;       ///< the API server URL; never credentials
    QString distribution; ///< "eks", "openshift", "upstream", …
    QString currentVersion;
    MinorVersion from;
    MinorVersion target;
    UpgradeStrategy strategy = UpgradeStrategy::InPlace;
    QDateTime evidenceDate; ///< when the snapshot was collected
    QDate supportEnds;      ///< of the current minor: the vendor's end when known, upstream's otherwise
    QList<PlanHop> hops;
    QList<NodePool> nodePools;
    OperatorGraph operators; ///< resolved for this cluster at the target
    QList<Waiver> waivers;   ///< the workspace's waivers that hold for this cluster
    // Blue/green only: the route is one jump from the old cluster's minor to the new cluster's.
    QString newCluster; ///< the new cluster's snapshot name, when one was given
    std::optional<MinorVersion> newClusterMinor;
    QString newClusterDistribution; ///< the platform the new cluster is built on: the old one's unless given
    QString newClusterContext;
    QString newClusterServer;
    /// Warnings a reviewer must see, as codes the runbook and the page word: "platform-change" (the new cluster
    /// runs on another platform), "target-differs" (the new cluster runs another minor than the target chosen).
    QStringList warnings;
    QStringList apisNotServed;  ///< "batch/v1beta1 CronJob ns/name": used by the old cluster, not served by the new
    QStringList collectionGaps; ///< parts the snapshot could not see: the plan may miss blockers there
    ClusterCost cost;           ///< the vendor's fee today and its forced upgrade if the cluster stays
    QDate finishBy;             ///< when the fleet schedule finishes this plan; invalid until scheduled

    /// The vendor's forced upgrade comes before this plan is done (or today, when it is not scheduled).
    bool forcedFirst(QDate today) const;

    /// Blockers not covered by a waiver: APIs removed on the route, operators blocked at the target, APIs the
    /// new cluster does not serve.
    int openBlockers() const;
    int waivedBlockers() const;
    bool isGo() const { return openBlockers() == 0; }
};

/// What to plan: a cluster as its snapshot shows it, where to, how.
struct PlanRequest
{
    ClusterSnapshot snapshot;
    MinorVersion target;
    UpgradeStrategy strategy = UpgradeStrategy::InPlace;
    std::optional<ClusterSnapshot> newCluster; ///< blue/green: the new cluster, when it already exists
    QList<Waiver> waivers;
    QDate today;
    QList<ContractPrice> prices; ///< the workspace's contract prices
    QList<OperatorCsv> bundles;  ///< OLM bundles (a catalog): the installed operators' next releases
};

/// The text a waiver's subject matches for an API finding: "CronJob ns/name uses batch/v1beta1", or
/// "Clients request cronjobs batch/v1beta1" for apiserver metrics. English, stable: the debt score uses it too.
QString apiWaiverSubject(const ApiFinding &finding);

/**
 * Plans an upgrade: one control-plane minor per hop; per hop the removed APIs still in use (from the snapshot's
 * evidence), the node pools the skew policy forces to move first, operators blocked on the way. Fails with a
 * message when the snapshot's version cannot be read or the target is below it or unknown to the catalog.
 */
std::optional<UpgradePlan> planUpgrade(const PlanRequest &request, const Catalogs &catalogs, QString *error);

/// Nodes grouped by pool and kubelet version, control plane first.
QList<NodePool> nodePools(const ClusterSnapshot &snapshot);

} // namespace kirikae

Q_DECLARE_METATYPE(kirikae::UpgradePlan)
