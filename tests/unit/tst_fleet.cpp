// A folder is a workspace: loadSnapshots reads folders recursively, skips what is plainly no snapshot, keeps a
// cluster's older snapshots as its history and tells apart clusters that only share a name.
#include "analysis/fleetanalysis.h"
#include "core/catalogs.h"
#include "core/languagemanager.h"
#include "snapshot/fleet.h"
#include "snapshot/snapshotfile.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kirikae;

namespace {

ClusterSnapshot snapshot(const QString &name, const QString &context, const QString &server, const char *when,
                         const QString &version = QStringLiteral("v1.33.1"))
{
    ClusterSnapshot s;
    s.name = name;
    s.context = context;
    s.server = server;
    s.collectedAt = QDateTime::fromString(QLatin1StringView(when), Qt::ISODate);
    s.serverVersion = version;
    s.distribution = QStringLiteral("upstream");
    return s;
}

void put(const QTemporaryDir &dir, const QString &path, const ClusterSnapshot &s)
{
    QVERIFY(QDir(dir.path()).mkpath(QFileInfo(dir.filePath(path)).path()));
    QString error;
    QVERIFY2(SnapshotFile::write(s, dir.filePath(path), &error), qPrintable(error));
}

void put(const QTemporaryDir &dir, const QString &path, const QByteArray &text)
{
    QVERIFY(QDir(dir.path()).mkpath(QFileInfo(dir.filePath(path)).path()));
    QFile file(dir.filePath(path));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

QStringList names(const LoadedFleet &fleet)
{
    QStringList list;
    for (const FleetEntry &e : fleet.clusters)
        list << e.snapshot.name;
    return list;
}

} // namespace

class TestFleet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_language.setLanguage(QStringLiteral("en"))); }
    void folderIsReadRecursively();
    void emptyFolderIsAnError();
    void fileReachedTwiceLoadsOnce();
    void sameNameIsToldApart_data();
    void sameNameIsToldApart();
    void historyIsNotRenamed();
    void newestIsCurrentOlderIsTrend();
    void folderWorkspace();

private:
    LanguageManager m_language;
};

void TestFleet::folderIsReadRecursively()
{
    QTemporaryDir dir;
    put(dir, QStringLiteral("prod/2026-11-20/prod.yaml"),
        snapshot(QStringLiteral("prod"), QStringLiteral("prod"), QStringLiteral("https://prod:6443"),
                 "2026-11-20T03:17:00Z"));
    put(dir, QStringLiteral("prod/2026-11-25/prod.yml"),
        snapshot(QStringLiteral("prod"), QStringLiteral("prod"), QStringLiteral("https://prod:6443"),
                 "2026-11-25T03:17:00Z"));
    put(dir, QStringLiteral("staging.yaml"),
        snapshot(QStringLiteral("staging"), QStringLiteral("staging"), QStringLiteral("https://stg:6443"),
                 "2026-11-25T03:17:00Z"));
    // Not snapshots: a workspace, a manifest, an empty file; a hidden folder; a file that is not YAML by name.
    put(dir, QStringLiteral("team.yaml"), QByteArray("kirikaeWorkspace: 1\nname: team\nsnapshots: []\n"));
    put(dir, QStringLiteral("manifests/deploy.yaml"), QByteArray("apiVersion: apps/v1\nkind: Deployment\n"));
    put(dir, QStringLiteral("empty.yaml"), QByteArray());
    put(dir, QStringLiteral(".git/config.yaml"), QByteArray("kirikaeSnapshot: [broken"));
    put(dir, QStringLiteral("notes.txt"), QByteArray("kirikaeSnapshot: 1"));
    // A snapshot that cannot be read is an error, not a skipped file.
    put(dir, QStringLiteral("broken.yaml"), QByteArray("kirikaeSnapshot: 1\nname: [broken\n"));

    QList<std::pair<int, int>> progress;
    const LoadedFleet fleet = loadSnapshots({dir.path()}, [&](int done, int total) { progress << std::pair{done, total}; });
    // One call a file, counting up to every file the folder holds (hidden folders and non-YAML names left out).
    QCOMPARE(progress.size(), 7);
    QCOMPARE(progress.constFirst(), std::pair(1, 7));
    QCOMPARE(progress.constLast(), std::pair(7, 7));
    QCOMPARE(names(fleet), (QStringList{QStringLiteral("prod"), QStringLiteral("prod"), QStringLiteral("staging")}));
    QCOMPARE(fleet.clusters.at(0).file, dir.filePath(QStringLiteral("prod/2026-11-20/prod.yaml"))); // path order
    QCOMPARE(fleet.errors.size(), 1);
    QVERIFY2(fleet.errors.constFirst().contains(QStringLiteral("broken.yaml")), qPrintable(fleet.errors.join(u'\n')));
    QCOMPARE(fleet.notes.size(), 1);
    QVERIFY2(fleet.notes.constFirst().contains(QStringLiteral("3 files that are not snapshots were skipped")),
             qPrintable(fleet.notes.constFirst()));
    QVERIFY(fleet.notes.constFirst().contains(QStringLiteral("deploy.yaml")));

    // A file named on its own is never skipped: it was meant as a snapshot.
    const LoadedFleet named = loadSnapshots({dir.filePath(QStringLiteral("team.yaml"))});
    QCOMPARE(named.errors.size(), 1);
    QVERIFY(named.notes.isEmpty());
}

