#include "snapshot/snapshotfile.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kirikae;

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoLoadsEveryCluster();
    void saveAndReadRelativePaths();
    void badFilesAreReportedAndOthersLoad();
    void malformedWorkspace();
};

void TestWorkspace::demoLoadsEveryCluster()
{
    const Workspace demo = Workspace::demo();
    QCOMPARE(demo.name, QStringLiteral("Demo fleet"));
    QCOMPARE(demo.snapshotFiles.size(), 6);
    const LoadedFleet fleet = loadSnapshots(demo.snapshotFiles);
    QVERIFY2(fleet.errors.isEmpty(), qPrintable(fleet.errors.join(u'\n')));
    QCOMPARE(fleet.clusters.size(), 6);
    QStringList distributions;
    for (const auto &c : fleet.clusters) {
        QVERIFY(!c.snapshot.nodes.isEmpty());
        QVERIFY(!c.snapshot.components.isEmpty());
        distributions << c.snapshot.distribution;
    }
    for (const char *d : {"eks", "gke", "aks", "openshift", "upstream"})
        QVERIFY2(distributions.contains(QLatin1StringView(d)), d);
}

void TestWorkspace::saveAndReadRelativePaths()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("snaps")));
    Workspace ws;
    ws.name = QStringLiteral("チーム A");
    ws.snapshotFiles << dir.filePath(QStringLiteral("snaps/a.yaml"))
                     << QStringLiteral(":/demo/snapshots/dev-kind.yaml");
    QString error;
    QVERIFY2(ws.write(dir.filePath(QStringLiteral("ws.yaml")), &error), qPrintable(error));
    QFile file(dir.filePath(QStringLiteral("ws.yaml")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY2(text.contains("\"snaps/a.yaml\""), text.constData());
    QVERIFY(!text.contains(dir.path().toUtf8()));

    const auto read = Workspace::read(dir.filePath(QStringLiteral("ws.yaml")), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->name, ws.name);
    QCOMPARE(read->snapshotFiles, ws.snapshotFiles);
}

void TestWorkspace::badFilesAreReportedAndOthersLoad()
{
    QTemporaryDir dir;
    QFile bad(dir.filePath(QStringLiteral("bad.yaml")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("kirikaeSnapshot: 1\nname: [\n");
    bad.close();
    const LoadedFleet fleet = loadSnapshots({QStringLiteral(":/demo/snapshots/dev-kind.yaml"), bad.fileName(),
                                             dir.filePath(QStringLiteral("missing.yaml"))});
    QCOMPARE(fleet.clusters.size(), 1);
    QCOMPARE(fleet.errors.size(), 2);
    QVERIFY(fleet.errors.at(0).contains(QStringLiteral("bad.yaml:")));
    QVERIFY(fleet.errors.at(1).contains(QStringLiteral("missing.yaml")));
}

void TestWorkspace::malformedWorkspace()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("ws.yaml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("kirikaeWorkspace: 1\nsnapshots: {a: b}\n");
    file.close();
    QString error;
    QVERIFY(!Workspace::read(file.fileName(), &error));
    QVERIFY2(error.contains(QStringLiteral("ws.yaml:2:")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
