#include "analysis/bundlereader.h"
#include "analysis/crdstorage.h"
#include "analysis/upgradeplanner.h"
#include "core/catalogs.h"
#include "core/yamlreader.h"
#include "snapshot/snapshotfile.h"
#include "workspace/workspace.h"

#include <QTest>

using namespace kirikae;

/// CRD stored versions that a Kubernetes minor or an operator's next release stops serving.
class TestCrdStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void operatorReleaseDropsAStoredVersion();
    void crdManifestWinsOverTheCsv();
    void releaseWithoutTheCrdIsNoStorageQuestion();
    void builtInApiRemovedOnTheRoute();
    void blockerSitsWhereTheOperatorMustMove();
    void demoBundlesDropKafkaVersions();
    void bundleFolderReadsCrdManifests();
    void malformedCrdManifestIsAWarning();

private:
    static ClusterSnapshot kafkaCluster();
    static OperatorCsv release(const QString &version, const QStringList &owned);
    UpgradePlan plan(const ClusterSnapshot &s, MinorVersion target, const QList<OperatorCsv> &bundles);
    Catalogs m_catalogs;
};

void TestCrdStorage::initTestCase()
{
    m_catalogs = Catalogs::builtIn();
}

ClusterSnapshot TestCrdStorage::kafkaCluster()
{
    ClusterSnapshot s;
    s.name = QStringLiteral("kafka");
    s.serverVersion = QStringLiteral("v1.30.4");
    s.distribution = QStringLiteral("upstream");
    s.crds << CrdInfo{QStringLiteral("kafkas.kafka.strimzi.io"), QStringLiteral("kafka.strimzi.io"),
                      QStringLiteral("Kafka"),
                      {QStringLiteral("v1beta2"), QStringLiteral("v1beta1"), QStringLiteral("v1alpha1")},
                      {QStringLiteral("v1beta1"), QStringLiteral("v1beta2")}};
    OperatorCsv installed = release(QStringLiteral("0.28.0"), {QStringLiteral("kafka.strimzi.io/v1beta2/Kafka")});
    installed.source = QStringLiteral("cluster");
    s.operators << installed;
    return s;
}

OperatorCsv TestCrdStorage::release(const QString &version, const QStringList &owned)
{
    OperatorCsv csv;
    csv.name = QStringLiteral("strimzi-cluster-operator.v") + version;
    csv.package = QStringLiteral("strimzi-kafka-operator");
    csv.version = version;
    csv.ownedCrds = owned;
    return csv;
}

UpgradePlan TestCrdStorage::plan(const ClusterSnapshot &s, MinorVersion target, const QList<OperatorCsv> &bundles)
{
    PlanRequest r;
    r.snapshot = s;
    r.target = target;
    r.today = QDate(2026, 11, 25);
    r.bundles = bundles;
    QString error;
    const auto p = planUpgrade(r, m_catalogs, &error);
    if (!p)
        qFatal("%s", qPrintable(error));
    return *p;
}

void TestCrdStorage::operatorReleaseDropsAStoredVersion()
{
    // 0.45 still serves v1beta2 (not v1beta1); 1.1.0 serves v1 only, as the real bundle's CSV lists it.
    const QList<OperatorCsv> bundles{
        release(QStringLiteral("1.1.0"), {QStringLiteral("kafka.strimzi.io/v1/Kafka")}),
        release(QStringLiteral("0.45.0"), {QStringLiteral("kafka.strimzi.io/v1beta2/Kafka")}),
        release(QStringLiteral("0.20.0"), {QStringLiteral("kafka.strimzi.io/v1alpha1/Kafka")}), // older: ignored
        release(QStringLiteral("2.0.0-rc.1"), {}),                                               // pre-release
    };
    const QList<CrdStorageBlocker> found = crdsDroppedByOperators(kafkaCluster(), bundles);
    QCOMPARE(found.size(), 2);
    // Each stored version once, at the first release (by version) that stops serving it.
    QCOMPARE(found.at(0).storedVersion, QStringLiteral("v1beta1"));
    QCOMPARE(found.at(0).droppedBy, QStringLiteral("strimzi-cluster-operator.v0.45.0"));
    QCOMPARE(found.at(0).operatorVersion, QStringLiteral("0.45.0"));
    QCOMPARE(found.at(1).storedVersion, QStringLiteral("v1beta2"));
    QCOMPARE(found.at(1).droppedBy, QStringLiteral("strimzi-cluster-operator.v1.1.0"));
    QCOMPARE(found.at(1).servedThere, QStringList{QStringLiteral("v1")});
    QCOMPARE(found.at(1).servedNow.size(), 3);
    QCOMPARE(found.at(1).operatorPackage, QStringLiteral("strimzi-kafka-operator"));
    QCOMPARE(found.at(1).evidence, QStringLiteral("csv-owned"));
    QVERIFY(crdsDroppedByOperators(kafkaCluster(), {}).isEmpty());
}

