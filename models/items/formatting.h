#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace kirikae {

/// A date in the default locale with a four-digit year ("11/11/2025", "2025/11/11"): short but unambiguous.
QString formatDate(QDate date);
/// That format itself ("M/d/yyyy"), for a date editor.
QString dateFormat();
/// A time in the default locale, shown in local time, with a four-digit year.
QString formatDateTime(const QDateTime &time);
/// Where a component runs, as a snapshot records it ("Deployment coredns (2 replicas)"), with the replica count
/// worded in the interface's language; the kind and the name stay as they are.
QString formatPlace(const QString &where);

} // namespace kirikae
