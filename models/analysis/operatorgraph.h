#pragma once

#include "core/version.h"
#include "snapshot/clustersnapshot.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace kirikae {

/// Where operators come from: one cluster's installed CSVs and Subscriptions, or a folder of bundles.
struct OperatorSource
{
    QString cluster; ///< snapshot name; for bundles the folder
    QList<OperatorCsv> csvs;
    QList<OperatorSubscription> subscriptions;
    bool isCatalog = false;   ///< bundle folders: every version available, newest one per package shown
    bool isOpenShift = false; ///< olm.maxOpenShiftVersion only applies on OpenShift
};

/// The versions the operators must run on after the upgrade; either may be unknown.
struct OperatorTarget
{
    std::optional<MinorVersion> kubernetes;
    std::optional<MinorVersion> openShift;
};

enum class OperatorStatus { Fine, UpdateAvailable, Blocked, MissingDependency, InCycle };

/// A version limit of an operator that the target crosses: minKubeVersion above it, olm.maxOpenShiftVersion below.
struct OperatorLimit
{
    enum class Kind { MinKubeVersion, MaxOpenShiftVersion };
    Kind kind = Kind::MinKubeVersion;
    QString limit;  ///< "1.31.0", "4.15"
    QString target; ///< the Kubernetes or OpenShift minor it was judged against
    /// English, stable for JSON: "olm.maxOpenShiftVersion 4.15 blocks OpenShift 4.16".
    QString describe() const;
};

/// One operator in one cluster (or the newest bundle of a package in a catalog).
struct OperatorNode
{
    QString cluster;
    OperatorCsv csv;
    QString subscriptionCsv;        ///< the CSV the Subscription wants (status.currentCSV), when it differs
    QString latestCsv;              ///< the newest bundle of this package the catalog offers, when newer
    QStringList upgradePath;        ///< CSVs from the installed one to latestCsv via replaces / skips / skipRange
    QList<OperatorLimit> blockedBy; ///< why the target cluster version does not suit this operator
    QStringList requirements;       ///< every requirement, written out: "cert-manager.io/v1/Issuer", "package:x >=1.2"
    OperatorStatus status = OperatorStatus::Fine;
    bool onOpenShift = false;

    QString id() const { return cluster + u'/' + csv.package; }
};

/// "from needs to via X": X is a CRD "group/version/Kind" or "package:NAME".
struct OperatorEdge
{
    int from = -1;
    int to = -1;
    QString via;
    /// Set when only an older bundle of `to` meets the requirement: the version OLM would pick ("0.9.0").
    QString toVersion;
    /// Set when the requirement is not the shown bundle's of `from` but an older one's that another edge needs.
    QString fromVersion;

    /// What an arrow says, without words to translate: each version on its own side of the requirement,
    /// "(0.9.0) package:a" for fromVersion, "package:etcd (0.9.0)" for toVersion.
    QString label() const;
};

/// A requirement no operator present satisfies (or, for "not", one that is violated).
struct MissingRequirement
{
    int node = -1;
    QString requirement;
    QString detail; ///< English: "installed 0.11.0 is outside >=0.12.0", a constraint's failureMessage…
};

/// A requirement several operators satisfy: OLM cannot decide alone.
struct AmbiguousRequirement
{
    int node = -1;
    QString requirement;
    QList<int> providers;
};

struct OperatorGraph
{
    QList<OperatorNode> nodes;
    QList<OperatorEdge> edges;
    QList<MissingRequirement> missing;
    QList<AmbiguousRequirement> ambiguous;
    QList<QList<int>> cycles;
    /// Node indices, dependencies before their dependents; members of a cycle are kept together.
    QList<int> upgradeOrder;

    int indexOf(const QString &cluster, const QString &package) const;
    /// English, stable for JSON and DOT: "package:etcd (needs 0.9.0, newest is 1.0.0)"; just `via` for the
    /// usual edge between the bundles shown.
    QString describeEdge(const OperatorEdge &edge) const;
    /// Every node the given one needs, directly or not (upstream = false: every node that needs it).
    QList<int> reachable(int node, bool upstream) const;
};

/**
 * Resolves OLM dependencies the way OLM would: a required CRD or olm.gvk is provided by the operator that owns
 * it, olm.package by the package at a version in its range, olm.constraint by its all/any/not tree (a CEL rule
 * is shown as text, never evaluated). Clusters are resolved separately; catalogs supply newer versions and the
 * replaces/skips/skipRange chains for pending upgrades. Pure function: no I/O.
 */
OperatorGraph resolveOperators(const QList<OperatorSource> &sources, const OperatorTarget &target = {});

/// The stable key of a status in JSON and DOT: "fine", "update-available", "blocked", "missing-dependency", "in-cycle".
QString operatorStatusKey(OperatorStatus status);

/// The readable form of a requirement: "package:cert-manager >=1.12.2", "any(package:a, package:b)".
QString describeRequirement(const OperatorRequirement &requirement);

/// The OpenShift minor that ships a Kubernetes minor (4.y runs Kubernetes 1.(y+13)); nothing below 4.1.
std::optional<MinorVersion> openShiftForKubernetes(MinorVersion kubernetes);

} // namespace kirikae

Q_DECLARE_METATYPE(kirikae::OperatorGraph)
