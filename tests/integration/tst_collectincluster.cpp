// kirikae collect --in-cluster against the fake API server, as a pod would run it: KUBERNETES_SERVICE_HOST/PORT set,
// a service-account folder laid out as the kubelet lays it out (symlinks swapped when the token rotates), and the
// ClusterRole in deploy/ checked against every request the collector makes.
#include "core/languagemanager.h"
#include "fakeserver.h"
#include "kube/collector.h"
#include "kube/execcredential.h"
#include "kube/incluster.h"
#include "snapshot/snapshotfile.h"

#include <QJsonArray>
#include <QProcessEnvironment>
#include <QSaveFile>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <cstdio>

using namespace kirikae;

namespace {

/// What a request asks the API server's authorizer for: a verb on a resource (with its group and name), or GET on
/// a non-resource URL.
struct Access
{
    QString group;
    QString resource;
    QString name;
    QString verb;
    QString url; ///< set for a non-resource URL
};

Access accessOf(const QString &request)
{
    const QString path = request.section(u'?', 0, 0);
    const QString query = request.section(u'?', 1);
    QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    Access a;
    if (segments.value(0) == u"api" && segments.size() >= 3) {
        segments = segments.mid(2);
    } else if (segments.value(0) == u"apis" && segments.size() >= 4) {
        a.group = segments.at(1);
        segments = segments.mid(3);
    } else {
        a.url = path;
        a.verb = QStringLiteral("get");
        return a;
    }
    if (segments.constFirst() == u"namespaces" && segments.size() >= 3)
        segments = segments.mid(2); // a namespaced resource
    a.resource = segments.value(0);
    if (segments.size() > 2)
        a.resource += u'/' + segments.at(2); // a subresource
    a.name = segments.value(1);
    a.verb = query.contains(QStringLiteral("watch=")) ? QStringLiteral("watch")
             : a.name.isEmpty()                       ? QStringLiteral("list")
                                                      : QStringLiteral("get");
    return a;
}

QStringList texts(const YAML::Node &node)
{
    QStringList list;
    if (node && node.IsSequence())
        for (const auto &item : node)
            list << QString::fromStdString(item.as<std::string>());
    return list;
}

/// One permission a rule grants, as "verb group/resource[/name]" or "get URL".
QStringList grantsOf(const YAML::Node &rule)
{
    QStringList grants;
    for (const QString &verb : texts(rule["verbs"])) {
        for (const QString &url : texts(rule["nonResourceURLs"]))
            grants << verb + u' ' + url;
        for (const QString &group : texts(rule["apiGroups"])) {
            for (const QString &resource : texts(rule["resources"])) {
                const QStringList names = texts(rule["resourceNames"]);
                if (names.isEmpty())
                    grants << verb + u' ' + group + u'/' + resource;
                for (const QString &name : names)
                    grants << verb + u' ' + group + u'/' + resource + u'/' + name;
            }
        }
    }
    return grants;
}

/// The grant that allows access, or an empty string.
QString grantFor(const Access &access, const QStringList &grants)
{
    QStringList candidates;
    if (!access.url.isEmpty()) {
        candidates << access.verb + u' ' + access.url;
    } else {
        const QString resource = access.verb + u' ' + access.group + u'/' + access.resource;
        candidates << resource;
        if (!access.name.isEmpty())
            candidates << resource + u'/' + access.name; // resourceNames restrict get, not list
    }
    for (const QString &candidate : candidates)
        if (grants.contains(candidate))
            return candidate;
    return {};
}

/// Replaces what path points to atomically, as rename(2) does.
bool replace(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

} // namespace

class TestCollectInCluster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void commandCollectsTheClusterItRunsIn();
    void rotatedTokenIsReadAgain();
    void usageErrors_data();
    void usageErrors();
    void notInACluster();
    void clusterRoleGrantsExactlyWhatIsRequested();
    void cleanupTestCase();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run kirikae(const QStringList &args, bool inPod = true);
    /// The service-account folder's token, swapped in as the kubelet does: a new timestamped folder, "..data"
    /// pointing at it through an atomic rename, and "token" a link through "..data".
    void mountToken(const QByteArray &token);
    /// The token the API server accepts from now on.
    void serverAccepts(const QByteArray &token);

