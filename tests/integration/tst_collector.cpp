#include "core/languagemanager.h"
#include "fakeserver.h"
#include "kube/collector.h"
#include "kube/execcredential.h"
#include "kube/kubeclient.h"
#include "snapshot/snapshotfile.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <atomic>

using namespace kirikae;

class TestCollector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void healthyCluster();
    void statuses_data();
    void statuses();
    void paginationRestartsOnGone();
    void helmReleasesKeepOnlyIdentities();
    void openShift();
    void retriesTransientFailures();
    void listsFetchedTogether();
    void pageSizeAsked();
    void responseSizeCap();
    void parallelFleet();
    void collectCommand();
    void collectIntoWorkspace();
    void collectWritesAsItGoes();
    void parallelBoundsClusters();
    void fiveHundredContexts();
    void kubectlAgreesTheServerIsReal();
    void cleanupTestCase();

private:
    CollectResult collect(const QString &context, int timeoutMs = 10000);

    LanguageManager m_language;
    FakeServer m_server;
    KubeConfig m_config;
    ExecCredentialProvider m_credentials;
};

void TestCollector::initTestCase()
{
    QVERIFY(m_language.setLanguage(QStringLiteral("en")));
    QVERIFY2(m_server.start(), "the fake API server did not start");
    QString error;
    auto config = KubeConfig::load({m_server.kubeconfig()}, &error);
    QVERIFY2(config, qPrintable(error));
    m_config = *config;
}

CollectResult TestCollector::collect(const QString &context, int timeoutMs)
{
    ClientOptions options;
    options.requestTimeoutMs = timeoutMs;
    options.connectTimeoutMs = timeoutMs;
    return collectContexts(m_config, {context}, options, &m_credentials).constFirst();
}

void TestCollector::healthyCluster()
{
    const CollectResult r = collect(QStringLiteral("healthy"));
    QCOMPARE(collectStatusKey(r.status), QStringLiteral("ok"));
    const ClusterSnapshot &s = r.snapshot;
    QCOMPARE(s.serverVersion, QStringLiteral("v1.29.4"));
    QCOMPARE(s.platform, QStringLiteral("linux/amd64"));
    QVERIFY(s.groupVersions.contains(QStringLiteral("v1")));
    QVERIFY(s.groupVersions.contains(QStringLiteral("flowcontrol.apiserver.k8s.io/v1beta3")));
    QCOMPARE(s.nodes.size(), 3);
    QCOMPARE(s.nodes.constFirst().roles, QStringList{QStringLiteral("control-plane")});
    QCOMPARE(s.nodes.constFirst().containerRuntime, QStringLiteral("containerd://1.7.24"));
    QStringList components;
    for (const auto &c : s.components)
        components << c.name + u'=' + c.version + u'@' + c.where;
    // kube-proxy runs twice in one DaemonSet: one entry.
    QVERIFY2(components.contains(QStringLiteral("kube-proxy=v1.29.4@DaemonSet kube-proxy")),
             qPrintable(components.join(u',')));
    QVERIFY(components.contains(QStringLiteral("coredns=v1.11.1@Deployment coredns")));
    QVERIFY(components.contains(QStringLiteral("etcd=3.5.12-0@node-0000")));
    QVERIFY(components.contains(QStringLiteral("ingress-nginx=v1.9.4@Deployment ingress-nginx-controller")));
    QCOMPARE(components.size(), 5);
    QCOMPARE(s.deprecatedApiRequests.size(), 2);
    QCOMPARE(s.deprecatedApiRequests.at(1).group, QStringLiteral("batch"));
    QCOMPARE(s.deprecatedApiRequests.at(1).removedRelease, QStringLiteral("1.25"));
    bool sawLastApplied = false;
    for (const auto &use : s.objectUses)
        sawLastApplied |=
            use.apiVersion == u"extensions/v1beta1" && use.name == u"storefront" && use.source == u"last-applied";
    QVERIFY(sawLastApplied);
    QCOMPARE(s.crds.size(), 1);
    QCOMPARE(s.crds.constFirst().storedVersions, (QStringList{QStringLiteral("v1alpha2"), QStringLiteral("v1")}));
    QCOMPARE(s.operators.size(), 2);
    QCOMPARE(s.operators.at(1).requiredCrds, QStringList{QStringLiteral("example0.io/v1/Widget0")});
    QCOMPARE(s.subscriptions.constFirst().currentCsv, QStringLiteral("operator-000.v1.1.0"));
    QVERIFY(s.errors.isEmpty());
    QCOMPARE(s.distribution, QStringLiteral("upstream"));
}