void TestFleet::emptyFolderIsAnError()
{
    QTemporaryDir dir;
    put(dir, QStringLiteral("readme.yaml"), QByteArray("just: text\n"));
    const LoadedFleet fleet = loadSnapshots({dir.path()});
    QVERIFY(fleet.clusters.isEmpty());
    QCOMPARE(fleet.errors.size(), 1);
    QVERIFY2(fleet.errors.constFirst().contains(QStringLiteral("no snapshot in this folder")),
             qPrintable(fleet.errors.constFirst()));
    QCOMPARE(fleet.emptyFolders, QStringList{dir.path()});
}

void TestFleet::fileReachedTwiceLoadsOnce()
{
    QTemporaryDir dir;
    put(dir, QStringLiteral("a.yaml"),
        snapshot(QStringLiteral("a"), QStringLiteral("a"), QStringLiteral("https://a"), "2026-11-25T00:00:00Z"));
    const LoadedFleet fleet = loadSnapshots({dir.path(), dir.filePath(QStringLiteral("a.yaml"))});
    QCOMPARE(fleet.clusters.size(), 1);
    QVERIFY(fleet.notes.isEmpty());
}

void TestFleet::sameNameIsToldApart_data()
{
    QTest::addColumn<QString>("firstPath");
    QTest::addColumn<QString>("firstContext");
    QTest::addColumn<QString>("firstServer");
    QTest::addColumn<QString>("secondPath");
    QTest::addColumn<QString>("secondContext");
    QTest::addColumn<QString>("secondServer");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("different contexts") << "a/prod.yaml"
                                        << "admin@prod"
                                        << "https://prod:6443"
                                        << "b/prod.yaml"
                                        << "viewer@prod"
                                        << "https://prod:6443"
                                        << QStringList{QStringLiteral("prod (admin@prod)"),
                                                       QStringLiteral("prod (viewer@prod)")};
    QTest::addRow("same context, different servers: folders")
        << "team-a/2026-11-25/prod.yaml"
        << "prod"
        << "https://a.example:6443"
        << "team-b/2026-11-25/prod.yaml"
        << "prod"
        << "https://b.example:6443" << QStringList{QStringLiteral("prod (team-a)"), QStringLiteral("prod (team-b)")};
    QTest::addRow("in-cluster, no context: folders")
        << "tokyo/prod.yaml"
        << ""
        << "https://10.96.0.1:443"
        << "osaka/prod.yaml"
        << "prod"
        << "https://prod.osaka:6443" << QStringList{QStringLiteral("prod (tokyo)"), QStringLiteral("prod (osaka)")};
    QTest::addRow("one folder: servers") << "prod.yaml"
                                         << "prod"
                                         << "https://a.example:6443/"
                                         << "prod-copy.yaml"
                                         << "prod"
                                         << "https://b.example"
                                         << QStringList{QStringLiteral("prod (a.example:6443)"),
                                                        QStringLiteral("prod (b.example)")};
}

void TestFleet::sameNameIsToldApart()
{
    QFETCH(QString, firstPath);
    QFETCH(QString, firstContext);
    QFETCH(QString, firstServer);
    QFETCH(QString, secondPath);
    QFETCH(QString, secondContext);
    QFETCH(QString, secondServer);
    QTemporaryDir dir;
    put(dir, firstPath, snapshot(QStringLiteral("prod"), firstContext, firstServer, "2026-11-25T00:00:00Z"));
    put(dir, secondPath, snapshot(QStringLiteral("prod"), secondContext, secondServer, "2026-11-25T00:00:00Z"));
    LoadedFleet fleet = loadSnapshots({dir.filePath(firstPath), dir.filePath(secondPath)});
    QVERIFY(fleet.errors.isEmpty());
    QTEST(names(fleet), "expected");
    QCOMPARE(fleet.notes.size(), 1);
    QVERIFY2(fleet.notes.constFirst().contains(QStringLiteral("2 clusters are named “prod”")),
             qPrintable(fleet.notes.constFirst()));

    // Never merged: the analysis sees two clusters, each current.
    const FleetAnalysis analysis = analyseFleet(fleet, {}, Catalogs::builtIn(), QDate(2026, 11, 25));
    QCOMPARE(analysis.current.size(), 2);
    QCOMPARE(analysis.debt.size(), 2);
}

