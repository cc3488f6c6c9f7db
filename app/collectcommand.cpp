#include "collectcommand.h"

#include "commandline.h"
#include "kube/collector.h"
#include "kube/execcredential.h"
#include "kube/incluster.h"
#include "output.h"
#include "snapshot/snapshotfile.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>

#include <algorithm>

namespace kirikae::cli {

namespace {

QString say(const char *text)
{
    return QCoreApplication::translate("CollectCommand", text);
}

/// One thread and at most one snapshot in memory per cluster read at once: more than this only exhausts the host.
constexpr int maxParallel = 256;
constexpr int maxPageSize = 100000;

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
    int pageSize = ClientOptions{}.pageSize;
    bool inCluster = false;    ///< read the cluster this runs in, with the pod's service account
    QString clusterName;       ///< --cluster-name: what an in-cluster snapshot is called
    QString serviceAccountDir; ///< where the pod's service account is mounted
    QMap<QString, QString> labels; ///< --label KEY=VALUE: written into every snapshot (tier, region, …)
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

/// --in-cluster and the options that go with it; throws UsageError when they are mixed with kubeconfig ones.
void readInClusterOptions(const QCommandLineParser &parser, CollectRequest &request)
{
    request.inCluster = parser.isSet(QStringLiteral("in-cluster"));
    request.clusterName = parser.value(QStringLiteral("cluster-name")).trimmed();
    request.serviceAccountDir = parser.isSet(QStringLiteral("service-account-dir"))
                                    ? parser.value(QStringLiteral("service-account-dir"))
                                    : InCluster::defaultServiceAccountDir();
    if (!request.inCluster) {
        if (parser.isSet(QStringLiteral("cluster-name")) || parser.isSet(QStringLiteral("service-account-dir")))
            throw UsageError{say(QT_TRANSLATE_NOOP("CollectCommand", "--cluster-name and --service-account-dir go "
                                                                     "with --in-cluster."))};
        return;
    }
    for (const char *option : {"kubeconfig", "context", "all-contexts", "workspace"}) {
        if (parser.isSet(QLatin1StringView(option)))
            throw UsageError{say(QT_TRANSLATE_NOOP("CollectCommand", "--in-cluster reads the cluster it runs in: it "
                                                                     "takes no --%1."))
                                 .arg(QLatin1StringView(option))};
    }
    if (request.clusterName.isEmpty())
        throw UsageError{say(QT_TRANSLATE_NOOP("CollectCommand", "--in-cluster needs --cluster-name NAME: a pod "
                                                                 "cannot tell which cluster of the fleet it is in."))};
}

void defineOptions(QCommandLineParser &parser)
{
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
    parser.addOption({QStringLiteral("page-size"),
                      say(QT_TRANSLATE_NOOP("CollectCommand", "Ask for lists N items a page (default %1, as kubectl's "
                                                              "--chunk-size); larger pages mean fewer round trips on a "
                                                              "slow link."))
                          .arg(ClientOptions{}.pageSize),
                      QStringLiteral("N"), QString::number(ClientOptions{}.pageSize)});
    parser.addOption({QStringLiteral("in-cluster"),
                      say(QT_TRANSLATE_NOOP("CollectCommand", "Read the cluster this runs in, with the pod's service "
                                                              "account (for a CronJob; needs --cluster-name)."))});
    parser.addOption(
        {QStringLiteral("cluster-name"),
         say(QT_TRANSLATE_NOOP("CollectCommand",
                               "With --in-cluster: the cluster's name in the fleet; its snapshot is DIR/NAME.yaml.")),
         QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("service-account-dir"),
                      say(QT_TRANSLATE_NOOP("CollectCommand", "With --in-cluster: read the token, ca.crt and namespace "
                                                              "from DIR (default %1)."))
                          .arg(InCluster::defaultServiceAccountDir()),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("label"),
                      say(QT_TRANSLATE_NOOP("CollectCommand", "Label every snapshot KEY=VALUE (repeatable), e.g. "
                                                              "tier=production or region=osaka-dc: the window groups "
                                                              "the fleet by them.")),
                      QStringLiteral("KEY=VALUE")});
}

CollectRequest parseRequest(const QStringList &args)
{
    const QStringList formats{QStringLiteral("table"), QStringLiteral("json")};
    QCommandLineParser parser;
    addCommonOptions(parser, formats);
    defineOptions(parser);
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
    bool pageSizeOk = false;
    request.pageSize = parser.value(QStringLiteral("page-size")).toInt(&pageSizeOk);
    if (!pageSizeOk || request.pageSize < 1 || request.pageSize > maxPageSize)
        throw UsageError{say(QT_TRANSLATE_NOOP("CollectCommand", "--page-size “%1” is not a number from 1 to %2."))
                             .arg(parser.value(QStringLiteral("page-size")))
                             .arg(maxPageSize)};
    request.allContexts = parser.isSet(QStringLiteral("all-contexts"));
    request.contexts = parser.values(QStringLiteral("context"));
    if (request.allContexts && parser.isSet(QStringLiteral("context")))
        throw UsageError{say(QT_TRANSLATE_NOOP("CollectCommand", "use --context or --all-contexts, not both."))};
    request.kubeconfig = parser.value(QStringLiteral("kubeconfig"));
    request.kubeconfigFiles =
        request.kubeconfig.isEmpty() ? KubeConfig::defaultFiles() : QStringList{request.kubeconfig};
    request.workspace = parser.value(QStringLiteral("workspace"));
    for (const QString &label : parser.values(QStringLiteral("label"))) {
        const qsizetype equals = label.indexOf(u'=');
        if (equals <= 0 || label.left(equals).trimmed().isEmpty())
            throw UsageError{say(QT_TRANSLATE_NOOP("CollectCommand", "--label “%1” is not KEY=VALUE.")).arg(label)};
        request.labels.insert(label.left(equals).trimmed(), label.mid(equals + 1).trimmed());
    }
    readInClusterOptions(parser, request);
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

ClientOptions clientOptionsFor(const CollectRequest &request)
{
    ClientOptions options;
    options.requestTimeoutMs = int(request.timeout * 1000);
    options.connectTimeoutMs = std::min(options.requestTimeoutMs, 10000);
    options.pageSize = request.pageSize;
    return options;
}

/// Writes a collected snapshot, with the labels given, into outputDir and keeps only what the summary needs; a
/// snapshot that cannot be written turns its context into an error.
WrittenContext writeResult(CollectResult &r, const CollectRequest &request)
{
    const QString &outputDir = request.outputDir;
    WrittenContext w{r.context, r.status, r.message, {}, r.insecure, std::nullopt};
    if (!r.hasSnapshot())
        return w;
    r.snapshot.labels.insert(request.labels);
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
    const ClientOptions clientOptions = clientOptionsFor(request);
    ExecCredentialProvider credentials;
    QMutex lock;
    QList<WrittenContext> written(contexts.size());
    const bool table = request.options.format == u"table";
    collectEach(
        config, contexts, clientOptions, &credentials,
        [&](int index, CollectResult &&result) {
            const WrittenContext w = writeResult(result, request);
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

bool makeOutputDir(const QString &dir)
{
    if (QDir().mkpath(dir))
        return true;
    err() << say(QT_TRANSLATE_NOOP("CollectCommand", "error: %1 cannot be created.")).arg(QDir::toNativeSeparators(dir))
          << Qt::endl;
    return false;
}

bool allFine(const QList<WrittenContext> &written)
{
    return std::all_of(written.cbegin(), written.cend(), [](const WrittenContext &w) {
        return w.status == CollectStatus::Ok || w.status == CollectStatus::Partial;
    });
}

/// collect --in-cluster: the cluster this pod runs in, with its service account, into DIR/<cluster name>.yaml.
int runInCluster(const CollectRequest &request)
{
    QStringList warnings;
    QString error;
    const auto connection = InCluster::fromEnvironment(request.serviceAccountDir, &warnings, &error);
    for (const QString &warning : std::as_const(warnings))
        err() << say(QT_TRANSLATE_NOOP("CollectCommand", "warning: %1")).arg(warning) << Qt::endl;
    if (!connection) {
        err() << say(QT_TRANSLATE_NOOP("CollectCommand", "error: %1")).arg(error) << Qt::endl;
        return ExitRuntimeError;
    }
    if (!makeOutputDir(request.outputDir))
        return ExitRuntimeError;
    if (request.options.format == u"table")
        err() << say(QT_TRANSLATE_NOOP("CollectCommand", "%1: reading %2 with the service account of namespace “%3”"))
                     .arg(request.clusterName, connection->cluster.server, connection->namespaceName)
              << Qt::endl;
    ExecCredentialProvider credentials; // a service account has no exec plugin; the client wants one all the same
    KubeClient client(*connection, clientOptionsFor(request), &credentials);
    CollectResult result = collectInCluster(client, request.clusterName);
    const QList<WrittenContext> written{writeResult(result, request)};
    printSummary(written, request);
    return allFine(written) ? ExitOk : ExitRuntimeError;
}

} // namespace

int runCollect(const QStringList &args)
{
    const CollectRequest request = parseRequest(args);
    if (request.inCluster)
        return runInCluster(request);
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
    if (!makeOutputDir(request.outputDir))
        return ExitRuntimeError;

    const QList<WrittenContext> written = collectAndWrite(*config, contexts, request);
    bool fine = allFine(written);
    if (workspace && !updateWorkspace(*workspace, request.workspace, request, written, &error)) {
        err() << say(QT_TRANSLATE_NOOP("CollectCommand", "error: %1")).arg(error) << Qt::endl;
        fine = false;
    }
    printSummary(written, request);
    return fine ? ExitOk : ExitRuntimeError;
}

} // namespace kirikae::cli
