#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run kirikae(const QStringList &args, const QString &workingDir = {})
{
    QProcess process;
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(QStringLiteral(KIRIKAE_BINARY), args);
    Run run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return run; // a crash or hang: exitCode stays -1
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString demoDir()
{
    return QStringLiteral(KIRIKAE_SOURCE_DIR "/resources/demo/snapshots");
}

const QStringList demoFiles{QStringLiteral("prod-eks-tokyo.yaml"), QStringLiteral("staging-kubeadm.yaml"),
                            QStringLiteral("ocp-factory.yaml"),    QStringLiteral("gke-analytics.yaml"),
                            QStringLiteral("aks-payments.yaml"),   QStringLiteral("dev-kind.yaml")};

/// Copies a demo snapshot to path, with text replaced.
bool copyDemo(const QString &name, const QString &path, const QList<QPair<QByteArray, QByteArray>> &replace = {})
{
    QFile demo(demoDir() + u'/' + name);
    if (!demo.open(QIODevice::ReadOnly) || !QDir().mkpath(QFileInfo(path).path()))
        return false;
    QByteArray text = demo.readAll();
    for (const auto &[from, to] : replace)
        text.replace(from, to);
    QFile copy(path);
    return copy.open(QIODevice::WriteOnly) && copy.write(text) == text.size();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpAndVersion();
    void usageErrors_data();
    void usageErrors();
    void unknownCommandNeverOpensAWindow_data();
    void unknownCommandNeverOpensAWindow();
    void versionsJsonMatchesGolden();
    void versionsTable();
    void badFileNamesTheFile();
    void dataOverride();
    void screenshots();
    void scanGatesPipelines();
    void scanChartTree();
    void debtRanksHotspots();
    void addonsJson();
    void operatorsGraph();
    void planWritesRunbooks();
    void planJsonIsWhatTheRunbookSays();
    void planJsonCarriesStoredVersionsAndTheUpdateGraph();
    void planBundlesThatCannotBeRead();
    void versionsJudgesAddonsAtATarget();
    void blueGreenNeverOntoItself();
    void folderIsAWorkspace();
};

void TestCli::helpAndVersion()
{
    Run r = kirikae({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("kirikae 0.")), qPrintable(r.out));
    r = kirikae({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *word : {"versions", "--demo", "--lang", "--screenshot", "--workspace"})
        QVERIFY2(r.out.contains(QLatin1StringView(word)), word);
    r = kirikae({QStringLiteral("versions"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("--today")));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::addRow("no snapshot") << QStringList{QStringLiteral("versions")} << "at least one snapshot";
    QTest::addRow("bad format") << QStringList{QStringLiteral("versions"), QStringLiteral("--format"),
                                               QStringLiteral("xml"), QStringLiteral("a.yaml")}
                                << "--format “xml”";
    QTest::addRow("bad date") << QStringList{QStringLiteral("versions"), QStringLiteral("--today"),
                                             QStringLiteral("2026-13-01"), QStringLiteral("a.yaml")}
                              << "--today “2026-13-01”";
    QTest::addRow("unknown option") << QStringList{QStringLiteral("versions"), QStringLiteral("--frobnicate")}
                                    << "frobnicate";
    QTest::addRow("data not a folder") << QStringList{QStringLiteral("versions"), QStringLiteral("--data"),
                                                      QStringLiteral("/nonexistent"), QStringLiteral("a.yaml")}
                                       << "--data";
    QTest::addRow("operators without input") << QStringList{QStringLiteral("operators")} << "bundle folder";
    QTest::addRow("operators bad target") << QStringList{QStringLiteral("operators"), QStringLiteral("--target"),
                                                         QStringLiteral("latest"), QStringLiteral("a.yaml")}
                                          << "--target";
    QTest::addRow("plan without -o") << QStringList{QStringLiteral("plan"), QStringLiteral("--target"),
                                                    QStringLiteral("1.34"), QStringLiteral("a.yaml")}
                                     << "-o FILE";
    QTest::addRow("plan to a .docx") << QStringList{QStringLiteral("plan"),   QStringLiteral("--target"),
                                                    QStringLiteral("1.34"),   QStringLiteral("-o"),
                                                    QStringLiteral("x.docx"), QStringLiteral("a.yaml")}
                                     << ".pdf, .html or .md";
    QTest::addRow("plan with a bad strategy")
        << QStringList{QStringLiteral("plan"),       QStringLiteral("--target"), QStringLiteral("1.34"),
                       QStringLiteral("--strategy"), QStringLiteral("rolling"),  QStringLiteral("-o"),
                       QStringLiteral("x.md"),       QStringLiteral("a.yaml")}
        << "rolling";
    QTest::addRow("collect with a page size of 0")
        << QStringList{QStringLiteral("collect"), QStringLiteral("-o"), QStringLiteral("out"),
                       QStringLiteral("--page-size"), QStringLiteral("0")}
        << "--page-size “0”";
    QTest::addRow("plan at no clusters at once")
        << QStringList{QStringLiteral("plan"),      QStringLiteral("--target"), QStringLiteral("1.34"),
                       QStringLiteral("--at-once"), QStringLiteral("0"),        QStringLiteral("--format"),
                       QStringLiteral("json"),      QStringLiteral("a.yaml")}
        << "--at-once “0”";
    QTest::addRow("gui unknown option") << QStringList{QStringLiteral("--frobnicate")} << "frobnicate";
    QTest::addRow("gui bad language") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr")} << "--lang";
    QTest::addRow("gui bad size") << QStringList{QStringLiteral("--size"), QStringLiteral("1366by768")} << "--size";
    QTest::addRow("gui tiny size") << QStringList{QStringLiteral("--size"), QStringLiteral("320x200")} << "--size";
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = kirikae(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("--help")), qPrintable(r.err));
}

void TestCli::unknownCommandNeverOpensAWindow_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addRow("a made-up word") << QStringList{QStringLiteral("frobnicate")};
    QTest::addRow("a near miss, with options") << QStringList{QStringLiteral("scna"), QStringLiteral("--target"),
                                                              QStringLiteral("1.30"), QStringLiteral("x.yaml")};
    QTest::addRow("a snapshot that does not exist") << QStringList{QStringLiteral("missing.yaml")};
}

void TestCli::unknownCommandNeverOpensAWindow()
{
    // A word that is no command, no option and no file used to fall through to the window, which hangs or aborts
    // without a display. It is a usage error, told at once.
    QFETCH(QStringList, args);
    QTemporaryDir dir; // where none of the words names a file
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QLatin1StringView(name));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(dir.path());
    process.start(QStringLiteral(KIRIKAE_BINARY), args);
    const bool finished = process.waitForFinished(5000);
    if (!finished) {
        process.kill();
        process.waitForFinished();
    }
    QVERIFY2(finished, "still running after 5 s: it went on to open a window");
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 2);
    QVERIFY2(err.contains(QStringLiteral("unknown command: ") + args.constFirst()), qPrintable(err));
    for (const char *command : {"addons", "collect", "debt", "operators", "plan", "scan", "versions"})
        QVERIFY2(err.contains(QLatin1StringView(command)), command);
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