void TestFleet::historyIsNotRenamed()
{
    QTemporaryDir dir;
    // The same cluster, collected twice into dated folders, once with a trailing slash on its server.
    put(dir, QStringLiteral("2026-11-20/prod.yaml"),
        snapshot(QStringLiteral("prod"), QStringLiteral("prod"), QStringLiteral("https://prod:6443/"),
                 "2026-11-20T00:00:00Z"));
    put(dir, QStringLiteral("2026-11-25/prod.yaml"),
        snapshot(QStringLiteral("prod"), QStringLiteral("prod"), QStringLiteral("https://prod:6443"),
                 "2026-11-25T00:00:00Z"));
    const LoadedFleet fleet = loadSnapshots({dir.path()});
    QCOMPARE(names(fleet), (QStringList{QStringLiteral("prod"), QStringLiteral("prod")}));
    QVERIFY(fleet.notes.isEmpty());
}

void TestFleet::newestIsCurrentOlderIsTrend()
{
    QTemporaryDir dir;
    // Read newest first: order in the folder must not decide which is current.
    put(dir, QStringLiteral("a/prod.yaml"),
        snapshot(QStringLiteral("prod"), QStringLiteral("prod"), QStringLiteral("https://prod"), "2026-11-25T00:00:00Z",
                 QStringLiteral("v1.34.2")));
    put(dir, QStringLiteral("b/prod.yaml"),
        snapshot(QStringLiteral("prod"), QStringLiteral("prod"), QStringLiteral("https://prod"), "2026-05-25T00:00:00Z",
                 QStringLiteral("v1.31.0")));
    put(dir, QStringLiteral("c/dev.yaml"),
        snapshot(QStringLiteral("dev"), QStringLiteral("dev"), QStringLiteral("https://dev"), "2026-11-24T00:00:00Z",
                 QStringLiteral("v1.35.0")));
    const FleetAnalysis a = analyseFleet(loadSnapshots({dir.path()}), {}, Catalogs::builtIn(), QDate(2026, 11, 25));
    QCOMPARE(a.fleet.clusters.size(), 3);
    QCOMPARE(a.current.size(), 2);
    QCOMPARE(a.currentStatuses.size(), 2);
    QCOMPARE(a.current.at(0).snapshot.serverVersion, QStringLiteral("v1.34.2"));
    QCOMPARE(a.current.at(1).snapshot.name, QStringLiteral("dev"));
    QCOMPARE(a.matrix.clusters, (QStringList{QStringLiteral("prod"), QStringLiteral("dev")})); // one column each
    QCOMPARE(a.debt.size(), 2);
    QCOMPARE(a.debt.at(0).cluster, QStringLiteral("prod"));
    QCOMPARE(a.debt.at(0).trend.size(), 2); // the older snapshot is the trend's first point
    QVERIFY(a.debt.at(0).trend.at(0).collectedAt < a.debt.at(0).trend.at(1).collectedAt);
}

void TestFleet::folderWorkspace()
{
    QTemporaryDir dir;
    put(dir, QStringLiteral("x/a.yaml"),
        snapshot(QStringLiteral("a"), QStringLiteral("a"), QStringLiteral("https://a"), "2026-11-25T00:00:00Z"));
    const Workspace ws = Workspace::fromFolder(dir.filePath(QStringLiteral("x/")));
    QCOMPARE(ws.name, QStringLiteral("x"));
    QCOMPARE(ws.snapshotFiles, QStringList{dir.filePath(QStringLiteral("x"))});
    QVERIFY(ws.filePath.isEmpty());
    QCOMPARE(ws.snapshotDir(), dir.filePath(QStringLiteral("x"))); // what it collects stays in the folder
    QCOMPARE(loadSnapshots(ws.snapshotFiles).clusters.size(), 1);

    // Saved as a file, it keeps naming the folder (relative to itself), so new snapshots still show up.
    QString error;
    QVERIFY2(ws.write(dir.filePath(QStringLiteral("team.yaml")), &error), qPrintable(error));
    const auto read = Workspace::read(dir.filePath(QStringLiteral("team.yaml")), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->snapshotFiles, QStringList{dir.filePath(QStringLiteral("x"))});
    put(dir, QStringLiteral("x/b.yaml"),
        snapshot(QStringLiteral("b"), QStringLiteral("b"), QStringLiteral("https://b"), "2026-11-25T00:00:00Z"));
    QCOMPARE(loadSnapshots(read->snapshotFiles).clusters.size(), 2);
}

QTEST_GUILESS_MAIN(TestFleet)
#include "tst_fleet.moc"
