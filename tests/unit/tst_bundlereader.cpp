#include "analysis/bundlereader.h"
#include "core/yamlreader.h"

#include <QDir>
#include <QTest>

using namespace kirikae;

class TestBundleReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyReferenceBundleLoads();
    void referenceFacts_data();
    void referenceFacts();
    void metadataForms();
    void brokenCsvIsReportedAndTheRestRead();
    void notABundleFolder();
    void packageFromCsvName_data();
    void packageFromCsvName();
};

namespace {

QString data(const QString &path)
{
    return QStringLiteral(KIRIKAE_TEST_DATA "/") + path;
}

const OperatorCsv *find(const QList<OperatorCsv> &csvs, const QString &name)
{
    for (const auto &c : csvs) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

} // namespace

void TestBundleReader::everyReferenceBundleLoads()
{
    const auto result = BundleReader::readFolder(data(QStringLiteral("olm/reference")));
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(u'\n')));
    QCOMPARE(result.operators.size(), 96);
    QSet<QString> packages;
    for (const auto &csv : result.operators) {
        QVERIFY2(!csv.name.isEmpty() && !csv.package.isEmpty(), qPrintable(csv.source));
        packages.insert(csv.package);
    }
    QCOMPARE(packages.size(), 46);
    // The two dependencies.yaml files that are not YAML upstream are named, with their line; the bundles still load.
    QCOMPARE(result.warnings.size(), 2);
    for (const auto &w : result.warnings) {
        QVERIFY2(w.contains(QLatin1String("eventing-kogito/")) && w.contains(QLatin1String("dependencies.yaml:22:")),
                 qPrintable(w));
    }
    QVERIFY(find(result.operators, QStringLiteral("eventing-kogito.v1.1.0")));
}

void TestBundleReader::referenceFacts_data()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::addRow("package from annotations.yaml") << "prometheusoperator.0.47.0"
                                                   << "package"
                                                   << "prometheus";
    QTest::addRow("replaces") << "grafana-operator.v5.24.0"
                              << "replaces"
                              << "grafana-operator.v5.21.2";
    QTest::addRow("skips") << "grafana-operator.v5.24.0"
                           << "skips"
                           << "grafana-operator.v5.22.0,grafana-operator.v5.22.2";
    QTest::addRow("skipRange") << "cert-manager.v1.16.5"
                               << "skipRange"
                               << ">=1.16.0 <1.16.5";
    QTest::addRow("minKubeVersion") << "self-node-remediation.v0.13.0"
                                    << "minKubeVersion"
                                    << "1.25.0";
    QTest::addRow("olm.maxOpenShiftVersion from the olm.properties annotation") << "3scale-community-operator.v0.11.0"
                                                                                << "maxOpenShiftVersion"
                                                                                << "4.15";
    QTest::addRow("install modes: the supported ones") << "3scale-community-operator.v0.11.0"
                                                       << "installModes"
                                                       << "OwnNamespace,SingleNamespace,AllNamespaces";
    QTest::addRow("required CRD as group/version/Kind")
        << "shipwright-operator.v0.15.2"
        << "requires"
        << "operator.tekton.dev/v1alpha1/TektonConfig,cert-manager.io/v1/Certificate";
    QTest::addRow("dependencies.yaml: olm.package and olm.gvk")
        << "alloydb-omni-operator.v1.3.0"
        << "dependencies"
        << "package:cert-manager "
           ">=1.12.2,cert-manager.io/v1/ClusterIssuer,cert-manager.io/v1/Issuer,cert-manager.io/v1/Certificate";
    QTest::addRow("properties.yaml: olm.constraint any")
        << "dbaas-operator.v0.5.0"
        << "dependencies"
        << "package:ack-rds-controller >=0.0.27 <=0.1.3,"
           "any(package:rh-service-binding-operator >=1.0.0, package:service-binding-operator >=1.0.0)";
    QTest::addRow("a dependencies: list kept in properties.yaml (pelorus)")
        << "pelorus-operator.v0.0.9"
        << "dependencies"
        << "package:prometheus 0.47.0,package:grafana-operator 4.8.0";
}

