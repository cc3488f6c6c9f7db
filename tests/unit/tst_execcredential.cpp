#include "core/languagemanager.h"
#include "kube/execcredential.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kirikae;

namespace {

QString script(const QTemporaryDir &dir, const QString &name, const QByteArray &body)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write("#!/bin/sh\n" + body);
        file.close();
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

} // namespace

class TestExecCredential : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_language.setLanguage(QStringLiteral("en"))); }
    void parseOutput_data();
    void parseOutput();
    void runsWithoutShellAndCaches();
    void missingPluginShowsInstallHint();
    void hangingPluginTimesOut();
    void failingPlugin();
    void interactiveAlways();
    void findsProgramOutsideLauncherPath();

private:
    LanguageManager m_language;
};

void TestExecCredential::parseOutput_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QString>("error");
    QTest::addRow("token v1") << QByteArray(R"({"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential",
        "status":{"token":"abc","expirationTimestamp":"2030-01-01T00:00:00Z"}})")
                              << "";
    QTest::addRow("client certificate") << QByteArray(R"({"kind":"ExecCredential",
        "status":{"clientCertificateData":"-----BEGIN CERTIFICATE-----","clientKeyData":"-----BEGIN KEY-----"}})")
                                        << "";
    QTest::addRow("not JSON") << QByteArray("Please log in at https://microsoft.com/devicelogin") << "did not print";
    QTest::addRow("other JSON") << QByteArray(R"({"kind":"Token"})") << "not an ExecCredential";
    QTest::addRow("empty status") << QByteArray(R"({"kind":"ExecCredential","status":{}})") << "neither a token";
}

void TestExecCredential::parseOutput()
{
    QFETCH(QByteArray, output);
    QFETCH(QString, error);
    const ExecCredential c = ExecCredentialProvider::parseOutput(output);
    if (error.isEmpty())
        QVERIFY2(c.ok(), qPrintable(c.error));
    else
        QVERIFY2(c.error.contains(error), qPrintable(c.error));
}

void TestExecCredential::runsWithoutShellAndCaches()
{
    QTemporaryDir dir;
    // Counts its runs in a file; prints its first argument as the token and echoes an env variable.
    script(dir, QStringLiteral("plugin"),
           "echo run >> \"$COUNT_FILE\"\n"
           "echo \"{\\\"kind\\\":\\\"ExecCredential\\\",\\\"status\\\":{\\\"token\\\":\\\"$1-$MODE\\\","
           "\\\"expirationTimestamp\\\":\\\"2099-01-01T00:00:00Z\\\"}}\"\n");
    ExecConfig config;
    config.command = QStringLiteral("./plugin"); // relative to the kubeconfig's folder
    config.baseDir = dir.path();
    config.args = {QStringLiteral("tok en;$(reboot)")}; // passed as one argument, never through a shell
    config.env = {{QStringLiteral("MODE"), QStringLiteral("m1")},
                  {QStringLiteral("COUNT_FILE"), dir.filePath(QStringLiteral("count"))}};
    ExecCredentialProvider provider(5000);
    const ExecCredential first = provider.credential(config, QStringLiteral("https://x"));
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(first.token, QStringLiteral("tok en;$(reboot)-m1"));
    QCOMPARE(first.expiry, QDateTime(QDate(2099, 1, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(provider.credential(config, QStringLiteral("https://x")).token, first.token);
    QFile count(dir.filePath(QStringLiteral("count")));
    QVERIFY(count.open(QIODevice::ReadOnly));
    QCOMPARE(count.readAll().count('\n'), 1); // cached until its expiry
    count.close();
    provider.invalidate(config);
    QVERIFY(provider.credential(config, QStringLiteral("https://x")).ok());
    QVERIFY(count.open(QIODevice::ReadOnly));
    QCOMPARE(count.readAll().count('\n'), 2);
}

void TestExecCredential::missingPluginShowsInstallHint()
{
    ExecConfig config;
    config.command = QStringLiteral("kirikae-no-such-plugin-xyz");
    config.installHint = QStringLiteral("Install it with brew install xyz");
    ExecCredentialProvider provider;
    const ExecCredential c = provider.credential(config, {});
    QVERIFY(!c.ok());
    QVERIFY2(c.error.contains(QStringLiteral("was not found")) && c.error.contains(config.installHint),
             qPrintable(c.error));
}

void TestExecCredential::hangingPluginTimesOut()
{
    QTemporaryDir dir;
    ExecConfig config;
    config.command = script(dir, QStringLiteral("hang"), "exec sleep 30\n");
    ExecCredentialProvider provider(500);
    const ExecCredential c = provider.credential(config, {});
    QVERIFY(!c.ok());
    QVERIFY2(c.error.contains(QStringLiteral("did not answer")), qPrintable(c.error));
}

void TestExecCredential::failingPlugin()
{
    QTemporaryDir dir;
    ExecConfig config;
    config.command = script(dir, QStringLiteral("fail"), "echo 'AADSTS700082: refresh token expired' >&2\nexit 3\n");
    ExecCredentialProvider provider;
    const ExecCredential c = provider.credential(config, {});
    QVERIFY2(c.error.contains(QStringLiteral("exit code 3")) && c.error.contains(QStringLiteral("AADSTS700082")),
             qPrintable(c.error));
    config.command = script(dir, QStringLiteral("garbage"), "echo 'not json at all'\n");
    QVERIFY(provider.credential(config, {}).error.contains(QStringLiteral("did not print an ExecCredential")));
}

void TestExecCredential::interactiveAlways()
{
    ExecConfig config;
    config.command = QStringLiteral("sh");
    config.interactiveMode = QStringLiteral("Always");
    ExecCredentialProvider provider;
    QVERIFY(provider.credential(config, {}).error.contains(QStringLiteral("interactive terminal")));
}

void TestExecCredential::findsProgramOutsideLauncherPath()
{
    // A desktop launcher's PATH often holds only /usr/bin:/bin; plugins live elsewhere.
    const QByteArray saved = qgetenv("PATH");
    qputenv("PATH", "/nonexistent");
    const QString sh = ExecCredentialProvider::findProgram(QStringLiteral("sh"), {});
    qputenv("PATH", saved);
    QVERIFY2(!sh.isEmpty(), "sh should be found in the usual folders even without PATH");
    QVERIFY(ExecCredentialProvider::extraSearchPaths().contains(QStringLiteral("/usr/local/bin")));
    QVERIFY(ExecCredentialProvider::findProgram(QStringLiteral("./missing"), QStringLiteral("/tmp")).isEmpty());
}

QTEST_GUILESS_MAIN(TestExecCredential)
#include "tst_execcredential.moc"
