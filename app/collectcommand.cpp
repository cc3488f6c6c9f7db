#include "collectcommand.h"

#include "commandline.h"
#include "kube/collector.h"
#include "kube/execcredential.h"
#include "output.h"
#include "snapshot/snapshotfile.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>

namespace kirikae::cli {

namespace {

QString say(const char *text)
{
    return QCoreApplication::translate("CollectCommand", text);
}

/// One thread and at most one snapshot in memory per cluster read at once: more than this only exhausts the host.
constexpr int maxParallel = 256;

/// What the command line asks for, checked.
struct CollectRequest
{
    CommonOptions options;
    QStringList kubeconfigFiles;
    QString kubeconfig; ///< the --kubeconfig given, or empty for the defaults
    QStringList contexts;
    bool allContexts = false;
    QString outputDir;
    QString workspace; ///< --workspace FILE, or empty
    double timeout = 30;
    int parallel = defaultParallelClusters;
};

/// One context after its snapshot was written (or not): all the summary needs, without the snapshot itself.
struct WrittenContext
{
    QString context;
    CollectStatus status = CollectStatus::Error;
    QString message;
    QString file; ///< empty when there is no snapshot
    bool insecure = false;
    std::optional<QList<CollectionError>> notCollected; ///< set when there was a snapshot
};

CollectRequest parseRequest(const QStringList &args)
{
    const QStringList formats{QStringLiteral("table"), QStringLiteral("json")};
    QCommandLineParser parser;
    addCommonOptions(parser, formats);
    parser.addOption({QStringLiteral("kubeconfig"),
                      say(QT_TRANSLATE_NOOP("CollectCommand", "Read FILE instead of $KUBECONFIG or ~/.kube/config.")),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("context"),
                      say(QT_TRANSLATE_NOOP("CollectCommand", "Collect this context (repeatable; default: the "
                                                              "current context).")),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("all-contexts"),
                      say(QT_TRANSLATE_NOOP("CollectCommand", "Collect every context of the kubeconfig."))});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      say(QT_TRANSLATE_NOOP("CollectCommand", "Write one snapshot per context into DIR.")),
                      QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("workspace"),
         say(QT_TRANSLATE_NOOP("CollectCommand", "Add the snapshots and their contexts to the workspace FILE (created "
                                                 "when missing; a context collected again replaces its snapshot).")),
         QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("timeout"),
                      say(QT_TRANSLATE_NOOP("CollectCommand", "Give up on a request after S seconds (default 30).")),
                      QStringLiteral("S"), QStringLiteral("30")});
    parser.addOption({QStringLiteral("parallel"),
                      say(QT_TRANSLATE_NOOP("CollectCommand", "Read at most N clusters at once (default %1)."))
                          .arg(defaultParallelClusters),
                      QStringLiteral("N"), QString::number(defaultParallelClusters)});
    parseOrThrow(parser, args, QStringLiteral("collect"));

    CollectRequest request;
    request.options = commonOptions(parser, formats);
    if (!parser.positionalArguments().isEmpty())
        throw UsageError{say(QT_TRANSLATE_NOOP("CollectCommand", "unexpected argument “%1”."))
                             .arg(parser.positionalArguments().constFirst())};
    request.outputDir = parser.value(QStringLiteral("output"));
    if (request.outputDir.isEmpty())
        throw UsageError{say(QT_TRANSLATE_NOOP("CollectCommand", "name the output folder with -o DIR."))};
    bool timeoutOk = false;
    request.timeout = parser.value(QStringLiteral("timeout")).toDouble(&timeoutOk);
    if (!timeoutOk || request.timeout <= 0 || request.timeout > 3600)
        throw UsageError{say(QT_TRANSLATE_NOOP("CollectCommand", "--timeout “%1” is not a number of seconds."))
                             .arg(parser.value(QStringLiteral("timeout")))};
    bool parallelOk = false;
    request.parallel = parser.value(QStringLiteral("parallel")).toInt(&parallelOk);
    if (!parallelOk || request.parallel < 1 || request.parallel > maxParallel)
        throw UsageError{say(QT_TRANSLATE_NOOP("CollectCommand", "--parallel “%1” is not a number from 1 to %2."))
                             .arg(parser.value(QStringLiteral("parallel")))
                             .arg(maxParallel)};
    request.allContexts = parser.isSet(QStringLiteral("all-contexts"));
    request.contexts = parser.values(QStringLiteral("context"));
    if (request.allContexts && parser.isSet(QStringLiteral("context")))
        throw UsageError{say(QT_TRANSLATE_NOOP("CollectCommand", "use --context or --all-contexts, not both."))};
    request.kubeconfig = parser.value(QStringLiteral("kubeconfig"));
    request.kubeconfigFiles =
        request.kubeconfig.isEmpty() ? KubeConfig::defaultFiles() : QStringList{request.kubeconfig};
    request.workspace = parser.value(QStringLiteral("workspace"));
    return request;
}

