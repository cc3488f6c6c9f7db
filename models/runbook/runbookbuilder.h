#pragma once

#include "analysis/fleetanalysis.h"
#include "analysis/upgradeplanner.h"
#include "runbook.h"

#include <QDate>

namespace kirikae {

/// Words a plan as a runbook in language ("ja" or "en"): summary, go/no-go, pre-checks, steps with commands and
/// expected results, post-checks, rollback, accepted waivers, sign-off. today dates the document.
Runbook buildRunbook(const UpgradePlan &plan, const QString &language, QDate today);

/// One runbook for several clusters: the fleet's schedule first, then each scheduled cluster's runbook as a
/// chapter (clusters already at the target have none).
Runbook buildFleetRunbook(const FleetPlan &fleet, const QString &language, QDate today);

} // namespace kirikae
