// The bad-input matrix: every entry point (the commands, and the GUI's open/import through the model layer) fed
// empty, truncated, binary, huge, deeply nested, wrong-type and wrong-encoding files. Each must end with a clear
// message naming the input, exit 1 or 2 (never a signal), and leave the user's files as they were.
#include "analysis/bundlereader.h"
#include "snapshot/snapshotfile.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void commands_data();
    void commands();
    void modelLayer_data();
    void modelLayer();
    void fullDiskKeepsThePreviousFile_data();
    void fullDiskKeepsThePreviousFile();
    void fullDiskKeepsWorkspaceAndSnapshot();

private:
    QString input(const QString &kind) const { return m_dir.filePath(kind + QStringLiteral(".yaml")); }
    QTemporaryDir m_dir;
    QStringList m_kinds;
};

namespace {

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

void write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(data), data.size());
}

} // namespace

void TestBadInput::initTestCase()
{
    QFile demo(QStringLiteral(KIRIKAE_SOURCE_DIR "/resources/demo/snapshots/prod-eks-tokyo.yaml"));
    QVERIFY(demo.open(QIODevice::ReadOnly));
    const QByteArray real = demo.readAll();

    write(input(QStringLiteral("empty")), {});
    // Cut inside a flow mapping ("labels: {…"), so the rest can never read as a shorter but whole snapshot.
    write(input(QStringLiteral("truncated")), real.left(real.indexOf('{', real.size() * 2 / 5) + 1));
    QByteArray binary(4096, '\0');
    QRandomGenerator random(7);
    for (char &c : binary)
        c = char(random.bounded(256));
    write(input(QStringLiteral("binary")), binary);
    write(input(QStringLiteral("nested")), QByteArray(100000, '['));
    write(input(QStringLiteral("wrong-type")),
          "kirikaeSnapshot: 1\nname: [a, b]\nnodes: three\nserverVersion: {x: 1}\n");
    // The same snapshot as UTF-16 with a byte-order mark, and with Latin-1 bytes that are not UTF-8.
    QByteArray utf16("\xFF\xFE", 2);
    for (const QChar c : QString::fromUtf8(real))
        utf16.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
    write(input(QStringLiteral("utf16")), utf16);
    write(input(QStringLiteral("latin1")), "kirikaeSnapshot: 1\nname: caf\xE9\xFF\nserverVersion: v1.30.\xE9\n");
    // 200 MB: refused by size before anything tries to hold it in memory.
    QFile huge(input(QStringLiteral("huge")));
    QVERIFY(huge.open(QIODevice::WriteOnly));
    const QByteArray line = "key: " + QByteArray(1018, 'x') + '\n';
    const QByteArray block = line.repeated(1024);
    for (int i = 0; i < 200; ++i)
        QCOMPARE(huge.write(block), block.size());
    huge.close();
    m_kinds = {QStringLiteral("empty"),  QStringLiteral("truncated"),  QStringLiteral("binary"),
               QStringLiteral("nested"), QStringLiteral("wrong-type"), QStringLiteral("utf16"),
               QStringLiteral("latin1"), QStringLiteral("huge")};
}

void TestBadInput::commands_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("args"); ///< FILE stands for the input, OUT for a file the user already has
    const QList<std::pair<const char *, QStringList>> entries{
        {"versions", {QStringLiteral("versions"), QStringLiteral("FILE")}},
        {"debt", {QStringLiteral("debt"), QStringLiteral("FILE")}},
        {"scan", {QStringLiteral("scan"), QStringLiteral("FILE"), QStringLiteral("--target"), QStringLiteral("1.30")}},
        {"operators", {QStringLiteral("operators"), QStringLiteral("FILE")}},
        {"plan",
         {QStringLiteral("plan"), QStringLiteral("FILE"), QStringLiteral("--target"), QStringLiteral("1.36"),
          QStringLiteral("-o"), QStringLiteral("OUT.md")}},
        {"debt --workspace",
         {QStringLiteral("debt"), QStringLiteral("--workspace"), QStringLiteral("FILE"),
          QStringLiteral(KIRIKAE_SOURCE_DIR "/resources/demo/snapshots/dev-kind.yaml")}},
        {"collect --kubeconfig",
         {QStringLiteral("collect"), QStringLiteral("--kubeconfig"), QStringLiteral("FILE"),
          QStringLiteral("--all-contexts"), QStringLiteral("-o"), QStringLiteral("OUTDIR")}},
        {"gui --workspace --screenshot",
         {QStringLiteral("--workspace"), QStringLiteral("FILE"), QStringLiteral("--screenshot"),
          QStringLiteral("OUTDIR")}}};
    for (const QString &kind :
         {QStringLiteral("empty"), QStringLiteral("truncated"), QStringLiteral("binary"), QStringLiteral("nested"),
          QStringLiteral("wrong-type"), QStringLiteral("utf16"), QStringLiteral("latin1"), QStringLiteral("huge")}) {
        for (const auto &[name, args] : entries)
            QTest::addRow("%s, %s", name, qPrintable(kind)) << kind << args;
    }
}

