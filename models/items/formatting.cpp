#include "formatting.h"

#include <QLocale>

namespace kirikae {

namespace {
// Locales' short formats often use two-digit years; a support calendar spans decades.
QString fourDigitYear(QString format)
{
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return format;
}
} // namespace

QString formatDate(QDate date)
{
    const QLocale locale;
    return locale.toString(date, fourDigitYear(locale.dateFormat(QLocale::ShortFormat)));
}

QString formatDateTime(const QDateTime &time)
{
    const QLocale locale;
    return locale.toString(time.toLocalTime(), fourDigitYear(locale.dateTimeFormat(QLocale::ShortFormat)));
}

} // namespace kirikae
