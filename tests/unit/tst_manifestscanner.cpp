#include "analysis/manifestscanner.h"
#include "core/catalogs.h"
#include "core/languagemanager.h"
#include "snapshot/snapshotfile.h"

#include <QTest>

using namespace kirikae;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(KIRIKAE_TEST_DATA "/manifests/") + QLatin1StringView(name);
}

ScanResult scan(const DeprecatedApis &catalog, const QString &path, MinorVersion target)
{
    ScanResult result;
    ManifestScanner(catalog, target).scanPath(path, result);
    return result;
}

} // namespace

class TestManifestScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void guideWinsOverOtherTables();
    void cronJobAcrossTargets_data();
    void cronJobAcrossTargets();
    void everyRemovalRelease();
    void helmTemplateKeepsSourceAndSurvivesBrokenTemplates();
    void crlfAndBom();
    void jsonList();
    void binaryAndMissing();
    void snapshotEvidence();
    void fuzzRegressions();
    void skipsWhatIsNotAnObject_data();
    void skipsWhatIsNotAnObject();
    void oddMetadataIsAWarning_data();
    void oddMetadataIsAWarning();
    void chartTree_data();
    void chartTree();

private:
    LanguageManager m_language;
    Catalogs m_catalogs;
};

void TestManifestScanner::initTestCase()
{
    QVERIFY(m_language.setLanguage(QStringLiteral("en")));
    m_catalogs = Catalogs::builtIn();
    QVERIFY(m_catalogs.deprecatedApis.all().size() >= 60);
}

void TestManifestScanner::guideWinsOverOtherTables()
{
    // Pluto says flowcontrol v1beta1 goes in 1.29; the official guide says 1.26.
    const DeprecatedApi *fs = m_catalogs.deprecatedApis.find(QStringLiteral("flowcontrol.apiserver.k8s.io/v1beta1"),
                                                             QStringLiteral("FlowSchema"));
    QVERIFY(fs);
    QCOMPARE(fs->removedIn, (MinorVersion{1, 26}));
    QCOMPARE(fs->source, QStringLiteral("guide"));
    const DeprecatedApi *plc = m_catalogs.deprecatedApis.find(QStringLiteral("flowcontrol.apiserver.k8s.io/v1beta1"),
                                                              QStringLiteral("PriorityLevelConfiguration"));
    QCOMPARE(plc->removedIn, (MinorVersion{1, 26}));
    // RBAC and webhook v1beta1, which the guide lists under 1.22.
    QCOMPARE(
        m_catalogs.deprecatedApis.find(QStringLiteral("rbac.authorization.k8s.io/v1beta1"), QStringLiteral("Role"))
            ->removedIn,
        (MinorVersion{1, 22}));
    QVERIFY(!m_catalogs.deprecatedApis.find(QStringLiteral("apps/v1"), QStringLiteral("Deployment")));
    QVERIFY(m_catalogs.deprecatedApis.find(QStringLiteral("extensions/v1beta1"), QStringLiteral("Ingress"))
                ->note.contains(QStringLiteral("pathType")));
}

void TestManifestScanner::cronJobAcrossTargets_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("status");
    QTest::addRow("1.20: fine") << "1.20"
                                << "";
    QTest::addRow("1.21: deprecated") << "1.21"
                                      << "deprecated";
    QTest::addRow("1.24: deprecated") << "1.24"
                                      << "deprecated";
    QTest::addRow("1.25: removed") << "1.25"
                                   << "removed";
    QTest::addRow("1.30: removed") << "1.30"
                                   << "removed";
}

void TestManifestScanner::cronJobAcrossTargets()
{
    QFETCH(QString, target);
    QFETCH(QString, status);
    ScanResult result;
    ManifestScanner(m_catalogs.deprecatedApis, *MinorVersion::parse(target))
        .scanText("apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: nightly\n", QStringLiteral("c.yaml"),
                  result);
    if (status.isEmpty()) {
        QVERIFY(result.findings.isEmpty());
        return;
    }
    QCOMPARE(result.findings.size(), 1);
    QCOMPARE(apiStatusKey(result.findings.constFirst().status), status);
    QCOMPARE(result.findings.constFirst().api.replacement, QStringLiteral("batch/v1"));
    QCOMPARE(result.findings.constFirst().line, 1);
}