void TestCli::versionsJsonMatchesGolden()
{
    const Run r =
        kirikae(QStringList{QStringLiteral("versions"), QStringLiteral("--today"), QStringLiteral("2026-11-25"),
                            QStringLiteral("--format"), QStringLiteral("json")} +
                    demoFiles,
                demoDir());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonDocument actual = QJsonDocument::fromJson(r.out.toUtf8());
    QVERIFY(actual.isObject());

    QFile golden(QStringLiteral(KIRIKAE_TEST_DATA "/cli/versions-demo.json"));
    QVERIFY(golden.open(QIODevice::ReadOnly));
    const QJsonDocument expected = QJsonDocument::fromJson(golden.readAll());
    if (actual != expected) {
        qWarning().noquote() << "actual output:\n" << r.out;
        QFAIL("versions --format json differs from tests/data/cli/versions-demo.json");
    }
    // The contract's fields, checked by name so a rename cannot pass unnoticed.
    const QJsonObject first = actual.object().value(QStringLiteral("clusters")).toArray().at(0).toObject();
    for (const char *key : {"name", "distribution", "serverVersion", "minor", "support"})
        QVERIFY2(first.contains(QLatin1StringView(key)), key);
    const QJsonObject support = first.value(QStringLiteral("support")).toObject();
    for (const char *key : {"status", "eol", "daysLeft", "latestPatch", "minorsBehind"})
        QVERIFY2(support.contains(QLatin1StringView(key)), key);
}

void TestCli::versionsTable()
{
    const Run r = kirikae(
        QStringList{QStringLiteral("versions"), QStringLiteral("--today"), QStringLiteral("2026-11-25")} + demoFiles,
        demoDir());
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 7);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("CLUSTER")));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("prod-eks-tokyo")));
    QVERIFY(lines.at(1).contains(QStringLiteral("unsupported")));
    QVERIFY(lines.at(1).contains(QStringLiteral("-379")));
    // Columns line up: SUPPORT starts at the same offset in every line.
    const qsizetype column = lines.at(0).indexOf(QStringLiteral("SUPPORT"));
    QCOMPARE(lines.at(6).indexOf(QStringLiteral("supported")), column);
}

void TestCli::badFileNamesTheFile()
{
    QTemporaryDir dir;
    QFile bad(dir.filePath(QStringLiteral("broken.yaml")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("kirikaeSnapshot: 1\nname: x\nnodes: {oops\n");
    bad.close();
    const Run r = kirikae({QStringLiteral("versions"), QStringLiteral("--format"), QStringLiteral("json"),
                           bad.fileName(), demoDir() + QStringLiteral("/dev-kind.yaml")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("broken.yaml:")), qPrintable(r.err));
    // The good file is still reported.
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("clusters")).toArray().size(), 1);
    QCOMPARE(json.value(QStringLiteral("errors")).toArray().size(), 1);

    const Run missing = kirikae({QStringLiteral("versions"), dir.filePath(QStringLiteral("nope.yaml"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QStringLiteral("nope.yaml")));
}

void TestCli::dataOverride()
{
    QTemporaryDir dir;
    QFile catalog(dir.filePath(QStringLiteral("kubernetes-releases.yaml")));
    QVERIFY(catalog.open(QIODevice::WriteOnly));
    // A calendar in which 1.36 is supported for a long time.
    catalog.write("releases:\n  - minor: \"1.36\"\n    released: 2026-04-22\n    endOfSupport: 2030-01-01\n"
                  "    latestPatch: \"1.36.9\"\n");
    catalog.close();
    Run r = kirikae({QStringLiteral("versions"), QStringLiteral("--format"), QStringLiteral("json"),
                     QStringLiteral("--today"), QStringLiteral("2026-11-25"), QStringLiteral("--data"), dir.path(),
                     demoDir() + QStringLiteral("/dev-kind.yaml")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject support = QJsonDocument::fromJson(r.out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("clusters"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("support"))
                                    .toObject();
    QCOMPARE(support.value(QStringLiteral("eol")).toString(), QStringLiteral("2030-01-01"));
    QCOMPARE(support.value(QStringLiteral("latestPatch")).toString(), QStringLiteral("1.36.9"));

    // A broken override: a warning naming file and line, and the built-in catalog answers.
    QVERIFY(catalog.open(QIODevice::WriteOnly | QIODevice::Truncate));
    catalog.write("releases:\n  - minor: [\n");
    catalog.close();
    r = kirikae({QStringLiteral("versions"), QStringLiteral("--today"), QStringLiteral("2026-11-25"),
                 QStringLiteral("--data"), dir.path(), demoDir() + QStringLiteral("/dev-kind.yaml")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QStringLiteral("kubernetes-releases.yaml:")), qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("2027-06-28")));
}

void TestCli::screenshots()
{
    QTemporaryDir dir;
    const Run r =
        kirikae({QStringLiteral("--demo"), QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--today"),
                 QStringLiteral("2026-11-25"), QStringLiteral("--screenshot"), dir.path()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("fleet.png"))));
    QVERIFY(r.out.contains(QStringLiteral("fleet.png")));
    QCOMPARE(QImage(dir.filePath(QStringLiteral("fleet.png"))).size(), QSize(1280, 800)); // the default

    // A laptop's screen: every page at the size asked for.
    QTemporaryDir laptop;
    const Run small =
        kirikae({QStringLiteral("--demo"), QStringLiteral("--today"), QStringLiteral("2026-11-25"),
                 QStringLiteral("--size"), QStringLiteral("1366x768"), QStringLiteral("--screenshot"), laptop.path()});
    QVERIFY2(small.exitCode == 0, qPrintable(small.err));
    for (const QString &page : {QStringLiteral("fleet"), QStringLiteral("timeline"), QStringLiteral("plan")})
        QCOMPARE(QImage(laptop.filePath(page + QStringLiteral(".png"))).size(), QSize(1366, 768));
}

void TestCli::scanGatesPipelines()
{
    const QString manifests = QStringLiteral(KIRIKAE_TEST_DATA "/manifests/helm-template.yaml");
    Run r = kirikae({QStringLiteral("scan"), manifests, QStringLiteral("--target"), QStringLiteral("1.25"),
                     QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--fail-on"),
                     QStringLiteral("removed")});
    QCOMPARE(r.exitCode, 3);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray findings = json.value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), 2);
    const QJsonObject first = findings.at(0).toObject();
    for (const char *key : {"file", "line", "apiVersion", "kind", "name", "namespace", "deprecatedIn", "removedIn",
                            "replacement", "status"})
        QVERIFY2(first.contains(QLatin1StringView(key)), key);
    QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("removed"));
    QCOMPARE(first.value(QStringLiteral("removedIn")).toString(), QStringLiteral("1.25"));
    QCOMPARE(first.value(QStringLiteral("line")).toInt(), 3);
    QCOMPARE(json.value(QStringLiteral("errors")).toArray().size(), 1); // the template that is not YAML
    QVERIFY(r.err.contains(QStringLiteral("helm-template.yaml:")));

    // Against 1.24 the same files hold only deprecated APIs: --fail-on removed passes, deprecated fails.
    r = kirikae({QStringLiteral("scan"), QStringLiteral(KIRIKAE_TEST_DATA "/manifests/crlf-bom.yaml"),
                 QStringLiteral("--target"), QStringLiteral("1.21"), QStringLiteral("--fail-on"),
                 QStringLiteral("removed")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("DEPRECATED")));
    r = kirikae({QStringLiteral("scan"), QStringLiteral(KIRIKAE_TEST_DATA "/manifests/crlf-bom.yaml"),
                 QStringLiteral("--target"), QStringLiteral("1.21"), QStringLiteral("--fail-on"),
                 QStringLiteral("deprecated")});
    QCOMPARE(r.exitCode, 3);
    r = kirikae({QStringLiteral("scan"), manifests});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("--target")));
    r = kirikae({QStringLiteral("scan"), manifests, QStringLiteral("--target"), QStringLiteral("2.0")});
    QCOMPARE(r.exitCode, 2);
}

