#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace kirikae {

/// One node as the API reports it in status.nodeInfo, plus the labels that reveal pools and vendors.
struct NodeInfo
{
    QString name;
    QStringList roles; ///< from node-role.kubernetes.io/<role> labels
    QString kubeletVersion;
    QString kubeProxyVersion; ///< empty on clusters that run kube-proxy as a DaemonSet (see components)
    QString containerRuntime; ///< "containerd://1.7.11"
    QString osImage;
    QString kernelVersion;
    QString architecture;
    QMap<QString, QString> labels;
    bool ready = true;
};

/// A control-plane component or add-on and the version it runs.
struct ComponentInfo
{
    enum class Kind { ControlPlane, Addon };
    QString name; ///< "kube-apiserver", "coredns", "aws-node", "ingress-nginx"
    Kind kind = Kind::Addon;
    QString version; ///< from the image tag or the component's own report
    QString image;
    QString namespaceName;
    QString where; ///< the node or workload it was seen on
};

/// A reference to one object and the apiVersion it was written or requested with.
struct ObjectUse
{
    QString apiVersion;
    QString kind;
    QString namespaceName;
    QString name;
    QString source; ///< "last-applied", "managed-fields", "helm:<release>"
};

/// One sample of apiserver_requested_deprecated_apis from /metrics.
struct DeprecatedApiRequest
{
    QString group;
    QString version;
    QString resource;
    QString subresource;
    QString removedRelease; ///< "1.25"
    qint64 count = 0;
};

/// A Helm v3 release, reduced to what it deploys; the payload and values are never kept.
struct HelmRelease
{
    QString name;
    QString namespaceName;
    int revision = 0;
    QString chart; ///< "ingress-nginx-4.7.1"
    QString appVersion;
    QString kubeVersion; ///< the chart's kubeVersion constraint (">=1.25.0-0"); empty when it declares none
    QString status;
    QList<ObjectUse> objects;
};

struct CrdInfo
{
    QString name; ///< "certificates.cert-manager.io"
    QString group;
    QString kind;
    QStringList servedVersions;
    QStringList storedVersions; ///< status.storedVersions
};

/**
 * One OLM dependency of a bundle: olm.package (with a semver range), olm.gvk, or an olm.constraint
 * tree (all / any / not over package and gvk, or a CEL expression kept as text).
 */
struct OperatorRequirement
{
    enum class Kind { Package, Gvk, All, Any, Not, Cel };
    Kind kind = Kind::Package;
    QString subject;      ///< package name, "group/version/Kind" or the CEL expression
    QString versionRange; ///< for Package: ">=1.12.2 <2.0.0"; empty means any
    QString failureMessage;
    QList<OperatorRequirement> children; ///< for All, Any, Not
};

/// An OLM ClusterServiceVersion, as installed in a cluster or as shipped in a bundle folder.
struct OperatorCsv
{
    QString name;    ///< "etcdoperator.v0.9.4"
    QString package; ///< OLM package; from the Subscription, the bundle's annotations or the CSV name
    QString namespaceName;
    QString displayName;
    QString version;
    QString phase;
    QString replaces;
    QStringList skips;
    QString skipRange;                       ///< olm.skipRange annotation: ">=0.10.0 <0.12.0"
    QString minKubeVersion;                  ///< spec.minKubeVersion
    QString maxOpenShiftVersion;             ///< olm.maxOpenShiftVersion property: "4.15"
    QStringList installModes;                ///< the supported ones: "OwnNamespace", "AllNamespaces", …
    QStringList ownedCrds;                   ///< "group/version/Kind"
    QStringList requiredCrds;                ///< "group/version/Kind"
    QList<OperatorRequirement> dependencies; ///< metadata/dependencies.yaml and olm.constraint properties
    QString source;                          ///< where it was read: bundle folder or "cluster"
    /// Bundles only: the CRD manifests shipped beside the CSV, with the versions each serves (spec.versions[].served).
    QList<CrdInfo> bundleCrds;
};

/// An OLM Subscription: which package, from where, and how far its upgrade has got.
struct OperatorSubscription
{
    QString name;
    QString namespaceName;
    QString package;
    QString channel;
    QString source;
    QString installedCsv;
    QString currentCsv;
    QString approval; ///< "Automatic" or "Manual"
};

/// A known risk of an OpenShift conditional update (ClusterVersion status.conditionalUpdates[].risks[]).
struct OpenShiftUpdateRisk
{
    QString name; ///< "ARODNSWrongBootSequence"
    QString message;
    QString url;
    QStringList matchingRules; ///< "Always", or "PromQL: <expression>"
};

/// A release the update service offers only with risks (status.conditionalUpdates[]), and its Recommended condition.
struct OpenShiftConditionalUpdate
{
    QString version;     ///< "4.15.46"
    QString recommended; ///< the Recommended condition's status: "True", "False" or "Unknown"
    QString reason;      ///< its reason: "ExposedToRisks", "EvaluationFailed", …
    QString message;     ///< its message
    QList<OpenShiftUpdateRisk> risks;
};

/// OpenShift's ClusterVersion: the release the cluster runs, its channel and what it may move to.
struct OpenShiftClusterVersion
{
    QString version; ///< "4.14.12"
    QString channel;
    QStringList availableUpdates;
    QStringList history; ///< newest first
    QList<OpenShiftConditionalUpdate> conditionalUpdates;
};

/// A part of the cluster the collector could not see, and why.
struct CollectionError
{
    QString part; ///< "/metrics", "nodes", "helm releases"
    QString message;
};

/**
 * Everything Kirikae knows about one cluster at one moment. A plain value: analyses take it in and
 * return findings, so it can be built by hand in a test, read from a file or collected live.
 */
struct ClusterSnapshot
{
    QString name;
    QString context;
    QString server; ///< API server URL; never credentials
    QDateTime collectedAt;
    QString distribution; ///< "upstream", "eks", "gke", "aks", "openshift", "k3s", "rke2"
    QString serverVersion;
    QString platform;
    /// The cluster's own labels ("tier", "environment", "region", …), which a cluster cannot report about itself:
    /// given to the collector or written into the file. The fleet is grouped by them.
    QMap<QString, QString> labels;
    QStringList groupVersions; ///< discovery: "v1", "apps/v1", "batch/v1beta1", …
    QList<NodeInfo> nodes;
    QList<ComponentInfo> components;
    QList<DeprecatedApiRequest> deprecatedApiRequests;
    QList<ObjectUse> objectUses;
    QList<HelmRelease> helmReleases;
    QList<CrdInfo> crds;
    QList<OperatorCsv> operators;
    QList<OperatorSubscription> subscriptions;
    std::optional<OpenShiftClusterVersion> openShift;
    QList<CollectionError> errors;

    /// True when some part could not be collected; the rest is still usable.
    bool isPartial() const { return !errors.isEmpty(); }
};

} // namespace kirikae

Q_DECLARE_METATYPE(kirikae::ClusterSnapshot)
