#include "analysis/operatorgraph.h"
#include "snapshot/snapshotfile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kirikae;

namespace {

ClusterSnapshot fullSnapshot()
{
    ClusterSnapshot s;
    s.name = QStringLiteral("prod-東京");
    s.context = QStringLiteral("arn:aws:eks:ap-northeast-1:1:cluster/prod");
    s.server = QStringLiteral("https://example.eks.amazonaws.com");
    s.collectedAt = QDateTime(QDate(2026, 11, 20), QTime(1, 12, 44), Qt::UTC);
    s.distribution = QStringLiteral("eks");
    s.serverVersion = QStringLiteral("v1.31.13-eks-3025e55");
    s.platform = QStringLiteral("linux/amd64");
    s.groupVersions = {QStringLiteral("v1"), QStringLiteral("apps/v1"), QStringLiteral("batch/v1beta1")};
    NodeInfo node;
    node.name = QStringLiteral("ip-10-0-0-1");
    node.roles = {QStringLiteral("worker")};
    node.kubeletVersion = QStringLiteral("v1.30.2");
    node.kubeProxyVersion = QStringLiteral("v1.30.2");
    node.containerRuntime = QStringLiteral("containerd://1.7.11");
    node.osImage = QStringLiteral("Amazon Linux 2");
    node.kernelVersion = QStringLiteral("5.10");
    node.architecture = QStringLiteral("arm64");
    node.ready = false;
    node.labels.insert(QStringLiteral("eks.amazonaws.com/nodegroup"), QStringLiteral("ng-1"));
    node.labels.insert(QStringLiteral("empty"), QString());
    s.nodes << node;
    s.components << ComponentInfo{
        QStringLiteral("kube-apiserver"), ComponentInfo::Kind::ControlPlane,
        QStringLiteral("v1.31.13"),       QStringLiteral("registry.k8s.io/kube-apiserver:v1.31.13"),
        QStringLiteral("kube-system"),    QStringLiteral("cp-1")};
    s.components << ComponentInfo{
        QStringLiteral("coredns"), ComponentInfo::Kind::Addon, QStringLiteral("1.30"), {}, {}, {}};
    s.deprecatedApiRequests << DeprecatedApiRequest{
        QStringLiteral("batch"), QStringLiteral("v1beta1"), QStringLiteral("cronjobs"), {}, QStringLiteral("1.25"), 42};
    s.objectUses << ObjectUse{QStringLiteral("batch/v1beta1"), QStringLiteral("CronJob"), QStringLiteral("ns"),
                              QStringLiteral("nightly"), QStringLiteral("last-applied")};
    HelmRelease h;
    h.name = QStringLiteral("web");
    h.namespaceName = QStringLiteral("apps");
    h.revision = 4;
    h.chart = QStringLiteral("web-1.2.3");
    h.kubeVersion = QStringLiteral(">=1.19.0-0 <1.29.0-0");
    h.objects << ObjectUse{QStringLiteral("extensions/v1beta1"),
                           QStringLiteral("Ingress"),
                           QStringLiteral("apps"),
                           QStringLiteral("web"),
                           {}};
    s.helmReleases << h;
    s.crds << CrdInfo{QStringLiteral("kafkas.kafka.strimzi.io"),
                      QStringLiteral("kafka.strimzi.io"),
                      QStringLiteral("Kafka"),
                      {QStringLiteral("v1beta2")},
                      {QStringLiteral("v1beta1"), QStringLiteral("v1beta2")}};
    OperatorCsv csv;
    csv.name = QStringLiteral("strimzi-cluster-operator.v0.28.0");
    csv.version = QStringLiteral("0.28.0");
    csv.ownedCrds = {QStringLiteral("kafka.strimzi.io/v1beta2/Kafka")};
    csv.skipRange = QStringLiteral(">=0.27.0 <0.28.0");
    csv.maxOpenShiftVersion = QStringLiteral("4.15");
    OperatorRequirement any;
    any.kind = OperatorRequirement::Kind::Any;
    any.failureMessage = QStringLiteral("a queue");
    OperatorRequirement child;
    child.subject = QStringLiteral("queue-operator");
    child.versionRange = QStringLiteral(">=1.0.0");
    any.children << child;
    csv.dependencies << any;
    s.operators << csv;
    s.subscriptions << OperatorSubscription{QStringLiteral("strimzi"),
                                            QStringLiteral("kafka"),
                                            QStringLiteral("strimzi-kafka-operator"),
                                            QStringLiteral("stable"),
                                            QStringLiteral("community-operators"),
                                            csv.name,
                                            csv.name,
                                            QStringLiteral("Manual")};
    s.openShift = OpenShiftClusterVersion{QStringLiteral("4.14.38"),
                                          QStringLiteral("eus-4.14"),
                                          {QStringLiteral("4.14.39")},
                                          {QStringLiteral("4.14.38")},
                                          {OpenShiftConditionalUpdate{
                                              QStringLiteral("4.15.45"),
                                              QStringLiteral("False"),
                                              QStringLiteral("ExposedToRisks"),
                                              QStringLiteral("Exposed to NetPolicyTimeoutsHostNetworkedPodTraffic"),
                                              {OpenShiftUpdateRisk{
                                                  QStringLiteral("NetPolicyTimeoutsHostNetworkedPodTraffic"),
                                                  QStringLiteral("may experience network traffic disruptions"),
                                                  QStringLiteral("https://issues.redhat.com/browse/SDN-4481"),
                                                  {QStringLiteral("PromQL: group(x)"), QStringLiteral("Always")}}}}}};
    s.errors << CollectionError{QStringLiteral("/metrics"), QStringLiteral("403 Forbidden")};
    return s;
}

} // namespace

class TestSnapshotFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void writeIsAtomicAndReadable();
    void malformed_data();
    void malformed();
    void streamedLists_data();
    void streamedLists();
    void missingFile();
};

void TestSnapshotFile::roundTrip()
{
    const ClusterSnapshot original = fullSnapshot();
    const QByteArray yaml = SnapshotFile::toYaml(original);
    QString error;
    const auto read = SnapshotFile::fromYaml(yaml, QStringLiteral("mem"), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->name, original.name);
    QCOMPARE(read->context, original.context);
    QCOMPARE(read->collectedAt, original.collectedAt);
    QCOMPARE(read->serverVersion, original.serverVersion);
    QCOMPARE(read->groupVersions, original.groupVersions);
    QCOMPARE(read->nodes.size(), 1);
    QCOMPARE(read->nodes.constFirst().labels, original.nodes.constFirst().labels);
    QCOMPARE(read->nodes.constFirst().ready, false);
    QCOMPARE(read->nodes.constFirst().architecture, QStringLiteral("arm64"));
    QCOMPARE(read->components.size(), 2);
    QCOMPARE(read->components.constFirst().kind, ComponentInfo::Kind::ControlPlane);
    QCOMPARE(read->components.at(1).version, QStringLiteral("1.30")); // not the float 1.3
    QCOMPARE(read->deprecatedApiRequests.constFirst().count, 42);
    QCOMPARE(read->objectUses.constFirst().kind, QStringLiteral("CronJob"));
    QCOMPARE(read->helmReleases.constFirst().objects.constFirst().apiVersion, QStringLiteral("extensions/v1beta1"));
    QCOMPARE(read->helmReleases.constFirst().kubeVersion, QStringLiteral(">=1.19.0-0 <1.29.0-0"));
    QCOMPARE(read->crds.constFirst().storedVersions.size(), 2);
    QCOMPARE(read->operators.constFirst().ownedCrds, original.operators.constFirst().ownedCrds);
    QCOMPARE(read->operators.constFirst().skipRange, QStringLiteral(">=0.27.0 <0.28.0"));
    QCOMPARE(read->operators.constFirst().maxOpenShiftVersion, QStringLiteral("4.15"));
    QCOMPARE(describeRequirement(read->operators.constFirst().dependencies.value(0)),
             QStringLiteral("any(package:queue-operator >=1.0.0)"));
    QCOMPARE(read->operators.constFirst().dependencies.value(0).failureMessage, QStringLiteral("a queue"));
    QCOMPARE(read->subscriptions.constFirst().approval, QStringLiteral("Manual"));
    QVERIFY(read->openShift);
    QCOMPARE(read->openShift->channel, QStringLiteral("eus-4.14"));
    QCOMPARE(read->openShift->conditionalUpdates.size(), 1);
    const OpenShiftConditionalUpdate &update = read->openShift->conditionalUpdates.constFirst();
    QCOMPARE(update.reason, QStringLiteral("ExposedToRisks"));
    QCOMPARE(update.risks.constFirst().url, QStringLiteral("https://issues.redhat.com/browse/SDN-4481"));
    QCOMPARE(update.risks.constFirst().matchingRules.size(), 2);
    QVERIFY(read->isPartial());
    // Writing what was read gives the same bytes: the format is stable.
    QCOMPARE(SnapshotFile::toYaml(*read), yaml);
}

