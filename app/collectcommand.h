#pragma once

#include <QStringList>

namespace kirikae::cli {

/// kirikae collect [--kubeconfig FILE] (--context NAME)... | --all-contexts -o DIR [--timeout S] [--format table|json]
int runCollect(const QStringList &args);

} // namespace kirikae::cli
