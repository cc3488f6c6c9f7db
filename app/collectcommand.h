#pragma once

#include <QStringList>

namespace kirikae::cli {

/// kirikae collect [--kubeconfig FILE] (--context NAME)... | --all-contexts -o DIR [--timeout S] [--format table|json]
int runCollect(const QStringList &args);

/// The file name a context's snapshot is written to: characters outside [A-Za-z0-9._-] become '_'.
QString snapshotFileName(const QString &context);

} // namespace kirikae::cli
