#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace kirikae {

/// A date in the default locale with a four-digit year ("11/11/2025", "2025/11/11"): short but unambiguous.
QString formatDate(QDate date);
/// A time in the default locale, shown in local time, with a four-digit year.
QString formatDateTime(const QDateTime &time);

} // namespace kirikae
