#pragma once

#include <QStringList>

namespace kirikae::cli {

/// kirikae scan PATH... --target 1.N [--format table|json] [--fail-on removed|deprecated]
int runScan(const QStringList &args);

} // namespace kirikae::cli
