#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>

namespace kirikae {

/**
 * The language of one runbook, independent of the interface's: its own translator (never installed on the
 * application) and locale. Texts are marked with QT_TRANSLATE_NOOP("Runbook", …) so lupdate finds them.
 */
class RunbookLanguage
{
public:
    /// "ja" or "en"; anything else falls back to English.
    explicit RunbookLanguage(const QString &language);

    QString code() const { return m_code; }
    /// The text in this language; %n is replaced by n when n >= 0.
    QString text(const char *source, int n = -1) const;
    QString date(QDate date) const;
    QString dateTime(const QDateTime &time) const;
    /// An amount of money in the locale's digits: "USD 438.00".
    QString money(double amount, const QString &currency) const;

private:
    QString m_code;
    QLocale m_locale;
    std::shared_ptr<QTranslator> m_translator;
};

} // namespace kirikae