void TestCrdStorage::crdManifestWinsOverTheCsv()
{
    // The CSV lists only the storage version; the bundle's CRD still serves v1beta1 and v1beta2.
    OperatorCsv next = release(QStringLiteral("0.45.0"), {QStringLiteral("kafka.strimzi.io/v1beta2/Kafka")});
    next.bundleCrds << CrdInfo{QStringLiteral("kafkas.kafka.strimzi.io"),
                               QStringLiteral("kafka.strimzi.io"),
                               QStringLiteral("Kafka"),
                               {QStringLiteral("v1beta2"), QStringLiteral("v1beta1")},
                               {}};
    QVERIFY(crdsDroppedByOperators(kafkaCluster(), {next}).isEmpty());
    next.bundleCrds.first().servedVersions = {QStringLiteral("v1beta2")};
    const auto found = crdsDroppedByOperators(kafkaCluster(), {next});
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().evidence, QStringLiteral("crd-manifest"));
}

void TestCrdStorage::releaseWithoutTheCrdIsNoStorageQuestion()
{
    // A release that no longer ships the CRD at all removes it: that is no storage version migration.
    QVERIFY(crdsDroppedByOperators(kafkaCluster(), {release(QStringLiteral("2.0.0"), {QStringLiteral(
                                                                                         "kafka.strimzi.io/v1/KafkaTopic")})})
                .isEmpty());
    // A CRD no installed operator owns has no next release to judge.
    ClusterSnapshot s = kafkaCluster();
    s.operators.clear();
    QVERIFY(crdsDroppedByOperators(s, {release(QStringLiteral("1.1.0"), {QStringLiteral("kafka.strimzi.io/v1/Kafka")})})
                .isEmpty());
}

void TestCrdStorage::builtInApiRemovedOnTheRoute()
{
    // A CRD in a built-in group at a version the deprecated-API catalog removes (flowcontrol v1beta2 in 1.29).
    ClusterSnapshot s = kafkaCluster();
    s.serverVersion = QStringLiteral("v1.27.9");
    s.crds = {CrdInfo{QStringLiteral("flowschemas.flowcontrol.apiserver.k8s.io"),
                      QStringLiteral("flowcontrol.apiserver.k8s.io"),
                      QStringLiteral("FlowSchema"),
                      {QStringLiteral("v1beta2"), QStringLiteral("v1beta3")},
                      {QStringLiteral("v1beta2")}}};
    QVERIFY(crdsDroppedByKubernetes(s, m_catalogs, {1, 28}).isEmpty());
    const auto found = crdsDroppedByKubernetes(s, m_catalogs, {1, 30});
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().droppedBy, QStringLiteral("1.29"));
    QCOMPARE(found.first().servedThere, QStringList{QStringLiteral("v1beta3")});
    const UpgradePlan p = plan(s, {1, 30}, {});
    QCOMPARE(p.hops.size(), 3);
    QVERIFY(p.hops[0].crdStorageBlocked.isEmpty());
    QCOMPARE(p.hops[1].crdStorageBlocked.size(), 1); // 1.28 → 1.29 stops serving it
    QVERIFY(p.hops[2].crdStorageBlocked.isEmpty());
    QCOMPARE(p.hops[1].crdStorageBlocked.first().evidence, QStringLiteral("deprecated-apis"));
}

