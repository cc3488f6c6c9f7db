#pragma once

#include "clustersnapshot.h"
#include "recordfield.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace YAML {
class Node;
} // namespace YAML

/**
 * OLM's ClusterServiceVersion and Subscription, mapped once. Each member's snapshot key and its place in OLM's own
 * object stand in one table, used by the snapshot file and by both object readers: a bundle's manifest (YAML, read
 * strictly: a missing or mistyped value throws YamlReadError naming the line) and the API server's JSON (read
 * leniently: what is missing or of another type is left empty).
 */
namespace kirikae::olm {

/// OperatorCsv's members in snapshot order. Dependencies are not here: OLM keeps them beside the CSV, not in it.
const QList<RecordField<OperatorCsv>> &csvFields();
/// OperatorSubscription's members in snapshot order.
const QList<RecordField<OperatorSubscription>> &subscriptionFields();

/// A CSV manifest as a bundle ships it; the package is the install label's, else the CSV name's. Throws YamlReadError.
OperatorCsv csvFromManifest(const YAML::Node &root);
/// A CSV as the API server returns it; the package is the install label's (or empty), the source "cluster".
OperatorCsv csvFromObject(const QJsonObject &object);
/// True for the copies OLM places in every namespace of an AllNamespaces install (label olm.copiedFrom).
bool isCopiedCsv(const QJsonObject &object);
OperatorSubscription subscriptionFromObject(const QJsonObject &object);

/// Gives each CSV the package of the Subscription that installed it (same namespace, installedCSV = its name).
void applySubscriptions(QList<OperatorCsv> &csvs, const QList<OperatorSubscription> &subscriptions);
/// The package a CSV name implies when nothing names it: "etcdoperator.v0.9.4" → "etcdoperator".
QString packageFromCsvName(const QString &csvName);
/// "group/version/Kind", the form CRD requirements and provided APIs are compared in.
QString gvk(const QString &group, const QString &version, const QString &kind);

} // namespace kirikae::olm
