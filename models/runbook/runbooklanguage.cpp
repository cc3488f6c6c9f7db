#include "runbooklanguage.h"

namespace kirikae {

RunbookLanguage::RunbookLanguage(const QString &language)
    : m_code(language == u"ja" ? QStringLiteral("ja") : QStringLiteral("en"))
    , m_locale(m_code == u"ja" ? QLocale(QLocale::Japanese, QLocale::Japan)
                               : QLocale(QLocale::English, QLocale::UnitedStates))
    , m_translator(std::make_shared<QTranslator>())
{
    (void)m_translator->load(QStringLiteral(":/i18n/kirikae_") + m_code + QStringLiteral(".qm"));
}

QString RunbookLanguage::text(const char *source, int n) const
{
    QString text = m_translator->translate("Runbook", source, nullptr, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QStringLiteral("%n"), m_locale.toString(n));
    return text;
}

QString RunbookLanguage::date(QDate date) const
{
    if (!date.isValid())
        return text(QT_TRANSLATE_NOOP("Runbook", "unknown"));
    return m_locale.toString(date, m_code == u"ja" ? QStringLiteral("yyyy年M月d日") : QStringLiteral("MMMM d, yyyy"));
}

QString RunbookLanguage::dateTime(const QDateTime &time) const
{
    if (!time.isValid())
        return text(QT_TRANSLATE_NOOP("Runbook", "unknown"));
    const QDateTime utc = time.toUTC();
    return date(utc.date()) + u' ' + utc.toString(QStringLiteral("HH:mm")) + QStringLiteral(" UTC");
}

QString RunbookLanguage::money(double amount, const QString &currency) const
{
    return currency + u' ' + m_locale.toString(amount, 'f', 2);
}

} // namespace kirikae