void TestCollector::statuses_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("message");
    QTest::addRow("connection refused") << "refused"
                                        << "unreachable"
                                        << "cannot be reached";
    QTest::addRow("401") << "unauth"
                         << "unauthorized"
                         << "401 Unauthorized";
    QTest::addRow("certificate from another CA") << "wrongca"
                                                 << "tls-error"
                                                 << "TLS failed";
    QTest::addRow("3 s latency, 1 s timeout") << "slow"
                                              << "timeout"
                                              << "no answer within the time limit";
    QTest::addRow("403 on /metrics") << "forbidden-metrics"
                                     << "partial"
                                     << "1 part could not be read";
    QTest::addRow("malformed JSON on nodes") << "malformed"
                                             << "partial"
                                             << "1 part could not be read";
    QTest::addRow("connection dropped in the middle of a page") << "drop"
                                                                << "partial"
                                                                << "1 part could not be read";
    QTest::addRow("client certificate") << "cert-auth"
                                        << "ok"
                                        << "";
    QTest::addRow("exec plugin") << "exec-auth"
                                 << "ok"
                                 << "";
    QTest::addRow("exec plugin missing") << "exec-missing"
                                         << "unauthorized"
                                         << "apt install kirikae-no-such-plugin";
    QTest::addRow("tls-server-name") << "tls-server-name"
                                     << "ok"
                                     << "";
    QTest::addRow("insecure-skip-tls-verify") << "insecure"
                                              << "ok"
                                              << "";
    QTest::addRow("context not in kubeconfig") << "no-such-context"
                                               << "error"
                                               << "not in the kubeconfig";
}

void TestCollector::statuses()
{
    QFETCH(QString, context);
    QFETCH(QString, message);
    const CollectResult r = collect(context, 1000);
    QTEST(collectStatusKey(r.status), "status");
    QVERIFY2(r.message.contains(message), qPrintable(r.message));
    QCOMPARE(r.insecure, context == u"insecure");
    if (context == u"forbidden-metrics") {
        QCOMPARE(r.snapshot.errors.constFirst().part, QStringLiteral("/metrics"));
        QVERIFY(r.snapshot.errors.constFirst().message.contains(QStringLiteral("403")));
        QCOMPARE(r.snapshot.nodes.size(), 3); // the rest was collected
    }
    if (context == u"malformed")
        QVERIFY(r.snapshot.errors.constFirst().message.contains(QStringLiteral("not a JSON object")));
}

void TestCollector::paginationRestartsOnGone()
{
    // 1,200 nodes in pages of 500; the first continue token is answered 410 Gone.
    const CollectResult r = collect(QStringLiteral("gone"));
    QCOMPARE(collectStatusKey(r.status), QStringLiteral("ok"));
    QCOMPARE(r.snapshot.nodes.size(), 1200);
    QSet<QString> names;
    for (const auto &n : r.snapshot.nodes)
        names.insert(n.name);
    QCOMPARE(names.size(), 1200); // no node twice after the restart
    int goneRequests = 0;
    for (const QString &line : m_server.requests())
        goneRequests += line.startsWith(QStringLiteral("GET /c/gone/api/v1/nodes")) ? 1 : 0;
    QCOMPARE(goneRequests, 2 + 3); // page 1, a 410 on page 2, then pages 1 to 3 again
}