void TestCli::scanChartTree()
{
    // A chart as it sits in a repository: values.yaml, Chart.yaml and requirements.yaml are skipped, not errors.
    const QString chart = QStringLiteral(KIRIKAE_TEST_DATA "/manifests/chart");
    Run r = kirikae({QStringLiteral("scan"), chart, QStringLiteral("--target"), QStringLiteral("1.20"),
                     QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--fail-on"),
                     QStringLiteral("deprecated")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("skipped")).toInt(-1), 3);
    QCOMPARE(json.value(QStringLiteral("documents")).toInt(), 5);
    QVERIFY(json.value(QStringLiteral("findings")).toArray().isEmpty());
    QVERIFY(json.value(QStringLiteral("errors")).toArray().isEmpty());
    r = kirikae({QStringLiteral("scan"), chart, QStringLiteral("--target"), QStringLiteral("1.20")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("3 skipped")), qPrintable(r.out));

    // At 1.25 its CronJob is removed, though its name is an unrendered template: a warning on the finding.
    r = kirikae({QStringLiteral("scan"), chart, QStringLiteral("--target"), QStringLiteral("1.25"),
                 QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--fail-on"),
                 QStringLiteral("removed")});
    QCOMPARE(r.exitCode, 3);
    json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray findings = json.value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), 1);
    const QJsonObject cronJob = findings.at(0).toObject();
    QCOMPARE(cronJob.value(QStringLiteral("kind")).toString(), QStringLiteral("CronJob"));
    QVERIFY(cronJob.value(QStringLiteral("name")).isNull());
    const QJsonArray warnings = cronJob.value(QStringLiteral("warnings")).toArray();
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.at(0).toString().contains(QStringLiteral("metadata.name")),
             qPrintable(warnings.at(0).toString()));
    QVERIFY2(r.err.contains(QStringLiteral("warning: ")), qPrintable(r.err));
    r = kirikae({QStringLiteral("scan"), chart, QStringLiteral("--target"), QStringLiteral("1.25")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("CronJob (unnamed)")), qPrintable(r.out));
}