/// The contexts named, every context, or the current one; throws UsageError when that is none.
QStringList chooseContexts(const CollectRequest &request, const KubeConfig &config)
{
    QStringList contexts = request.contexts;
    if (request.allContexts)
        contexts = config.contextNames();
    else if (contexts.isEmpty() && !config.currentContext().isEmpty())
        contexts << config.currentContext();
    if (contexts.isEmpty())
        throw UsageError{
            say(QT_TRANSLATE_NOOP("CollectCommand", "%1 has no context to collect: name one with --context, or use "
                                                    "--all-contexts on a kubeconfig that has contexts."))
                .arg(request.kubeconfigFiles.join(QStringLiteral(", ")))};
    return contexts;
}

/// The workspace to add the snapshots to: read when the file exists, a new one named after the file otherwise.
/// Read before collecting, so a broken workspace fails the command before any cluster is asked.
std::optional<Workspace> openWorkspace(const QString &path, QString *error)
{
    if (QFileInfo::exists(path))
        return Workspace::read(path, error);
    Workspace workspace;
    workspace.name = QFileInfo(path).completeBaseName();
    return workspace;
}

/// Writes a collected snapshot into outputDir and keeps only what the summary needs; a snapshot that cannot be
/// written turns its context into an error.
WrittenContext writeResult(const CollectResult &r, const QString &outputDir)
{
    WrittenContext w{r.context, r.status, r.message, {}, r.insecure, std::nullopt};
    if (!r.hasSnapshot())
        return w;
    w.notCollected = r.snapshot.errors;
    w.file = QDir(outputDir).filePath(SnapshotFile::fileNameForContext(r.context));
    QString writeError;
    if (!SnapshotFile::write(r.snapshot, w.file, &writeError)) {
        w.status = CollectStatus::Error;
        w.message = writeError;
        w.file.clear();
    }
    return w;
}

/// Collects the contexts, request.parallel at a time, writing each snapshot (atomically) as soon as its cluster is
/// read and dropping it: a run that is killed keeps every file already written, and memory holds at most
/// request.parallel snapshots. In table format each context is reported on stderr as it ends.
QList<WrittenContext> collectAndWrite(const KubeConfig &config, const QStringList &contexts,
                                      const CollectRequest &request)
{
    ClientOptions clientOptions;
    clientOptions.requestTimeoutMs = int(request.timeout * 1000);
    clientOptions.connectTimeoutMs = std::min(clientOptions.requestTimeoutMs, 10000);
    ExecCredentialProvider credentials;
    QMutex lock;
    QList<WrittenContext> written(contexts.size());
    const bool table = request.options.format == u"table";
    collectEach(
        config, contexts, clientOptions, &credentials,
        [&](int index, CollectResult &&result) {
            const WrittenContext w = writeResult(result, request.outputDir);
            result = {}; // released before the next cluster is read
            const QMutexLocker locker(&lock);
            if (w.insecure)
                err() << say(QT_TRANSLATE_NOOP("CollectCommand", "warning: %1: insecure-skip-tls-verify is set; the "
                                                                 "server's identity was not checked."))
                             .arg(w.context)
                      << Qt::endl;
            if (table)
                err() << say(QT_TRANSLATE_NOOP("CollectCommand", "%1: %2")).arg(w.context, collectStatusKey(w.status))
                      << Qt::endl;
            written[index] = w;
        },
        request.parallel);
    return written;
}

