#pragma once

#include "analysis/fleetanalysis.h"
#include "analysis/supportcost.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace kirikae {

/// The fleet's monthly support fees, cluster by cluster, from one month on.
struct CostSeries
{
    QList<QDate> months;                      ///< the first day of each month
    QStringList clusters;                     ///< one row each
    QStringList currencies;                   ///< per cluster ("" when it pays no vendor)
    QList<QList<std::optional<double>>> fees; ///< [cluster][month]; empty where unknown
    QList<QList<bool>> forcedBy;              ///< [cluster][month]: the vendor has upgraded it by then

    /// The fleet's total for a month in one currency, and whether some fee of that month is unknown.
    double total(qsizetype month, const QString &currency, bool *incomplete = nullptr) const;
    /// Every currency the series holds.
    QStringList allCurrencies() const;
};

/// A stacked chart of a series in one currency, readable at any fleet size: a few clusters on their own (or, past
/// that many, a few groups of them, such as vendors) and the rest summed into one stack.
struct CostStacks
{
    QStringList names;          ///< a cluster each, or a group each when grouped; the dearest first
    QList<int> clusterCounts;   ///< how many clusters each stack holds
    bool grouped = false;       ///< the stacks are groups of clusters
    QList<QList<double>> fees;  ///< [stack][month]; an unknown fee counts 0
    QList<double> others;       ///< the other clusters summed, per month; empty when there are none
    int otherClusters = 0;      ///< how many clusters those are
};

/**
 * The clusters of series that pay in currency (among only, when given) with a fee known in some month. When they
 * fit in most stacks, one each; past that, one stack per group when groupOf names each cluster's group (its
 * vendor, say), else per cluster; either way the most − 1 dearest on their own and the rest summed.
 */
CostStacks costStacks(const CostSeries &series, const QString &currency, const std::optional<QSet<QString>> &only,
                      int most, const QHash<QString, QString> &groupOf = {});

/**
 * Monthly fees from `from` for `months` months. Without a plan the clusters stay where they are until their
 * vendor moves them (each forced upgrade lands on the minor the vendor picks, which may be forced again later);
 * with a plan, a scheduled cluster runs the plan's target from the day its upgrade finishes.
 */
CostSeries costOverTime(const QList<ClusterSnapshot> &clusters, const FleetPlan *plan, const Catalogs &catalogs,
                        const QList<ContractPrice> &prices, QDate from, int months);

/// The two ways ahead the Cost page and `plan --format json` compare: staying, and following the schedule.
struct CostOutlook
{
    static constexpr int months = 24; ///< how far ahead, from the request's today
    FleetPlan plan;                   ///< empty without a target
    CostSeries stay;
    CostSeries planned;
};

/// Plans the fleet to request.target (when set) and figures both series with the request's prices.
CostOutlook costOutlook(const QList<ClusterSnapshot> &clusters, const FleetPlanRequest &request,
                        const Catalogs &catalogs);

/// What the plan saves against staying, in currency, over the months before until (both series alike).
double savings(const CostSeries &stay, const CostSeries &planned, const QString &currency, QDate until);

} // namespace kirikae
