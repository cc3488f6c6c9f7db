#include "gui.h"

#include "commandline.h"
#include "core/languagemanager.h"
#include "mainwindow.h"
#include "output.h"
#include "screenshots.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QTimer>

namespace kirikae {

namespace {

void defineOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "Gui", "Kirikae plans Kubernetes upgrades across a fleet of clusters.\n\n"
               "Without a command it opens the window (on the bundled demo fleet when nothing else is given).\n"
               "Commands (run headless; see kirikae COMMAND --help):\n"
               "  addons SNAPSHOT... [--target 1.N]   add-ons and Helm charts that hold back the target\n"
               "  collect -o DIR         read clusters from kubeconfig contexts into snapshots (GET only)\n"
               "  debt SNAPSHOT...       upgrade debt per cluster and area, ranked, with its reasons\n"
               "  operators (SNAPSHOT | BUNDLE_DIR)...   the OLM dependency graph, resolved and ordered\n"
               "  plan SNAPSHOT... --target 1.N -o FILE   the upgrade runbook as PDF, HTML or Markdown (or --format json)\n"
               "  scan PATH... --target 1.N   deprecated and removed APIs in manifests and snapshots\n"
               "  versions SNAPSHOT...   where each cluster stands in the support window\n"
               "Exit codes: 0 fine, 1 runtime error, 2 usage error, 3 findings at or above --fail-on."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("demo"), QCoreApplication::translate("Gui", "Open the bundled demo workspace.")});
    parser.addOption({QStringLiteral("workspace"),
                      QCoreApplication::translate("Gui", "Open the workspace FILE, or the folder DIR as a workspace "
                                                         "(every snapshot under it)."),
                      QStringLiteral("FILE|DIR")});
    parser.addOption({QStringLiteral("lang"), QCoreApplication::translate("Gui", "User interface language: ja or en."),
                      QStringLiteral("LANG")});
    parser.addOption({QStringLiteral("screenshot"),
                      QCoreApplication::translate("Gui", "Render every page to DIR/<page>.png and exit."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("size"),
                      QCoreApplication::translate(
                          "Gui", "Window size, e.g. 1366x768; --screenshot renders at this size (default 1280x800)."),
                      QStringLiteral("WxH")});
    parser.addOption({QStringLiteral("today"),
                      QCoreApplication::translate("Gui", "Judge support windows on DATE instead of today."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("data"),
                      QCoreApplication::translate("Gui", "Read catalogs from DIR before the built-in ones."),
                      QStringLiteral("DIR")});
    parser.addPositionalArgument(
        QStringLiteral("SNAPSHOT"),
        QCoreApplication::translate("Gui", "Snapshot files, or folders of snapshots, to open."),
        QStringLiteral("[SNAPSHOT...]"));
}

// "1366x768" → QSize; invalid when malformed or smaller than a usable window.
QSize parseSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3,5})[xX](\\d{3,5})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    return size.width() >= 640 && size.height() >= 480 ? size : QSize();
}

int usageError(int &argc, char **argv, const QString &message)
{
    QCoreApplication app(argc, argv);
    cli::err() << QCoreApplication::translate("Gui", "kirikae: %1").arg(message) << Qt::endl
               << QCoreApplication::translate("Gui", "Try “kirikae --help”.") << Qt::endl;
    return cli::ExitUsage;
}

// The window's options, read and checked before any window exists.
struct GuiOptions
{
    QString lang; ///< empty: the saved choice, else the system's
    QDate today = QDate::currentDate();
    QSize size{1280, 800};
    QString screenshotDir;
};

// Reads the options; on a usage error returns nothing and says why.
std::optional<GuiOptions> readOptions(const QCommandLineParser &parser, QString *usage)
{
    GuiOptions o;
    o.lang = parser.value(QStringLiteral("lang"));
    if (parser.isSet(QStringLiteral("lang")) && !LanguageManager::availableLanguages().contains(o.lang)) {
        *usage = QCoreApplication::translate("Gui", "--lang “%1” is not ja or en.").arg(o.lang);
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("today"))) {
        o.today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!o.today.isValid()) {
            *usage = QCoreApplication::translate("Gui", "--today “%1” is not a date of the form YYYY-MM-DD.")
                         .arg(parser.value(QStringLiteral("today")));
            return std::nullopt;
        }
    }
    if (parser.isSet(QStringLiteral("size"))) {
        o.size = parseSize(parser.value(QStringLiteral("size")));
        if (!o.size.isValid()) {
            *usage = QCoreApplication::translate("Gui", "--size “%1” is not of the form WIDTHxHEIGHT, e.g. "
                                                        "1366x768 (at least 640x480).")
                         .arg(parser.value(QStringLiteral("size")));
            return std::nullopt;
        }
    }
    o.screenshotDir = parser.value(QStringLiteral("screenshot"));
    return o;
}