void TestSnapshotFile::writeIsAtomicAndReadable()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.yaml"));
    QString error;
    QVERIFY2(SnapshotFile::write(fullSnapshot(), path, &error), qPrintable(error));
    QVERIFY2(SnapshotFile::read(path, &error), qPrintable(error));
    // A folder that does not exist: a clear error naming the file.
    QVERIFY(!SnapshotFile::write(fullSnapshot(), dir.filePath(QStringLiteral("no/such/dir/s.yaml")), &error));
    QVERIFY2(error.contains(QStringLiteral("s.yaml")), qPrintable(error));
}

void TestSnapshotFile::malformed_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected");

    QTest::addRow("empty file") << QByteArray() << "f.yaml: the file is empty";
    QTest::addRow("not YAML") << QByteArray("kirikaeSnapshot: 1\nname: [unclosed\n") << "f.yaml:";
    QTest::addRow("a list, not a snapshot") << QByteArray("- a\n- b\n") << "f.yaml:1:";
    QTest::addRow("some other YAML") << QByteArray("apiVersion: v1\nkind: Pod\n") << "not a Kirikae snapshot";
    QTest::addRow("future schema") << QByteArray("name: x\nkirikaeSnapshot: 7\n")
                                   << "f.yaml:2: the snapshot was written by a newer Kirikae (schema 7";
    QTest::addRow("schema not a number") << QByteArray("kirikaeSnapshot: one\nname: x\n")
                                         << "f.yaml:1: “one” is not a whole number";
    QTest::addRow("missing name") << QByteArray("kirikaeSnapshot: 1\nserverVersion: v1.29.1\n")
                                  << "the required key “name” is missing";
    QTest::addRow("nodes not a list") << QByteArray("kirikaeSnapshot: 1\nname: x\nnodes: 5\n")
                                      << "f.yaml:3: “nodes” must be a list";
    QTest::addRow("node without name") << QByteArray("kirikaeSnapshot: 1\nname: x\nnodes:\n  - kubeletVersion: v1\n")
                                       << "f.yaml:4: the required key “name” is missing";
    QTest::addRow("bad component kind")
        << QByteArray("kirikaeSnapshot: 1\nname: x\ncomponents:\n  - name: a\n    kind: gadget\n")
        << "f.yaml:4: “gadget” is not a component kind";
    QTest::addRow("bad time") << QByteArray("kirikaeSnapshot: 1\nname: x\ncollectedAt: yesterday\n")
                              << "f.yaml:3: “yesterday” is not a time";
    QTest::addRow("labels as a list") << QByteArray(
                                             "kirikaeSnapshot: 1\nname: x\nnodes:\n  - name: n\n    labels: [a, b]\n")
                                      << "f.yaml:5: “labels” must be a mapping";
    QTest::addRow("roles as a map") << QByteArray(
                                           "kirikaeSnapshot: 1\nname: x\nnodes:\n  - name: n\n    roles: {a: b}\n")
                                    << "f.yaml:5:";
    QTest::addRow("ready not a boolean") << QByteArray(
                                                "kirikaeSnapshot: 1\nname: x\nnodes:\n  - name: n\n    ready: maybe\n")
                                         << "f.yaml:5: “maybe” is not true or false";
    QTest::addRow("binary") << QByteArray("\x00\x01\x02\xff\xfe", 5) << "f.yaml";
    // Nodes are read while the parser goes on; an error among them still comes after the snapshot's own keys.
    QTest::addRow("missing name and a bad node")
        << QByteArray("kirikaeSnapshot: 1\nnodes:\n  - name: n\n    labels: [a]\n")
        << "f.yaml:1: the required key “name”";
    QTest::addRow("bad node, then bad YAML")
        << QByteArray("kirikaeSnapshot: 1\nname: x\nnodes:\n  - {}\nbad: [\n") << "f.yaml:6: not valid YAML";
    QTest::addRow("undefined alias") << QByteArray("kirikaeSnapshot: 1\nname: *nowhere\n")
                                     << "f.yaml:2: not valid YAML";
}

