#pragma once

#include "analysis/addons.h"
#include "analysis/skewpolicy.h"
#include "core/catalogs.h"
#include "core/version.h"
#include "snapshot/clustersnapshot.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace kirikae {

/// A component's version and where it runs, with what its minor expects where the catalog knows.
struct ComponentVersion
{
    QString name;     ///< "kube-apiserver", "kubelet", "containerd", "coredns", …
    QString category; ///< "control-plane", "node", "runtime", "addon"
    QString version;
    QString where;
    QString expected; ///< kubeadm's version for the cluster's minor; empty when unknown or not applicable
    bool olderThanExpected = false;
};

/// Where one cluster stands: its version, upstream and vendor support, components and skew.
struct ClusterStatus
{
    QString name;
    QString distribution;
    std::optional<Version> version; ///< empty when the snapshot's version does not parse
    QString versionError;
    SupportAssessment support;
    std::optional<VendorAssessment> vendor;
    bool patchBehind = false; ///< a newer patch of the same minor exists
    QList<ComponentVersion> components;
    QList<SkewCheck> skew;
    int skewViolations = 0;
    /// The add-ons the catalog knows, judged at the cluster's own minor by their own compatibility tables.
    QList<AddonAssessment> addons;
    /// Add-on components (by name) whose own compatibility table does not run them on the cluster's minor, with
    /// the add-on's name: the matrix colours them as the debt score counts them.
    QMap<QString, QString> addonsNotSupported;
};

ClusterStatus assessCluster(const ClusterSnapshot &snapshot, const Catalogs &catalogs, QDate today);

/// Every component of a snapshot with its version: control plane, each node's kubelet, kube-proxy and runtime,
/// add-ons.
QList<ComponentVersion> componentVersions(const ClusterSnapshot &snapshot, const ComponentDefaults &defaults);

/// The vendor's calendar for the cluster, when it runs on a vendor the catalog knows.
std::optional<VendorAssessment> vendorSupport(const ClusterSnapshot &snapshot, const VendorCalendar &vendors,
                                              QDate today);

} // namespace kirikae