void TestCli::debtRanksHotspots()
{
    const Run r = kirikae(QStringList{QStringLiteral("debt"), QStringLiteral("--today"), QStringLiteral("2026-11-25"),
                                      QStringLiteral("--format"), QStringLiteral("json")} +
                              demoFiles,
                          demoDir());
    QCOMPARE(r.exitCode, 0);
    const QJsonArray hotspots =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("hotspots")).toArray();
    QVERIFY(hotspots.size() >= 5);
    int previous = INT_MAX;
    for (const auto &h : hotspots) {
        const QJsonObject o = h.toObject();
        for (const char *key : {"cluster", "area", "score", "reasons"})
            QVERIFY2(o.contains(QLatin1StringView(key)), key);
        int sum = 0;
        for (const auto &reason : o.value(QStringLiteral("reasons")).toArray())
            sum += reason.toObject().value(QStringLiteral("points")).toInt();
        QCOMPARE(o.value(QStringLiteral("score")).toInt(), sum); // the reasons add up to the score
        QVERIFY(o.value(QStringLiteral("score")).toInt() <= previous);
        previous = o.value(QStringLiteral("score")).toInt();
    }
    QCOMPARE(kirikae({QStringLiteral("debt")}).exitCode, 2);

    // With the workspace's waivers: the waived reason stays, with 0 points and who accepted it.
    const Run waived = kirikae({QStringLiteral("debt"), QStringLiteral("--today"), QStringLiteral("2026-11-25"),
                                QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--workspace"),
                                QStringLiteral(KIRIKAE_SOURCE_DIR "/resources/demo/workspace.yaml"),
                                QStringLiteral("ocp-factory.yaml")},
                               demoDir());
    QCOMPARE(waived.exitCode, 0);
    bool found = false;
    for (const auto &h :
         QJsonDocument::fromJson(waived.out.toUtf8()).object().value(QStringLiteral("hotspots")).toArray()) {
        const QJsonObject o = h.toObject();
        if (o.value(QStringLiteral("area")).toString() != u"operators")
            continue;
        QCOMPARE(o.value(QStringLiteral("score")).toInt(), 3);
        const QJsonObject first = o.value(QStringLiteral("reasons")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("points")).toInt(), 0);
        QCOMPARE(first.value(QStringLiteral("waived")).toObject().value(QStringLiteral("owner")).toString(),
                 QStringLiteral("platform-team (Sato)"));
        const QJsonObject waiver = first.value(QStringLiteral("waived")).toObject();
        QCOMPARE(waiver.value(QStringLiteral("acceptedBy")).toString(), QStringLiteral("sato"));
        QCOMPARE(waiver.value(QStringLiteral("acceptedAt")).toString(), QStringLiteral("2026-09-30T02:15:00Z"));
        QCOMPARE(waiver.value(QStringLiteral("history")).toArray().size(), 0);
        found = true;
    }
    QVERIFY(found);

    // Two snapshots of one cluster: scored once (the newest), both in its trend, oldest first.
    QTemporaryDir dir;
    QFile demo(demoDir() + QStringLiteral("/dev-kind.yaml"));
    QVERIFY(demo.open(QIODevice::ReadOnly));
    QByteArray older = demo.readAll();
    older.replace("collectedAt: '2026-11-25T08:02:10Z'", "collectedAt: '2026-05-25T08:02:10Z'");
    older.replace("serverVersion: v1.36.2", "serverVersion: v1.33.1");
    QFile copy(dir.filePath(QStringLiteral("dev-kind-may.yaml")));
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(older);
    copy.close();
    const Run trend = kirikae({QStringLiteral("debt"), QStringLiteral("--today"), QStringLiteral("2026-11-25"),
                               QStringLiteral("--format"), QStringLiteral("json"), copy.fileName(),
                               demoDir() + QStringLiteral("/dev-kind.yaml")});
    QCOMPARE(trend.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(trend.out.toUtf8()).object();
    const QJsonArray trends = json.value(QStringLiteral("trends")).toArray();
    QCOMPARE(trends.size(), 1);
    const QJsonArray points = trends.at(0).toObject().value(QStringLiteral("points")).toArray();
    QCOMPARE(points.size(), 2);
    QCOMPARE(points.at(0).toObject().value(QStringLiteral("collectedAt")).toString(),
             QStringLiteral("2026-05-25T08:02:10Z"));
    QVERIFY(points.at(0).toObject().value(QStringLiteral("score")).toInt() >
            points.at(1).toObject().value(QStringLiteral("score")).toInt());
    QVERIFY(json.value(QStringLiteral("hotspots")).toArray().isEmpty()); // the newest snapshot carries no debt
}

void TestCli::addonsJson()
{
    const QStringList common{QStringLiteral("addons"), QStringLiteral("--today"), QStringLiteral("2026-11-25"),
                             QStringLiteral("--format"), QStringLiteral("json")};
    const Run r =
        kirikae(common + QStringList{QStringLiteral("--target"), QStringLiteral("1.36")} + demoFiles, demoDir());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("target")).toString(), QStringLiteral("1.36"));
    QVERIFY(json.value(QStringLiteral("targetGiven")).toBool());
    const QJsonArray addons = json.value(QStringLiteral("addons")).toArray();
    QVERIFY(addons.size() >= 10);
    QJsonObject certManager;
    QJsonObject kindnet;
    for (const auto &value : addons) {
        const QJsonObject o = value.toObject();
        // The contract's fields, by name, on every entry (null where unknown, never missing).
        for (const char *key : {"cluster", "name", "version", "detectedFrom", "statusCurrent", "statusAtTarget",
                                "supportedMinors", "minimumReleaseForTarget", "source", "semantics"})
            QVERIFY2(o.contains(QLatin1StringView(key)), key);
        QVERIFY(o.value(QStringLiteral("detectedFrom")).isArray());
        QVERIFY(o.value(QStringLiteral("supportedMinors")).isArray());
        if (o.value(QStringLiteral("cluster")).toString() == u"prod-eks-tokyo" &&
            o.value(QStringLiteral("name")).toString() == u"cert-manager")
            certManager = o;
        if (o.value(QStringLiteral("name")).toString() == u"kindnet")
            kindnet = o;
    }
    QCOMPARE(certManager.value(QStringLiteral("version")).toString(), QStringLiteral("v1.12.3"));
    QCOMPARE(certManager.value(QStringLiteral("statusCurrent")).toString(), QStringLiteral("supported"));
    QCOMPARE(certManager.value(QStringLiteral("statusAtTarget")).toString(), QStringLiteral("not-supported"));
    QCOMPARE(certManager.value(QStringLiteral("minimumReleaseForTarget")).toString(), QStringLiteral("1.21"));
    QCOMPARE(certManager.value(QStringLiteral("semantics")).toString(), QStringLiteral("compatible"));
    QVERIFY(certManager.value(QStringLiteral("supportedMinors")).toArray().contains(QStringLiteral("1.31")));
    QVERIFY(certManager.value(QStringLiteral("source")).toString().startsWith(QStringLiteral("https://github.com/")));
    QStringList kinds;
    for (const auto &e : certManager.value(QStringLiteral("detectedFrom")).toArray())
        kinds << e.toObject().value(QStringLiteral("kind")).toString();
    QCOMPARE(kinds, (QStringList{QStringLiteral("image"), QStringLiteral("helm")}));
    // An add-on the catalog does not know stays listed, with no data: never "fine".
    QCOMPARE(kindnet.value(QStringLiteral("statusCurrent")).toString(), QStringLiteral("no-data"));
    QCOMPARE(kindnet.value(QStringLiteral("statusAtTarget")).toString(), QStringLiteral("no-data"));
    QVERIFY(kindnet.value(QStringLiteral("semantics")).isNull());

    QMap<QString, QJsonValue> blocksAt;
    for (const auto &value : json.value(QStringLiteral("helm")).toArray()) {
        const QJsonObject o = value.toObject();
        for (const char *key : {"cluster", "release", "chart", "version", "kubeVersion", "blocksAt"})
            QVERIFY2(o.contains(QLatin1StringView(key)), key);
        blocksAt.insert(o.value(QStringLiteral("cluster")).toString() + u'/' +
                            o.value(QStringLiteral("release")).toString(),
                        o.value(QStringLiteral("blocksAt")));
    }
    QCOMPARE(blocksAt.value(QStringLiteral("prod-eks-tokyo/legacy-reports")).toString(), QStringLiteral("1.33"));
    QCOMPARE(blocksAt.value(QStringLiteral("staging-kubeadm/storefront")).toString(), QStringLiteral("1.36"));
    QVERIFY(blocksAt.value(QStringLiteral("prod-eks-tokyo/ingress-nginx")).isNull());

    // Without --target: the newest released minor.
    const Run newest = kirikae(common + QStringList{QStringLiteral("dev-kind.yaml")}, demoDir());
    QCOMPARE(newest.exitCode, 0);
    const QJsonObject newestJson = QJsonDocument::fromJson(newest.out.toUtf8()).object();
    QCOMPARE(newestJson.value(QStringLiteral("target")).toString(), QStringLiteral("1.36"));
    QVERIFY(!newestJson.value(QStringLiteral("targetGiven")).toBool());

    const Run table = kirikae(QStringList{QStringLiteral("addons"), QStringLiteral("--today"),
                                          QStringLiteral("2026-11-25"), QStringLiteral("prod-eks-tokyo.yaml")},
                              demoDir());
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains(QStringLiteral("ADD-ON")) && table.out.contains(QStringLiteral("legacy-reports")),
             qPrintable(table.out));
    QCOMPARE(kirikae({QStringLiteral("addons"), QStringLiteral("--target"), QStringLiteral("next"),
                      QStringLiteral("x.yaml")})
                 .exitCode,
             2);
    QCOMPARE(kirikae({QStringLiteral("addons")}).exitCode, 2);
    QCOMPARE(kirikae({QStringLiteral("addons"), QStringLiteral("/nonexistent/x.yaml")}).exitCode, 1);
}

