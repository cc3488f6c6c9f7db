#pragma once

#include "clusterstatus.h"
#include "core/phrase.h"
#include "core/waiver.h"
#include "manifestscanner.h"

#include <QList>
#include <QString>

namespace kirikae {

/// The areas debt is counted in.
enum class DebtArea { Apis, Support, Skew, Operators, Addons };
constexpr int debtAreaCount = 5;

/// "apis", "support", "skew", "operators", "addons".
QString debtAreaKey(DebtArea area);

/// One reason for debt and what it adds to the score.
struct DebtReason
{
    int points = 0;
    Phrase phrase;
    std::optional<Waiver> waiver = {}; ///< set when an accepted waiver holds: the reason then adds no points

    /// English, stable: the JSON, waivers and the README's formula use it.
    QString text() const { return phrase.english(); }
    /// The same in the interface's language at the time of the call, for the pages.
    QString label() const { return phrase.localized(); }
};

/// A cluster's debt in one area: the score is the sum of its reasons' points, nothing else.
struct DebtHotspot
{
    QString cluster;
    DebtArea area = DebtArea::Apis;
    QList<DebtReason> reasons;
    int score() const;
};

/// A cluster's total debt at one collection.
struct DebtTrendPoint
{
    QDateTime collectedAt;
    int score = 0;
};

/// One cluster's debt: its score per area, the API findings behind the APIs area, and its history.
struct ClusterDebt
{
    QString cluster;
    QList<DebtHotspot> areas; ///< debtAreaCount entries, in DebtArea order
    QList<ApiFinding> apiFindings;
    QDateTime collectedAt;
    QList<DebtTrendPoint> trend; ///< the totals of every snapshot of this cluster, oldest first
    int total() const;
};

/// A snapshot's debt, with the waivers that hold on today applied.
ClusterDebt assessDebt(const ClusterSnapshot &snapshot, const ClusterStatus &status, const DeprecatedApis &catalog,
                       const QList<Waiver> &waivers, QDate today);

/// Keeps the newest snapshot of each cluster (by name), with the totals of all its snapshots as the trend.
QList<ClusterDebt> latestWithTrend(const QList<ClusterDebt> &perSnapshot);

/**
 * Scores a cluster's upgrade debt per area, with reasons that add up to each score (README, "Debt score"):
 * - APIs: 10 for each object or client on an API already removed at the cluster's minor (the next apply or
 *   `helm upgrade` fails) or removed by the next minor, 5 for one removed by the newest minor, 1 for one only
 *   deprecated there; each object counted once, from its surest evidence.
 * - Support: 20 out of upstream support plus 2 per minor behind the newest; 10 ending within the warning time;
 *   vendor: 15 past end of life, 5 in paid extended support.
 * - Skew: 8 per rule broken, plus 1 per node breaking it.
 * - Operators: 3 per Subscription with an upgrade waiting (installed CSV older than the channel's current one).
 * - Add-ons: 4 per add-on older than what kubeadm ships with the cluster's minor; 6 per add-on whose own
 *   compatibility table says it does not support the cluster's minor.
 */
QList<DebtHotspot> scoreDebt(const ClusterSnapshot &snapshot, const ClusterStatus &status,
                             const DeprecatedApis &catalog);

/// The API findings behind the APIs score: every evidence of the snapshot judged against the newest minor.
/// Where a finding was seen, worded in the interface's language for the pages: the Helm release and revision, a
/// manifest's source, the metric's name, or what an evidence code means. The finding keeps its English origin and
/// code for JSON and waivers.
QString describeEvidence(const ApiFinding &finding);

QList<ApiFinding> apiDebtFindings(const ClusterSnapshot &snapshot, const ClusterStatus &status,
                                  const DeprecatedApis &catalog);

/// Marks the reasons that a holding waiver covers and takes their points out of the score.
void applyWaivers(QList<DebtHotspot> &hotspots, const QList<Waiver> &waivers, QDate today,
                  std::optional<MinorVersion> clusterMinor);

/// All hotspots of a fleet with a score above zero, highest first.
QList<DebtHotspot> rankHotspots(QList<DebtHotspot> hotspots);

} // namespace kirikae
