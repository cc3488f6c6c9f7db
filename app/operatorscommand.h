#pragma once

#include <QStringList>

namespace kirikae::cli {

/// kirikae operators (SNAPSHOT | BUNDLE_DIR)... [--target 1.N] [--format table|json|dot]
int runOperators(const QStringList &args);

} // namespace kirikae::cli
