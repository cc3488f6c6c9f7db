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
    void waiverAuditTrailRoundTrip();
    void editAndRemoveAreRecorded();
    void workspaceWithoutAuditFieldsStillReads();
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
    ws.bundleFolders << dir.filePath(QStringLiteral("bundles")) << QStringLiteral(":/demo/bundles");
    ws.upgradesAtOnce = 25;
    QString error;
    QVERIFY2(ws.write(dir.filePath(QStringLiteral("ws.yaml")), &error), qPrintable(error));
    QFile file(dir.filePath(QStringLiteral("ws.yaml")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY2(text.contains("\"snaps/a.yaml\""), text.constData());
    QVERIFY2(text.contains("bundles:\n  - \"bundles\""), text.constData()); // bundle folders are relative too
    QVERIFY(!text.contains(dir.path().toUtf8()));

    const auto read = Workspace::read(dir.filePath(QStringLiteral("ws.yaml")), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->name, ws.name);
    QCOMPARE(read->snapshotFiles, ws.snapshotFiles);
    QCOMPARE(read->bundleFolders, ws.bundleFolders);
    QCOMPARE(read->upgradesAtOnce, 25);
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

    // A pace of no clusters at once is a mistake, named with its line.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("kirikaeWorkspace: 1\nsnapshots: []\nupgradesAtOnce: 0\n");
    file.close();
    QVERIFY(!Workspace::read(file.fileName(), &error));
    QVERIFY2(error.contains(QStringLiteral("ws.yaml:3:")) && error.contains(QStringLiteral("upgradesAtOnce")),
             qPrintable(error));
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

void TestWorkspace::waiverAuditTrailRoundTrip()
{
    QTemporaryDir dir;
    Workspace ws;
    Waiver w{QStringLiteral("prod"),  QStringLiteral("CronJob batch/nightly uses"),
             QStringLiteral("batch"), QStringLiteral("Ito"),
             QDate(2027, 1, 31),      std::nullopt};
    w.acceptedBy = QStringLiteral("伊藤");
    w.acceptedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
    w.history << WaiverChange{WaiverChange::Action::Edited, QStringLiteral("kim"),
                              QDateTime(QDate(2026, 11, 20), QTime(14, 5, 10), Qt::UTC)};
    ws.waivers << w;
    Waiver gone = w;
    gone.subject = QStringLiteral("Clients request");
    gone.history << WaiverChange{WaiverChange::Action::Removed, QStringLiteral("sato"),
                                 QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC)};
    ws.removedWaivers << gone;
    QString error;
    QVERIFY2(ws.write(dir.filePath(QStringLiteral("w.yaml")), &error), qPrintable(error));
    QFile file(dir.filePath(QStringLiteral("w.yaml")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY2(text.contains("acceptedAt: 2026-11-02T09:30:00Z"), text.constData());
    QVERIFY2(text.contains("action: removed"), text.constData());

    const auto read = Workspace::read(file.fileName(), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->waivers.size(), 1);
    QCOMPARE(read->waivers.constFirst().acceptedBy, QStringLiteral("伊藤"));
    QCOMPARE(read->waivers.constFirst().acceptedAt, w.acceptedAt);
    QCOMPARE(read->waivers.constFirst().history, w.history);
    QVERIFY(read->waivers.constFirst() == w);
    QCOMPARE(read->removedWaivers.size(), 1);
    QVERIFY(read->removedWaivers.constFirst() == gone);
    QCOMPARE(read->removedWaivers.constFirst().lastChange()->action, WaiverChange::Action::Removed);

    // A history entry that is neither an edit nor a removal is an error, with its line.
    QFile bad(dir.filePath(QStringLiteral("bad.yaml")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("kirikaeWorkspace: 1\nwaivers:\n  - cluster: a\n    subject: b\n    reason: c\n    owner: d\n"
              "    expires: 2027-01-01\n    history:\n      - action: renamed\n        by: x\n");
    bad.close();
    QVERIFY(!Workspace::read(bad.fileName(), &error));
    QVERIFY2(error.contains(QStringLiteral("bad.yaml:9:")) && error.contains(QStringLiteral("renamed")),
             qPrintable(error));
}

void TestWorkspace::editAndRemoveAreRecorded()
{
    Workspace ws;
    Waiver w{QStringLiteral("prod"),   QStringLiteral("Clients request"),
             QStringLiteral("legacy"), QStringLiteral("Kim"),
             QDate(2027, 1, 31),       std::nullopt};
    w.acceptedBy = QStringLiteral("kim");
    const QDateTime accepted(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC);
    ws.addWaiver(w, accepted.addDays(5)); // who and when given: kept
    QCOMPARE(ws.waivers.constFirst().acceptedBy, QStringLiteral("kim"));
    QCOMPARE(ws.waivers.constFirst().acceptedAt, accepted.addDays(5));
    Waiver anonymous = w;
    anonymous.acceptedBy.clear();
    qputenv("USER", "tester");
    ws.addWaiver(anonymous, accepted); // nobody named: the system user
    QCOMPARE(ws.waivers.at(1).acceptedBy, QStringLiteral("tester"));

    const Waiver current = ws.waivers.constFirst();
    Waiver changed = current;
    changed.reason = QStringLiteral("legacy, until the migration");
    changed.expires = QDate();
    changed.untilMinor = MinorVersion{1, 33};
    const QDateTime edited = accepted.addDays(10);
    QVERIFY(ws.editWaiver(current, changed, QStringLiteral("sato"), edited));
    const Waiver &after = ws.waivers.constFirst();
    QCOMPARE(after.reason, changed.reason);
    QVERIFY(!after.expires.isValid());
    QCOMPARE(after.untilMinor, std::optional<MinorVersion>(MinorVersion{1, 33}));
    QCOMPARE(after.acceptedBy, QStringLiteral("kim")); // who accepted it does not change
    QCOMPARE(after.acceptedAt, accepted.addDays(5));
    QCOMPARE(after.history.size(), 1);
    QCOMPARE(after.history.constFirst(), (WaiverChange{WaiverChange::Action::Edited, QStringLiteral("sato"), edited}));
    QVERIFY(!ws.editWaiver(current, changed, QStringLiteral("sato"), edited)); // current is gone: it changed

    const Waiver toRemove = ws.waivers.constFirst();
    QVERIFY(ws.removeWaiver(toRemove, QStringLiteral("ito"), edited.addDays(1)));
    QCOMPARE(ws.waivers.size(), 1);
    QCOMPARE(ws.removedWaivers.size(), 1);
    QCOMPARE(ws.removedWaivers.constFirst().history.size(), 2);
    QCOMPARE(ws.removedWaivers.constFirst().lastChange()->action, WaiverChange::Action::Removed);
    QCOMPARE(ws.removedWaivers.constFirst().lastChange()->by, QStringLiteral("ito"));
    QVERIFY(!ws.removeWaiver(toRemove, QStringLiteral("ito"), edited));
}

void TestWorkspace::workspaceWithoutAuditFieldsStillReads()
{
    // Written before waivers recorded who accepted them and when.
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("old.yaml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("kirikaeWorkspace: 1\nname: \"old\"\nsnapshots: []\nwaivers:\n  - cluster: \"prod\"\n"
               "    subject: \"authorino-operator:\"\n    reason: \"freeze\"\n    owner: \"Sato\"\n"
               "    expires: 2027-03-31\n");
    file.close();
    QString error;
    const auto read = Workspace::read(file.fileName(), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->waivers.size(), 1);
    const Waiver &w = read->waivers.constFirst();
    QCOMPARE(w.owner, QStringLiteral("Sato"));
    QVERIFY(w.acceptedBy.isEmpty());
    QVERIFY(!w.acceptedAt.isValid());
    QVERIFY(w.history.isEmpty());
    QVERIFY(read->removedWaivers.isEmpty());
    // Written again, it stays as it was: no invented who or when.
    QVERIFY(read->write(file.fileName(), &error));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY2(!text.contains("accepted") && !text.contains("history") && !text.contains("removedWaivers"),
             text.constData());
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