void TestBadInput::commands()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, args);
    QTemporaryDir work;
    const QString out = work.filePath(QStringLiteral("reviewed.md"));
    const QString outDir = work.filePath(QStringLiteral("snapshots"));
    QVERIFY(QDir().mkpath(outDir));
    write(out, "# the runbook the team signed\n");
    write(outDir + QStringLiteral("/prod.yaml"), "kirikaeSnapshot: 1\nname: prod\n");
    const QByteArray before = hashOf(out);
    const QByteArray beforeSnapshot = hashOf(outDir + QStringLiteral("/prod.yaml"));
    for (QString &a : args) {
        a.replace(QStringLiteral("OUTDIR"), outDir);
        a.replace(QStringLiteral("OUT.md"), out);
        a.replace(QStringLiteral("FILE"), input(kind));
    }
    // UTF-16 with a byte-order mark is valid YAML: a snapshot so written must read as the UTF-8 one does.
    const bool validText = kind == u"utf16" && !args.contains(QStringLiteral("--kubeconfig")) &&
                           !args.contains(QStringLiteral("--workspace"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KIRIKAE_BINARY), args);
    QVERIFY2(p.waitForFinished(60000), "hung");
    QCOMPARE(p.exitStatus(), QProcess::NormalExit); // never a signal
    const QString err = QString::fromUtf8(p.readAllStandardError());
    if (validText) {
        QVERIFY2(p.exitCode() == 0 || args.first() == u"scan", qPrintable(err)); // scan: its removed APIs
        QVERIFY(!err.contains(QStringLiteral("error")));
        return;
    }
    QVERIFY2(p.exitCode() == 1 || p.exitCode() == 2,
             qPrintable(QStringLiteral("exit %1: %2").arg(p.exitCode()).arg(err)));
    QVERIFY2(err.contains(kind + QStringLiteral(".yaml")), qPrintable(err)); // the message names the input
    QCOMPARE(hashOf(out), before);
    QCOMPARE(hashOf(outDir + QStringLiteral("/prod.yaml")), beforeSnapshot);
}

void TestBadInput::modelLayer_data()
{
    QTest::addColumn<QString>("kind");
    for (const QString &kind :
         {QStringLiteral("empty"), QStringLiteral("truncated"), QStringLiteral("binary"), QStringLiteral("nested"),
          QStringLiteral("wrong-type"), QStringLiteral("utf16"), QStringLiteral("latin1"), QStringLiteral("huge")})
        QTest::addRow("%s", qPrintable(kind)) << kind;
}

void TestBadInput::modelLayer()
{
    // File › Open workspace and File › Import snapshots go through these.
    QFETCH(QString, kind);
    QString error;
    QVERIFY(!kirikae::Workspace::read(input(kind), &error));
    QVERIFY2(error.contains(kind + QStringLiteral(".yaml")), qPrintable(error));
    if (kind == u"utf16") { // valid YAML: it loads, with the names the UTF-8 file gives
        const kirikae::LoadedFleet fleet = kirikae::loadSnapshots({input(kind)});
        QCOMPARE(fleet.clusters.size(), 1);
        QCOMPARE(fleet.clusters.first().snapshot.name, QStringLiteral("prod-eks-tokyo"));
        return;
    }
    const kirikae::LoadedFleet fleet = kirikae::loadSnapshots({input(kind)});
    QVERIFY(fleet.clusters.isEmpty());
    QCOMPARE(fleet.errors.size(), 1);
    QVERIFY2(fleet.errors.first().contains(kind + QStringLiteral(".yaml")), qPrintable(fleet.errors.first()));
    // Operators › Add bundle folder: a folder whose only CSV is this file.
    QTemporaryDir bundle;
    QVERIFY(QDir().mkpath(bundle.filePath(QStringLiteral("x/1.0.0/manifests"))));
    QVERIFY(
        QFile::link(input(kind), bundle.filePath(QStringLiteral("x/1.0.0/manifests/x.clusterserviceversion.yaml"))));
    const auto read = kirikae::BundleReader::readFolder(bundle.path());
    QVERIFY(read.operators.isEmpty());
    QCOMPARE(read.errors.size(), 1);
}

