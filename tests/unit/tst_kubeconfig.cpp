#include "kube/kubeconfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kirikae;

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(text);
    return path;
}

QString fixture(const char *name)
{
    return QStringLiteral(KIRIKAE_TEST_DATA "/kube/") + QLatin1StringView(name);
}

} // namespace

class TestKubeConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realKubeconfigs();
    void mergeRulesFirstFileWins();
    void relativePathsResolveAgainstTheirFile();
    void kubeconfigEnvironment();
    void connectionReadsFiles();
    void connectionErrors_data();
    void connectionErrors();
    void malformed_data();
    void malformed();
    void execPlugin();
};

void TestKubeConfig::realKubeconfigs()
{
    QString error;
    auto eks = KubeConfig::load({fixture("eks-exec.kubeconfig")}, &error);
    QVERIFY2(eks, qPrintable(error));
    QCOMPARE(eks->contexts().size(), 2);
    QCOMPARE(eks->currentContext(), QStringLiteral("arn:aws:eks:region:111222333444:cluster/ExampleCluster"));
    const auto user = eks->user(QStringLiteral("arn:aws:eks:us-west-2:111222333444:cluster/Existing"));
    QVERIFY(user && user->exec);
    QCOMPARE(user->exec->command, QStringLiteral("aws"));
    QCOMPARE(user->exec->args.size(), 6);
    QCOMPARE(user->exec->apiVersion, QStringLiteral("client.authentication.k8s.io/v1alpha1"));
    // The first cluster's CA is a placeholder that is not base64: only its context fails, with file and line.
    QVERIFY(!eks->connection(QStringLiteral("arn:aws:eks:us-west-2:111222333444:cluster/Existing"), &error));
    QVERIFY2(error.contains(QStringLiteral("eks-exec.kubeconfig:4: “certificate-authority-data” is not valid base64")),
             qPrintable(error));
    QVERIFY2(eks->connection(eks->currentContext(), &error), qPrintable(error));

    auto docs = KubeConfig::load({fixture("docs-demo.kubeconfig")}, &error);
    QVERIFY2(docs, qPrintable(error));
    QCOMPARE(docs->contextNames(),
             (QStringList{QStringLiteral("dev-frontend"), QStringLiteral("dev-storage"), QStringLiteral("exp-test")}));
    QVERIFY(docs->cluster(QStringLiteral("test"))->insecureSkipTlsVerify);
    QCOMPARE(docs->user(QStringLiteral("experimenter"))->username, QStringLiteral("exp"));
    QCOMPARE(docs->context(QStringLiteral("dev-storage"))->namespaceName, QStringLiteral("storage"));
    // certificate-authority: fake-ca-file is relative to the kubeconfig's folder.
    QCOMPARE(docs->cluster(QStringLiteral("development"))->certificateAuthority, fixture("fake-ca-file"));

    auto gke = KubeConfig::load({fixture("gke-auth-provider.kubeconfig")}, &error);
    QVERIFY2(gke, qPrintable(error));
    QVERIFY(!gke->connection(gke->currentContext(), &error));
    QVERIFY2(error.contains(QStringLiteral("auth-provider “gcp”")) && error.contains(QStringLiteral("exec plugin")),
             qPrintable(error));
}

