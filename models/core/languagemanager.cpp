#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace kirikae {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

QStringList LanguageManager::availableLanguages()
{
    return {QStringLiteral("ja"), QStringLiteral("en")};
}

QString LanguageManager::systemLanguage()
{
    return QLocale::system().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

bool LanguageManager::setLanguage(const QString &language)
{
    if (!availableLanguages().contains(language))
        return false;
    if (language == m_language)
        return true;

    QCoreApplication::removeTranslator(&m_qtTranslator);
    QCoreApplication::removeTranslator(&m_appTranslator);

    const QLocale locale = language == u"ja" ? QLocale(QLocale::Japanese, QLocale::Japan)
                                             : QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);
    // Qt's own strings (dialog buttons) where the qttranslations package is installed; optional.
    if (m_qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    const bool loaded = m_appTranslator.load(QStringLiteral(":/i18n/kirikae_") + language + QStringLiteral(".qm"));
    Q_ASSERT_X(loaded, "LanguageManager", "the built-in translation is missing");
    if (loaded)
        QCoreApplication::installTranslator(&m_appTranslator);

    m_language = language;
    Q_EMIT languageChanged(language);
    return true;
}

} // namespace kirikae
