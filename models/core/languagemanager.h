#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace kirikae {

/**
 * Swaps the application's translators at run time. Installing a translator makes Qt send
 * QEvent::LanguageChange to every widget, which re-translates itself; languageChanged() is for models.
 */
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    explicit LanguageManager(QObject *parent = nullptr);

    /// "ja" or "en".
    static QStringList availableLanguages();
    /// The language of the system locale if Kirikae has it, else English.
    static QString systemLanguage();

    QString language() const { return m_language; }
    /// Installs the translators for language ("ja" or "en") and sets the default locale; false if unknown.
    bool setLanguage(const QString &language);

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    QString m_language;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
};

} // namespace kirikae
