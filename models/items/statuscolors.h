#pragma once

#include "core/releasecalendar.h"

#include <QColor>

namespace kirikae {

/// The colours every view uses for a support status: a soft background and a strong foreground.
QColor statusBackground(SupportStatus status);
QColor statusForeground(SupportStatus status);

} // namespace kirikae