void TestBadInput::fullDiskKeepsThePreviousFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addRow("Markdown runbook") << "reviewed.md";
    QTest::addRow("PDF runbook") << "reviewed.pdf";
}

void TestBadInput::fullDiskKeepsThePreviousFile()
{
    // A file-size limit of 8 KB makes every write past it fail (EFBIG), as a full disk would (ENOSPC).
    QFETCH(QString, file);
    QTemporaryDir work;
    const QString out = work.filePath(file);
    write(out, "the version the team signed\n");
    const QByteArray before = hashOf(out);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("bash"),
            {QStringLiteral("-c"), QStringLiteral("trap '' XFSZ; ulimit -f 8; exec \"$0\" \"$@\""),
             QStringLiteral(KIRIKAE_BINARY), QStringLiteral("plan"),
             QStringLiteral(KIRIKAE_SOURCE_DIR "/resources/demo/snapshots/prod-eks-tokyo.yaml"),
             QStringLiteral("--target"), QStringLiteral("1.36"), QStringLiteral("-o"), out});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(err.contains(out), qPrintable(err));
    QCOMPARE(hashOf(out), before);
    // No half-written temporary file is left next to it.
    QCOMPARE(QDir(work.path()).entryList(QDir::Files), QStringList{file});
}

void TestBadInput::fullDiskKeepsWorkspaceAndSnapshot()
{
    // The same limit inside this process, for the saves the window makes (File › Save workspace, collection).
    QTemporaryDir work;
    const QString workspacePath = work.filePath(QStringLiteral("fleet.yaml"));
    const QString snapshotPath = work.filePath(QStringLiteral("prod.yaml"));
    kirikae::Workspace small;
    small.name = QStringLiteral("before");
    QString error;
    QVERIFY(small.write(workspacePath, &error));
    const kirikae::LoadedFleet demo = kirikae::loadSnapshots(kirikae::Workspace::demo().snapshotFiles);
    QVERIFY(kirikae::SnapshotFile::write(demo.clusters.at(5).snapshot, snapshotPath, &error));
    const QByteArray workspaceBefore = hashOf(workspacePath);
    const QByteArray snapshotBefore = hashOf(snapshotPath);

    kirikae::Workspace big = small;
    for (int i = 0; i < 400; ++i)
        big.waivers << kirikae::Waiver{QStringLiteral("prod"),
                                       QStringLiteral("finding %1").arg(i),
                                       QStringLiteral("a reason long enough to fill the file quickly"),
                                       QStringLiteral("owner"),
                                       QDate(2027, 1, 1),
                                       std::nullopt};
    rlimit old{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto previousHandler = signal(SIGXFSZ, SIG_IGN);
    rlimit limited = old;
    limited.rlim_cur = 4096;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    const bool workspaceWritten = big.write(workspacePath, &error);
    const bool snapshotWritten = kirikae::SnapshotFile::write(demo.clusters.at(0).snapshot, snapshotPath, &error);
    setrlimit(RLIMIT_FSIZE, &old);
    signal(SIGXFSZ, previousHandler);
    QVERIFY(!workspaceWritten);
    QVERIFY(!snapshotWritten);
    QVERIFY2(error.contains(QStringLiteral("prod.yaml")), qPrintable(error));
    QCOMPARE(hashOf(workspacePath), workspaceBefore);
    QCOMPARE(hashOf(snapshotPath), snapshotBefore);
    QCOMPARE(QDir(work.path()).entryList(QDir::Files).size(), 2);
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