void TestCollector::helmReleasesKeepOnlyIdentities()
{
    const CollectResult r = collect(QStringLiteral("helm"));
    QCOMPARE(collectStatusKey(r.status), QStringLiteral("ok"));
    QCOMPARE(r.snapshot.helmReleases.size(), 1);
    const HelmRelease &h = r.snapshot.helmReleases.constFirst();
    QCOMPARE(h.name, QStringLiteral("web"));
    QCOMPARE(h.revision, 3);
    QCOMPARE(h.chart, QStringLiteral("web-1.4.2"));
    QCOMPARE(h.objects.size(), 3);
    QCOMPARE(h.objects.at(1).apiVersion, QStringLiteral("extensions/v1beta1"));
    QCOMPARE(h.objects.at(1).kind, QStringLiteral("Ingress"));
    QCOMPARE(h.objects.at(2).apiVersion, QStringLiteral("batch/v1beta1"));
    QCOMPARE(h.objects.at(2).source, QStringLiteral("helm:web"));
    const QByteArray yaml = SnapshotFile::toYaml(r.snapshot);
    QVERIFY(!yaml.contains(m_server.secret().toUtf8()));
    QVERIFY(!yaml.contains(m_server.token().toUtf8()));
}

void TestCollector::openShift()
{
    const CollectResult r = collect(QStringLiteral("openshift"));
    QCOMPARE(collectStatusKey(r.status), QStringLiteral("ok"));
    QCOMPARE(r.snapshot.distribution, QStringLiteral("openshift"));
    QVERIFY(r.snapshot.openShift);
    QCOMPARE(r.snapshot.openShift->version, QStringLiteral("4.14.38"));
    QCOMPARE(r.snapshot.openShift->availableUpdates.size(), 2);
    QCOMPARE(r.snapshot.operators.size(), 3);
    // Conditional updates keep their Recommended condition and every risk with its matching rules, and survive the
    // snapshot file.
    const auto check = [](const OpenShiftClusterVersion &cv) {
        QCOMPARE(cv.conditionalUpdates.size(), 1);
        const OpenShiftConditionalUpdate &u = cv.conditionalUpdates.constFirst();
        QCOMPARE(u.version, QStringLiteral("4.15.47"));
        QCOMPARE(u.recommended, QStringLiteral("False"));
        QCOMPARE(u.reason, QStringLiteral("ExposedToRisks"));
        QCOMPARE(u.risks.size(), 1);
        QCOMPARE(u.risks.constFirst().name, QStringLiteral("OVNEgressLoss"));
        QCOMPARE(u.risks.constFirst().url, QStringLiteral("https://access.redhat.com/solutions/0000000"));
        QCOMPARE(u.risks.constFirst().matchingRules,
                 QStringList({QStringLiteral("PromQL: group(cluster_operator_conditions{name=\"network\"})"),
                              QStringLiteral("Always")}));
    };
    check(*r.snapshot.openShift);
    QString error;
    const auto back = SnapshotFile::fromYaml(SnapshotFile::toYaml(r.snapshot), QStringLiteral("ocp.yaml"), &error);
    QVERIFY2(back && back->openShift, qPrintable(error));
    check(*back->openShift);
}

void TestCollector::retriesTransientFailures()
{
    // Every path of this server fails once: 429 with Retry-After on /version, then 502, 503 or 504.
    const CollectResult r = collect(QStringLiteral("flaky"));
    QCOMPARE(collectStatusKey(r.status), QStringLiteral("ok"));
    QCOMPARE(r.snapshot.serverVersion, QStringLiteral("v1.30.2"));
    QCOMPARE(r.snapshot.nodes.size(), 3);
    int versionRequests = 0;
    for (const QString &line : m_server.requests())
        versionRequests += line.startsWith(QStringLiteral("GET /c/flaky/version ")) ? 1 : 0;
    QCOMPARE(versionRequests, 2);
}

