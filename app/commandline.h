#pragma once

#include "core/catalogs.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace kirikae::cli {

/// Exit codes of every command (DESIGN.md): 0 fine, 1 runtime error, 2 usage error, 3 findings at --fail-on.
enum ExitCode { ExitOk = 0, ExitRuntimeError = 1, ExitUsage = 2, ExitFindings = 3 };

/// Thrown by option parsing; main() prints it with a hint and exits 2.
struct UsageError
{
    QString message;
};

/// Thrown after --help has been printed: the command ends with exit code 0.
struct HelpShown
{
};

/// Options shared by the commands: --today, --data, --format.
struct CommonOptions
{
    QDate today;
    QString dataDir;
    QString format; ///< "table", "json", …
    Catalogs catalogs;
};

/// Adds --today, --data and --format (with the given formats, the first being the default) to parser.
void addCommonOptions(QCommandLineParser &parser, const QStringList &formats);
/// Parses args (without the program and the command) or throws UsageError; --help prints and throws HelpShown.
void parseOrThrow(QCommandLineParser &parser, const QStringList &args, const QString &command);
/// Reads the common options after parsing; loads the catalogs and prints their warnings to stderr.
CommonOptions commonOptions(const QCommandLineParser &parser, const QStringList &formats);

/// The minor an option names ("--target 1.34"); nothing when it is not given; throws UsageError when it is not a minor.
std::optional<MinorVersion> minorOption(const QCommandLineParser &parser, const QString &name);

/// Loads the SNAPSHOT arguments, files or folders (throws UsageError when there are none), and prints each
/// unreadable file and each note (files skipped in folders, clusters renamed apart) on stderr.
LoadedFleet loadSnapshotArguments(const QCommandLineParser &parser);

/// The commands kirikae knows: "versions", …
QStringList commandNames();
/// True when the first argument is meant as a command: a known one, or a word that is neither an option nor an
/// existing file or folder (a snapshot for the window), which runCommand() then reports as unknown.
bool isCommandWord(const QString &word);
/// Runs a command with its arguments (without the program and the command); returns the exit code. An unknown
/// command prints the commands there are and exits 2.
int runCommand(const QString &command, const QStringList &args);

} // namespace kirikae::cli
