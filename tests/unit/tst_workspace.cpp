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
    void waivers();
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

void TestWorkspace::waivers()
{
    QCOMPARE(Workspace::demo().waivers.size(), 1);
    QTemporaryDir dir;
    Workspace ws;
    ws.waivers << Waiver{QStringLiteral("prod"),       QStringLiteral("CronJob batch/nightly uses"),
                         QStringLiteral("batch team"), QStringLiteral("Ito"),
                         QDate(2027, 1, 31),           std::nullopt}
               << Waiver{QStringLiteral("prod"),
                         QStringLiteral("Clients request"),
                         QStringLiteral("legacy monitoring"),
                         QStringLiteral("Kim"),
                         QDate(),
                         MinorVersion{1, 32}};
    QString error;
    QVERIFY(ws.write(dir.filePath(QStringLiteral("w.yaml")), &error));
    const auto read = Workspace::read(dir.filePath(QStringLiteral("w.yaml")), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->waivers.size(), 2);
    QCOMPARE(read->waivers.at(0).expires, QDate(2027, 1, 31));
    QCOMPARE(read->waivers.at(1).untilMinor, std::optional<MinorVersion>(MinorVersion{1, 32}));
    QCOMPARE(read->waivers.at(1).owner, QStringLiteral("Kim"));

    // holds: until the date, or while the cluster is older than the minor.
    const Waiver &byDate = read->waivers.at(0);
    QVERIFY(byDate.holds(QDate(2027, 1, 31), std::nullopt));
    QVERIFY(!byDate.holds(QDate(2027, 2, 1), std::nullopt));
    const Waiver &byMinor = read->waivers.at(1);
    QVERIFY(byMinor.holds(QDate(2030, 1, 1), MinorVersion{1, 31}));
    QVERIFY(!byMinor.holds(QDate(2030, 1, 1), MinorVersion{1, 32}));

    QFile file(dir.filePath(QStringLiteral("bad.yaml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("kirikaeWorkspace: 1\nwaivers:\n  - cluster: a\n    subject: b\n    reason: c\n    owner: d\n");
    file.close();
    QVERIFY(!Workspace::read(file.fileName(), &error));
    QVERIFY2(error.contains(QStringLiteral("bad.yaml:3: a waiver needs an end")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
