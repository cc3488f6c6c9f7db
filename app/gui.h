#pragma once

#include <QStringList>

namespace kirikae {

/// Runs the window (or, with --screenshot, renders its pages and exits). args are the program's arguments.
int runGui(int &argc, char **argv, const QStringList &args);

} // namespace kirikae