void TestCli::operatorsGraph()
{
    const QString rules = QStringLiteral(KIRIKAE_TEST_DATA "/olm/rules");
    // One bundle of the folder is broken: it is named, the others are resolved, and the exit code says so.
    const Run r = kirikae({QStringLiteral("operators"), rules, QStringLiteral("--target"), QStringLiteral("1.30"),
                           QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("broken-operator.clusterserviceversion.yaml:4:")), qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("operators")).toArray().size(), 9);
    for (const char *key : {"package", "csv", "version", "owns", "requires"})
        QVERIFY2(o.value(QStringLiteral("operators")).toArray().at(0).toObject().contains(QLatin1StringView(key)), key);
    bool edge = false;
    for (const auto &e : o.value(QStringLiteral("edges")).toArray()) {
        const QJsonObject x = e.toObject();
        edge = edge || (x.value(QStringLiteral("from")).toString() == u"app-operator" &&
                        x.value(QStringLiteral("to")).toString() == u"db-operator" &&
                        x.value(QStringLiteral("via")).toString() == u"db.example.com/v1/Database");
    }
    QVERIFY(edge);
    QCOMPARE(o.value(QStringLiteral("missing")).toArray().size(), 2);
    QCOMPARE(o.value(QStringLiteral("missing")).toArray().at(0).toObject().value(QStringLiteral("operator")).toString(),
             QStringLiteral("app-operator"));
    QCOMPARE(o.value(QStringLiteral("cycles")).toArray().size(), 1);
    const QJsonArray order = o.value(QStringLiteral("upgradeOrder")).toArray();
    QVERIFY(order.toVariantList().indexOf(QStringLiteral("db-operator")) <
            order.toVariantList().indexOf(QStringLiteral("app-operator")));

    const Run dot = kirikae({QStringLiteral("operators"), rules, QStringLiteral("--format"), QStringLiteral("dot")});
    QVERIFY(dot.out.startsWith(QStringLiteral("digraph operators {")));
    QVERIFY(dot.out.contains(
        QStringLiteral("\"bundles/app-operator\" -> \"bundles/db-operator\" [label=\"db.example.com/v1/Database\"];")));
    QVERIFY(dot.out.trimmed().endsWith(u'}'));

    // Every real bundle loads; the two upstream files that are not YAML are warnings, not failures.
    const Run reference = kirikae({QStringLiteral("operators"), QStringLiteral(KIRIKAE_TEST_DATA "/olm/reference"),
                                   QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(reference.exitCode, 0);
    const QJsonObject ref = QJsonDocument::fromJson(reference.out.toUtf8()).object();
    QCOMPARE(ref.value(QStringLiteral("operators")).toArray().size(), 46);
    QCOMPARE(ref.value(QStringLiteral("warnings")).toArray().size(), 2);

    // A live snapshot, with the catalog for newer versions.
    const Run demo = kirikae({QStringLiteral("operators"), QStringLiteral("ocp-factory.yaml"),
                              QStringLiteral("--target"), QStringLiteral("1.29")},
                             demoDir());
    QCOMPARE(demo.exitCode, 0);
    QVERIFY2(demo.out.contains(QStringLiteral("olm.maxOpenShiftVersion 4.15 blocks OpenShift 4.16")),
             qPrintable(demo.out));
    QVERIFY(demo.out.contains(QStringLiteral("mercury-operator (ocp-factory) needs package:camel-k 1.9.0")));
}

void TestCli::planWritesRunbooks()
{
    QTemporaryDir dir;
    const QString md = dir.filePath(QStringLiteral("eks.md"));
    const Run r = kirikae({QStringLiteral("plan"), QStringLiteral("prod-eks-tokyo.yaml"), QStringLiteral("--target"),
                           QStringLiteral("1.34"), QStringLiteral("--today"), QStringLiteral("2026-11-25"),
                           QStringLiteral("-o"), md},
                          demoDir());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("prod-eks-tokyo: 1.31 → 1.34, 3 hops; open blockers: 6")),
             qPrintable(r.out));
    QFile file(md);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.startsWith(QStringLiteral("# Upgrade runbook: prod-eks-tokyo 1.31 → 1.34")));
    QVERIFY(text.contains(QStringLiteral("aws eks update-cluster-version --region ap-northeast-1 --name prod-eks-tokyo "
                                         "--kubernetes-version 1.32")));

    // Japanese PDF, blue/green against the new cluster, with the workspace's waivers; a fleet plan of three.
    const QString pdf = dir.filePath(QStringLiteral("bg.pdf"));
    const Run bg =
        kirikae({QStringLiteral("plan"), QStringLiteral("prod-eks-tokyo.yaml"), QStringLiteral("--target"),
                 QStringLiteral("1.34"), QStringLiteral("--strategy"), QStringLiteral("blue-green"),
                 QStringLiteral("--to-snapshot"), QStringLiteral(KIRIKAE_TEST_DATA "/plan/prod-eks-tokyo-green.yaml"),
                 QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--workspace"),
                 QStringLiteral("../workspace.yaml"), QStringLiteral("-o"), pdf},
                demoDir());
    QCOMPARE(bg.exitCode, 0);
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
    const Run fleet =
        kirikae({QStringLiteral("plan"), QStringLiteral("prod-eks-tokyo.yaml"), QStringLiteral("staging-kubeadm.yaml"),
                 QStringLiteral("ocp-factory.yaml"), QStringLiteral("--target"), QStringLiteral("1.35"),
                 QStringLiteral("-o"), dir.filePath(QStringLiteral("fleet.html"))},
                demoDir());
    QCOMPARE(fleet.exitCode, 0);

    // A target below the cluster or unknown: exit 1, a message naming why; nothing written.
    const QString never = dir.filePath(QStringLiteral("never.md"));
    const Run lower = kirikae({QStringLiteral("plan"), QStringLiteral("prod-eks-tokyo.yaml"),
                               QStringLiteral("--target"), QStringLiteral("1.30"), QStringLiteral("-o"), never},
                              demoDir());
    QCOMPARE(lower.exitCode, 1);
    QVERIFY2(lower.err.contains(QStringLiteral("the target 1.30 is lower")), qPrintable(lower.err));
    const Run unknown = kirikae({QStringLiteral("plan"), QStringLiteral("prod-eks-tokyo.yaml"),
                                 QStringLiteral("--target"), QStringLiteral("1.80"), QStringLiteral("-o"), never},
                                demoDir());
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains(QStringLiteral("not in the release catalog")));
    QVERIFY(!QFile::exists(never));
}

