#include "formatting.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

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

QString dateFormat()
{
    return fourDigitYear(QLocale().dateFormat(QLocale::ShortFormat));
}

QString formatDate(QDate date)
{
    return QLocale().toString(date, dateFormat());
}

QString formatDateTime(const QDateTime &time)
{
    const QLocale locale;
    return locale.toString(time.toLocalTime(), fourDigitYear(locale.dateTimeFormat(QLocale::ShortFormat)));
}

QString formatPlace(const QString &where)
{
    static const QRegularExpression replicas(QStringLiteral("^(.+) \\((\\d+) replicas?\\)$"));
    const QRegularExpressionMatch m = replicas.match(where);
    if (!m.hasMatch())
        return where;
    // A plain variable as the count: lupdate 6.4 never returns from a member call in that argument.
    const int count = m.captured(2).toInt();
    //: A workload and how many copies of it run: "Deployment coredns (2 replicas)"
    return QCoreApplication::translate("Formatting", "%1 (%n replica(s))", nullptr, count).arg(m.captured(1));
}

} // namespace kirikae
