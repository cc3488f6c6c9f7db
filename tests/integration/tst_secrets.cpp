// No secret leaks: collect from a server whose Secrets, Helm values and workloads carry passwords and tokens,
// then look for them in every artifact — snapshots, the workspace, command output and logs, runbooks in all
// three formats, and the text behind every page of the window.
#include "core/catalogs.h"
#include "core/languagemanager.h"
#include "fakeserver.h"
#include "mainwindow.h"
#include "page.h"
#include "snapshot/snapshotfile.h"
#include "workspace/workspace.h"

#include <QAbstractItemView>
#include <QDirIterator>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTextBrowser>

class TestSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void commandArtifacts();
    void windowText();

private:
    QByteArray run(const QStringList &args, int expectedExit = 0);
    void checkClean(const QByteArray &text, const QString &where);

    FakeServer m_server;
    QTemporaryDir m_out;
    QList<QByteArray> m_secrets;
    QStringList m_snapshots;
};

void TestSecrets::initTestCase()
{
    QVERIFY(m_server.start());
    m_secrets << m_server.token().toUtf8() << m_server.secret().toUtf8() << QByteArray("-----BEGIN");
    // Every credential of the kubeconfig: tokens, certificate and key data, passwords.
    QFile kubeconfig(m_server.kubeconfig());
    QVERIFY(kubeconfig.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(kubeconfig.readAll());
    static const QRegularExpression credential(
        QStringLiteral(R"re("?(token|client-key-data|client-certificate-data|password)"?\s*:\s*"?([^"\s,]{8,}))re"));
    for (auto it = credential.globalMatch(text); it.hasNext();)
        m_secrets << it.next().captured(2).left(40).toUtf8();
    // The client key's body, as a file next to the kubeconfig.
    QFile key(QDir(m_server.dir()).filePath(QStringLiteral("client.key")));
    QVERIFY(key.open(QIODevice::ReadOnly));
    m_secrets << key.readAll().split('\n').value(1).left(40);
    QVERIFY(m_secrets.size() >= 6);
    // The search must be able to fail: the kubeconfig itself holds them.
    QVERIFY(text.toUtf8().contains(m_secrets.at(0)) && text.toUtf8().contains(m_secrets.at(3)));
}

QByteArray TestSecrets::run(const QStringList &args, int expectedExit)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KIRIKAE_BINARY), args);
    if (!p.waitForFinished(120000))
        return {};
    const QByteArray output = p.readAllStandardOutput() + p.readAllStandardError();
    if (expectedExit >= 0 && p.exitCode() != expectedExit)
        qWarning("%s exited %d: %s", qPrintable(args.join(u' ')), p.exitCode(), output.constData());
    return output;
}

void TestSecrets::checkClean(const QByteArray &text, const QString &where)
{
    for (const QByteArray &secret : std::as_const(m_secrets))
        QVERIFY2(!text.contains(secret), qPrintable(where + QStringLiteral(" holds ") + QString::fromUtf8(secret)));
}

void TestSecrets::commandArtifacts()
{
    const QString dir = m_out.filePath(QStringLiteral("snapshots"));
    const QStringList contexts{QStringLiteral("helm"), QStringLiteral("healthy"), QStringLiteral("openshift")};
    QStringList args{QStringLiteral("collect"), QStringLiteral("--kubeconfig"), m_server.kubeconfig(),
                     QStringLiteral("-o"), dir};
    for (const QString &c : contexts)
        args << QStringLiteral("--context") << c;
    checkClean(run(args), QStringLiteral("collect's output"));
    for (const QString &c : contexts)
        m_snapshots << QDir(dir).filePath(c + QStringLiteral(".yaml"));

    kirikae::Workspace workspace;
    workspace.name = QStringLiteral("secrets");
    workspace.kubeconfig = m_server.kubeconfig();
    workspace.contexts = contexts;
    workspace.snapshotFiles = m_snapshots;
    QString error;
    QVERIFY2(workspace.write(m_out.filePath(QStringLiteral("workspace.yaml")), &error), qPrintable(error));

    for (const char *command : {"versions", "debt", "operators"})
        checkClean(
            run(QStringList{QLatin1String(command), QStringLiteral("--format"), QStringLiteral("json")} + m_snapshots),
            QLatin1String(command));
    checkClean(run({QStringLiteral("scan"), dir, QStringLiteral("--target"), QStringLiteral("1.36"),
                    QStringLiteral("--format"), QStringLiteral("json")},
                   -1),
               QStringLiteral("scan"));
    const auto snapshot = kirikae::SnapshotFile::read(m_snapshots.first(), &error);
    QVERIFY2(snapshot, qPrintable(error));
    const QString target = kirikae::MinorVersion::parse(snapshot->serverVersion)->next().toString();
    for (const char *extension : {"md", "html", "pdf"})
        checkClean(run({QStringLiteral("plan"), m_snapshots.first(), QStringLiteral("--target"), target,
                        QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("-o"),
                        m_out.filePath(QStringLiteral("runbook.") + QLatin1String(extension))}),
                   QStringLiteral("plan"));
    // The PDF's text as a reader would copy it.
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {m_out.filePath(QStringLiteral("runbook.pdf")), QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(30000));
    const QByteArray pdfText = pdftotext.readAllStandardOutput();
    QVERIFY(pdfText.contains("helm"));
    checkClean(pdfText, QStringLiteral("runbook.pdf"));

    int files = 0;
    for (QDirIterator it(m_out.path(), QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        checkClean(file.readAll(), file.fileName());
        ++files;
    }
    QCOMPARE(files, 3 + 1 + 3); // snapshots, workspace, runbooks
}

void TestSecrets::windowText()
{
    QVERIFY(!m_snapshots.isEmpty());
    kirikae::LanguageManager language;
    language.setLanguage(QStringLiteral("en"));
    kirikae::MainWindow window(kirikae::Catalogs::builtIn(), &language, QDate(2026, 11, 25));
    window.show();
    QSignalSpy loaded(&window, &kirikae::MainWindow::fleetLoaded);
    QString error;
    const auto workspace = kirikae::Workspace::read(m_out.filePath(QStringLiteral("workspace.yaml")), &error);
    QVERIFY2(workspace, qPrintable(error));
    window.openWorkspace(*workspace);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 10000);
    QByteArray text;
    for (kirikae::Page *page : window.pages()) {
        window.showPage(int(window.pages().indexOf(page)));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 10000);
        for (auto *label : page->findChildren<QLabel *>())
            text += label->text().toUtf8() + '\n';
        for (auto *browser : page->findChildren<QTextBrowser *>())
            text += browser->toPlainText().toUtf8() + '\n';
        for (auto *view : page->findChildren<QAbstractItemView *>()) {
            const QAbstractItemModel *model = view->model();
            for (int r = 0; model && r < model->rowCount(); ++r)
                for (int c = 0; c < model->columnCount(); ++c)
                    for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                        text += model->index(r, c).data(role).toString().toUtf8() + '\n';
        }
    }
    QVERIFY(text.contains("helm"));
    checkClean(text, QStringLiteral("the window"));
}

QTEST_MAIN(TestSecrets)
#include "tst_secrets.moc"