void TestCollector::listsFetchedTogether()
{
    // Every answer of this cluster takes 150 ms. One request at a time, the server never sees two; by default it
    // sees several of the cluster's lists (1,200 nodes in three pages, pods, workloads, Helm, CRDs, operators) at
    // once, never more than the client's bound, and the snapshot is the same whatever order the answers came in.
    const QString mostInFlight = m_server.dir() + QStringLiteral("/inflight-lagging");
    const auto most = [&] {
        QFile file(mostInFlight);
        return file.open(QIODevice::ReadOnly) ? file.readAll().toInt() : 0;
    };
    QString error;
    const auto connection = m_config.connection(QStringLiteral("lagging"), &error);
    QVERIFY2(connection, qPrintable(error));
    ClientOptions oneAtATime;
    oneAtATime.concurrentRequests = 1;
    KubeClient sequential(*connection, oneAtATime, &m_credentials);
    CollectResult alone = collectCluster(sequential, QStringLiteral("lagging"));
    QCOMPARE(collectStatusKey(alone.status), QStringLiteral("ok"));
    QCOMPARE(most(), 1);

    const CollectResult together = collect(QStringLiteral("lagging"));
    QCOMPARE(collectStatusKey(together.status), QStringLiteral("ok"));
    QVERIFY2(most() >= 3 && most() <= ClientOptions{}.concurrentRequests, qPrintable(QString::number(most())));
    QCOMPARE(together.snapshot.nodes.size(), 1200);
    QCOMPARE(together.snapshot.helmReleases.size(), 1);
    QCOMPARE(together.snapshot.operators.size(), 2);
    alone.snapshot.collectedAt = together.snapshot.collectedAt;
    QCOMPARE(SnapshotFile::toYaml(together.snapshot), SnapshotFile::toYaml(alone.snapshot));
}

void TestCollector::pageSizeAsked()
{
    // `collect --page-size 1000` reads the 1,200 nodes in two pages.
    const qsizetype before = m_server.requests().size();
    QTemporaryDir out;
    QProcess kirikae;
    kirikae.start(QStringLiteral(KIRIKAE_BINARY),
                  {QStringLiteral("collect"), QStringLiteral("--kubeconfig"), m_server.kubeconfig(),
                   QStringLiteral("--context"), QStringLiteral("lagging"), QStringLiteral("-o"), out.path(),
                   QStringLiteral("--page-size"), QStringLiteral("1000")});
    QVERIFY(kirikae.waitForFinished(60000));
    QCOMPARE(kirikae.exitCode(), 0);
    QStringList pages;
    for (const QString &request : m_server.requests().mid(before))
        if (request.startsWith(QStringLiteral("GET /c/lagging/api/v1/nodes?")))
            pages << request.section(u' ', 1, 1);
    QCOMPARE(pages.size(), 2);
    QVERIFY2(pages.constFirst().endsWith(QStringLiteral("?limit=1000")), qPrintable(pages.join(u' ')));
    QString error;
    const auto snapshot = SnapshotFile::read(out.filePath(QStringLiteral("lagging.yaml")), &error);
    QVERIFY2(snapshot, qPrintable(error));
    QCOMPARE(snapshot->nodes.size(), 1200);
}

void TestCollector::responseSizeCap()
{
    QString error;
    const auto connection = m_config.connection(QStringLiteral("gone"), &error);
    QVERIFY2(connection, qPrintable(error));
    ClientOptions options;
    options.maxResponseBytes = 4096;
    KubeClient client(*connection, options, &m_credentials);
    const Response r = client.list(QStringLiteral("/api/v1/nodes"), [](const QJsonObject &) {});
    QCOMPARE(r.failure, FailureKind::TooLarge);
    QVERIFY2(r.message.contains(QStringLiteral("larger than")), qPrintable(r.message));
}

