#pragma once

#include "core/addoncatalog.h"
#include "core/catalogs.h"
#include "core/helmversionconstraint.h"
#include "core/version.h"
#include "snapshot/clustersnapshot.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace kirikae {

/// Where an add-on was seen in a cluster.
struct AddonEvidence
{
    enum class Kind { Image, HelmRelease, Workload };
    Kind kind = Kind::Image;
    QString value; ///< the image reference, "namespace/release", or the workload's name
    QString where; ///< the workload or node it was seen on; for a Helm release its chart ("cert-manager-v1.13.2")
};

/// "image", "helm", "workload".
QString addonEvidenceKey(AddonEvidence::Kind kind);

/// An add-on found in one cluster: one the catalog knows, or an add-on component it does not (known false).
struct DetectedAddon
{
    QString cluster;
    QString name;         ///< the catalog's name ("cert-manager"); for an unknown one, the component's name
    bool known = false;   ///< in the add-on catalog
    QString version;      ///< what runs, as the image tag or Helm appVersion says it ("v1.13.2"); empty: unknown
    QString chartVersion; ///< of the Helm release that installs it, when one does
    QList<AddonEvidence> evidence;
};

/**
 * Recognises the add-ons of a snapshot: each add-on component by its image (registry and repository, or the
 * repository alone for mirrors and regional registries), each Helm release by its chart name (generic chart
 * names only in the add-on's namespaces), and a workload named after an add-on in one of its namespaces. One
 * entry per add-on and running version; add-on components the catalog does not know are listed too (known false).
 */
QList<DetectedAddon> detectAddons(const ClusterSnapshot &snapshot, const AddonCatalog &catalog);

/// One add-on judged at the cluster's current minor and at a target minor, with the source's own meaning.
struct AddonAssessment
{
    DetectedAddon addon;
    AddonSemantics semantics = AddonSemantics::Supported; ///< of the row used (the add-on's when none)
    std::optional<AddonRelease> release; ///< the catalog row of the running release; ask it about any other minor
    bool releaseByLine = false;          ///< no row names the running patch; its line's nearest lower row is used
    std::optional<MinorVersion> current; ///< the cluster's minor; empty when its version does not parse
    MinorVersion target;
    AddonVerdict atCurrent;
    AddonVerdict atTarget;
    /// The lowest release at or above the running one that runs on target (supported, tested or meets the
    /// requirement), as the catalog names it ("1.21", "v1.15.0"); empty when the catalog knows none.
    QString minimumReleaseForTarget;
    AddonStatus minimumReleaseStatus = AddonStatus::NoData; ///< that release's status at target
    QStringList sources;                                    ///< the row's, or the add-on's when no row matched
    QDate retrieved;
    QString policy;        ///< the add-on's support policy, when it states one
    QString projectStatus; ///< "retired …", when the project says so

    /// The minors the running release's source states (in semantics' sense), oldest first.
    QList<MinorVersion> statedMinors() const;
    /// How the running release stands on minor (NoData without a catalog row).
    AddonVerdict verdictAt(MinorVersion minor) const;
};

/// Judges one detected add-on at current and target against the catalog. Pure.
AddonAssessment assessAddon(const DetectedAddon &addon, const AddonCatalog &catalog,
                            std::optional<MinorVersion> current, MinorVersion target);

/// A Helm release and the first minor of a route at which its chart's kubeVersion stops Helm from upgrading it.
struct HelmKubeVersionCheck
{
    QString cluster;
    QString release;
    QString namespaceName;
    QString chart;        ///< the chart's name ("ingress-nginx")
    QString chartVersion; ///< "4.7.1"
    QString appVersion;
    QString kubeVersion;                  ///< as the chart declares it; empty: no constraint
    QString error;                        ///< kubeVersion does not parse: Helm refuses the release on every version
    std::optional<MinorVersion> blocksAt; ///< the first minor whose cluster version Helm refuses; empty: none
    QString refusedVersion;               ///< the version Helm compares there ("v1.33.5-eks-3025e55")
};

/// Splits a Helm release's "chart" ("kube-prometheus-stack-67.8.0", "longhorn-1.8.1-rc1") into name and version.
std::pair<QString, QString> splitChart(const QString &chart);

/// The current minor and every later one up to target, both included (only current when target is not newer).
QList<MinorVersion> hopMinors(MinorVersion current, MinorVersion target);

/**
 * The version a cluster reports at minor, as Helm compares a chart's kubeVersion with it: the running version at
 * the running minor; elsewhere the minor's latest patch in the calendar (".0" when none) with the running
 * version's vendor suffix, so an EKS or GKE cluster stays a pre-release ("v1.33.5-eks-3025e55") for Helm.
 */
QString clusterVersionAt(const Version &running, MinorVersion minor, const ReleaseCalendar &calendar);

/**
 * The first of hops (in order) at which Helm refuses to upgrade a release with this kubeVersion, given the version
 * the cluster reports at each minor; nothing when it allows them all. Helm checks on install and upgrade, so the
 * first refused minor is where the release can no longer be upgraded (or rolled forward) with Helm.
 */
std::optional<MinorVersion> firstBlockedMinor(const HelmVersionConstraint &kubeVersion, const QList<MinorVersion> &hops,
                                              const std::function<QString(MinorVersion)> &clusterVersion);

/// The newest revision of every Helm release of the snapshot, checked along hops (see firstBlockedMinor).
QList<HelmKubeVersionCheck> checkHelmReleases(const ClusterSnapshot &snapshot, const QList<MinorVersion> &hops,
                                              const ReleaseCalendar &calendar);

/// One cluster's add-ons and Helm releases for an upgrade to target.
struct ClusterAddons
{
    QString cluster;
    std::optional<MinorVersion> current;
    MinorVersion target;
    QList<AddonAssessment> addons;    ///< known add-ons first (by name), then unknown ones
    QList<HelmKubeVersionCheck> helm; ///< by namespace and release name
};

/// The newest minor the calendar publishes as released by today (never a projection): the target when none is given.
std::optional<MinorVersion> newestReleasedMinor(const ReleaseCalendar &calendar, QDate today);

/// Detects, judges and checks everything for one cluster: current minor → target. Pure: safe on any thread.
ClusterAddons analyseAddons(const ClusterSnapshot &snapshot, const Catalogs &catalogs, MinorVersion target);

/// The detected add-on a component was seen as: by its image, or by its workload, on the same place; or null.
const DetectedAddon *addonOfComponent(const ComponentInfo &component, const QList<DetectedAddon> &detected);

} // namespace kirikae
