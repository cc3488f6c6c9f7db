#pragma once

#include "analysis/clusterstatus.h"
#include "analysis/manifestscanner.h"
#include "analysis/skewpolicy.h"
#include "core/catalogs.h"
#include "core/vendorpolicies.h"
#include "snapshot/clustersnapshot.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace kirikae {

/// What a cluster costs in vendor support fees on one day. An amount no source gives stays unknown.
struct SupportFee
{
    QString phase;                  ///< the vendor phase key; empty when the cluster runs on no vendor
    std::optional<double> perMonth; ///< in currency; empty when unknown
    QString currency;
    Sureness sure = Sureness::Unknown;
    QString source;
    QString note;
    QString noteJa;
    bool contract = false; ///< the user's own contract price, not the catalog's
    std::optional<MinorVersion> vendorMoved; ///< the minor the vendor has forced the cluster to by then, if it has
    bool applies() const { return !phase.isEmpty(); }
};

/// What the vendor will do to a cluster that stays where it is, and what breaks when it does.
struct ForcedUpgrade
{
    QDate date;             ///< invalid when the vendor forces nothing (or nobody says)
    bool projected = false; ///< the date rests on a projected release
    std::optional<MinorVersion> controlPlaneTo;
    bool nodePoolsStay = true;
    ForcedUpgradePolicy policy;
    QList<SkewCheck> skewBreaks;   ///< kubelets the skew policy forbids once the control plane moved alone
    QList<ApiFinding> removedApis; ///< objects on APIs the new minor no longer serves

    bool known() const { return date.isValid() && controlPlaneTo.has_value(); }
    /// One sentence per thing that breaks (english() for JSON, localized() for the pages).
    QList<Phrase> breaks() const;
};

/// A cluster's support fee today, when it changes, and the vendor's deadline.
struct ClusterCost
{
    QString cluster;
    QString vendor; ///< "eks", "gke", "aks", "openshift"; empty for self-managed clusters
    SupportFee today;
    QDate changesOn; ///< the day the phase (and so the fee) changes; invalid when it does not
    SupportFee after;
    ForcedUpgrade forced;
};

/// When the vendor moves a cluster off minor, and to which minor; nothing when it does not (or nobody says).
struct ForcedStep
{
    QDate date;
    bool projected = false;
    MinorVersion to;
};
std::optional<ForcedStep> forcedStep(const QString &vendor, MinorVersion minor, const Catalogs &catalogs);

/// The minor a cluster on minor runs on day if nobody but its vendor upgrades it (forced upgrades may chain).
MinorVersion minorIfStaying(const QString &vendor, MinorVersion minor, QDate day, const Catalogs &catalogs,
                            bool *forced = nullptr);

/// The fee of a cluster of vendor running minor on day (phase from the vendor's calendar).
SupportFee supportFeeOn(const QString &vendor, MinorVersion minor, QDate day, const Catalogs &catalogs,
                        const QList<ContractPrice> &prices);

/// Fee today, its next change and the forced upgrade with what breaks then.
ClusterCost assessCost(const ClusterSnapshot &snapshot, const ClusterStatus &status, const Catalogs &catalogs,
                       const QList<ContractPrice> &prices, QDate today);

/// The vendor a snapshot runs on, as the policy catalog names it; empty for self-managed clusters.
QString vendorOf(const ClusterSnapshot &snapshot);

} // namespace kirikae
