#pragma once

#include "analysis/costseries.h"
#include "analysis/supportcost.h"

#include <QJsonObject>

namespace kirikae::cli {

/// cost {phase, amountPerMonth, currency, source, sure, contract, note, changesOn, next {…}}; null without a vendor.
QJsonValue costJson(const ClusterCost &cost);
/// forcedUpgrade {date, projected, behaviour, controlPlaneTo, nodePools, notice, postpone, sure, source, breaks[]}.
QJsonValue forcedUpgradeJson(const ClusterCost &cost);
/// The fleet's monthly fees: months[], per currency the totals staying and under the plan, and the savings.
QJsonObject fleetCostJson(const CostSeries &stay, const CostSeries &planned);

} // namespace kirikae::cli