/// Adds each written snapshot and its context to the workspace (a context collected again keeps its one entry:
/// its file name is derived from the context) and saves it atomically. Failed contexts are left out.
bool updateWorkspace(Workspace &workspace, const QString &path, const CollectRequest &request,
                     const QList<WrittenContext> &written, QString *error)
{
    if (!request.kubeconfig.isEmpty()) {
        const QString kubeconfig = QFileInfo(request.kubeconfig).absoluteFilePath();
        if (!workspace.kubeconfig.isEmpty() && workspace.kubeconfig != kubeconfig)
            err() << say(QT_TRANSLATE_NOOP("CollectCommand",
                                           "warning: %1 now refreshes its contexts from %2 instead of %3."))
                         .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(kubeconfig),
                              QDir::toNativeSeparators(workspace.kubeconfig))
                  << Qt::endl;
        workspace.kubeconfig = kubeconfig;
    }
    for (const WrittenContext &w : written) {
        if (w.file.isEmpty())
            continue;
        const QString file = QDir::cleanPath(QFileInfo(w.file).absoluteFilePath());
        if (!workspace.snapshotFiles.contains(file))
            workspace.snapshotFiles << file;
        if (!workspace.contexts.contains(w.context))
            workspace.contexts << w.context;
    }
    return workspace.write(path, error);
}

void printSummary(const QList<WrittenContext> &written, const CollectRequest &request)
{
    QJsonArray summary;
    QList<QStringList> rows;
    for (const WrittenContext &w : written) {
        QJsonObject entry{{QStringLiteral("context"), w.context},
                          {QStringLiteral("status"), collectStatusKey(w.status)},
                          {QStringLiteral("message"), w.message},
                          {QStringLiteral("file"), w.file.isEmpty() ? QJsonValue() : QJsonValue(w.file)},
                          {QStringLiteral("insecure"), w.insecure}};
        if (w.notCollected) {
            QJsonArray parts;
            for (const CollectionError &e : *w.notCollected)
                parts << QJsonObject{{QStringLiteral("part"), e.part}, {QStringLiteral("message"), e.message}};
            entry.insert(QStringLiteral("notCollected"), parts);
        }
        summary << entry;
        rows << QStringList{w.context, collectStatusKey(w.status), w.file.isEmpty() ? QStringLiteral("-") : w.file,
                            QString(w.message).replace(u'\n', u' ')};
    }
    if (request.options.format == u"table") {
        printTable(
            {say(QT_TRANSLATE_NOOP("CollectCommand", "CONTEXT")), say(QT_TRANSLATE_NOOP("CollectCommand", "STATUS")),
             say(QT_TRANSLATE_NOOP("CollectCommand", "FILE")), say(QT_TRANSLATE_NOOP("CollectCommand", "MESSAGE"))},
            rows);
        return;
    }
    QJsonObject document{{QStringLiteral("contexts"), summary}};
    if (!request.workspace.isEmpty())
        document.insert(QStringLiteral("workspace"), request.workspace);
    printJson(QJsonDocument(document));
}

} // namespace

int runCollect(const QStringList &args)
{
    const CollectRequest request = parseRequest(args);
    QString error;
    const auto config = KubeConfig::load(request.kubeconfigFiles, &error);
    if (!config) {
        err() << say(QT_TRANSLATE_NOOP("CollectCommand", "error: %1")).arg(error) << Qt::endl;
        return ExitRuntimeError;
    }
    for (const QString &warning : config->warnings())
        err() << say(QT_TRANSLATE_NOOP("CollectCommand", "warning: %1")).arg(warning) << Qt::endl;
    const QStringList contexts = chooseContexts(request, *config);

    std::optional<Workspace> workspace;
    if (!request.workspace.isEmpty()) {
        workspace = openWorkspace(request.workspace, &error);
        if (!workspace) {
            err() << say(QT_TRANSLATE_NOOP("CollectCommand", "error: %1")).arg(error) << Qt::endl;
            return ExitRuntimeError;
        }
    }
    if (!QDir().mkpath(request.outputDir)) {
        err() << say(QT_TRANSLATE_NOOP("CollectCommand", "error: %1 cannot be created."))
                     .arg(QDir::toNativeSeparators(request.outputDir))
              << Qt::endl;
        return ExitRuntimeError;
    }

    const QList<WrittenContext> written = collectAndWrite(*config, contexts, request);
    bool allFine = true;
    for (const WrittenContext &w : written)
        allFine = allFine && (w.status == CollectStatus::Ok || w.status == CollectStatus::Partial);
    if (workspace && !updateWorkspace(*workspace, request.workspace, request, written, &error)) {
        err() << say(QT_TRANSLATE_NOOP("CollectCommand", "error: %1")).arg(error) << Qt::endl;
        allFine = false;
    }
    printSummary(written, request);
    return allFine ? ExitOk : ExitRuntimeError;
}

} // namespace kirikae::cli
