#pragma once

#include <QStringList>

namespace kirikae::cli {

/// kirikae addons SNAPSHOT... [--target 1.N] [--today D] [--data DIR] [--format table|json]
int runAddons(const QStringList &args);

} // namespace kirikae::cli