void TestCollector::parallelFleet()
{
    QStringList contexts;
    for (int i = 0; i < 8; ++i)
        contexts << QStringLiteral("fleet-%1").arg(i);
    contexts << QStringLiteral("refused");
    QAtomicInt reported = 0;
    const auto results = collectContexts(m_config, contexts, {}, &m_credentials,
                                         [&](int, const CollectResult &) { reported.fetchAndAddRelaxed(1); });
    QCOMPARE(results.size(), 9);
    QCOMPARE(reported.loadRelaxed(), 9);
    for (int i = 0; i < 8; ++i) {
        QCOMPARE(results.at(i).context, contexts.at(i)); // in the order asked
        QCOMPARE(collectStatusKey(results.at(i).status), QStringLiteral("ok"));
    }
    QCOMPARE(collectStatusKey(results.at(8).status), QStringLiteral("unreachable"));
}

void TestCollector::collectCommand()
{
    QTemporaryDir out;
    QProcess kirikae;
    kirikae.start(QStringLiteral(KIRIKAE_BINARY),
                  {QStringLiteral("collect"), QStringLiteral("--kubeconfig"), m_server.kubeconfig(),
                   QStringLiteral("--all-contexts"), QStringLiteral("-o"), out.path(), QStringLiteral("--timeout"),
                   QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(kirikae.waitForFinished(120000));
    QCOMPARE(kirikae.exitStatus(), QProcess::NormalExit);
    QCOMPARE(kirikae.exitCode(), 1); // some contexts fail
    const QByteArray stdoutText = kirikae.readAllStandardOutput();
    const QByteArray stderrText = kirikae.readAllStandardError();
    const QJsonArray contexts =
        QJsonDocument::fromJson(stdoutText).object().value(QStringLiteral("contexts")).toArray();
    QVERIFY(contexts.size() >= 20);
    QHash<QString, QJsonObject> byName;
    for (const auto &c : contexts)
        byName.insert(c.toObject().value(QStringLiteral("context")).toString(), c.toObject());
    const auto statusOf = [&](const char *name) {
        return byName.value(QLatin1StringView(name)).value(QStringLiteral("status")).toString();
    };
    QCOMPARE(statusOf("healthy"), QStringLiteral("ok"));
    QCOMPARE(statusOf("forbidden-metrics"), QStringLiteral("partial"));
    QCOMPARE(statusOf("unauth"), QStringLiteral("unauthorized"));
    QCOMPARE(statusOf("wrongca"), QStringLiteral("tls-error"));
    QCOMPARE(statusOf("slow"), QStringLiteral("timeout"));
    QCOMPARE(statusOf("refused"), QStringLiteral("unreachable"));
    QCOMPARE(byName.value(QStringLiteral("healthy")).value(QStringLiteral("file")).toString(),
             out.filePath(QStringLiteral("healthy.yaml")));
    QVERIFY(byName.value(QStringLiteral("slow")).value(QStringLiteral("file")).isNull());
    QVERIFY(stderrText.contains("insecure-skip-tls-verify"));

    // No secret in any artifact or on the terminal.
    QVERIFY(!stdoutText.contains(m_server.token().toUtf8()) && !stderrText.contains(m_server.token().toUtf8()));
    QVERIFY(!stdoutText.contains(m_server.secret().toUtf8()));
    int files = 0;
    for (QDirIterator it(out.path(), QDir::Files); it.hasNext();) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(!text.contains(m_server.token().toUtf8()), qPrintable(file.fileName()));
        QVERIFY2(!text.contains(m_server.secret().toUtf8()), qPrintable(file.fileName()));
        QVERIFY2(!text.contains("BEGIN"), qPrintable(file.fileName())); // no certificate or key
        QString error;
        QVERIFY2(SnapshotFile::read(file.fileName(), &error), qPrintable(error));
        ++files;
    }
    QCOMPARE(files, 22); // every context that answered, none of the five that failed
}

void TestCollector::collectIntoWorkspace()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("snapshots"));
    const QString workspacePath = dir.filePath(QStringLiteral("team-a.yaml"));
    const auto run = [&](const QStringList &contexts) {
        QStringList args{QStringLiteral("collect"), QStringLiteral("--kubeconfig"), m_server.kubeconfig()};
        for (const QString &context : contexts)
            args << QStringLiteral("--context") << context;
        args << QStringLiteral("-o") << out << QStringLiteral("--workspace") << workspacePath
             << QStringLiteral("--timeout") << QStringLiteral("2") << QStringLiteral("--format")
             << QStringLiteral("json");
        QProcess kirikae;
        kirikae.start(QStringLiteral(KIRIKAE_BINARY), args);
        if (!kirikae.waitForFinished(60000))
            return -1;
        return kirikae.exitCode();
    };

    // Created with the snapshots of the contexts that answered, paths relative to itself; not the failed one.
    QCOMPARE(run({QStringLiteral("healthy"), QStringLiteral("refused")}), 1);
    QFile file(workspacePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    file.close();
    QVERIFY2(text.contains("\"snapshots/healthy.yaml\"") && !text.contains(dir.path().toUtf8()), text.constData());
    QVERIFY(!text.contains(m_server.token().toUtf8()));
    QString error;
    auto ws = Workspace::read(workspacePath, &error);
    QVERIFY2(ws, qPrintable(error));
    QCOMPARE(ws->name, QStringLiteral("team-a"));
    QCOMPARE(ws->snapshotFiles, QStringList{QDir(out).filePath(QStringLiteral("healthy.yaml"))});
    QCOMPARE(ws->contexts, QStringList{QStringLiteral("healthy")});
    QCOMPARE(ws->kubeconfig, m_server.kubeconfig());
    QVERIFY(SnapshotFile::read(ws->snapshotFiles.constFirst(), &error));

    // What the user added in between stays; collected again, a context keeps its one entry and its file is
    // refreshed; a new context joins.
    ws->waivers << Waiver{QStringLiteral("healthy"), QStringLiteral("kubelet"), QStringLiteral("r"),
                          QStringLiteral("o"),       QDate(2030, 1, 1),         std::nullopt};
    QVERIFY(ws->write(workspacePath, &error));
    const QDateTime before = QFileInfo(ws->snapshotFiles.constFirst()).lastModified();
    QTest::qWait(20);
    QCOMPARE(run({QStringLiteral("healthy"), QStringLiteral("forbidden-metrics")}), 0);
    ws = Workspace::read(workspacePath, &error);
    QVERIFY2(ws, qPrintable(error));
    QCOMPARE(ws->snapshotFiles, (QStringList{QDir(out).filePath(QStringLiteral("healthy.yaml")),
                                             QDir(out).filePath(QStringLiteral("forbidden-metrics.yaml"))}));
    QCOMPARE(ws->contexts, (QStringList{QStringLiteral("healthy"), QStringLiteral("forbidden-metrics")}));
    QCOMPARE(ws->waivers.size(), 1);
    QVERIFY(QFileInfo(ws->snapshotFiles.constFirst()).lastModified() > before);

    // A file that is not a workspace is not overwritten: the command fails before asking any cluster.
    QFile bad(workspacePath);
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("just: text\n");
    bad.close();
    QCOMPARE(run({QStringLiteral("healthy")}), 1);
    QVERIFY(bad.open(QIODevice::ReadOnly));
    QCOMPARE(bad.readAll(), QByteArray("just: text\n"));
}