    LanguageManager m_language;
    FakeServer m_server;
    QTemporaryDir m_serviceAccount;
    QTemporaryDir m_out;
    int m_generation = 0;
};

void TestCollectInCluster::initTestCase()
{
    QVERIFY(m_language.setLanguage(QStringLiteral("en")));
    QVERIFY2(m_server.start(), "the fake API server did not start");
    QVERIFY(QFile::copy(QDir(m_server.dir()).filePath(QStringLiteral("ca.crt")),
                        m_serviceAccount.filePath(QStringLiteral("ca.crt"))));
    QFile ns(m_serviceAccount.filePath(QStringLiteral("namespace")));
    QVERIFY(ns.open(QIODevice::WriteOnly));
    ns.write("kirikae");
    ns.close();
    mountToken("sa-token-first");
    serverAccepts("sa-token-first");
}

void TestCollectInCluster::mountToken(const QByteArray &token)
{
    const QDir sa(m_serviceAccount.path());
    const QString data = QStringLiteral("..2026_11_25_00_00_%1").arg(++m_generation);
    QVERIFY(sa.mkdir(data));
    QFile file(sa.filePath(data + QStringLiteral("/token")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(token);
    file.close();
    QVERIFY(QFile::link(data, sa.filePath(QStringLiteral("..data_tmp"))));
    QVERIFY(replace(sa.filePath(QStringLiteral("..data_tmp")), sa.filePath(QStringLiteral("..data"))));
    if (!QFileInfo(sa.filePath(QStringLiteral("token"))).isSymLink())
        QVERIFY(QFile::link(QStringLiteral("..data/token"), sa.filePath(QStringLiteral("token"))));
}

void TestCollectInCluster::serverAccepts(const QByteArray &token)
{
    QSaveFile file(QDir(m_server.dir()).filePath(QStringLiteral("incluster-token")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(token);
    QVERIFY(file.commit());
}

TestCollectInCluster::Run TestCollectInCluster::kirikae(const QStringList &args, bool inPod)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("KUBERNETES_SERVICE_HOST"));
    env.remove(QStringLiteral("KUBERNETES_SERVICE_PORT"));
    if (inPod) {
        env.insert(QStringLiteral("KUBERNETES_SERVICE_HOST"), QStringLiteral("127.0.0.1"));
        env.insert(QStringLiteral("KUBERNETES_SERVICE_PORT"), QString::number(m_server.port()));
    }
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(KIRIKAE_BINARY), QStringList{QStringLiteral("collect")} + args);
    Run run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestCollectInCluster::commandCollectsTheClusterItRunsIn()
{
    const Run r =
        kirikae({QStringLiteral("--in-cluster"), QStringLiteral("--cluster-name"), QStringLiteral("prod-tokyo"),
                 QStringLiteral("--service-account-dir"), m_serviceAccount.path(), QStringLiteral("-o"), m_out.path(),
                 QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray contexts = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("contexts")).toArray();
    QCOMPARE(contexts.size(), 1);
    const QJsonObject entry = contexts.at(0).toObject();
    QCOMPARE(entry.value(QStringLiteral("context")).toString(), QStringLiteral("prod-tokyo"));
    QCOMPARE(entry.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    const QString file = m_out.filePath(QStringLiteral("prod-tokyo.yaml"));
    QCOMPARE(entry.value(QStringLiteral("file")).toString(), file);

    QString error;
    const auto snapshot = SnapshotFile::read(file, &error);
    QVERIFY2(snapshot, qPrintable(error));
    QCOMPARE(snapshot->name, QStringLiteral("prod-tokyo"));
    QVERIFY(snapshot->context.isEmpty()); // no kubeconfig context in a pod
    QCOMPARE(snapshot->server, QStringLiteral("https://127.0.0.1:%1").arg(m_server.port()));
    QCOMPARE(snapshot->serverVersion, QStringLiteral("v1.30.2"));
    QCOMPARE(snapshot->nodes.size(), 3);
    QCOMPARE(snapshot->helmReleases.size(), 1);
    QCOMPARE(snapshot->operators.size(), 2);
    QVERIFY(snapshot->openShift);
    QVERIFY2(snapshot->errors.isEmpty(), qPrintable(snapshot->errors.value(0).message));

    // The token is nowhere but in its file.
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    for (const QByteArray &text : {written.readAll(), r.out, r.err}) {
        QVERIFY(!text.contains("sa-token"));
        QVERIFY(!text.contains(m_server.secret().toUtf8()));
    }

    // Table format says which service account it reads with. A cluster cannot tell its tier or region: the job
    // labels the snapshot, and the window groups the fleet by those labels.
    const Run table =
        kirikae({QStringLiteral("--in-cluster"), QStringLiteral("--cluster-name"), QStringLiteral("prod-tokyo"),
                 QStringLiteral("--service-account-dir"), m_serviceAccount.path(), QStringLiteral("-o"), m_out.path(),
                 QStringLiteral("--label"), QStringLiteral("tier=production"), QStringLiteral("--label"),
                 QStringLiteral("region = ap-northeast-1")});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.err.contains("namespace “kirikae”"), table.err.constData());
    const auto labelled = SnapshotFile::read(file, &error);
    QVERIFY2(labelled, qPrintable(error));
    QCOMPARE(labelled->labels, (QMap<QString, QString>{{QStringLiteral("tier"), QStringLiteral("production")},
                                                       {QStringLiteral("region"), QStringLiteral("ap-northeast-1")}}));
}

void TestCollectInCluster::rotatedTokenIsReadAgain()
{
    // One client, as in a long collection: the token file is read again before every request.
    QStringList warnings;
    QString error;
    const auto connection = InCluster::connection(m_serviceAccount.path(), QStringLiteral("127.0.0.1"),
                                                  QString::number(m_server.port()), &warnings, &error);
    QVERIFY2(connection, qPrintable(error));
    QVERIFY(warnings.isEmpty());
    ExecCredentialProvider credentials;
    KubeClient client(*connection, {}, &credentials);
    QCOMPARE(collectStatusKey(collectInCluster(client, QStringLiteral("rotating")).status), QStringLiteral("ok"));

    // The API server moves on to a new token; the pod still holds the old one, which is refused.
    serverAccepts("sa-token-second");
    const CollectResult refused = collectInCluster(client, QStringLiteral("rotating"));
    QCOMPARE(collectStatusKey(refused.status), QStringLiteral("unauthorized"));
    QVERIFY2(refused.message.contains(QStringLiteral("401")), qPrintable(refused.message));

    // The kubelet swaps the new token in: the same client uses it without being told.
    mountToken("sa-token-second");
    const CollectResult rotated = collectInCluster(client, QStringLiteral("rotating"));
    QCOMPARE(collectStatusKey(rotated.status), QStringLiteral("ok"));
    QCOMPARE(rotated.snapshot.nodes.size(), 3);

    // And so does the command.
    const Run r =
        kirikae({QStringLiteral("--in-cluster"), QStringLiteral("--cluster-name"), QStringLiteral("prod-tokyo"),
                 QStringLiteral("--service-account-dir"), m_serviceAccount.path(), QStringLiteral("-o"), m_out.path()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestCollectInCluster::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::addRow("no cluster name") << QStringList{QStringLiteral("--in-cluster"), QStringLiteral("-o"),
                                                    QStringLiteral("out")}
                                     << "--cluster-name";
    QTest::addRow("with a context") << QStringList{QStringLiteral("--in-cluster"),
                                                   QStringLiteral("--cluster-name"),
                                                   QStringLiteral("a"),
                                                   QStringLiteral("--context"),
                                                   QStringLiteral("b"),
                                                   QStringLiteral("-o"),
                                                   QStringLiteral("out")}
                                    << "takes no --context";
    QTest::addRow("with a workspace")
        << QStringList{QStringLiteral("--in-cluster"), QStringLiteral("--cluster-name"), QStringLiteral("a"),
                       QStringLiteral("--workspace"),  QStringLiteral("w.yaml"),         QStringLiteral("-o"),
                       QStringLiteral("out")}
        << "takes no --workspace";
    QTest::addRow("label without a value") << QStringList{QStringLiteral("--in-cluster"), QStringLiteral("--cluster-name"),
                                                          QStringLiteral("a"), QStringLiteral("--label"),
                                                          QStringLiteral("production"), QStringLiteral("-o"),
                                                          QStringLiteral("out")}
                                           << "is not KEY=VALUE";
    QTest::addRow("cluster name alone") << QStringList{QStringLiteral("--cluster-name"), QStringLiteral("a"),
                                                       QStringLiteral("-o"), QStringLiteral("out")}
                                        << "go with --in-cluster";
    QTest::addRow("no output") << QStringList{QStringLiteral("--in-cluster"), QStringLiteral("--cluster-name"),
                                              QStringLiteral("a")}
                               << "-o DIR";
}

void TestCollectInCluster::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const qsizetype before = m_server.requests().size();
    const Run r = kirikae(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QCOMPARE(m_server.requests().size(), before); // no cluster was asked
}

void TestCollectInCluster::notInACluster()
{
    QTemporaryDir out;
    Run r =
        kirikae({QStringLiteral("--in-cluster"), QStringLiteral("--cluster-name"), QStringLiteral("a"),
                 QStringLiteral("--service-account-dir"), m_serviceAccount.path(), QStringLiteral("-o"), out.path()},
                false);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("KUBERNETES_SERVICE_HOST"), r.err.constData());
    QTemporaryDir empty;
    r = kirikae({QStringLiteral("--in-cluster"), QStringLiteral("--cluster-name"), QStringLiteral("a"),
                 QStringLiteral("--service-account-dir"), empty.path(), QStringLiteral("-o"), out.path()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("service account token"), r.err.constData());
    QVERIFY(QDir(out.path()).isEmpty());
}

void TestCollectInCluster::clusterRoleGrantsExactlyWhatIsRequested()
{
    // What the CronJob runs, against a cluster that serves every part the collector reads.
    const qsizetype before = m_server.requests().size();
    const Run r =
        kirikae({QStringLiteral("--in-cluster"), QStringLiteral("--cluster-name"), QStringLiteral("rbac"),
                 QStringLiteral("--service-account-dir"), m_serviceAccount.path(), QStringLiteral("-o"), m_out.path()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList requests = m_server.requests().mid(before);
    QVERIFY(requests.size() > 15);

    QStringList grants;
    const auto documents = YAML::LoadAllFromFile(KIRIKAE_SOURCE_DIR "/deploy/rbac.yaml");
    for (const YAML::Node &doc : documents)
        if (doc["kind"] && doc["kind"].as<std::string>() == "ClusterRole")
            for (const auto &rule : doc["rules"])
                grants << grantsOf(rule);
    QVERIFY(grants.size() > 10);

    QSet<QString> used;
    for (const QString &line : requests) {
        const QString method = line.section(u' ', 0, 0);
        const QString path = line.section(u' ', 1, 1);
        QCOMPARE(method, QStringLiteral("GET"));
        const QString grant = grantFor(accessOf(path), grants);
        QVERIFY2(!grant.isEmpty(), qPrintable(QStringLiteral("not granted by deploy/rbac.yaml: ") + path));
        used.insert(grant);
    }
    // Grants the fake server cannot exercise would be listed here, each with its reason. There are none: its
    // in-cluster scenario serves every part (OLM, Helm releases, OpenShift's ClusterVersion), so every grant must be
    // used, and a grant the collector stops needing fails this test until it is removed from the role.
    const QStringList allowedUnused;
    for (const QString &grant : std::as_const(grants))
        QVERIFY2(used.contains(grant) || allowedUnused.contains(grant),
                 qPrintable(QStringLiteral("granted but never requested: ") + grant));
}

void TestCollectInCluster::cleanupTestCase()
{
    for (const QString &line : m_server.requests())
        QVERIFY2(line.startsWith(QStringLiteral("GET ")), qPrintable(line));
}

QTEST_GUILESS_MAIN(TestCollectInCluster)
#include "tst_collectincluster.moc"
