#pragma once

#include <QStringList>

namespace kirikae::cli {

/// kirikae versions SNAPSHOT... [--today D] [--data DIR] [--format table|json]
int runVersions(const QStringList &args);

} // namespace kirikae::cli