void TestCollector::collectWritesAsItGoes()
{
    // "slow" answers every request after 3 s: its collection takes a minute. The fast clusters' snapshots are on
    // disk long before, and a run killed meanwhile keeps them, complete.
    QTemporaryDir out;
    QProcess kirikae;
    kirikae.start(QStringLiteral(KIRIKAE_BINARY),
                  {QStringLiteral("collect"), QStringLiteral("--kubeconfig"), m_server.kubeconfig(),
                   QStringLiteral("--context"), QStringLiteral("slow"), QStringLiteral("--context"),
                   QStringLiteral("healthy"), QStringLiteral("--context"), QStringLiteral("forbidden-metrics"),
                   QStringLiteral("-o"), out.path(), QStringLiteral("--timeout"), QStringLiteral("30")});
    QVERIFY(kirikae.waitForStarted());
    const QString healthy = out.filePath(QStringLiteral("healthy.yaml"));
    const QString partial = out.filePath(QStringLiteral("forbidden-metrics.yaml"));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(healthy) && QFileInfo::exists(partial), 30000);
    QCOMPARE(kirikae.state(), QProcess::Running); // still reading "slow"
    kirikae.kill();
    QVERIFY(kirikae.waitForFinished(10000));

    QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden),
             (QStringList{QStringLiteral("forbidden-metrics.yaml"), QStringLiteral("healthy.yaml")}));
    QString error;
    const auto snapshot = SnapshotFile::read(healthy, &error);
    QVERIFY2(snapshot, qPrintable(error));
    QCOMPARE(snapshot->nodes.size(), 3);
    const auto partialSnapshot = SnapshotFile::read(partial, &error);
    QVERIFY2(partialSnapshot, qPrintable(error));
    QCOMPARE(partialSnapshot->errors.size(), 1);
}