void TestManifestScanner::everyRemovalRelease()
{
    // One object per catalog entry: at 1.15 nothing is removed; at each removal release its objects are.
    const int total = int(m_catalogs.deprecatedApis.all().size());
    QCOMPARE(scan(m_catalogs.deprecatedApis, fixture("every-removal.yaml"), {1, 36}).findings.size(), total);
    QSet<QString> releases;
    for (const DeprecatedApi &api : m_catalogs.deprecatedApis.all())
        releases.insert(api.removedIn.toString());
    for (const QString &release : releases) {
        const MinorVersion at = *MinorVersion::parse(release);
        const ScanResult before = scan(m_catalogs.deprecatedApis, fixture("every-removal.yaml"), {1, at.minor - 1});
        const ScanResult after = scan(m_catalogs.deprecatedApis, fixture("every-removal.yaml"), at);
        int removedBefore = 0;
        int removedAfter = 0;
        for (const ApiFinding &f : before.findings)
            removedBefore += f.status == ApiStatus::Removed ? 1 : 0;
        for (const ApiFinding &f : after.findings)
            removedAfter += f.status == ApiStatus::Removed ? 1 : 0;
        QVERIFY2(removedAfter > removedBefore, qPrintable(release));
    }
    QVERIFY(scan(m_catalogs.deprecatedApis, fixture("every-removal.yaml"), {1, 15}).errors.isEmpty());
}

void TestManifestScanner::helmTemplateKeepsSourceAndSurvivesBrokenTemplates()
{
    const ScanResult r = scan(m_catalogs.deprecatedApis, fixture("helm-template.yaml"), {1, 25});
    QCOMPARE(r.findings.size(), 2);
    QCOMPARE(r.findings.at(0).kind, QStringLiteral("PodDisruptionBudget"));
    QCOMPARE(r.findings.at(0).origin, QStringLiteral("shop/templates/pdb.yaml"));
    QCOMPARE(r.findings.at(0).line, 3); // the apiVersion line, after "---" and "# Source:"
    QCOMPARE(r.findings.at(0).namespaceName, QStringLiteral("shop"));
    QCOMPARE(r.findings.at(1).kind, QStringLiteral("CronJob"));
    QCOMPARE(r.findings.at(1).origin, QStringLiteral("shop/templates/cronjob.yaml"));
    QCOMPARE(r.findings.at(1).line, 26);
    QCOMPARE(r.errors.size(), 1);
    QVERIFY2(r.errors.constFirst().file.endsWith(QStringLiteral("helm-template.yaml")),
             qPrintable(r.errors.constFirst().file));
    QVERIFY2(r.errors.constFirst().line >= 17 && r.errors.constFirst().line <= 22,
             qPrintable(QString::number(r.errors.constFirst().line)));
    QCOMPARE(r.documents, 3);
}

void TestManifestScanner::crlfAndBom()
{
    const ScanResult r = scan(m_catalogs.deprecatedApis, fixture("crlf-bom.yaml"), {1, 22});
    QVERIFY(r.errors.isEmpty());
    QCOMPARE(r.findings.size(), 1);
    QCOMPARE(r.findings.constFirst().name, QStringLiteral("windows-edited"));
    QCOMPARE(r.findings.constFirst().apiVersion, QStringLiteral("extensions/v1beta1"));
}

void TestManifestScanner::jsonList()
{
    const ScanResult r = scan(m_catalogs.deprecatedApis, fixture("list.json"), {1, 27});
    QCOMPARE(r.findings.size(), 2);
    QCOMPARE(r.findings.at(0).kind, QStringLiteral("HorizontalPodAutoscaler"));
    QCOMPARE(r.findings.at(0).line, 5);
    QCOMPARE(apiStatusKey(r.findings.at(1).status), QStringLiteral("removed"));
}

