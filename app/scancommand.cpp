#include "scancommand.h"

#include "analysis/manifestscanner.h"
#include "commandline.h"
#include "output.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace kirikae::cli {

namespace {

QJsonObject findingJson(const ApiFinding &f)
{
    const auto orNull = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    return {{QStringLiteral("file"), f.file},
            {QStringLiteral("line"), f.line > 0 ? QJsonValue(f.line) : QJsonValue()},
            {QStringLiteral("origin"), orNull(f.origin)},
            {QStringLiteral("evidence"), f.evidence},
            {QStringLiteral("confidence"), f.confidence},
            {QStringLiteral("apiVersion"), f.apiVersion},
            {QStringLiteral("kind"), f.kind},
            {QStringLiteral("name"), orNull(f.name)},
            {QStringLiteral("namespace"), orNull(f.namespaceName)},
            {QStringLiteral("deprecatedIn"),
             f.api.deprecatedIn ? QJsonValue(f.api.deprecatedIn->toString()) : QJsonValue()},
            {QStringLiteral("removedIn"), f.api.removedIn.toString()},
            {QStringLiteral("replacement"), orNull(f.api.replacement)},
            {QStringLiteral("note"), orNull(f.api.note)},
            {QStringLiteral("status"), apiStatusKey(f.status)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(f.warnings)}};
}

/// Errors and warnings to stderr: a warning does not change the exit code, the finding it belongs to stands.
void printDiagnostics(const ScanResult &result)
{
    for (const ScanError &e : std::as_const(result.errors))
        err() << QCoreApplication::translate("ScanCommand", "error: %1")
                     .arg(e.line > 0 ? QStringLiteral("%1:%2: %3").arg(e.file).arg(e.line).arg(e.message)
                                     : QStringLiteral("%1: %2").arg(e.file, e.message))
              << Qt::endl;
    for (const ApiFinding &f : std::as_const(result.findings)) {
        for (const QString &warning : f.warnings)
            err() << QCoreApplication::translate("ScanCommand", "warning: %1")
                         .arg(f.line > 0 ? QStringLiteral("%1:%2: %3 %4: %5")
                                               .arg(f.file)
                                               .arg(f.line)
                                               .arg(f.apiVersion, f.kind, warning)
                                         : QStringLiteral("%1: %2 %3: %4").arg(f.file, f.apiVersion, f.kind, warning))
                  << Qt::endl;
    }
}

void printScanJson(const ScanResult &result, MinorVersion target)
{
    QJsonArray findings;
    for (const ApiFinding &f : std::as_const(result.findings))
        findings << findingJson(f);
    QJsonArray errors;
    for (const ScanError &e : std::as_const(result.errors))
        errors << QJsonObject{{QStringLiteral("file"), e.file},
                              {QStringLiteral("line"), e.line > 0 ? QJsonValue(e.line) : QJsonValue()},
                              {QStringLiteral("message"), e.message}};
    printJson(QJsonDocument(QJsonObject{{QStringLiteral("target"), target.toString()},
                                        {QStringLiteral("files"), result.files},
                                        {QStringLiteral("documents"), result.documents},
                                        {QStringLiteral("skipped"), result.skipped},
                                        {QStringLiteral("findings"), findings},
                                        {QStringLiteral("errors"), errors}}));
}

void printScanTable(const ScanResult &result, MinorVersion target)
{
    QList<QStringList> rows;
    for (const ApiFinding &f : std::as_const(result.findings)) {
        const QString where = f.line > 0 ? QStringLiteral("%1:%2").arg(f.file).arg(f.line) : f.file;
        //: An object whose name is not known (no metadata, or an unrendered template)
        const QString name = f.name.isEmpty() ? QCoreApplication::translate("ScanCommand", "(unnamed)") : f.name;
        rows << QStringList{apiStatusKey(f.status).toUpper(),
                            f.kind + u' ' + (f.namespaceName.isEmpty() ? name : f.namespaceName + u'/' + name),
                            f.apiVersion,
                            f.api.replacement.isEmpty() ? QStringLiteral("-") : f.api.replacement,
                            f.api.removedIn.toString(),
                            where};
    }
    printTable(
        {QCoreApplication::translate("ScanCommand", "STATUS"), QCoreApplication::translate("ScanCommand", "OBJECT"),
         QCoreApplication::translate("ScanCommand", "API VERSION"),
         QCoreApplication::translate("ScanCommand", "REPLACEMENT"),
         QCoreApplication::translate("ScanCommand", "REMOVED IN"), QCoreApplication::translate("ScanCommand", "WHERE")},
        rows);
    out() << QCoreApplication::translate("ScanCommand", "%n finding(s)", nullptr, int(result.findings.size()))
          << QCoreApplication::translate("ScanCommand", " in %n document(s)", nullptr, result.documents)
          << (result.skipped > 0 ? QCoreApplication::translate("ScanCommand", " (%n skipped: not Kubernetes objects)",
                                                               nullptr, result.skipped)
                                 : QString())
          << QCoreApplication::translate("ScanCommand", " of %n file(s), judged against Kubernetes %1.", nullptr,
                                         result.files)
                 .arg(target.toString())
          << Qt::endl;
}

} // namespace