void TestCollector::parallelBoundsClusters()
{
    // With --parallel 1 one cluster is read at a time: every request of the first context comes before the
    // second's first.
    const qsizetype before = m_server.requests().size();
    QTemporaryDir out;
    QProcess kirikae;
    kirikae.start(QStringLiteral(KIRIKAE_BINARY),
                  {QStringLiteral("collect"), QStringLiteral("--kubeconfig"), m_server.kubeconfig(),
                   QStringLiteral("--context"), QStringLiteral("healthy"), QStringLiteral("--context"),
                   QStringLiteral("openshift"), QStringLiteral("-o"), out.path(), QStringLiteral("--parallel"),
                   QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(kirikae.waitForFinished(60000));
    QCOMPARE(kirikae.exitCode(), 0);
    const QStringList requests = m_server.requests().mid(before);
    qsizetype lastHealthy = -1;
    qsizetype firstOpenShift = -1;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        if (requests.at(i).startsWith(QStringLiteral("GET /c/healthy/")))
            lastHealthy = i;
        if (firstOpenShift < 0 && requests.at(i).startsWith(QStringLiteral("GET /c/openshift/")))
            firstOpenShift = i;
    }
    QVERIFY(lastHealthy > 0 && firstOpenShift > 0);
    QVERIFY2(lastHealthy < firstOpenShift, qPrintable(requests.join(u'\n')));

    for (const char *bad : {"0", "-3", "many", "1000"}) {
        QProcess usage;
        usage.start(QStringLiteral(KIRIKAE_BINARY),
                    {QStringLiteral("collect"), QStringLiteral("--kubeconfig"), m_server.kubeconfig(),
                     QStringLiteral("-o"), out.path(), QStringLiteral("--parallel"), QLatin1StringView(bad)});
        QVERIFY(usage.waitForFinished(30000));
        QVERIFY2(usage.exitCode() == 2, bad);
        QVERIFY(usage.readAllStandardError().contains("--parallel"));
    }
}

namespace {

/// A value of /proc/self/status ("Threads").
qint64 selfStatus(const QByteArray &key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(QByteArray(key + ':')))
            return line.mid(key.size() + 1).trimmed().toLongLong();
    return -1;
}

qint64 openFiles()
{
    return QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size();
}

} // namespace

