#include "costseries.h"

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

} // namespace kirikae
