#include "fleetschedule.h"

#include <QRegularExpression>

#include <algorithm>

namespace kirikae {

int tierOf(const QString &cluster)
{
    static const QRegularExpression dev(QStringLiteral(R"((^|[-_.])(dev|develop|test|sandbox|kind|lab)([-_.]|$))"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression staging(QStringLiteral(R"((^|[-_.])(stg|stage|staging|qa|uat|preprod)([-_.]|$))"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (dev.match(cluster).hasMatch())
        return 0;
    if (staging.match(cluster).hasMatch())
        return 1;
    return 2;
}

QList<ScheduledUpgrade> scheduleFleet(const QList<UpgradePlan> &plans, QDate today, const FleetScheduleRules &rules)
{
    QList<ScheduledUpgrade> schedule;
    for (int i = 0; i < plans.size(); ++i) {
        ScheduledUpgrade s;
        s.plan = i;
        s.tier = tierOf(plans[i].cluster);
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
    for (qsizetype i = schedule.size() - 1; i >= 0; --i) {
        ScheduledUpgrade &s = schedule[i];
        QDate latest = s.deadline.isValid() ? s.deadline.addDays(-s.durationDays) : QDate();
        if (nextStart.isValid()) {
            const QDate beforeNext = nextStart.addDays(-s.durationDays - rules.soakDays);
            latest = latest.isValid() ? std::min(latest, beforeNext) : beforeNext;
        }
        if (!latest.isValid())
            latest = today.addDays(90); // nothing binds it: a quarter from now
        s.startBy = latest;
        s.finishBy = latest.addDays(s.durationDays);
        s.late = s.startBy < today;
        nextStart = s.startBy;
    }
    return schedule;
}

} // namespace kirikae