void TestSnapshotFile::streamedLists_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QStringList>("nodes");
    QTest::addColumn<QStringList>("objects");

    const QByteArray head("kirikaeSnapshot: 1\nname: x\n");
    QTest::addRow("block lists") << head + "nodes:\n  - name: a\n  - name: b\nevidence:\n  objects:\n"
                                           "    - {apiVersion: v1, kind: Pod, name: p}\n"
                                 << QStringList{QStringLiteral("a"), QStringLiteral("b")}
                                 << QStringList{QStringLiteral("p")};
    QTest::addRow("flow lists") << head + "nodes: [{name: a}, {name: b}]\n"
                                << QStringList{QStringLiteral("a"), QStringLiteral("b")} << QStringList{};
    QTest::addRow("a repeated key: the first wins") << head + "nodes: [{name: a}]\nnodes: [{name: b}]\n"
                                                    << QStringList{QStringLiteral("a")} << QStringList{};
    QTest::addRow("an alias to an earlier node")
        << head + "nodes:\n  - &n {name: a, kubeletVersion: v1.30.1}\n  - *n\n  - name: c\n"
        << QStringList{QStringLiteral("a"), QStringLiteral("a"), QStringLiteral("c")} << QStringList{};
    QTest::addRow("an alias to a value outside the lists")
        << head + "base: &b {name: z}\nnodes: [*b, {name: y}]\n"
        << QStringList{QStringLiteral("z"), QStringLiteral("y")} << QStringList{};
}

void TestSnapshotFile::streamedLists()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QStringList, nodes);
    QFETCH(QStringList, objects);
    QString error;
    const auto s = SnapshotFile::fromYaml(yaml, QStringLiteral("f.yaml"), &error);
    QVERIFY2(s, qPrintable(error));
    QStringList names;
    for (const NodeInfo &n : s->nodes)
        names << n.name;
    QCOMPARE(names, nodes);
    QStringList objectNames;
    for (const ObjectUse &o : s->objectUses)
        objectNames << o.name;
    QCOMPARE(objectNames, objects);
}

void TestSnapshotFile::malformed()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!SnapshotFile::fromYaml(yaml, QStringLiteral("f.yaml"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("f.yaml")), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestSnapshotFile::missingFile()
{
    QString error;
    QVERIFY(!SnapshotFile::read(QStringLiteral("/nonexistent/x.yaml"), &error));
    QVERIFY2(error.contains(QStringLiteral("x.yaml")) && error.contains(QStringLiteral("cannot be opened")),
             qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSnapshotFile)
#include "tst_snapshotfile.moc"