void TestCli::planJsonIsWhatTheRunbookSays()
{
    QTemporaryDir dir;
    const QString md = dir.filePath(QStringLiteral("eks.md"));
    const QStringList args{QStringLiteral("plan"),        QStringLiteral("prod-eks-tokyo.yaml"),
                           QStringLiteral("--target"),    QStringLiteral("1.34"),
                           QStringLiteral("--today"),     QStringLiteral("2026-11-25"),
                           QStringLiteral("--workspace"), QStringLiteral("../workspace.yaml")};
    const Run json = kirikae(args + QStringList{QStringLiteral("--format"), QStringLiteral("json")}, demoDir());
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const Run written = kirikae(args + QStringList{QStringLiteral("-o"), md}, demoDir());
    QCOMPARE(written.exitCode, 0);
    QFile file(md);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());

    const QJsonObject plan =
        QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"plans").toArray().first().toObject();
    QCOMPARE(plan.value(u"cluster").toString(), QStringLiteral("prod-eks-tokyo"));
    QStringList route;
    for (const QJsonValue &v : plan.value(u"route").toArray())
        route << v.toString();
    QVERIFY2(text.contains(QStringLiteral("| **Route** | ") + route.join(QStringLiteral(" → ")) + u" |"),
             qPrintable(route.join(u' ')));
    // Every blocker of every hop is a row of the go/no-go table, at its hop.
    int blockers = 0;
    for (const QJsonValue &h : plan.value(u"hops").toArray()) {
        const QJsonObject hop = h.toObject();
        const QString where = hop.value(u"from").toString() + QStringLiteral(" → ") + hop.value(u"to").toString();
        for (const QJsonValue &a : hop.value(u"removedApis").toArray()) {
            const QJsonObject api = a.toObject();
            const QString cell = api.value(u"evidence").toString() == u"metrics"
                                     ? api.value(u"name").toString()
                                     : api.value(u"kind").toString() + u' ' + api.value(u"namespace").toString() +
                                           u'/' + api.value(u"name").toString();
            QVERIFY2(text.contains(QStringLiteral("| ") + where + QStringLiteral(" | ")) && text.contains(cell),
                     qPrintable(cell));
            ++blockers;
        }
    }
    QVERIFY(blockers > 0);
    const int open = plan.value(u"decision").toObject().value(u"openBlockers").toInt();
    QVERIFY2(text.contains(QStringLiteral("NO-GO: %1 open blocker").arg(open)), qPrintable(QString::number(open)));
    // Each step title of the JSON is a step of the runbook.
    const QJsonArray steps = plan.value(u"steps").toArray();
    QVERIFY(steps.size() > 5);
    for (const QJsonValue &v : steps)
        QVERIFY2(text.contains(u"**" + v.toObject().value(u"title").toString() + u"**"),
                 qPrintable(v.toObject().value(u"title").toString()));
}

