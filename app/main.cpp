#include "commandline.h"
#include "core/languagemanager.h"
#include "gui.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Kirikae"));
    QCoreApplication::setApplicationName(QStringLiteral("Kirikae"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KIRIKAE_VERSION));

    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    // A mistyped command must not fall through to the window: without a display that would hang or abort.
    if (args.size() > 1 && kirikae::cli::isCommandWord(args.at(1))) {
        // A runbook lays out text with fonts, which needs a GUI application, though never a display.
        std::unique_ptr<QCoreApplication> app;
        if (args.at(1) == u"plan") {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        // Command output is for scripts and logs: always English, whatever the desktop's language.
        kirikae::LanguageManager language;
        language.setLanguage(QStringLiteral("en"));
        return kirikae::cli::runCommand(args.at(1), args.mid(2));
    }
    return kirikae::runGui(argc, argv, args);
}
