#include "collectcommand.h"

#include "commandline.h"
#include "kube/collector.h"
#include "kube/execcredential.h"
#include "output.h"
#include "snapshot/snapshotfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>

namespace kirikae::cli {

int runCollect(const QStringList &args)
{
    const QStringList formats{QStringLiteral("table"), QStringLiteral("json")};
    QCommandLineParser parser;
    addCommonOptions(parser, formats);
    parser.addOption(
        {QStringLiteral("kubeconfig"),
         QCoreApplication::translate("CollectCommand", "Read FILE instead of $KUBECONFIG or ~/.kube/config."),
         QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("context"),
                      QCoreApplication::translate("CollectCommand", "Collect this context (repeatable; default: the "
                                                                    "current context)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("all-contexts"),
                      QCoreApplication::translate("CollectCommand", "Collect every context of the kubeconfig.")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QCoreApplication::translate("CollectCommand", "Write one snapshot per context into DIR."),
                      QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("timeout"),
         QCoreApplication::translate("CollectCommand", "Give up on a request after S seconds (default 30)."),
         QStringLiteral("S"), QStringLiteral("30")});
    parseOrThrow(parser, args, QStringLiteral("collect"));
    const CommonOptions options = commonOptions(parser, formats);
    if (!parser.positionalArguments().isEmpty())
        throw UsageError{QCoreApplication::translate("CollectCommand", "unexpected argument “%1”.")
                             .arg(parser.positionalArguments().constFirst())};
    const QString outputDir = parser.value(QStringLiteral("output"));
    if (outputDir.isEmpty())
        throw UsageError{QCoreApplication::translate("CollectCommand", "name the output folder with -o DIR.")};
    bool timeoutOk = false;
    const double timeout = parser.value(QStringLiteral("timeout")).toDouble(&timeoutOk);
    if (!timeoutOk || timeout <= 0 || timeout > 3600)
        throw UsageError{QCoreApplication::translate("CollectCommand", "--timeout “%1” is not a number of seconds.")
                             .arg(parser.value(QStringLiteral("timeout")))};
    if (parser.isSet(QStringLiteral("all-contexts")) && parser.isSet(QStringLiteral("context")))
        throw UsageError{QCoreApplication::translate("CollectCommand", "use --context or --all-contexts, not both.")};

    const QStringList files = parser.isSet(QStringLiteral("kubeconfig"))
                                  ? QStringList{parser.value(QStringLiteral("kubeconfig"))}
                                  : KubeConfig::defaultFiles();
    QString error;
    const auto config = KubeConfig::load(files, &error);
    if (!config) {
        err() << QCoreApplication::translate("CollectCommand", "error: %1").arg(error) << Qt::endl;
        return ExitRuntimeError;
    }
    for (const QString &warning : config->warnings())
        err() << QCoreApplication::translate("CollectCommand", "warning: %1").arg(warning) << Qt::endl;

    QStringList contexts = parser.values(QStringLiteral("context"));
    if (parser.isSet(QStringLiteral("all-contexts")))
        contexts = config->contextNames();
    else if (contexts.isEmpty() && !config->currentContext().isEmpty())
        contexts << config->currentContext();
    if (contexts.isEmpty())
        throw UsageError{QCoreApplication::translate("CollectCommand",
                                                     "%1 has no context to collect: name one with --context, or use "
                                                     "--all-contexts on a kubeconfig that has contexts.")
                             .arg(files.join(QStringLiteral(", ")))};
    if (!QDir().mkpath(outputDir)) {
        err() << QCoreApplication::translate("CollectCommand", "error: %1 cannot be created.")
                     .arg(QDir::toNativeSeparators(outputDir))
              << Qt::endl;
        return ExitRuntimeError;
    }

    ClientOptions clientOptions;
    clientOptions.requestTimeoutMs = int(timeout * 1000);
    clientOptions.connectTimeoutMs = std::min(clientOptions.requestTimeoutMs, 10000);
    ExecCredentialProvider credentials;
    QMutex printLock;
    const bool table = options.format == u"table";
    const QList<CollectResult> results =
        collectContexts(*config, contexts, clientOptions, &credentials, [&](int, const CollectResult &r) {
            if (!table)
                return;
            const QMutexLocker lock(&printLock);
            err() << QCoreApplication::translate("CollectCommand", "%1: %2").arg(r.context, collectStatusKey(r.status))
                  << Qt::endl;
        });

    bool allFine = true;
    QJsonArray summary;
    QList<QStringList> rows;
    for (const CollectResult &r : results) {
        QString file;
        QString message = r.message;
        CollectStatus status = r.status;
        if (r.hasSnapshot()) {
            file = QDir(outputDir).filePath(SnapshotFile::fileNameForContext(r.context));
            QString writeError;
            if (!SnapshotFile::write(r.snapshot, file, &writeError)) {
                status = CollectStatus::Error;
                message = writeError;
                file.clear();
            }
        }
        if (r.insecure)
            err() << QCoreApplication::translate("CollectCommand", "warning: %1: insecure-skip-tls-verify is set; the "
                                                                   "server's identity was not checked.")
                         .arg(r.context)
                  << Qt::endl;
        allFine = allFine && (status == CollectStatus::Ok || status == CollectStatus::Partial);
        QJsonObject entry{{QStringLiteral("context"), r.context},
                          {QStringLiteral("status"), collectStatusKey(status)},
                          {QStringLiteral("message"), message},
                          {QStringLiteral("file"), file.isEmpty() ? QJsonValue() : QJsonValue(file)},
                          {QStringLiteral("insecure"), r.insecure}};
        if (r.hasSnapshot()) {
            QJsonArray parts;
            for (const CollectionError &e : r.snapshot.errors)
                parts << QJsonObject{{QStringLiteral("part"), e.part}, {QStringLiteral("message"), e.message}};
            entry.insert(QStringLiteral("notCollected"), parts);
        }
        summary << entry;
        rows << QStringList{r.context, collectStatusKey(status), file.isEmpty() ? QStringLiteral("-") : file,
                            QString(message).replace(u'\n', u' ')};
    }
    if (table) {
        printTable({QCoreApplication::translate("CollectCommand", "CONTEXT"),
                    QCoreApplication::translate("CollectCommand", "STATUS"),
                    QCoreApplication::translate("CollectCommand", "FILE"),
                    QCoreApplication::translate("CollectCommand", "MESSAGE")},
                   rows);
    } else {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("contexts"), summary}}));
    }
    return allFine ? ExitOk : ExitRuntimeError;
}

} // namespace kirikae::cli