void TestCli::planJsonCarriesStoredVersionsAndTheUpdateGraph()
{
    // The demo workspace's bundles hold Strimzi 1.1.0 (Kafka at v1 only); ocp-factory's ClusterVersion offers 4.15
    // only as a conditional update with one risk.
    const Run json = kirikae({QStringLiteral("plan"), QStringLiteral("ocp-factory.yaml"), QStringLiteral("--target"),
                              QStringLiteral("1.29"), QStringLiteral("--today"), QStringLiteral("2026-11-25"),
                              QStringLiteral("--workspace"), QStringLiteral("../workspace.yaml"),
                              QStringLiteral("--format"), QStringLiteral("json")},
                             demoDir());
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QJsonObject plan =
        QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"plans").toArray().first().toObject();
    const QJsonArray hops = plan.value(u"hops").toArray();
    QCOMPARE(hops.size(), 2);
    const QJsonObject first = hops.at(0).toObject();
    for (const char *key : {"removedApis", "nodesFirst", "operatorsBlocked", "addonsBlocked", "crdStorageBlocked"})
        QVERIFY2(first.value(QLatin1String(key)).isArray(), key); // the older keys stay as they were
    QStringList crds;
    for (const QJsonValue &v : first.value(u"crdStorageBlocked").toArray()) {
        const QJsonObject b = v.toObject();
        crds << b.value(u"crd").toString() + u' ' + b.value(u"storedVersion").toString() + u' ' +
                    b.value(u"droppedBy").toString() + u' ' + b.value(u"operator").toString() + u' ' +
                    b.value(u"evidence").toString();
    }
    QVERIFY2(crds.contains(QStringLiteral("kafkas.kafka.strimzi.io v1beta2 strimzi-cluster-operator.v1.1.0 "
                                          "strimzi-kafka-operator csv-owned")),
             qPrintable(crds.join(u'\n')));
    const QJsonObject ocp = first.value(u"openshift").toObject();
    QCOMPARE(ocp.value(u"release").toString(), QStringLiteral("4.15"));
    QCOMPARE(ocp.value(u"channel").toString(), QStringLiteral("eus-4.16"));
    QCOMPARE(ocp.value(u"reachable"), QJsonValue(true));
    QCOMPARE(ocp.value(u"recommended"), QJsonValue(false));
    QCOMPARE(ocp.value(u"updateTo").toString(), QStringLiteral("4.15.45"));
    QCOMPARE(ocp.value(u"eusPath").toArray().size(), 3);
    QCOMPARE(ocp.value(u"risks").toArray().first().toObject().value(u"url").toString(),
             QStringLiteral("https://issues.redhat.com/browse/SDN-4481"));
    // The second hop's graph is not known until the cluster is on 4.15.
    QVERIFY(hops.at(1).toObject().value(u"openshift").toObject().value(u"reachable").isNull());
    // Off OpenShift the key is there, and null.
    const Run eks = kirikae({QStringLiteral("plan"), QStringLiteral("prod-eks-tokyo.yaml"), QStringLiteral("--target"),
                             QStringLiteral("1.32"), QStringLiteral("--today"), QStringLiteral("2026-11-25"),
                             QStringLiteral("--format"), QStringLiteral("json")},
                            demoDir());
    const QJsonObject eksHop = QJsonDocument::fromJson(eks.out.toUtf8())
                                   .object()
                                   .value(u"plans")
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(u"hops")
                                   .toArray()
                                   .first()
                                   .toObject();
    QVERIFY(eksHop.contains(u"openshift") && eksHop.value(u"openshift").isNull());
}

void TestCli::planBundlesThatCannotBeRead()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no-such-bundles"));
    const Run r = kirikae({QStringLiteral("plan"), QStringLiteral("ocp-factory.yaml"), QStringLiteral("--target"),
                           QStringLiteral("1.29"), QStringLiteral("--bundles"), missing, QStringLiteral("--format"),
                           QStringLiteral("json")},
                          demoDir());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(missing) && r.err.contains(QStringLiteral("not a folder")), qPrintable(r.err));
    // A bundle whose CRD manifest is broken is still read: a warning names the file and the line.
    const Run warned = kirikae({QStringLiteral("plan"), QStringLiteral("ocp-factory.yaml"), QStringLiteral("--target"),
                                QStringLiteral("1.29"), QStringLiteral("--bundles"),
                                QStringLiteral(KIRIKAE_TEST_DATA "/olm/crd-bundles/broken"), QStringLiteral("--format"),
                                QStringLiteral("json")},
                               demoDir());
    QVERIFY2(warned.exitCode == 0, qPrintable(warned.err));
    QVERIFY2(warned.err.contains(QStringLiteral("warning: ")) && warned.err.contains(QStringLiteral("bad.crd.yaml:7")),
             qPrintable(warned.err));
}

void TestCli::versionsJudgesAddonsAtATarget()
{
    const auto componentsOf = [](const QString &json, const QString &cluster) {
        QMap<QString, QJsonObject> byName;
        for (const QJsonValue &c : QJsonDocument::fromJson(json.toUtf8()).object().value(u"clusters").toArray()) {
            if (c.toObject().value(u"name").toString() != cluster)
                continue;
            for (const QJsonValue &v : c.toObject().value(u"components").toArray())
                byName.insert(v.toObject().value(u"name").toString(), v.toObject());
        }
        return byName;
    };
    const QStringList args{QStringLiteral("versions"), QStringLiteral("prod-eks-tokyo.yaml"), QStringLiteral("--today"),
                           QStringLiteral("2026-11-25"), QStringLiteral("--format"), QStringLiteral("json")};
    const Run plain = kirikae(args, demoDir());
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(!componentsOf(plain.out, QStringLiteral("prod-eks-tokyo")).value(QStringLiteral("cert-manager")).contains(
        u"atTarget")); // without --target the JSON is as it was
    const Run r = kirikae(args + QStringList{QStringLiteral("--target"), QStringLiteral("1.34")}, demoDir());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const auto components = componentsOf(r.out, QStringLiteral("prod-eks-tokyo"));
    const QJsonObject cert = components.value(QStringLiteral("cert-manager")).value(u"atTarget").toObject();
    QCOMPARE(cert.value(u"target").toString(), QStringLiteral("1.34"));
    QCOMPARE(cert.value(u"status").toString(), QStringLiteral("not-supported"));
    QCOMPARE(cert.value(u"lowestRelease").toString(), QStringLiteral("1.19"));
    QVERIFY(!components.value(QStringLiteral("kube-apiserver")).contains(u"atTarget"));
    const Run bad = kirikae(args + QStringList{QStringLiteral("--target"), QStringLiteral("soon")}, demoDir());
    QCOMPARE(bad.exitCode, 2);
}

