#pragma once

#include <QStringList>

namespace kirikae::cli {

/// kirikae plan SNAPSHOT... --target 1.N [--strategy in-place|blue-green] [--to-snapshot NEW] [--lang ja|en]
///              [--workspace FILE] -o FILE.pdf|.html|.md
int runPlan(const QStringList &args);

} // namespace kirikae::cli