void TestBundleReader::referenceFacts()
{
    QFETCH(QString, csv);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    static const auto result = BundleReader::readFolder(data(QStringLiteral("olm/reference")));
    const OperatorCsv *c = find(result.operators, csv);
    QVERIFY2(c, qPrintable(csv));
    QString actual;
    if (field == u"package")
        actual = c->package;
    else if (field == u"replaces")
        actual = c->replaces;
    else if (field == u"skips")
        actual = c->skips.join(u',');
    else if (field == u"skipRange")
        actual = c->skipRange;
    else if (field == u"minKubeVersion")
        actual = c->minKubeVersion;
    else if (field == u"maxOpenShiftVersion")
        actual = c->maxOpenShiftVersion;
    else if (field == u"installModes")
        actual = c->installModes.join(u',');
    else if (field == u"requires")
        actual = c->requiredCrds.join(u',');
    else if (field == u"dependencies") {
        QStringList parts;
        for (const auto &d : c->dependencies)
            parts << describeRequirement(d);
        actual = parts.join(u',');
    }
    QCOMPARE(actual, expected);
}

void TestBundleReader::metadataForms()
{
    OperatorCsv csv;
    csv.package = QStringLiteral("x");
    BundleReader::applyMetadata(csv, R"(properties:
  - type: olm.package
    value: {packageName: real-name, version: 1.0.0}
  - type: olm.gvk
    value: {group: provided.example.com, version: v1, kind: Provided}
  - type: olm.package.required
    value: {packageName: needed, versionRange: ">=2.0.0"}
  - type: olm.gvk.required
    value: {group: needed.example.com, version: v1, kind: Needed}
  - type: olm.maxOpenShiftVersion
    value: "4.16"
  - type: olm.constraint
    value:
      not:
        constraints:
          - gvk: {group: old.example.com, version: v1, kind: Old}
  - type: olm.label
    value: {label: ignored}
)");
    QCOMPARE(csv.package, QStringLiteral("real-name")); // properties' olm.package names the bundle itself
    QCOMPARE(csv.maxOpenShiftVersion, QStringLiteral("4.16"));
    QStringList deps;
    for (const auto &d : csv.dependencies)
        deps << describeRequirement(d);
    QCOMPARE(deps,
             (QStringList{QStringLiteral("package:needed >=2.0.0"), QStringLiteral("needed.example.com/v1/Needed"),
                          QStringLiteral("not(old.example.com/v1/Old)")}));

    OperatorCsv other;
    try {
        BundleReader::applyMetadata(other, "dependencies:\n  - type: olm.constraint\n    value: {failureMessage: x}\n");
        QFAIL("a constraint without a body must be refused");
    } catch (const YamlReadError &e) {
        QCOMPARE(e.line(), 3);
        QVERIFY(e.message().contains(QLatin1String("all, any, not")));
    }
}

void TestBundleReader::brokenCsvIsReportedAndTheRestRead()
{
    const auto result = BundleReader::readFolder(data(QStringLiteral("olm/rules")));
    QCOMPARE(result.errors.size(), 1);
    QVERIFY(result.errors.first().contains(QLatin1String("broken-operator.clusterserviceversion.yaml:4:")));
    QCOMPARE(result.operators.size(), 11);
}

void TestBundleReader::notABundleFolder()
{
    const auto missing = BundleReader::readFolder(data(QStringLiteral("olm/does-not-exist")));
    QCOMPARE(missing.errors.size(), 1);
    QVERIFY(missing.errors.first().contains(QLatin1String("does-not-exist")));
    const auto empty = BundleReader::readFolder(data(QStringLiteral("kube")));
    QCOMPARE(empty.errors.size(), 1);
    QVERIFY(empty.errors.first().contains(QLatin1String("clusterserviceversion")));
    // A folder that does not exist, beside a good folder: one catalog read, the missing one reported.
    const auto catalog =
        BundleReader::readCatalog({data(QStringLiteral("olm/rules")), data(QStringLiteral("olm/does-not-exist"))});
    QCOMPARE(catalog.sources.size(), 1);
    QVERIFY(catalog.sources.first().isCatalog);
    QCOMPARE(catalog.errors.size(), 2); // the missing folder and the broken bundle in olm/rules (on purpose)
}

void TestBundleReader::packageFromCsvName_data()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QString>("package");
    QTest::addRow("name.vX") << "etcdoperator.v0.9.4"
                             << "etcdoperator";
    QTest::addRow("name.X") << "prometheusoperator.0.47.0"
                            << "prometheusoperator";
    QTest::addRow("dashes") << "self-node-remediation.v0.13.0"
                            << "self-node-remediation";
    QTest::addRow("no version") << "plain"
                                << "plain";
}

void TestBundleReader::packageFromCsvName()
{
    QFETCH(QString, csv);
    QFETCH(QString, package);
    QCOMPARE(BundleReader::packageFromCsvName(csv), package);
}

QTEST_GUILESS_MAIN(TestBundleReader)
#include "tst_bundlereader.moc"
