#pragma once

#include "analysis/operatorgraph.h"
#include "core/releasecalendar.h"

#include <QColor>

namespace kirikae {

/// The colours every view uses for a support status: a soft background and a strong foreground.
QColor statusBackground(SupportStatus status);
QColor statusForeground(SupportStatus status);

/// The fill of an operator's box in the graph, by its status.
QColor operatorStatusColor(OperatorStatus status);

} // namespace kirikae
