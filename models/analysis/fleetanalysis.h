#pragma once

#include "analysis/clusterstatus.h"
#include "analysis/debtscore.h"
#include "analysis/fleetschedule.h"
#include "analysis/operatorgraph.h"
#include "analysis/supportcost.h"
#include "analysis/upgradeplanner.h"
#include "analysis/versionmatrix.h"
#include "core/catalogs.h"
#include "core/waiver.h"
#include "snapshot/fleet.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace kirikae {

/**
 * Everything the product shows about a fleet, computed once from the loaded snapshots, the workspace's waivers,
 * today and the catalogs. The window, every command and the runbook read this one result, so one question never
 * gets two answers. Plain values: reasons are codes with arguments (or stable English keys), worded when shown.
 */
struct FleetAnalysis
{
    QDate today;
    LoadedFleet fleet;               ///< every snapshot read, in the order given
    QList<ClusterStatus> statuses;   ///< one per fleet.clusters entry
    VersionMatrix matrix;            ///< clusters × components, the current snapshots' columns
    QList<ClusterDebt> debt;         ///< the newest snapshot of each cluster, with the totals of its older ones
    QList<ClusterSnapshot> newest;   ///< the newest snapshot of each cluster, in order of first appearance
    QList<OperatorSource> operators; ///< one per entry of newest
    QList<ClusterCost> costs;        ///< one per entry of newest: fee today, its next change, the forced upgrade
    QList<ContractPrice> prices;     ///< the contract prices the costs were figured with
    QList<MinorVersion> targets;     ///< released minors from the fleet's oldest to the newest: what a plan may aim at
    /// The newest snapshot of each cluster, where it stands now (in order of first appearance); a cluster's older
    /// snapshots only feed its debt trend.
    QList<FleetEntry> current;
    /// One per entry of current.
    QList<ClusterStatus> currentStatuses;

    /// The status of the newest snapshot of cluster, or nothing.
    const ClusterStatus *statusOf(const QString &cluster) const;
};

/// Analyses a loaded fleet. Pure: no I/O, safe on any thread.
FleetAnalysis analyseFleet(LoadedFleet fleet, const QList<Waiver> &waivers, const Catalogs &catalogs, QDate today,
                           const QList<ContractPrice> &prices = {});

/// What to plan across a fleet.
struct FleetPlanRequest
{
    MinorVersion target;
    UpgradeStrategy strategy = UpgradeStrategy::InPlace;
    QString focus; ///< the cluster the strategy (and new cluster) applies to; empty: every cluster
    std::optional<ClusterSnapshot> newCluster; ///< blue/green: the cluster that replaces the focus
    QList<Waiver> waivers;
    QDate today;
    QList<ContractPrice> prices;
    QList<OperatorCsv> bundles; ///< OLM bundles: the operators' next releases (CRD stored versions they drop)
    int upgradesAtOnce = FleetScheduleRules{}.atOnce; ///< the schedule's clusters of one tier at the same time
};

/// Every cluster's plan and the fleet's schedule.
struct FleetPlan
{
    QList<UpgradePlan> plans;         ///< every cluster that could be planned, in the fleet's order
    QMap<QString, QString> errors;    ///< cluster → why it cannot be planned
    QList<ScheduledUpgrade> schedule; ///< the plans with hops left; ScheduledUpgrade::plan indexes plans

    /// The plan of cluster, or nothing.
    const UpgradePlan *planOf(const QString &cluster) const;
    /// The plans the schedule covers, in the schedule's order.
    QList<UpgradePlan> scheduledPlans() const;
};

/**
 * Plans every cluster to one target: the focus cluster with the request's strategy, the others in place (with
 * no focus, every cluster with the strategy). A blue/green new cluster is the replacement, not a cluster to
 * upgrade: it is left out of the fleet, and it may never be the cluster it replaces.
 */
FleetPlan planFleet(const QList<ClusterSnapshot> &clusters, const FleetPlanRequest &request, const Catalogs &catalogs);

} // namespace kirikae
