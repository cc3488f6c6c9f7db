#include "commandline.h"
#include "core/languagemanager.h"
#include "gui.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Kirikae"));
    QCoreApplication::setApplicationName(QStringLiteral("Kirikae"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KIRIKAE_VERSION));

    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    if (args.size() > 1 && kirikae::cli::commandNames().contains(args.at(1))) {
        QCoreApplication app(argc, argv);
        // Command output is for scripts and logs: always English, whatever the desktop's language.
        kirikae::LanguageManager language;
        language.setLanguage(QStringLiteral("en"));
        return kirikae::cli::runCommand(args.at(1), args.mid(2));
    }
    return kirikae::runGui(argc, argv, args);
}
