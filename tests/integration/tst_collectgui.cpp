#include "addclustersdialog.h"
#include "core/catalogs.h"
#include "core/languagemanager.h"
#include "fakeserver.h"
#include "items/collectionmodel.h"
#include "kube/collector.h"
#include "mainwindow.h"
#include "page.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

#include "clusterspage.h"
#include "filteredtable.h"

using namespace kirikae;

class TestCollectGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dialogWithHundredsOfContexts();
    void collectsInTheBackground();
    void cancelStopsSlowClusters();
    void atOnceBoundsTheCollection();
    void newSnapshotsMarkTheWorkspaceModified();

private:
    QAbstractItemModel *clustersModel(MainWindow &window);
    int statusOf(MainWindow &window, const QString &context);

    LanguageManager m_language;
    FakeServer m_server;
    QTemporaryDir m_dir;
};

void TestCollectGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_language.setLanguage(QStringLiteral("en")));
    QVERIFY(m_server.start());
}

void TestCollectGui::dialogWithHundredsOfContexts()
{
    QByteArray yaml = "current-context: team-007\nclusters:\n- name: c\n  cluster: {server: \"https://c\"}\n"
                      "- name: lab\n  cluster: {server: \"https://lab\", insecure-skip-tls-verify: true}\n"
                      "contexts:\n";
    for (int i = 0; i < 400; ++i)
        yaml += QStringLiteral("- name: team-%1\n  context: {cluster: %2}\n")
                    .arg(i, 3, 10, QLatin1Char('0'))
                    .arg(i % 100 == 0 ? QStringLiteral("lab") : QStringLiteral("c"))
                    .toUtf8();
    const QString path = m_dir.filePath(QStringLiteral("many.kubeconfig"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(yaml);
    file.close();

    AddClustersDialog dialog(path);
    QCOMPARE(dialog.shownCount(), 400);
    QCOMPARE(dialog.selectedContexts(), QStringList{QStringLiteral("team-007")}); // the current context
    dialog.setFilter(QStringLiteral("team-1"));
    QCOMPARE(dialog.shownCount(), 100); // team-100 … team-199
    dialog.checkShown(true);
    QCOMPARE(dialog.selectedContexts().size(), 101);
    dialog.setFilter(QStringLiteral("TLS"));
    QCOMPARE(dialog.shownCount(), 4); // the insecure ones are marked and can be found
}

QAbstractItemModel *TestCollectGui::clustersModel(MainWindow &window)
{
    for (Page *page : window.pages()) {
        if (auto *clusters = qobject_cast<ClustersPage *>(page))
            return clusters->table()->view()->model();
    }
    return nullptr;
}

int TestCollectGui::statusOf(MainWindow &window, const QString &context)
{
    QAbstractItemModel *model = clustersModel(window);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, CollectionModel::ContextColumn);
        if (index.data().toString() == context)
            return index.data(CollectionModel::StatusRole).toInt();
    }
    return -100;
}

void TestCollectGui::collectsInTheBackground()
{
    MainWindow window(Catalogs::builtIn(), &m_language, QDate(2026, 11, 25));
    window.show();
    QAbstractItemModelTester tester(clustersModel(window), QAbstractItemModelTester::FailureReportingMode::QtTest);
    Workspace workspace;
    workspace.filePath = m_dir.filePath(QStringLiteral("live.yaml"));
    window.openWorkspace(workspace);
    QSignalSpy finished(&window, &MainWindow::collectionFinished);
    QSignalSpy loaded(&window, &MainWindow::fleetLoaded);
    window.addContexts(m_server.kubeconfig(),
                       {QStringLiteral("healthy"), QStringLiteral("refused"), QStringLiteral("forbidden-metrics")});
    QVERIFY(window.isCollecting());
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 30000);
    QCOMPARE(statusOf(window, QStringLiteral("healthy")), int(CollectStatus::Ok));
    QCOMPARE(statusOf(window, QStringLiteral("refused")), int(CollectStatus::Unreachable));
    QCOMPARE(statusOf(window, QStringLiteral("forbidden-metrics")), int(CollectStatus::Partial));

    // The snapshots join the fleet; the workspace remembers contexts and files, never credentials.
    QTRY_VERIFY(loaded.count() >= 1);
    QCOMPARE(window.workspace().snapshotFiles.size(), 2);
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("snapshots/healthy.yaml"))));
    QString error;
    QVERIFY(window.workspace().write(workspace.filePath, &error));
    QFile saved(workspace.filePath);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray text = saved.readAll();
    QVERIFY(text.contains("healthy") && text.contains("refused"));
    QVERIFY(!text.contains(m_server.token().toUtf8()));
    const auto reread = Workspace::read(workspace.filePath, &error);
    QVERIFY2(reread, qPrintable(error));
    QCOMPARE(reread->contexts.size(), 3);
    QCOMPARE(reread->kubeconfig, m_server.kubeconfig());
}

