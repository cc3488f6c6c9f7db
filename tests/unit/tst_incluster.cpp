#include "core/languagemanager.h"
#include "kube/incluster.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kirikae;

namespace {

void write(const QTemporaryDir &dir, const char *name, const QByteArray &text)
{
    QFile file(dir.filePath(QLatin1StringView(name)));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

} // namespace

class TestInCluster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_language.setLanguage(QStringLiteral("en"))); }
    void serverUrl_data();
    void serverUrl();
    void readsTheServiceAccount();
    void missingCaFallsBackToSystemCas();
    void errors_data();
    void errors();
    void environment();

private:
    LanguageManager m_language;
};

void TestInCluster::serverUrl_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("url");
    QTest::addRow("IPv4") << "10.96.0.1"
                          << "https://10.96.0.1:443";
    QTest::addRow("IPv6 in brackets") << "fd00:10:96::1"
                                      << "https://[fd00:10:96::1]:443";
    QTest::addRow("IPv6 loopback") << "::1"
                                   << "https://[::1]:443";
    QTest::addRow("name") << "kubernetes.default.svc"
                          << "https://kubernetes.default.svc:443";
}

void TestInCluster::serverUrl()
{
    QFETCH(QString, host);
    QTEST(InCluster::serverUrl(host, QStringLiteral("443")), "url");
}

void TestInCluster::readsTheServiceAccount()
{
    QTemporaryDir sa;
    write(sa, "token", "eyJhbGciOi.first\n");
    write(sa, "ca.crt", "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
    write(sa, "namespace", "kirikae");
    QStringList warnings;
    QString error;
    const auto c =
        InCluster::connection(sa.path(), QStringLiteral("10.96.0.1"), QStringLiteral("443"), &warnings, &error);
    QVERIFY2(c, qPrintable(error));
    QVERIFY(warnings.isEmpty());
    QCOMPARE(c->cluster.server, QStringLiteral("https://10.96.0.1:443"));
    QVERIFY(c->cluster.certificateAuthorityData.startsWith("-----BEGIN CERTIFICATE-----"));
    QVERIFY(!c->cluster.insecureSkipTlsVerify);
    QCOMPARE(c->user.token, QStringLiteral("eyJhbGciOi.first"));       // trimmed
    QCOMPARE(c->user.tokenFile, sa.filePath(QStringLiteral("token"))); // read again by the client
    QCOMPARE(c->namespaceName, QStringLiteral("kirikae"));
    QVERIFY(c->context.isEmpty());
    QVERIFY(!c->user.exec);
}

void TestInCluster::missingCaFallsBackToSystemCas()
{
    QTemporaryDir sa;
    write(sa, "token", "t");
    QStringList warnings;
    QString error;
    const auto c =
        InCluster::connection(sa.path(), QStringLiteral("10.96.0.1"), QStringLiteral("443"), &warnings, &error);
    QVERIFY2(c, qPrintable(error));
    QVERIFY(c->cluster.certificateAuthorityData.isEmpty());
    QVERIFY(c->cluster.certificateAuthority.isEmpty());
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.constFirst().contains(QStringLiteral("ca.crt")) &&
                 warnings.constFirst().contains(QStringLiteral("system's trusted CAs")),
             qPrintable(warnings.constFirst()));
    QVERIFY(c->namespaceName.isEmpty()); // no namespace file: nothing to say
}

void TestInCluster::errors_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QByteArray>("token"); ///< "-" for no token file
    QTest::addColumn<QString>("message");
    QTest::addRow("no host") << ""
                             << "443" << QByteArray("t") << "KUBERNETES_SERVICE_HOST";
    QTest::addRow("no port") << "10.96.0.1"
                             << "" << QByteArray("t") << "KUBERNETES_SERVICE_PORT";
    QTest::addRow("no token") << "10.96.0.1"
                              << "443" << QByteArray("-") << "token";
    QTest::addRow("empty token") << "10.96.0.1"
                                 << "443" << QByteArray(" \n") << "it is empty";
}

void TestInCluster::errors()
{
    QFETCH(QString, host);
    QFETCH(QString, port);
    QFETCH(QByteArray, token);
    QFETCH(QString, message);
    QTemporaryDir sa;
    if (token != "-")
        write(sa, "token", token);
    QString error;
    QVERIFY(!InCluster::connection(sa.path(), host, port, nullptr, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestInCluster::environment()
{
    QTemporaryDir sa;
    write(sa, "token", "t");
    qputenv("KUBERNETES_SERVICE_HOST", "fd00::1");
    qputenv("KUBERNETES_SERVICE_PORT", "6443");
    QString error;
    auto c = InCluster::fromEnvironment(sa.path(), nullptr, &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->cluster.server, QStringLiteral("https://[fd00::1]:6443"));
    qunsetenv("KUBERNETES_SERVICE_HOST");
    QVERIFY(!InCluster::fromEnvironment(sa.path(), nullptr, &error));
    QVERIFY(error.contains(QStringLiteral("Not running in a cluster")));
    qunsetenv("KUBERNETES_SERVICE_PORT");
}

QTEST_GUILESS_MAIN(TestInCluster)
#include "tst_incluster.moc"