void TestManifestScanner::binaryAndMissing()
{
    ScanResult r = scan(m_catalogs.deprecatedApis, fixture("binary.yaml"), {1, 27});
    QCOMPARE(r.errors.size(), 1);
    QVERIFY(r.errors.constFirst().message.contains(QStringLiteral("binary")));
    r = scan(m_catalogs.deprecatedApis, fixture("nope.yaml"), {1, 27});
    QVERIFY(r.errors.constFirst().message.contains(QStringLiteral("no such file")));
    // A whole folder: the bad files are reported, the good ones scanned.
    r = scan(m_catalogs.deprecatedApis, QStringLiteral(KIRIKAE_TEST_DATA "/manifests"), {1, 25});
    QCOMPARE(r.files, 10); // with chart/, whose files are all readable

    QCOMPARE(r.errors.size(), 2);
    QVERIFY(r.findings.size() > 60);
}

void TestManifestScanner::snapshotEvidence()
{
    QString error;
    const auto snapshot = SnapshotFile::read(QStringLiteral(":/demo/snapshots/prod-eks-tokyo.yaml"), &error);
    QVERIFY2(snapshot, qPrintable(error));
    ScanResult r;
    ManifestScanner(m_catalogs.deprecatedApis, {1, 32}).scanSnapshot(*snapshot, QStringLiteral("prod.yaml"), r);
    QStringList seen;
    for (const ApiFinding &f : r.findings)
        seen << f.evidence + u':' + f.kind + u':' + apiStatusKey(f.status);
    // A Helm release still renders a v1beta3 FlowSchema, and some client keeps requesting v1beta3.
    QVERIFY2(seen.contains(QStringLiteral("helm:FlowSchema:removed")), qPrintable(seen.join(u' ')));
    QVERIFY(seen.contains(QStringLiteral("metrics:FlowSchema:removed")));
    QVERIFY(seen.contains(QStringLiteral("metrics:PriorityLevelConfiguration:removed")));
    // The same file, scanned as a path, is recognised as a snapshot.
    const ScanResult asPath =
        scan(m_catalogs.deprecatedApis,
             QStringLiteral(KIRIKAE_SOURCE_DIR "/resources/demo/snapshots/prod-eks-tokyo.yaml"), {1, 32});
    QCOMPARE(asPath.findings.size(), r.findings.size());
}

void TestManifestScanner::fuzzRegressions()
{
    // Found by fuzz_manifests: a document whose lookup hits an invalid node threw out of the scanner (and would
    // have ended the program). The document has an apiVersion but no kind: it is skipped, and nothing throws.
    const ScanResult r =
        scan(m_catalogs.deprecatedApis, QStringLiteral(KIRIKAE_TEST_DATA "/fuzz/manifest-invalid-node.yaml"), {1, 30});
    QCOMPARE(r.files, 1);
    QVERIFY(r.errors.isEmpty());
    QCOMPARE(r.documents, 1);
    QCOMPARE(r.skipped, 1);
}

