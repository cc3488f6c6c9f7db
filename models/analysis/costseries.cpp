#include "costseries.h"

#include <algorithm>

namespace kirikae {

double CostSeries::total(qsizetype month, const QString &currency, bool *incomplete) const
{
    double sum = 0;
    for (qsizetype c = 0; c < clusters.size(); ++c) {
        if (currencies.at(c) != currency && !currencies.at(c).isEmpty())
            continue;
        const auto &fee = fees.at(c).at(month);
        if (fee)
            sum += *fee;
        else if (incomplete && !currencies.at(c).isEmpty())
            *incomplete = true;
    }
    return sum;
}

QStringList CostSeries::allCurrencies() const
{
    QStringList all;
    for (const QString &c : currencies)
        if (!c.isEmpty() && !all.contains(c))
            all << c;
    return all;
}

CostSeries costOverTime(const QList<ClusterSnapshot> &clusters, const FleetPlan *plan, const Catalogs &catalogs,
                        const QList<ContractPrice> &prices, QDate from, int months)
{
    CostSeries series;
    const QDate first(from.year(), from.month(), 1);
    for (int m = 0; m < months; ++m)
        series.months << first.addMonths(m);
    for (const ClusterSnapshot &s : clusters) {
        const QString vendor = vendorOf(s);
        const auto version = Version::parse(s.serverVersion);
        series.clusters << s.name;
        QList<std::optional<double>> row;
        QList<bool> forcedRow;
        QString currency;
        std::optional<QDate> upgradedOn;
        std::optional<MinorVersion> target;
        if (plan) {
            for (const ScheduledUpgrade &slot : plan->schedule) {
                if (plan->plans.at(slot.plan).cluster == s.name) {
                    upgradedOn = slot.finishBy;
                    target = plan->plans.at(slot.plan).target;
                }
            }
        }
        for (const QDate &month : std::as_const(series.months)) {
            bool forced = false;
            if (vendor.isEmpty() || !version) {
                row << std::nullopt;
                forcedRow << false;
                continue;
            }
            const MinorVersion minor = upgradedOn && *upgradedOn <= month
                                           ? *target
                                           : minorIfStaying(vendor, version->minorVersion(), month, catalogs, &forced);
            const SupportFee fee = supportFeeOn(vendor, minor, month, catalogs, prices);
            if (!fee.currency.isEmpty())
                currency = fee.currency;
            row << fee.perMonth;
            forcedRow << forced;
        }
        series.currencies << (vendor.isEmpty() ? QString() : (currency.isEmpty() ? QStringLiteral("USD") : currency));
        series.fees << row;
        series.forcedBy << forcedRow;
    }
    return series;
}

double savings(const CostSeries &stay, const CostSeries &planned, const QString &currency, QDate until)
{
    double saved = 0;
    for (qsizetype m = 0; m < stay.months.size() && m < planned.months.size(); ++m) {
        if (stay.months.at(m) >= until)
            break;
        saved += stay.total(m, currency) - planned.total(m, currency);
    }
    return saved;
}

CostOutlook costOutlook(const QList<ClusterSnapshot> &clusters, const FleetPlanRequest &request,
                        const Catalogs &catalogs)
{
    CostOutlook o;
    if (request.target.major > 0)
        o.plan = planFleet(clusters, request, catalogs);
    o.stay = costOverTime(clusters, nullptr, catalogs, request.prices, request.today, CostOutlook::months);
    o.planned = costOverTime(clusters, &o.plan, catalogs, request.prices, request.today, CostOutlook::months);
    return o;
}

CostStacks costStacks(const CostSeries &series, const QString &currency, const std::optional<QSet<QString>> &only,
                      int most, const QHash<QString, QString> &groupOf)
{
    struct Stack
    {
        QString name;
        int clusters = 0;
        QList<double> fees;
        double sum = 0;
    };
    QList<Stack> stacks;
    for (qsizetype c = 0; c < series.clusters.size(); ++c) {
        if (series.currencies.at(c) != currency || (only && !only->contains(series.clusters.at(c))))
            continue;
        const QList<std::optional<double>> &fees = series.fees.at(c);
        if (std::none_of(fees.cbegin(), fees.cend(), [](const auto &fee) { return fee.has_value(); }))
            continue; // nothing known to draw
        Stack stack{series.clusters.at(c), 1, {}, 0};
        for (const auto &fee : fees) {
            stack.fees << fee.value_or(0);
            stack.sum += fee.value_or(0);
        }
        stacks << stack;
    }
    CostStacks result;
    if (stacks.size() > most && !groupOf.isEmpty()) {
        // Hundreds of clusters: one stack per group, in the order groups first appear.
        QList<Stack> groups;
        QHash<QString, qsizetype> index;
        for (const Stack &cluster : std::as_const(stacks)) {
            const QString group = groupOf.value(cluster.name);
            if (!index.contains(group)) {
                index.insert(group, groups.size());
                groups << Stack{group, 0, QList<double>(cluster.fees.size(), 0.0), 0};
            }
            Stack &g = groups[index.value(group)];
            ++g.clusters;
            g.sum += cluster.sum;
            for (qsizetype m = 0; m < cluster.fees.size(); ++m)
                g.fees[m] += cluster.fees.at(m);
        }
        stacks = groups;
        result.grouped = true;
    }
    std::stable_sort(stacks.begin(), stacks.end(), [](const Stack &a, const Stack &b) { return a.sum > b.sum; });
    const qsizetype alone = stacks.size() <= most ? stacks.size() : std::max(0, most - 1);
    for (qsizetype r = 0; r < stacks.size(); ++r) {
        const Stack &stack = stacks.at(r);
        if (r < alone) {
            result.names << stack.name;
            result.clusterCounts << stack.clusters;
            result.fees << stack.fees;
            continue;
        }
        if (result.others.isEmpty())
            result.others.fill(0, series.months.size());
        for (qsizetype m = 0; m < stack.fees.size(); ++m)
            result.others[m] += stack.fees.at(m);
        result.otherClusters += stack.clusters;
    }
    return result;
}

} // namespace kirikae
