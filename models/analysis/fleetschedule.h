#pragma once

#include "analysis/upgradeplanner.h"

#include <QDate>
#include <QList>
#include <QString>

namespace kirikae {

/// One cluster's slot in a fleet upgrade: when it must start so that it ends before its support does and
/// after the clusters that go before it have soaked.
struct ScheduledUpgrade
{
    /// Why a slot cannot meet its deadline.
    enum class Late {
        No,
        DeadlinePassed, ///< the latest day to start is already past
        WaitsForRelease ///< a minor on the route is released (or projected) too late to finish in time
    };

    int plan = -1; ///< index into the plans given
    int tier = 0;  ///< 0 development, 1 staging, 2 production
    int durationDays = 0;
    QDate deadline; ///< the current minor's end of support (vendor's when known); invalid when unknown
    QDate startBy;  ///< the day to start: the latest that meets the deadline, never before it is possible
    QDate finishBy;
    bool late = false; ///< it cannot finish by its deadline
    Late lateReason = Late::No;
    QDate waitsFor;                ///< the release date a hop waits for, when one does
    bool releaseProjected = false; ///< that date is projected from the release cadence
    bool forcedFirst = false;      ///< the vendor's forced upgrade comes before this slot finishes
};

struct FleetScheduleRules
{
    int daysPerHop = 7;     ///< in place: one control-plane minor and its node pools, with checks
    int blueGreenDays = 21; ///< build, restore, verify, switch, watch
    int soakDays = 14;      ///< between a tier and the next
};

/**
 * The tier a cluster's tier label says, else the tier its name suggests: dev/development/test/kind → 0,
 * stg/staging/qa → 1, anything else → 2 (production). A label names the tier outright ("staging"); a name is read
 * word by word ("dev-kind", not "devops-tools").
 */
int tierOf(const QString &cluster, const QString &tierLabel = {});

/**
 * Orders plans development → staging → production (then by deadline) and works back from each deadline: a
 * cluster starts no later than its support end minus its duration, and no later than the next cluster in the
 * order minus the soak time. Then forward: nothing starts before today or before the previous cluster has
 * soaked, and no hop starts before its minor is released (a projected minor at its projected date); a slot that
 * cannot finish by its deadline is late, with the reason.
 */
QList<ScheduledUpgrade> scheduleFleet(const QList<UpgradePlan> &plans, QDate today,
                                      const FleetScheduleRules &rules = {});

} // namespace kirikae