void TestManifestScanner::skipsWhatIsNotAnObject_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("documents");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<int>("findings");
    const QByteArray cronJob = "apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: nightly\n";
    QTest::addRow("values.yaml") << QByteArray("replicaCount: 2\nimage:\n  repository: nginx\n") << 1 << 1 << 0;
    QTest::addRow("values.yaml naming a kind") << QByteArray("kind: CronJob\nschedule: '0 3 * * *'\n") << 1 << 1 << 0;
    QTest::addRow("Chart.yaml: apiVersion, no kind")
        << QByteArray("apiVersion: v2\nname: shop\nversion: 1.0.0\n") << 1 << 1 << 0;
    QTest::addRow("Chart.yaml naming a catalogued apiVersion")
        << QByteArray("apiVersion: batch/v1beta1\nname: shop\n") << 1 << 1 << 0;
    QTest::addRow("requirements.yaml") << QByteArray("dependencies:\n  - name: redis\n    version: 17.x.x\n") << 1 << 1
                                       << 0;
    QTest::addRow("a sequence") << QByteArray("- a\n- b\n") << 1 << 1 << 0;
    QTest::addRow("a single value") << QByteArray("just text\n") << 1 << 1 << 0;
    QTest::addRow("kind is a mapping (a template)")
        << QByteArray("apiVersion: batch/v1beta1\nkind: {{ .Values.kind }}\n") << 1 << 1 << 0;
    QTest::addRow("values.yaml then an object") << QByteArray("replicaCount: 2\n---\n" + cronJob) << 2 << 1 << 1;
    QTest::addRow("List item without apiVersion and kind")
        << QByteArray("apiVersion: v1\nkind: List\nitems:\n- metadata: {name: a}\n- apiVersion: batch/v1beta1\n"
                      "  kind: CronJob\n  metadata: {name: b}\n")
        << 1 << 1 << 1;
    QTest::addRow("helm # Source: stub that rendered nothing")
        << QByteArray("---\n# Source: shop/templates/empty.yaml\n---\n# Source: shop/templates/cronjob.yaml\n" +
                      cronJob)
        << 1 << 0 << 1;
    QTest::addRow("licence header before ---")
        << QByteArray("# Copyright 2024 Example\n#\n#   SPDX-License-Identifier: Apache-2.0\n\n---\n" + cronJob) << 1
        << 0 << 1;
    QTest::addRow("only comments") << QByteArray("# nothing here\n---\n  # nor here\n---\n") << 0 << 0 << 0;
}

void TestManifestScanner::skipsWhatIsNotAnObject()
{
    // A document is a Kubernetes object when it has apiVersion and kind; others are skipped, never errors, and
    // comment-only segments between "---" are not documents at all.
    QFETCH(QByteArray, text);
    QFETCH(int, documents);
    QFETCH(int, skipped);
    QFETCH(int, findings);
    ScanResult r;
    ManifestScanner(m_catalogs.deprecatedApis, {1, 25}).scanText(text, QStringLiteral("x.yaml"), r);
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.isEmpty() ? QString() : r.errors.constFirst().message));
    QCOMPARE(r.documents, documents);
    QCOMPARE(r.skipped, skipped);
    QCOMPARE(r.findings.size(), findings);
    if (findings > 0) {
        QCOMPARE(r.findings.constFirst().kind, QStringLiteral("CronJob"));
        QVERIFY(r.findings.constFirst().warnings.isEmpty());
    }
}

void TestManifestScanner::oddMetadataIsAWarning_data()
{
    QTest::addColumn<QByteArray>("metadata"); // after "apiVersion: batch/v1beta1\nkind: CronJob\n"
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("namespaceName");
    QTest::addColumn<QString>("warning"); // empty: none
    QTest::addRow("plain") << QByteArray("metadata:\n  name: a\n  namespace: b\n") << "a"
                           << "b"
                           << "";
    QTest::addRow("no metadata") << QByteArray("spec:\n  schedule: '@daily'\n") << ""
                                 << ""
                                 << "no metadata";
    QTest::addRow("empty metadata") << QByteArray("metadata:\n") << ""
                                    << ""
                                    << "no metadata";
    QTest::addRow("metadata is a list") << QByteArray("metadata:\n  - name: a\n") << ""
                                        << ""
                                        << "“metadata” on line 4"; // where the list starts
    QTest::addRow("metadata is text") << QByteArray("metadata: shop\n") << ""
                                      << ""
                                      << "“metadata” on line 3";
    QTest::addRow("templated name") << QByteArray("metadata:\n  name: {{ .Values.name }}\n  namespace: shop\n") << ""
                                    << "shop"
                                    << "“metadata.name” on line 4";
    QTest::addRow("templated namespace") << QByteArray("metadata:\n  name: a\n  namespace: {{ .Release.Namespace }}\n")
                                         << "a"
                                         << ""
                                         << "“metadata.namespace” on line 5";
    QTest::addRow("name is a list") << QByteArray("metadata:\n  name: [a, b]\n") << ""
                                    << ""
                                    << "“metadata.name” on line 4";
    QTest::addRow("quoted template is a name")
        << QByteArray("metadata:\n  name: \"{{ .Values.name }}\"\n") << "{{ .Values.name }}"
        << ""
        << "";
    QTest::addRow("no name, generateName") << QByteArray("metadata:\n  generateName: nightly-\n") << ""
                                           << ""
                                           << "";
}