// The workspace to open: --workspace (a file or a folder), else the demo unless snapshots are named. A workspace
// that cannot be read leaves an empty one and the reason in openError.
Workspace chooseWorkspace(const QCommandLineParser &parser, QString *openError)
{
    const QString path = parser.value(QStringLiteral("workspace"));
    if (parser.isSet(QStringLiteral("workspace")) && QFileInfo(path).isDir())
        return Workspace::fromFolder(path);
    if (parser.isSet(QStringLiteral("workspace"))) {
        QString error;
        if (auto loaded = Workspace::read(path, &error))
            return *loaded;
        *openError = QCoreApplication::translate("Gui", "The workspace could not be opened: %1").arg(error);
        cli::err() << QCoreApplication::translate("Gui", "error: %1").arg(*openError) << Qt::endl;
        return Workspace{};
    }
    if (!parser.positionalArguments().isEmpty() && !parser.isSet(QStringLiteral("demo")))
        return Workspace{};
    return Workspace::demo();
}

// Once the fleet is loaded, renders every page to dir, prints the files and quits with exitCode.
void screenshotWhenLoaded(MainWindow &window, const QString &dir, const QSize &size, int &exitCode)
{
    QObject::connect(
        &window, &MainWindow::fleetLoaded, qApp,
        [&window, dir, &exitCode] {
            QString error;
            const QStringList files = savePageScreenshots(window, dir, &error);
            if (!error.isEmpty()) {
                cli::err() << QCoreApplication::translate("Gui", "error: %1").arg(error) << Qt::endl;
                exitCode = cli::ExitRuntimeError;
            }
            for (const QString &file : files)
                cli::out() << file << Qt::endl;
            QCoreApplication::exit(exitCode);
        },
        Qt::QueuedConnection);
    window.resize(size);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.show();
}

} // namespace

int runGui(int &argc, char **argv, const QStringList &args)
{
    QCommandLineParser parser;
    defineOptions(parser);
    if (!parser.parse(args))
        return usageError(argc, argv, parser.errorText());
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version"))) {
        QCoreApplication app(argc, argv);
        cli::out() << (parser.isSet(QStringLiteral("help"))
                           ? parser.helpText()
                           : QStringLiteral("kirikae %1\n").arg(QCoreApplication::applicationVersion()));
        cli::out().flush();
        return cli::ExitOk;
    }
    QString usage;
    const std::optional<GuiOptions> options = readOptions(parser, &usage);
    if (!options)
        return usageError(argc, argv, usage);
    if (!options->screenshotDir.isEmpty() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // screenshots need no display

    QApplication app(argc, argv);
    LanguageManager language;
    QSettings settings;
    language.setLanguage(!options->lang.isEmpty() ? options->lang
                                                  : settings.value(QStringLiteral("ui/language"),
                                                                   LanguageManager::systemLanguage())
                                                        .toString());

    QStringList warnings;
    Catalogs catalogs = Catalogs::load(parser.value(QStringLiteral("data")), &warnings);
    for (const QString &warning : std::as_const(warnings))
        cli::err() << QCoreApplication::translate("Gui", "warning: %1").arg(warning) << Qt::endl;

    QString openError;
    const Workspace workspace = chooseWorkspace(parser, &openError);
    if (!openError.isEmpty() && !options->screenshotDir.isEmpty())
        return cli::ExitRuntimeError;

    MainWindow window(std::move(catalogs), &language, options->today);
    int exitCode = cli::ExitOk;
    if (!options->screenshotDir.isEmpty()) {
        screenshotWhenLoaded(window, options->screenshotDir, options->size, exitCode);
    } else {
        if (parser.isSet(QStringLiteral("size")))
            window.resize(options->size);
        window.show();
        if (!openError.isEmpty())
            QTimer::singleShot(0, &window, [&window, openError] {
                QMessageBox::warning(&window, QCoreApplication::translate("Gui", "Open workspace"), openError);
            });
    }
    window.openWorkspace(workspace);
    if (!parser.positionalArguments().isEmpty())
        window.importSnapshots(parser.positionalArguments());
    return QApplication::exec();
}

} // namespace kirikae