void TestCli::blueGreenNeverOntoItself()
{
    QTemporaryDir dir;
    const Run r = kirikae({QStringLiteral("plan"), QStringLiteral("prod-eks-tokyo.yaml"), QStringLiteral("--target"),
                           QStringLiteral("1.34"), QStringLiteral("--strategy"), QStringLiteral("blue-green"),
                           QStringLiteral("--to-snapshot"), QStringLiteral("prod-eks-tokyo.yaml"), QStringLiteral("-o"),
                           dir.filePath(QStringLiteral("never.md"))},
                          demoDir());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("cannot be the cluster it replaces")), qPrintable(r.err));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("never.md"))));
    // Another platform: allowed, with the warning in the runbook and the new platform's commands.
    const QString md = dir.filePath(QStringLiteral("cross.md"));
    const Run cross =
        kirikae({QStringLiteral("plan"), QStringLiteral("prod-eks-tokyo.yaml"), QStringLiteral("--target"),
                 QStringLiteral("1.33"), QStringLiteral("--strategy"), QStringLiteral("blue-green"),
                 QStringLiteral("--to-snapshot"), QStringLiteral("aks-payments.yaml"), QStringLiteral("-o"), md},
                demoDir());
    QVERIFY2(cross.exitCode == 0, qPrintable(cross.err));
    QFile file(md);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(
        text.contains(QStringLiteral("The new cluster runs on Azure Kubernetes Service, the old one on Amazon EKS")));
    // The new cluster exists (its snapshot was given): it is checked, never created again, on any platform.
    QVERIFY(text.contains(QStringLiteral("Check the new cluster aks-payments")));
    QVERIFY(!text.contains(QStringLiteral("az aks create")));
    QVERIFY(!text.contains(QStringLiteral("eksctl create cluster")));
    // Without a new cluster, it is built on the old one's platform.
    const QString own = dir.filePath(QStringLiteral("own.md"));
    QCOMPARE(kirikae({QStringLiteral("plan"), QStringLiteral("prod-eks-tokyo.yaml"), QStringLiteral("--target"),
                      QStringLiteral("1.34"), QStringLiteral("--strategy"), QStringLiteral("blue-green"),
                      QStringLiteral("-o"), own},
                     demoDir())
                 .exitCode,
             0);
    QFile ownFile(own);
    QVERIFY(ownFile.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(ownFile.readAll())
                .contains(QStringLiteral("eksctl create cluster --name prod-eks-tokyo-green")));
}

void TestCli::folderIsAWorkspace()
{
    // What the CronJobs of a fleet leave in a synced folder: <cluster>/<date>/<cluster>.yaml, plus a workspace file,
    // a .git folder, and a second cluster called dev-kind from another team (another server).
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("fleet"));
    for (const QString &file : demoFiles)
        QVERIFY(copyDemo(file, root + QStringLiteral("/platform/") + QFileInfo(file).completeBaseName() +
                                   QStringLiteral("/2026-11-25/") + file));
    QVERIFY(copyDemo(QStringLiteral("dev-kind.yaml"),
                     root + QStringLiteral("/platform/dev-kind/2026-05-25/dev-kind.yaml"),
                     {{"collectedAt: '2026-11-25T08:02:10Z'", "collectedAt: '2026-05-25T08:02:10Z'"},
                      {"serverVersion: v1.36.2", "serverVersion: v1.33.1"}}));
    QVERIFY(copyDemo(QStringLiteral("dev-kind.yaml"), root + QStringLiteral("/team-b/dev-kind.yaml"),
                     {{"https://127.0.0.1:41327", "https://dev.team-b.example:6443"}}));
    QVERIFY(QFile::copy(QStringLiteral(KIRIKAE_SOURCE_DIR "/resources/demo/workspace.yaml"),
                        root + QStringLiteral("/workspace.yaml")));
    QVERIFY(QDir(root).mkpath(QStringLiteral(".git")));
    QVERIFY(QFile::copy(QStringLiteral(KIRIKAE_SOURCE_DIR "/resources/demo/workspace.yaml"),
                        root + QStringLiteral("/.git/workspace.yaml")));

    const QStringList today{QStringLiteral("--today"), QStringLiteral("2026-11-25"), QStringLiteral("--format"),
                            QStringLiteral("json")};
    Run r = kirikae(QStringList{QStringLiteral("versions"), root} + today);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QStringList names;
    for (const auto &c : QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("clusters")).toArray())
        names << c.toObject().value(QStringLiteral("name")).toString();
    // Each cluster once, as its newest snapshot says; the two dev-kinds apart, by folder.
    QCOMPARE(names.size(), 7);
    QVERIFY2(names.contains(QStringLiteral("dev-kind (platform)")) &&
                 names.contains(QStringLiteral("dev-kind (team-b)")),
             qPrintable(names.join(u',')));
    QVERIFY(r.err.contains(QStringLiteral("note: ") + root +
                           QStringLiteral(": 1 file that is not a snapshot was "
                                          "skipped (workspace.yaml).")));
    QVERIFY2(r.err.contains(QStringLiteral("2 clusters are named “dev-kind”")), qPrintable(r.err));

    r = kirikae(QStringList{QStringLiteral("debt"), root} + today);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray trends =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("trends")).toArray();
    QCOMPARE(trends.size(), 7);
    for (const auto &t : trends) {
        const QJsonObject trend = t.toObject();
        const int points = int(trend.value(QStringLiteral("points")).toArray().size());
        QCOMPARE(points, trend.value(QStringLiteral("cluster")).toString() == u"dev-kind (platform)" ? 2 : 1);
    }

    r = kirikae(QStringList{QStringLiteral("plan"), root, QStringLiteral("--target"), QStringLiteral("1.36")} + today);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("plans")).toArray().size(), 7);

    // The window opens it too (rendered offscreen).
    QTemporaryDir shots;
    r = kirikae({QStringLiteral("--workspace"), root, QStringLiteral("--today"), QStringLiteral("2026-11-25"),
                 QStringLiteral("--screenshot"), shots.path()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(shots.filePath(QStringLiteral("fleet.png"))));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
