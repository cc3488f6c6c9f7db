#pragma once

#include <QStringList>

namespace kirikae::cli {

/// kirikae debt SNAPSHOT... [--format table|json]
int runDebt(const QStringList &args);

} // namespace kirikae::cli
