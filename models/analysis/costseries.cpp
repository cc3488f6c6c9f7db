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
                      int most)
{
    struct Row
    {
        qsizetype index;
        double sum;
    };
    QList<Row> rows;
    for (qsizetype c = 0; c < series.clusters.size(); ++c) {
        if (series.currencies.at(c) != currency || (only && !only->contains(series.clusters.at(c))))
            continue;
        const QList<std::optional<double>> &fees = series.fees.at(c);
        if (std::none_of(fees.cbegin(), fees.cend(), [](const auto &fee) { return fee.has_value(); }))
            continue; // nothing known to draw
        double sum = 0;
        for (const auto &fee : fees)
            sum += fee.value_or(0);
        rows << Row{c, sum};
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.sum > b.sum; });
    const qsizetype alone = rows.size() <= most ? rows.size() : std::max(0, most - 1);
    CostStacks stacks;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QList<std::optional<double>> &fees = series.fees.at(rows.at(r).index);
        if (r < alone) {
            stacks.clusters << series.clusters.at(rows.at(r).index);
            QList<double> values;
            for (const auto &fee : fees)
                values << fee.value_or(0);
            stacks.fees << values;
            continue;
        }
        if (stacks.others.isEmpty())
            stacks.others.fill(0, series.months.size());
        for (qsizetype m = 0; m < fees.size(); ++m)
            stacks.others[m] += fees.at(m).value_or(0);
        ++stacks.otherClusters;
    }
    return stacks;
}

} // namespace kirikae