int runScan(const QStringList &args)
{
    const QStringList formats{QStringLiteral("table"), QStringLiteral("json")};
    QCommandLineParser parser;
    addCommonOptions(parser, formats);
    parser.addOption({QStringLiteral("target"),
                      QCoreApplication::translate("ScanCommand", "The Kubernetes release to judge against, e.g. 1.25."),
                      QStringLiteral("1.N")});
    parser.addOption({QStringLiteral("fail-on"),
                      QCoreApplication::translate("ScanCommand", "Exit 3 when a finding is at least this serious: "
                                                                 "removed or deprecated."),
                      QStringLiteral("LEVEL")});
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QCoreApplication::translate("ScanCommand",
                                                             "Manifest files or folders, `helm template` "
                                                             "output, or Kirikae snapshots."),
                                 QStringLiteral("PATH..."));
    parseOrThrow(parser, args, QStringLiteral("scan"));
    const CommonOptions options = commonOptions(parser, formats);
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        throw UsageError{QCoreApplication::translate("ScanCommand", "name at least one file or folder to scan.")};
    if (!parser.isSet(QStringLiteral("target")))
        throw UsageError{QCoreApplication::translate("ScanCommand", "say which release to judge against with --target "
                                                                    "1.N.")};
    const QString targetText = parser.value(QStringLiteral("target"));
    const auto target = MinorVersion::parse(targetText);
    if (!target || target->major != 1)
        throw UsageError{
            QCoreApplication::translate("ScanCommand", "--target “%1” is not a release such as 1.29.").arg(targetText)};
    const QString failOn = parser.value(QStringLiteral("fail-on"));
    if (!failOn.isEmpty() && failOn != u"removed" && failOn != u"deprecated")
        throw UsageError{
            QCoreApplication::translate("ScanCommand", "--fail-on “%1” is not removed or deprecated.").arg(failOn)};

    ManifestScanner scanner(options.catalogs.deprecatedApis, *target);
    ScanResult result;
    for (const QString &path : paths)
        scanner.scanPath(path, result);

    bool failed = false;
    for (const ApiFinding &f : std::as_const(result.findings))
        failed |= (failOn == u"removed" && f.status == ApiStatus::Removed) || failOn == u"deprecated";
    printDiagnostics(result);
    if (options.format == u"json")
        printScanJson(result, *target);
    else
        printScanTable(result, *target);
    if (failed)
        return ExitFindings;
    return result.errors.isEmpty() ? ExitOk : ExitRuntimeError;
}

} // namespace kirikae::cli
