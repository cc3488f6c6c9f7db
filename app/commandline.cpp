#include "commandline.h"

#include "addonscommand.h"
#include "collectcommand.h"
#include "debtcommand.h"
#include "operatorscommand.h"
#include "output.h"
#include "plancommand.h"
#include "scancommand.h"
#include "versionscommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace kirikae::cli {

QStringList commandNames()
{
    return {QStringLiteral("addons"), QStringLiteral("collect"), QStringLiteral("debt"),    QStringLiteral("operators"),
            QStringLiteral("plan"),   QStringLiteral("scan"),    QStringLiteral("versions")};
}

bool isCommandWord(const QString &word)
{
    return commandNames().contains(word) || (!word.startsWith(u'-') && !QFileInfo::exists(word));
}

void addCommonOptions(QCommandLineParser &parser, const QStringList &formats)
{
    parser.addHelpOption();
    parser.addOption({QStringLiteral("today"),
                      QCoreApplication::translate("CommandLine", "Judge support windows on DATE instead of today."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("data"),
                      QCoreApplication::translate("CommandLine", "Read catalogs from DIR before the built-in ones."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("format"),
                      QCoreApplication::translate("CommandLine", "Output format: %1 (default %2).")
                          .arg(formats.join(QStringLiteral(", ")), formats.constFirst()),
                      QStringLiteral("FORMAT"), formats.constFirst()});
}

void parseOrThrow(QCommandLineParser &parser, const QStringList &args, const QString &command)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "kirikae %1: see kirikae --help for all commands.").arg(command));
    if (!parser.parse(QStringList{QStringLiteral("kirikae ") + command} + args))
        throw UsageError{parser.errorText()};
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        throw HelpShown{};
    }
}

std::optional<MinorVersion> minorOption(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name))
        return std::nullopt;
    const auto minor = MinorVersion::parse(parser.value(name));
    if (!minor)
        throw UsageError{QCoreApplication::translate("CommandLine", "--%1: “%2” is not a minor such as 1.34.")
                             .arg(name, parser.value(name))};
    return minor;
}

CommonOptions commonOptions(const QCommandLineParser &parser, const QStringList &formats)
{
    CommonOptions options;
    options.today = QDate::currentDate();
    if (parser.isSet(QStringLiteral("today"))) {
        const QString text = parser.value(QStringLiteral("today"));
        options.today = QDate::fromString(text, Qt::ISODate);
        if (!options.today.isValid())
            throw UsageError{
                QCoreApplication::translate("CommandLine", "--today “%1” is not a date of the form YYYY-MM-DD.")
                    .arg(text)};
    }
    options.format = parser.value(QStringLiteral("format"));
    if (!formats.contains(options.format))
        throw UsageError{QCoreApplication::translate("CommandLine", "--format “%1” is not one of: %2.")
                             .arg(options.format, formats.join(QStringLiteral(", ")))};
    options.dataDir = parser.value(QStringLiteral("data"));
    if (!options.dataDir.isEmpty() && !QFileInfo(options.dataDir).isDir())
        throw UsageError{QCoreApplication::translate("CommandLine", "--data “%1” is not a folder.")
                             .arg(QDir::toNativeSeparators(options.dataDir))};
    QStringList warnings;
    options.catalogs = Catalogs::load(options.dataDir, &warnings);
    for (const QString &warning : std::as_const(warnings))
        err() << QCoreApplication::translate("CommandLine", "warning: %1").arg(warning) << Qt::endl;
    return options;
}

LoadedFleet loadSnapshotArguments(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().isEmpty())
        throw UsageError{QCoreApplication::translate("CommandLine", "name at least one snapshot file.")};
    LoadedFleet fleet = loadSnapshots(parser.positionalArguments());
    for (const QString &error : std::as_const(fleet.errors))
        err() << QCoreApplication::translate("CommandLine", "error: %1").arg(error) << Qt::endl;
    for (const QString &note : std::as_const(fleet.notes))
        err() << QCoreApplication::translate("CommandLine", "note: %1").arg(note) << Qt::endl;
    return fleet;
}

int runCommand(const QString &command, const QStringList &args)
{
    try {
        if (command == u"versions")
            return runVersions(args);
        if (command == u"collect")
            return runCollect(args);
        if (command == u"scan")
            return runScan(args);
        if (command == u"debt")
            return runDebt(args);
        if (command == u"operators")
            return runOperators(args);
        if (command == u"plan")
            return runPlan(args);
        if (command == u"addons")
            return runAddons(args);
    } catch (const HelpShown &) {
        return ExitOk;
    } catch (const UsageError &e) {
        err() << QCoreApplication::translate("CommandLine", "kirikae %1: %2").arg(command, e.message) << Qt::endl
              << QCoreApplication::translate("CommandLine", "Try “kirikae %1 --help”.").arg(command) << Qt::endl;
        return ExitUsage;
    }
    // Not a command, and no file for the window either (see isCommandWord).
    err() << QCoreApplication::translate("CommandLine", "kirikae: unknown command: %1 (not a file or folder either)")
                 .arg(command)
          << Qt::endl
          << QCoreApplication::translate("CommandLine", "Commands: %1.").arg(commandNames().join(QStringLiteral(", ")))
          << Qt::endl
          << QCoreApplication::translate("CommandLine", "Try “kirikae --help”.") << Qt::endl;
    return ExitUsage;
}

} // namespace kirikae::cli
