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
    int atOnce = 4;         ///< clusters of one tier upgraded at the same time (one team's hands)
};

/**
 * The tier a cluster's tier label says, else the tier its name suggests: dev/development/test/kind → 0,
 * stg/staging/qa → 1, anything else → 2 (production). A label names the tier outright ("staging"); a name is read
 * word by word ("dev-kind", not "devops-tools").
 */
int tierOf(const QString &cluster, const QString &tierLabel = {});

/**
 * Orders plans development → staging → production (then by deadline) and schedules each tier as a wave: at most
 * rules.atOnce of its clusters at a time, the next tier after the whole wave has soaked. Backwards from each
 * deadline first: a cluster finishes no later than its support end and than the next tier's start minus the soak
 * time, and no later than the cluster after it in its slot starts. Then forwards: nothing starts before today,
 * before its tier may, or before a slot is free, and no hop starts before its minor is released (a projected minor
 * at its projected date); a slot that cannot finish by its deadline is late, with the reason.
 */
QList<ScheduledUpgrade> scheduleFleet(const QList<UpgradePlan> &plans, QDate today,
                                      const FleetScheduleRules &rules = {});

} // namespace kirikae