void TestCollectGui::cancelStopsSlowClusters()
{
    MainWindow window(Catalogs::builtIn(), &m_language, QDate(2026, 11, 25));
    window.show();
    Workspace workspace;
    workspace.filePath = m_dir.filePath(QStringLiteral("slow.yaml"));
    window.openWorkspace(workspace);
    QSignalSpy finished(&window, &MainWindow::collectionFinished);
    // The GUI thread keeps running while a cluster takes 3 s per request.
    int ticks = 0;
    QTimer timer;
    connect(&timer, &QTimer::timeout, this, [&] { ++ticks; });
    timer.start(20);
    window.addContexts(m_server.kubeconfig(), {QStringLiteral("slow")});
    QTRY_COMPARE(statusOf(window, QStringLiteral("slow")), CollectionModel::Collecting);
    QTest::qWait(1000);
    QVERIFY2(ticks >= 20, qPrintable(QString::number(ticks)));
    window.cancelCollection();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 5000);
    QCOMPARE(statusOf(window, QStringLiteral("slow")), int(CollectStatus::Cancelled));
}

void TestCollectGui::atOnceBoundsTheCollection()
{
    // "At once: 1" reads one cluster after the other: a healthy cluster queued behind a slow one (3 s a request)
    // waits; at 2 it is read beside it. The choice is remembered.
    for (const int atOnce : {1, 2}) {
        MainWindow window(Catalogs::builtIn(), &m_language, QDate(2026, 11, 25));
        window.show();
        Workspace workspace;
        workspace.filePath = m_dir.filePath(QStringLiteral("at-once-%1.yaml").arg(atOnce));
        window.openWorkspace(workspace);
        auto *spin = window.findChild<QSpinBox *>(QStringLiteral("parallel"));
        QVERIFY(spin);
        spin->setValue(atOnce);
        QCOMPARE(QSettings().value(QStringLiteral("collect/parallel")).toInt(), atOnce);
        QSignalSpy finished(&window, &MainWindow::collectionFinished);
        window.addContexts(m_server.kubeconfig(), {QStringLiteral("slow"), QStringLiteral("healthy")});
        if (atOnce == 1) {
            QTRY_COMPARE(statusOf(window, QStringLiteral("slow")), CollectionModel::Collecting);
            QTest::qWait(2000);
            QCOMPARE(statusOf(window, QStringLiteral("healthy")), CollectionModel::Waiting); // queued behind slow
        } else {
            QTRY_COMPARE_WITH_TIMEOUT(statusOf(window, QStringLiteral("healthy")), int(CollectStatus::Ok), 15000);
        }
        window.cancelCollection();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 10000);
    }
}

void TestCollectGui::newSnapshotsMarkTheWorkspaceModified()
{
    // A saved workspace that lists a context but no snapshot yet: refreshing it adds one, an unsaved change.
    MainWindow window(Catalogs::builtIn(), &m_language, QDate(2026, 11, 25));
    Workspace workspace;
    workspace.name = QStringLiteral("refresh");
    workspace.kubeconfig = m_server.kubeconfig();
    workspace.contexts << QStringLiteral("healthy");
    workspace.filePath = m_dir.filePath(QStringLiteral("refresh.yaml"));
    QString error;
    QVERIFY2(workspace.write(workspace.filePath, &error), qPrintable(error));
    window.openWorkspace(workspace);
    QVERIFY(!window.isWindowModified());
    QSignalSpy finished(&window, &MainWindow::collectionFinished);
    window.refreshClusters();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 30000);
    QCOMPARE(window.workspace().snapshotFiles.size(), 1);
    QVERIFY(window.isWindowModified());
    QVERIFY(window.save());
    QVERIFY(!window.isWindowModified());
    QCOMPARE(Workspace::read(workspace.filePath, &error)->snapshotFiles, window.workspace().snapshotFiles);

    // Refreshed again: the same file, nothing new to save.
    window.refreshClusters();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 2, 30000);
    QVERIFY(!window.isWindowModified());
}

QTEST_MAIN(TestCollectGui)
#include "tst_collectgui.moc"