void TestManifestScanner::oddMetadataIsAWarning()
{
    // The API is known from apiVersion and kind: whatever is wrong with metadata is a warning on the finding.
    QFETCH(QByteArray, metadata);
    QFETCH(QString, name);
    QFETCH(QString, namespaceName);
    QFETCH(QString, warning);
    ScanResult r;
    ManifestScanner(m_catalogs.deprecatedApis, {1, 25})
        .scanText("apiVersion: batch/v1beta1\nkind: CronJob\n" + metadata, QStringLiteral("x.yaml"), r);
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.isEmpty() ? QString() : r.errors.constFirst().message));
    QCOMPARE(r.skipped, 0);
    QCOMPARE(r.findings.size(), 1);
    const ApiFinding &f = r.findings.constFirst();
    QCOMPARE(apiStatusKey(f.status), QStringLiteral("removed"));
    QCOMPARE(f.line, 1);
    QCOMPARE(f.name, name);
    QCOMPARE(f.namespaceName, namespaceName);
    if (warning.isEmpty()) {
        QVERIFY2(f.warnings.isEmpty(), qPrintable(f.warnings.join(u'\n')));
    } else {
        QCOMPARE(f.warnings.size(), 1);
        QVERIFY2(f.warnings.constFirst().contains(warning), qPrintable(f.warnings.constFirst()));
    }
}

void TestManifestScanner::chartTree_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("status"); // of the CronJob; empty: no finding
    QTest::addRow("1.20: nothing to say") << "1.20"
                                          << "";
    QTest::addRow("1.25: the CronJob is removed") << "1.25"
                                                  << "removed";
}

void TestManifestScanner::chartTree()
{
    // A chart as it sits in a repository: Chart.yaml, requirements.yaml and values.yaml are skipped, not errors, and
    // the CronJob whose name is an unrendered template is still found.
    QFETCH(QString, target);
    QFETCH(QString, status);
    const ScanResult r = scan(m_catalogs.deprecatedApis, fixture("chart"), *MinorVersion::parse(target));
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.isEmpty() ? QString() : r.errors.constFirst().message));
    QCOMPARE(r.files, 5);
    QCOMPARE(r.documents, 5); // the licence header before "---" in deployment.yaml is no document
    QCOMPARE(r.skipped, 3);
    if (status.isEmpty()) {
        QVERIFY(r.findings.isEmpty());
        return;
    }
    QCOMPARE(r.findings.size(), 1);
    const ApiFinding &f = r.findings.constFirst();
    QCOMPARE(apiStatusKey(f.status), status);
    QCOMPARE(f.kind, QStringLiteral("CronJob"));
    QVERIFY2(f.file.endsWith(QStringLiteral("cronjob.yaml")), qPrintable(f.file));
    QCOMPARE(f.line, 1);
    QVERIFY(f.name.isEmpty());
    QCOMPARE(f.warnings.size(), 1);
    QVERIFY2(f.warnings.constFirst().contains(QStringLiteral("metadata.name")), qPrintable(f.warnings.constFirst()));
}

QTEST_GUILESS_MAIN(TestManifestScanner)
#include "tst_manifestscanner.moc"
