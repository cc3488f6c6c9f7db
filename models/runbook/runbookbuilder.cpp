#include "runbookbuilder.h"

#include "planwriter.h"

namespace kirikae {

namespace {

void setCommonTexts(Runbook &book, const RunbookLanguage &l)
{
    book.language = l.code();
    book.contentsTitle = l.text(QT_TRANSLATE_NOOP("Runbook", "Contents"));
    book.pageLabel = l.text(QT_TRANSLATE_NOOP("Runbook", "Page %1 of %2"));
}

/// Why a slot is late, and which release it waits for: one sentence each.
QStringList scheduleNotes(const FleetPlan &fleet, const RunbookLanguage &l)
{
    QStringList notes;
    for (const ScheduledUpgrade &s : fleet.schedule) {
        const QString cluster = fleet.plans.at(s.plan).cluster;
        if (s.lateReason == ScheduledUpgrade::Late::DeadlinePassed)
            notes << l.text(QT_TRANSLATE_NOOP("Runbook", "%1 is late: support ends %2 and it can no longer start "
                                                         "early enough."))
                         .arg(cluster, l.date(s.deadline));
        else if (s.lateReason == ScheduledUpgrade::Late::WaitsForRelease)
            notes << l.text(QT_TRANSLATE_NOOP("Runbook", "%1 is late: it waits for a release and cannot finish "
                                                         "before support ends %2."))
                         .arg(cluster, l.date(s.deadline));
        if (s.waitsFor.isValid())
            notes << (s.releaseProjected
                          ? l.text(QT_TRANSLATE_NOOP("Runbook", "%1 waits for a minor projected for %2 (not "
                                                                "announced yet)."))
                          : l.text(QT_TRANSLATE_NOOP("Runbook", "%1 waits for a minor released %2.")))
                         .arg(cluster, l.date(s.waitsFor));
    }
    return notes;
}

} // namespace

Runbook buildRunbook(const UpgradePlan &plan, const QString &language, QDate today)
{
    const RunbookLanguage l(language);
    const PlanWriter writer(plan, l, 1, today);
    Runbook book;
    setCommonTexts(book, l);
    book.title = l.text(QT_TRANSLATE_NOOP("Runbook", "Upgrade runbook: %1 %2 → %3"))
                     .arg(plan.cluster, plan.from.toString(), plan.target.toString());
    book.subtitle = writer.route();
    book.summary = writer.summary(today);
    book.sections = writer.sections();
    return book;
}

Runbook buildFleetRunbook(const FleetPlan &fleet, const QString &language, QDate today)
{
    const QList<UpgradePlan> &plans = fleet.plans;
    const QList<ScheduledUpgrade> &schedule = fleet.schedule;
    const RunbookLanguage l(language);
    Runbook book;
    setCommonTexts(book, l);
    book.title = l.text(QT_TRANSLATE_N_NOOP("Runbook", "Fleet upgrade plan: %n cluster(s)"), int(plans.size()));
    book.subtitle = l.text(QT_TRANSLATE_NOOP("Runbook", "Prepared %1")).arg(l.date(today));
    int open = 0;
    for (const UpgradePlan &p : plans)
        open += p.openBlockers();
    book.summary = {{l.text(QT_TRANSLATE_NOOP("Runbook", "Clusters")), QString::number(plans.size())},
                    {l.text(QT_TRANSLATE_NOOP("Runbook", "Open blockers")), QString::number(open)},
                    {l.text(QT_TRANSLATE_NOOP("Runbook", "Prepared")), l.date(today)}};
    RunbookSection order{l.text(QT_TRANSLATE_NOOP("Runbook", "Schedule")), 1, {}};
    order.blocks << paragraph(l.text(
        QT_TRANSLATE_NOOP("Runbook", "Development first, then staging, then production; each cluster finishes "
                                     "before its support ends and soaks for 14 days before the next tier starts.")));
    QList<QStringList> rows;
    const QString tierNames[] = {l.text(QT_TRANSLATE_NOOP("Runbook", "development")),
                                 l.text(QT_TRANSLATE_NOOP("Runbook", "staging")),
                                 l.text(QT_TRANSLATE_NOOP("Runbook", "production"))};
    int position = 0;
    for (const ScheduledUpgrade &s : schedule) {
        const UpgradePlan &p = plans[s.plan];
        rows << QStringList{
            QString::number(++position),
            p.cluster,
            tierNames[std::clamp(s.tier, 0, 2)],
            p.from.toString() + QStringLiteral(" → ") + p.target.toString(),
            p.strategy == UpgradeStrategy::BlueGreen ? l.text(QT_TRANSLATE_NOOP("Runbook", "blue/green"))
                                                     : l.text(QT_TRANSLATE_NOOP("Runbook", "in place")),
            l.text(QT_TRANSLATE_N_NOOP("Runbook", "%n day(s)"), s.durationDays),
            l.date(s.deadline),
            s.late ? l.text(QT_TRANSLATE_NOOP("Runbook", "%1 (late)")).arg(l.date(s.startBy)) : l.date(s.startBy),
            l.date(s.finishBy),
            QString::number(p.openBlockers())};
    }
    order.blocks << table(
        {l.text(QT_TRANSLATE_NOOP("Runbook", "No.")), l.text(QT_TRANSLATE_NOOP("Runbook", "Cluster")),
         l.text(QT_TRANSLATE_NOOP("Runbook", "Tier")), l.text(QT_TRANSLATE_NOOP("Runbook", "Route")),
         l.text(QT_TRANSLATE_NOOP("Runbook", "Strategy")), l.text(QT_TRANSLATE_NOOP("Runbook", "Duration")),
         l.text(QT_TRANSLATE_NOOP("Runbook", "Support ends")), l.text(QT_TRANSLATE_NOOP("Runbook", "Start by")),
         l.text(QT_TRANSLATE_NOOP("Runbook", "Finish by")), l.text(QT_TRANSLATE_NOOP("Runbook", "Open blockers"))},
        rows);
    if (const QStringList notes = scheduleNotes(fleet, l); !notes.isEmpty())
        order.blocks << bullets(notes);
    book.sections << order;
    for (const ScheduledUpgrade &s : schedule) {
        const UpgradePlan &p = plans[s.plan];
        const PlanWriter writer(p, l, 2, today);
        RunbookSection chapter{
            l.text(QT_TRANSLATE_NOOP("Runbook", "%1: %2 → %3")).arg(p.cluster, p.from.toString(), p.target.toString()),
            1,
            {}};
        QList<QStringList> summary;
        for (const auto &[label, value] : writer.summary(today))
            summary << QStringList{label, value};
        chapter.blocks << table(
            {l.text(QT_TRANSLATE_NOOP("Runbook", "Item")), l.text(QT_TRANSLATE_NOOP("Runbook", "Value"))}, summary);
        book.sections << chapter << writer.sections();
    }
    return book;
}

} // namespace kirikae
