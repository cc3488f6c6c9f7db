#pragma once

#include "analysis/fleetanalysis.h"
#include "runbook/runbook.h"

#include <QJsonObject>
#include <QList>

namespace kirikae::cli {

/**
 * A fleet plan as JSON: per cluster its route, hops with their blockers and evidence, the steps of its runbook
 * (titles and commands, in the runbook's language), waivers and decision; the schedule when several clusters
 * are planned. The same values the runbook writes: books holds each plan's runbook, in the order of plans.
 */
QJsonObject planJson(const FleetPlan &fleet, const QList<Runbook> &books, QDate today);

/// A waiver as JSON, with who accepted it, when, and its later changes (the debt and plan commands share it).
QJsonObject waiverJson(const Waiver &waiver);

} // namespace kirikae::cli