void TestKubeConfig::mergeRulesFirstFileWins()
{
    QTemporaryDir dir;
    const QString first = write(dir, QStringLiteral("a.yaml"), R"(
current-context: a-ctx
clusters:
- name: shared
  cluster: {server: "https://first.example:6443"}
users:
- name: u
  user: {token: first-token}
contexts:
- name: a-ctx
  context: {cluster: shared, user: u}
)");
    const QString second = write(dir, QStringLiteral("b.yaml"), R"(
current-context: b-ctx
clusters:
- name: shared
  cluster: {server: "https://second.example:6443"}
- name: only-b
  cluster: {server: "https://b.example"}
contexts:
- name: b-ctx
  context: {cluster: only-b, user: u}
- name: a-ctx
  context: {cluster: only-b, user: u}
)");
    QString error;
    const auto config = KubeConfig::load({first, dir.filePath(QStringLiteral("missing.yaml")), second}, &error);
    QVERIFY2(config, qPrintable(error));
    QCOMPARE(config->currentContext(), QStringLiteral("a-ctx"));
    QCOMPARE(config->cluster(QStringLiteral("shared"))->server, QStringLiteral("https://first.example:6443"));
    QCOMPARE(config->context(QStringLiteral("a-ctx"))->cluster, QStringLiteral("shared"));
    QCOMPARE(config->contextNames(), (QStringList{QStringLiteral("a-ctx"), QStringLiteral("b-ctx")}));
    // A context from the second file uses a user defined only in the first.
    const auto connection = config->connection(QStringLiteral("b-ctx"), &error);
    QVERIFY2(connection, qPrintable(error));
    QCOMPARE(connection->cluster.server, QStringLiteral("https://b.example"));
    QCOMPARE(connection->user.token, QStringLiteral("first-token"));
    QVERIFY(config->warnings().isEmpty());
}

void TestKubeConfig::relativePathsResolveAgainstTheirFile()
{
    QTemporaryDir dir;
    write(dir, QStringLiteral("team/certs/ca.crt"), "-----BEGIN CERTIFICATE-----\nCA\n");
    write(dir, QStringLiteral("team/token"), "  file-token\n");
    const QString config = write(dir, QStringLiteral("team/kubeconfig"), R"(
clusters:
- name: c
  cluster: {server: "https://x", certificate-authority: certs/ca.crt}
users:
- name: u
  user: {tokenFile: ./token}
contexts:
- name: ctx
  context: {cluster: c, user: u}
)");
    QString error;
    const auto loaded = KubeConfig::load({config}, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->cluster(QStringLiteral("c"))->certificateAuthority,
             dir.filePath(QStringLiteral("team/certs/ca.crt")));
    const auto connection = loaded->connection(QStringLiteral("ctx"), &error);
    QVERIFY2(connection, qPrintable(error));
    QCOMPARE(connection->cluster.certificateAuthorityData, QByteArray("-----BEGIN CERTIFICATE-----\nCA\n"));
    QCOMPARE(connection->user.token, QStringLiteral("file-token"));
}

void TestKubeConfig::kubeconfigEnvironment()
{
    qputenv("KUBECONFIG", "/a/one:/b/two::/c/three");
    QCOMPARE(KubeConfig::defaultFiles(),
             (QStringList{QStringLiteral("/a/one"), QStringLiteral("/b/two"), QStringLiteral("/c/three")}));
    qunsetenv("KUBECONFIG");
    QCOMPARE(KubeConfig::defaultFiles(), QStringList{QDir::homePath() + QStringLiteral("/.kube/config")});
    QString error;
    QVERIFY(!KubeConfig::load({QStringLiteral("/nonexistent/config")}, &error));
    QVERIFY2(error.contains(QStringLiteral("No kubeconfig found")), qPrintable(error));
}

void TestKubeConfig::connectionReadsFiles()
{
    QTemporaryDir dir;
    const QString config = write(dir, QStringLiteral("kc"), R"(
clusters:
- name: c
  cluster:
    server: "https://10.0.0.1:6443"
    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t
    tls-server-name: api.internal
    proxy-url: "http://proxy.corp:3128"
users:
- name: u
  user:
    client-certificate-data: Y2VydA==
    client-key-data: a2V5
contexts:
- name: ctx
  context: {cluster: c, user: u}
)");
    QString error;
    const auto connection = KubeConfig::load({config}, &error)->connection(QStringLiteral("ctx"), &error);
    QVERIFY2(connection, qPrintable(error));
    QCOMPARE(connection->cluster.certificateAuthorityData, QByteArray("-----BEGIN CERTIFICATE-----"));
    QCOMPARE(connection->user.clientCertificateData, QByteArray("cert"));
    QCOMPARE(connection->user.clientKeyData, QByteArray("key"));
    QCOMPARE(connection->cluster.tlsServerName, QStringLiteral("api.internal"));
    QCOMPARE(connection->cluster.proxyUrl, QStringLiteral("http://proxy.corp:3128"));
}

