#pragma once

#include "clustersnapshot.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace kirikae {

/**
 * Snapshot files: YAML with a schema version (key kirikaeSnapshot). Reading is strict about types and names
 * the file, line and problem; a file from a newer schema is refused rather than half-read.
 */
namespace SnapshotFile {

constexpr int schemaVersion = 1;

std::optional<ClusterSnapshot> fromYaml(const QByteArray &data, const QString &source, QString *error);
QByteArray toYaml(const ClusterSnapshot &snapshot);

/// Reads path; error is "FILE:LINE: problem" or "FILE: problem".
std::optional<ClusterSnapshot> read(const QString &path, QString *error);
/// The file name for a context's snapshot: characters outside [A-Za-z0-9._-] become '_'.
QString fileNameForContext(const QString &context);

/// Writes atomically: the previous file stays intact unless the new one is complete.
bool write(const ClusterSnapshot &snapshot, const QString &path, QString *error);

} // namespace SnapshotFile
} // namespace kirikae
