#include "fleetschedule.h"

#include <QRegularExpression>

#include <algorithm>

namespace kirikae {

int tierOf(const QString &cluster, const QString &tierLabel)
{
    static const QRegularExpression dev(
        QStringLiteral(R"((^|[-_.])(dev|develop|development|test|testing|sandbox|kind|lab)([-_.]|$))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression staging(
        QStringLiteral(R"((^|[-_.])(stg|stage|staging|qa|uat|preprod|pre-production)([-_.]|$))"),
        QRegularExpression::CaseInsensitiveOption);
    const QString words = tierLabel.trimmed().isEmpty() ? cluster : tierLabel.trimmed();
    if (dev.match(words).hasMatch())
        return 0;
    if (staging.match(words).hasMatch())
        return 1;
    return 2;
}

QList<ScheduledUpgrade> scheduleFleet(const QList<UpgradePlan> &plans, QDate today, const FleetScheduleRules &rules)
{
    QList<ScheduledUpgrade> schedule;
    for (int i = 0; i < plans.size(); ++i) {
        ScheduledUpgrade s;
        s.plan = i;
        s.tier = tierOf(plans[i].cluster, plans[i].tier);
        s.durationDays = plans[i].strategy == UpgradeStrategy::BlueGreen
                             ? rules.blueGreenDays
                             : std::max<int>(1, int(plans[i].hops.size())) * rules.daysPerHop;
        s.deadline = plans[i].supportEnds;
        schedule << s;
    }
    std::stable_sort(schedule.begin(), schedule.end(), [](const ScheduledUpgrade &a, const ScheduledUpgrade &b) {
        if (a.tier != b.tier)
            return a.tier < b.tier;
        if (a.deadline.isValid() != b.deadline.isValid())
            return a.deadline.isValid();
        return a.deadline < b.deadline;
    });
    // Backwards: the last cluster is bound by its own deadline only; each earlier one also by the next start.
    QDate nextStart;
    QList<QDate> ownLatest(schedule.size()); // the latest start its own deadline allows
    for (qsizetype i = schedule.size() - 1; i >= 0; --i) {
        ScheduledUpgrade &s = schedule[i];
        QDate latest = s.deadline.isValid() ? s.deadline.addDays(-s.durationDays) : QDate();
        ownLatest[i] = latest;
        if (nextStart.isValid()) {
            const QDate beforeNext = nextStart.addDays(-s.durationDays - rules.soakDays);
            latest = latest.isValid() ? std::min(latest, beforeNext) : beforeNext;
        }
        if (!latest.isValid())
            latest = today.addDays(90); // nothing binds it: a quarter from now
        s.startBy = latest;
        nextStart = latest;
    }
    // Forwards: what is possible. Each hop waits for its minor's release; blue/green builds at the target.
    QDate previousFinish;
    for (qsizetype i = 0; i < schedule.size(); ++i) {
        ScheduledUpgrade &s = schedule[i];
        const UpgradePlan &plan = plans.at(s.plan);
        QDate earliest = today;
        if (previousFinish.isValid())
            earliest = std::max(earliest, previousFinish.addDays(rules.soakDays));
        // Late is judged by the cluster's own support: a start the later clusters would have wanted earlier only
        // makes it start now.
        const bool deadlinePassed = ownLatest.at(i).isValid() && ownLatest.at(i) < earliest;
        QDate start = std::max(s.startBy, earliest);
        QDate day = start;
        const auto waitFor = [&](const PlanHop &hop) {
            if (hop.released.isValid() && hop.released > day) {
                day = hop.released;
                s.waitsFor = hop.released;
                s.releaseProjected = hop.releaseProjected;
            }
        };
        if (plan.strategy == UpgradeStrategy::BlueGreen) {
            for (const PlanHop &hop : plan.hops)
                waitFor(hop);
            start = day;
            day = day.addDays(rules.blueGreenDays);
        } else {
            for (qsizetype h = 0; h < plan.hops.size(); ++h) {
                waitFor(plan.hops.at(h));
                if (h == 0)
                    start = day;
                day = day.addDays(rules.daysPerHop);
            }
            if (plan.hops.isEmpty())
                day = day.addDays(s.durationDays);
        }
        s.startBy = start;
        s.finishBy = day;
        s.late = deadlinePassed || (s.deadline.isValid() && s.finishBy > s.deadline);
        if (s.late)
            s.lateReason =
                deadlinePassed ? ScheduledUpgrade::Late::DeadlinePassed : ScheduledUpgrade::Late::WaitsForRelease;
        s.forcedFirst = plan.cost.forced.known() && plan.cost.forced.date < s.finishBy;
        previousFinish = s.finishBy;
    }
    return schedule;
}

} // namespace kirikae