void TestKubeConfig::connectionErrors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("message");
    const QByteArray base = "clusters:\n- name: c\n  cluster: {server: \"https://x\"}\n"
                            "users:\n- name: u\n  user: {token: t}\n";
    QTest::addRow("unknown context") << base << "nope"
                                     << "“nope” is not in the kubeconfig";
    QTest::addRow("dangling cluster") << base + "contexts:\n- name: x\n  context: {cluster: gone, user: u}\n"
                                      << "x"
                                      << "names the cluster “gone”";
    QTest::addRow("dangling user") << base + "contexts:\n- name: x\n  context: {cluster: c, user: gone}\n"
                                   << "x"
                                   << "names the user “gone”";
    QTest::addRow("missing certificate file")
        << QByteArray("clusters:\n- name: c\n  cluster: {server: \"https://x\", certificate-authority: /no/ca.crt}\n"
                      "contexts:\n- name: x\n  context: {cluster: c}\n")
        << "x"
        << "certificate-authority file /no/ca.crt of context “x” cannot be read";
    QTest::addRow("no server") << QByteArray("clusters:\n- name: c\n  cluster: {}\ncontexts:\n- name: x\n"
                                             "  context: {cluster: c}\n")
                               << "x"
                               << "has no server address";
}

void TestKubeConfig::connectionErrors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, context);
    QFETCH(QString, message);
    QString error;
    const auto config = KubeConfig::fromYaml(yaml, QStringLiteral("kc"), &error);
    QVERIFY2(config, qPrintable(error));
    QVERIFY(!config->connection(context, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestKubeConfig::malformed_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("message");
    QTest::addRow("not YAML") << QByteArray("clusters: [\n") << "kc:";
    QTest::addRow("clusters not a list") << QByteArray("clusters: {a: b}\n") << "kc:1: “clusters” must be a list";
    QTest::addRow("cluster without name")
        << QByteArray("clusters:\n- cluster: {server: x}\n") << "kc:2: the required key “name” is missing";
    QTest::addRow("insecure not a boolean")
        << QByteArray("clusters:\n- name: c\n  cluster: {server: x, insecure-skip-tls-verify: perhaps}\n")
        << "“perhaps” is not true or false";
    QTest::addRow("exec without command")
        << QByteArray("users:\n- name: u\n  user:\n    exec: {args: [a]}\n") << "the required key “command” is missing";
}

void TestKubeConfig::malformed()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!KubeConfig::fromYaml(yaml, QStringLiteral("kc"), &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestKubeConfig::execPlugin()
{
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("kc"), R"(
users:
- name: u
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1
      command: kubelogin
      args: [get-token, --login, azurecli]
      env:
      - {name: AAD_LOGIN_METHOD, value: azurecli}
      installHint: "Install kubelogin: https://azure.github.io/kubelogin/"
      interactiveMode: IfAvailable
      provideClusterInfo: true
)");
    QString error;
    const auto config = KubeConfig::load({path}, &error);
    QVERIFY2(config, qPrintable(error));
    const ExecConfig exec = *config->user(QStringLiteral("u"))->exec;
    QCOMPARE(exec.args.size(), 3);
    QCOMPARE(exec.env.constFirst().first, QStringLiteral("AAD_LOGIN_METHOD"));
    QVERIFY(exec.installHint.startsWith(QStringLiteral("Install kubelogin")));
    QCOMPARE(exec.interactiveMode, QStringLiteral("IfAvailable"));
    QVERIFY(exec.provideClusterInfo);
    QCOMPARE(exec.baseDir, dir.path());
}

QTEST_GUILESS_MAIN(TestKubeConfig)
#include "tst_kubeconfig.moc"