void TestCollector::fiveHundredContexts()
{
    // A kubeconfig of 500 contexts, all on the healthy cluster, read 8 at a time: every one collected, with threads
    // and open files bounded by the 8 workers, not by the fleet.
    QFile in(m_server.kubeconfig());
    QVERIFY(in.open(QIODevice::ReadOnly));
    QJsonObject document = QJsonDocument::fromJson(in.readAll()).object();
    QJsonArray contexts;
    QStringList names;
    for (int i = 0; i < 500; ++i) {
        names << QStringLiteral("cluster-%1").arg(i, 3, 10, QChar(u'0'));
        contexts.append(QJsonObject{
            {QStringLiteral("name"), names.constLast()},
            {QStringLiteral("context"), QJsonObject{{QStringLiteral("cluster"), QStringLiteral("healthy")},
                                                    {QStringLiteral("user"), QStringLiteral("token")}}}});
    }
    document.insert(QStringLiteral("contexts"), contexts);
    QFile out(m_server.dir() + QStringLiteral("/fleet-500.kubeconfig")); // beside the server's CA, which it names
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(document).toJson());
    out.close();
    QString error;
    const auto config = KubeConfig::load({out.fileName()}, &error);
    QVERIFY2(config, qPrintable(error));

    const qint64 threadsBefore = selfStatus("Threads");
    const qint64 filesBefore = openFiles();
    std::atomic<qint64> maxThreads{0};
    std::atomic<qint64> maxFiles{0};
    std::atomic<int> ok{0};
    std::atomic<int> results{0};
    collectEach(
        *config, names, {}, &m_credentials,
        [&](int, CollectResult &&result) {
            ++results;
            ok += result.status == CollectStatus::Ok;
            qint64 threads = selfStatus("Threads");
            for (qint64 seen = maxThreads; threads > seen && !maxThreads.compare_exchange_weak(seen, threads);)
                ;
            qint64 files = openFiles();
            for (qint64 seen = maxFiles; files > seen && !maxFiles.compare_exchange_weak(seen, files);)
                ;
        },
        8);
    QCOMPARE(results.load(), 500);
    QCOMPARE(ok.load(), 500);
    QVERIFY2(maxThreads <= threadsBefore + 8 + 4, qPrintable(QStringLiteral("%1 threads, %2 before")
                                                                   .arg(maxThreads.load())
                                                                   .arg(threadsBefore)));
    // Per worker: its connections (one per request it may run at once) and curl's wake-up socket pair.
    QVERIFY2(maxFiles <= filesBefore + 8 * (ClientOptions{}.concurrentRequests + 2), qPrintable(QStringLiteral("%1 open files, %2 before")
                                                              .arg(maxFiles.load())
                                                              .arg(filesBefore)));
    QCOMPARE(openFiles(), filesBefore); // every connection closed
}

void TestCollector::kubectlAgreesTheServerIsReal()
{
    const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
    if (kubectl.isEmpty())
        QSKIP("kubectl is not on PATH");
    for (const QStringList &args :
         {QStringList{QStringLiteral("version")}, QStringList{QStringLiteral("get"), QStringLiteral("nodes")},
          QStringList{QStringLiteral("--context"), QStringLiteral("cert-auth"), QStringLiteral("get"),
                      QStringLiteral("nodes")}}) {
        QProcess process;
        process.start(kubectl, QStringList{QStringLiteral("--kubeconfig"), m_server.kubeconfig()} + args);
        QVERIFY(process.waitForFinished(60000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(process.exitCode() == 0, qPrintable(QString::fromUtf8(process.readAllStandardError())));
        QVERIFY2(out.contains(args.constFirst() == u"version" ? QStringLiteral("Server Version: v1.29.4")
                                                              : QStringLiteral("node-0000")),
                 qPrintable(out));
    }
}

void TestCollector::cleanupTestCase()
{
    // Read-only: the server saw nothing but GET, from Kirikae or from kubectl.
    const QStringList requests = m_server.requests();
    QVERIFY(requests.size() > 50);
    int fromKirikae = 0;
    for (const QString &line : requests) {
        QVERIFY2(line.startsWith(QStringLiteral("GET ")), qPrintable(line));
        fromKirikae += line.endsWith(QStringLiteral(" kirikae/" KIRIKAE_VERSION)) ? 1 : 0;
    }
    QVERIFY(fromKirikae > 50); // and said who it is
}

QTEST_GUILESS_MAIN(TestCollector)
#include "tst_collector.moc"
