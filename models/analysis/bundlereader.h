#pragma once

#include "analysis/operatorgraph.h"
#include "snapshot/clustersnapshot.h"
#include "snapshot/olmobjects.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kirikae::BundleReader {

/// What a folder of OLM bundles yielded: the CSVs that could be read and one message per file that could not.
struct Result
{
    QList<OperatorCsv> operators;
    QStringList errors;   ///< a CSV that could not be read: "FILE:LINE: what is wrong"
    QStringList warnings; ///< a metadata file that could not be read; its bundle was read without it
};

/**
 * Reads every bundle below root: a bundle is a folder holding manifests/NAME.clusterserviceversion.yaml and,
 * optionally, metadata/annotations.yaml (package), dependencies.yaml and properties.yaml. A broken
 * metadata file is reported and the bundle is still read without it.
 */
Result readFolder(const QString &root);

/// Reads one CSV document (YAML or JSON); throws YamlReadError naming the line.
OperatorCsv parseCsv(const QByteArray &data);

/**
 * Reads one manifest of a bundle: a CustomResourceDefinition gives its name, group, Kind and the versions it serves
 * (spec.versions[].served; spec.version for apiextensions v1beta1); any other kind gives nothing. Throws
 * YamlReadError naming the line.
 */
std::optional<CrdInfo> parseCrdManifest(const QByteArray &data);

/// Adds metadata/dependencies.yaml or properties.yaml entries to csv; throws YamlReadError.
void applyMetadata(OperatorCsv &csv, const QByteArray &data);

/// The package a CSV name implies when nothing names it (olm::packageFromCsvName, kept here for callers).
using olm::packageFromCsvName;

/// An installed cluster as a source of operators.
OperatorSource fromSnapshot(const ClusterSnapshot &snapshot);

/// Bundle folders read together as one catalog (cluster "bundles"): no source when they hold no bundle.
struct Catalog
{
    QList<OperatorSource> sources;
    QStringList errors;
    QStringList warnings;
};

/// Reads every folder's bundles; unreadable ones are reported, the rest read.
Catalog readCatalog(const QStringList &folders);

} // namespace kirikae::BundleReader