void TestCrdStorage::blockerSitsWhereTheOperatorMustMove()
{
    const QList<OperatorCsv> bundles{release(QStringLiteral("1.1.0"), {QStringLiteral("kafka.strimzi.io/v1/Kafka")})};
    // Not blocked anywhere: the plan moves operators before the first hop, so the migration comes first.
    UpgradePlan p = plan(kafkaCluster(), {1, 32}, bundles);
    QCOMPARE(p.hops.size(), 2);
    QCOMPARE(p.hops[0].crdStorageBlocked.size(), 2);
    QVERIFY(p.hops[1].crdStorageBlocked.isEmpty());
    QCOMPARE(p.openBlockers(), 2);
    QVERIFY(!p.isGo());
    // An operator whose installed release stops at a later hop (olm.maxOpenShiftVersion) moves there, and so does
    // the migration its next release needs.
    ClusterSnapshot s = kafkaCluster();
    s.distribution = QStringLiteral("openshift");
    s.serverVersion = QStringLiteral("v1.30.4+abc1234");
    s.operators.first().maxOpenShiftVersion = QStringLiteral("4.18"); // 1.31; 4.19 ships 1.32
    p = plan(s, {1, 32}, bundles);
    QVERIFY(p.hops[0].crdStorageBlocked.isEmpty());
    QCOMPARE(p.hops[1].operatorsBlocked.size(), 1);
    QCOMPARE(p.hops[1].crdStorageBlocked.size(), 2);
}

void TestCrdStorage::demoBundlesDropKafkaVersions()
{
    // The demo's OpenShift cluster runs Strimzi 0.28 with Kafka objects stored at v1beta1 and v1beta2; the demo
    // workspace's bundles hold the real Strimzi 1.1.0 bundle, whose CSV owns Kafka at v1 only.
    QString error;
    const auto s = SnapshotFile::read(QStringLiteral(KIRIKAE_SOURCE_DIR "/resources/demo/snapshots/ocp-factory.yaml"),
                                      &error);
    QVERIFY2(s, qPrintable(error));
    const Workspace demo = Workspace::demo();
    QCOMPARE(demo.bundleFolders, QStringList{QStringLiteral(":/demo/bundles")});
    const BundleReader::Result bundles = BundleReader::readFolder(demo.bundleFolders.first());
    QVERIFY2(bundles.errors.isEmpty(), qPrintable(bundles.errors.join(u'\n')));
    QVERIFY(!bundles.operators.isEmpty());
    const auto found = crdsDroppedByOperators(*s, bundles.operators);
    QStringList seen;
    for (const CrdStorageBlocker &b : found)
        seen << b.crd + u' ' + b.storedVersion + u' ' + b.droppedBy;
    QVERIFY2(seen.contains(QStringLiteral("kafkas.kafka.strimzi.io v1beta2 strimzi-cluster-operator.v1.1.0")),
             qPrintable(seen.join(u'\n')));
    QVERIFY2(seen.contains(QStringLiteral("authconfigs.authorino.kuadrant.io v1beta1 authorino-operator.v0.15.1")),
             qPrintable(seen.join(u'\n')));
}

void TestCrdStorage::bundleFolderReadsCrdManifests()
{
    const BundleReader::Result r = BundleReader::readFolder(QStringLiteral(KIRIKAE_TEST_DATA "/olm/crd-bundles/good"));
    QVERIFY2(r.errors.isEmpty() && r.warnings.isEmpty(), qPrintable((r.errors + r.warnings).join(u'\n')));
    QCOMPARE(r.operators.size(), 1);
    QCOMPARE(r.operators.first().bundleCrds.size(), 1); // the Service beside it is no CRD
    const CrdInfo &crd = r.operators.first().bundleCrds.first();
    QCOMPARE(crd.name, QStringLiteral("widgets.example.com"));
    QCOMPARE(crd.kind, QStringLiteral("Widget"));
    QCOMPARE(crd.servedVersions, QStringList{QStringLiteral("v1")}); // served: false is not served
}

void TestCrdStorage::malformedCrdManifestIsAWarning()
{
    const BundleReader::Result r = BundleReader::readFolder(QStringLiteral(KIRIKAE_TEST_DATA "/olm/crd-bundles/broken"));
    QVERIFY(r.errors.isEmpty());
    QCOMPARE(r.operators.size(), 1); // the bundle is still read, without the CRD
    QVERIFY(r.operators.first().bundleCrds.isEmpty());
    QCOMPARE(r.warnings.size(), 1);
    // The message names the file and the line of the version that is not a mapping.
    QVERIFY2(r.warnings.first().contains(QStringLiteral("bad.crd.yaml:7")), qPrintable(r.warnings.first()));
    QVERIFY_THROWS_EXCEPTION(YamlReadError, BundleReader::parseCrdManifest("kind: CustomResourceDefinition\n"));
}

QTEST_GUILESS_MAIN(TestCrdStorage)
#include "tst_crdstorage.moc"
