#pragma once

#include "core/catalogs.h"
#include "core/version.h"
#include "snapshot/clustersnapshot.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kirikae {

/**
 * A CRD whose status.storedVersions still holds a version that a Kubernetes minor or the operator's next release
 * stops serving. Objects stored at that version must be rewritten at a served one (storage version migration) and
 * the version taken out of status.storedVersions before that upgrade: otherwise the new CRD is refused, or the
 * objects can no longer be read.
 */
struct CrdStorageBlocker
{
    QString crd;             ///< "kafkas.kafka.strimzi.io"
    QString kind;            ///< "Kafka"
    QString storedVersion;   ///< "v1beta1"
    QString droppedBy;       ///< the operator release (CSV name) that no longer serves it, or the Kubernetes minor
    QString operatorPackage; ///< the operator that owns the CRD; empty for a built-in API
    QString operatorVersion; ///< the release that drops it ("1.1.0"); empty for a built-in API
    QStringList servedThere; ///< the versions that release serves
    QStringList servedNow;   ///< the versions the cluster's CRD serves today
    QString evidence;        ///< "crd-manifest" (the bundle's CRD), "csv-owned" (its CSV's owned list), "deprecated-apis"
    std::optional<MinorVersion> removedIn; ///< built-in APIs: the minor that stops serving it
};

/**
 * Stored versions the operators' next releases stop serving. bundles is a catalog of OLM bundles: for every CRD of
 * the snapshot owned by an installed operator, the first newer release of that package (by version) that still
 * ships the CRD but no longer serves a stored version drops it. The release's CRD manifest decides when the bundle
 * has one; otherwise its CSV's owned list. A CRD the new release no longer ships at all is not a storage question.
 */
QList<CrdStorageBlocker> crdsDroppedByOperators(const ClusterSnapshot &snapshot, const QList<OperatorCsv> &bundles);

/// Stored versions of CRDs in built-in API groups that the deprecated-API catalog says a minor up to target removes.
QList<CrdStorageBlocker> crdsDroppedByKubernetes(const ClusterSnapshot &snapshot, const Catalogs &catalogs,
                                                 MinorVersion target);

} // namespace kirikae
