#include "fleetschedule.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

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

namespace {

// Starts s at its latest start or at earliest, whichever is later, and walks its hops, each waiting for its minor's
// release. Late is judged by the cluster's own support: a start the later clusters would have wanted earlier only
// makes it start as soon as it can.
void place(ScheduledUpgrade &s, const UpgradePlan &plan, QDate earliest, QDate ownLatest,
           const FleetScheduleRules &rules)
{
    const bool deadlinePassed = ownLatest.isValid() && ownLatest < earliest;
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
        s.lateReason = deadlinePassed ? ScheduledUpgrade::Late::DeadlinePassed : ScheduledUpgrade::Late::WaitsForRelease;
    s.forcedFirst = plan.cost.forced.known() && plan.cost.forced.date < s.finishBy;
}

} // namespace

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
    // The tiers, as ranges of the sorted schedule.
    QList<std::pair<qsizetype, qsizetype>> tiers;
    for (qsizetype i = 0; i < schedule.size(); ++i) {
        if (tiers.isEmpty() || schedule.at(tiers.constLast().first).tier != schedule.at(i).tier)
            tiers.append({i, i});
        tiers.last().second = i + 1;
    }
    const int atOnce = std::max(1, rules.atOnce);

    // Backwards, from the last tier: each cluster takes the slot whose next cluster starts latest, and ends by its
    // own deadline, by then, and before the next tier's start minus the soak time.
    QList<QDate> ownLatest(schedule.size()); // the latest start its own deadline allows
    QDate nextTierStart;
    for (auto tier = tiers.crbegin(); tier != tiers.crend(); ++tier) {
        std::vector<QDate> busyFrom(static_cast<size_t>(atOnce)); // invalid: free to the end
        QDate tierStart;
        for (qsizetype i = tier->second - 1; i >= tier->first; --i) {
            ScheduledUpgrade &s = schedule[i];
            ownLatest[i] = s.deadline.isValid() ? s.deadline.addDays(-s.durationDays) : QDate();
            QDate finish = s.deadline;
            const auto earlier = [&finish](QDate bound) {
                if (bound.isValid())
                    finish = finish.isValid() ? std::min(finish, bound) : bound;
            };
            if (nextTierStart.isValid())
                earlier(nextTierStart.addDays(-rules.soakDays));
            auto slot = std::find_if(busyFrom.begin(), busyFrom.end(), [](QDate d) { return !d.isValid(); });
            if (slot == busyFrom.end())
                slot = std::max_element(busyFrom.begin(), busyFrom.end());
            earlier(*slot);
            // Nothing binds it: a quarter from now.
            s.startBy = finish.isValid() ? finish.addDays(-s.durationDays) : today.addDays(90);
            *slot = s.startBy;
            tierStart = tierStart.isValid() ? std::min(tierStart, s.startBy) : s.startBy;
        }
        nextTierStart = tierStart;
    }
    // Forwards: what is possible. Each hop waits for its minor's release; blue/green builds at the target.
    QDate previousTierFinish;
    for (const auto &[first, last] : std::as_const(tiers)) {
        const QDate tierEarliest =
            previousTierFinish.isValid() ? std::max(today, previousTierFinish.addDays(rules.soakDays)) : today;
        std::vector<QDate> freeFrom(size_t(atOnce), tierEarliest);
        for (qsizetype i = first; i < last; ++i) {
            ScheduledUpgrade &s = schedule[i];
            const auto slot = std::min_element(freeFrom.begin(), freeFrom.end());
            place(s, plans.at(s.plan), *slot, ownLatest.at(i), rules);
            *slot = s.finishBy;
            previousTierFinish = previousTierFinish.isValid() ? std::max(previousTierFinish, s.finishBy) : s.finishBy;
        }
    }
    return schedule;
}

} // namespace kirikae
