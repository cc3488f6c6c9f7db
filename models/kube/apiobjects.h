#pragma once

#include "snapshot/clustersnapshot.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace kirikae::apiobjects {

/**
 * Pure functions from Kubernetes API objects (JSON as the API server returns them) to snapshot values.
 * No I/O: the collector fetches, these read; tests feed them recorded objects.
 */

NodeInfo node(const QJsonObject &object);
/// Control-plane components and add-ons found in one pod (one entry per container that is one).
QList<ComponentInfo> podComponents(const QJsonObject &pod);
/// True for pods worth reading for add-ons: kube-system, or well-known add-on namespaces and images.
bool isAddonPod(const QJsonObject &pod);
/// The namespaces whose pods are add-ons (kube-system and the well-known add-on namespaces).
const QStringList &addonNamespaces();
/// apiserver_requested_deprecated_apis samples from a Prometheus text exposition.
QList<DeprecatedApiRequest> deprecatedApiRequests(const QByteArray &metrics);
/// The apiVersions a workload was written with: last-applied-configuration and managedFields.
QList<ObjectUse> objectUses(const QJsonObject &object);
/// A Helm v3 release Secret decoded in memory to what it deploys; values and payload are dropped.
std::optional<HelmRelease> helmRelease(const QJsonObject &secret, QString *error);
CrdInfo crd(const QJsonObject &object);
/// The CSV and Subscription readers are olm::csvFromObject and olm::subscriptionFromObject (snapshot/olmobjects.h).
OperatorCsv clusterServiceVersion(const QJsonObject &object);
/// True for the copies OLM places in every namespace of an AllNamespaces install (label olm.copiedFrom).
bool isCopiedCsv(const QJsonObject &object);
OperatorSubscription subscription(const QJsonObject &object);
OpenShiftClusterVersion clusterVersion(const QJsonObject &object);
/// The version an image is tagged with ("registry.k8s.io/coredns/coredns:v1.11.1" → "v1.11.1").
QString imageTag(const QString &image);

} // namespace kirikae::apiobjects
