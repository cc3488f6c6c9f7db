#include "kube/apiobjects.h"
#include "kube/listpage.h"
#include "snapshot/distribution.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace kirikae;

namespace {

QJsonObject readJson(const char *name)
{
    QFile file(QStringLiteral(KIRIKAE_TEST_DATA "/kube/") + QLatin1StringView(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestApiObjects : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realNodes();
    void realKubeSystemPods();
    void imageTag_data();
    void imageTag();
    void helmReleaseDecodesOnlyIdentities();
    void helmReleaseErrors();
    void deprecatedApiMetrics();
    void objectUses();
    void installedCsv();
    void distribution_data();
    void distribution();
    void listPageKeepsOnlyAskedNamespaces();
    void listPageLeavesOddAnswersToQt();
};

void TestApiObjects::realNodes()
{
    const QJsonArray items = readJson("kind-v1.20-nodes.json").value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 3);
    const NodeInfo n = apiobjects::node(items.at(0).toObject());
    QCOMPARE(n.name, QStringLiteral("kind-control-plane"));
    QCOMPARE(n.kubeletVersion, QStringLiteral("v1.20.0"));
    QVERIFY(n.roles.contains(QStringLiteral("control-plane")) && n.roles.contains(QStringLiteral("master")));
    QVERIFY(n.containerRuntime.startsWith(QStringLiteral("containerd://")));
    QVERIFY(n.ready);
    QCOMPARE(n.labels.value(QStringLiteral("kubernetes.io/arch")), QStringLiteral("amd64"));
}

void TestApiObjects::realKubeSystemPods()
{
    const QJsonArray items = readJson("kind-v1.20-kube-system-pods.json").value(QStringLiteral("items")).toArray();
    QVERIFY(!items.isEmpty());
    QStringList seen;
    for (const auto &item : items) {
        QVERIFY(apiobjects::isAddonPod(item.toObject()));
        for (const ComponentInfo &c : apiobjects::podComponents(item.toObject()))
            seen << c.name + u'=' + c.version + (c.kind == ComponentInfo::Kind::ControlPlane ? u"/cp" : u"");
    }
    QVERIFY2(seen.contains(QStringLiteral("kube-apiserver=v1.20.0/cp")), qPrintable(seen.join(u' ')));
    QVERIFY(seen.contains(QStringLiteral("etcd=3.4.13-0/cp")));
    QVERIFY(seen.contains(QStringLiteral("coredns=1.7.0")));
    QVERIFY(seen.contains(QStringLiteral("kube-proxy=v1.20.0")));
}

void TestApiObjects::imageTag_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("tag");
    QTest::addRow("plain") << "registry.k8s.io/coredns/coredns:v1.11.1"
                           << "v1.11.1";
    QTest::addRow("port in registry") << "registry.local:5000/kube-proxy:v1.29.3"
                                      << "v1.29.3";
    QTest::addRow("no tag") << "registry.local:5000/kube-proxy"
                            << "";
    QTest::addRow("tag and digest") << "registry.k8s.io/ingress-nginx/controller:v1.9.4@sha256:5b16"
                                    << "v1.9.4";
    QTest::addRow("eks build") << "602401143452.dkr.ecr.ap-northeast-1.amazonaws.com/eks/coredns:v1.11.3-eksbuild.2"
                               << "v1.11.3-eksbuild.2";
}

void TestApiObjects::imageTag()
{
    QFETCH(QString, image);
    QTEST(apiobjects::imageTag(image), "tag");
}

void TestApiObjects::helmReleaseDecodesOnlyIdentities()
{
    QString error;
    const auto release = apiobjects::helmRelease(readJson("helm-release-secret.json"), &error);
    QVERIFY2(release, qPrintable(error));
    QCOMPARE(release->name, QStringLiteral("shop"));
    QCOMPARE(release->revision, 12);
    QCOMPARE(release->chart, QStringLiteral("shop-3.1.0"));
    QCOMPARE(release->appVersion, QStringLiteral("5.2"));
    QCOMPARE(release->kubeVersion, QStringLiteral(">=1.19.0-0 <1.29.0-0")); // the chart's, for Helm's own check
    QCOMPARE(release->objects.size(), 3);
    QCOMPARE(release->objects.at(1).apiVersion, QStringLiteral("networking.k8s.io/v1beta1"));
    QCOMPARE(release->objects.at(2).kind, QStringLiteral("PodDisruptionBudget"));
    QCOMPARE(release->objects.at(2).namespaceName, QStringLiteral("shop"));
    for (const ObjectUse &o : release->objects) {
        QVERIFY(!o.name.contains(QStringLiteral("s3cr3t")));
        QCOMPARE(o.source, QStringLiteral("helm:shop"));
    }
}

void TestApiObjects::helmReleaseErrors()
{
    QJsonObject secret = readJson("helm-release-secret.json");
    QJsonObject data;
    data.insert(QStringLiteral("release"), QStringLiteral("!!!"));
    secret.insert(QStringLiteral("data"), data);
    QString error;
    QVERIFY(!apiobjects::helmRelease(secret, &error));
    QVERIFY2(error.contains(QStringLiteral("shop/sh.helm.release.v1.shop.v12")), qPrintable(error));
    // base64 of base64 of "\x1f\x8b" and garbage: not gzip.
    data.insert(QStringLiteral("release"), QString::fromLatin1(QByteArray("\x1f\x8bgarbage").toBase64().toBase64()));
    secret.insert(QStringLiteral("data"), data);
    QVERIFY(!apiobjects::helmRelease(secret, &error));
    QVERIFY2(error.contains(QStringLiteral("gzip")), qPrintable(error));
}

void TestApiObjects::deprecatedApiMetrics()
{
    const QByteArray metrics =
        "# HELP apiserver_requested_deprecated_apis [STABLE] Gauge of deprecated APIs that have been requested\n"
        "# TYPE apiserver_requested_deprecated_apis gauge\n"
        "apiserver_requested_deprecated_apis{group=\"policy\",removed_release=\"1.25\",resource="
        "\"podsecuritypolicies\","
        "subresource=\"\",version=\"v1beta1\"} 1\n"
        "apiserver_requested_deprecated_apis{group=\"\",removed_release=\"\",resource=\"componentstatuses\","
        "subresource=\"\",version=\"v1\"} 1\n"
        "apiserver_requested_deprecated_apis{broken\n"
        "apiserver_request_total{code=\"200\"} 5\n";
    const auto list = apiobjects::deprecatedApiRequests(metrics);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).group, QStringLiteral("policy"));
    QCOMPARE(list.at(0).resource, QStringLiteral("podsecuritypolicies"));
    QCOMPARE(list.at(0).removedRelease, QStringLiteral("1.25"));
    QCOMPARE(list.at(0).count, 1);
    QCOMPARE(list.at(1).group, QString());
    QCOMPARE(list.at(1).version, QStringLiteral("v1"));
    QVERIFY(apiobjects::deprecatedApiRequests(QByteArray("\x00\xff garbage", 10)).isEmpty());
    // Found by fuzz_metrics: a count of 2.5e60 was converted to an integer (undefined behaviour). Counts are
    // clamped; NaN, infinities and negatives count as 0.
    const QByteArray odd = "apiserver_requested_deprecated_apis{group=\"a\",version=\"v1\",resource=\"r\"} 2.5e60\n"
                           "apiserver_requested_deprecated_apis{group=\"b\",version=\"v1\",resource=\"r\"} NaN\n"
                           "apiserver_requested_deprecated_apis{group=\"c\",version=\"v1\",resource=\"r\"} +Inf\n"
                           "apiserver_requested_deprecated_apis{group=\"d\",version=\"v1\",resource=\"r\"} -3\n";
    const auto clamped = apiobjects::deprecatedApiRequests(odd);
    QCOMPARE(clamped.size(), 4);
    QVERIFY(clamped.at(0).count > 1'000'000'000'000'000'000);
    QCOMPARE(clamped.at(1).count, 0);
    QCOMPARE(clamped.at(2).count, 0);
    QCOMPARE(clamped.at(3).count, 0);
    QFile crash(QStringLiteral(KIRIKAE_TEST_DATA "/fuzz/metrics-count-beyond-int64.txt"));
    QVERIFY(crash.open(QIODevice::ReadOnly));
    (void)apiobjects::deprecatedApiRequests(crash.readAll()); // under the asan preset: no report
}

void TestApiObjects::objectUses()
{
    const QJsonObject deployment = QJsonDocument::fromJson(R"({
        "kind": "Deployment",
        "metadata": {"name": "web", "namespace": "shop",
          "annotations": {"kubectl.kubernetes.io/last-applied-configuration":
            "{\"apiVersion\":\"extensions/v1beta1\",\"kind\":\"Deployment\",\"spec\":{\"env\":\"secret\"}}"},
          "managedFields": [{"apiVersion": "apps/v1"}, {"apiVersion": "apps/v1beta2"}, {"apiVersion": "apps/v1"}]}
    })")
                                       .object();
    const auto uses = apiobjects::objectUses(deployment);
    QCOMPARE(uses.size(), 3);
    QCOMPARE(uses.at(0).apiVersion, QStringLiteral("extensions/v1beta1"));
    QCOMPARE(uses.at(0).source, QStringLiteral("last-applied"));
    QCOMPARE(uses.at(2).apiVersion, QStringLiteral("apps/v1beta2"));
    QCOMPARE(uses.at(2).source, QStringLiteral("managed-fields"));
}

void TestApiObjects::installedCsv()
{
    // The shape OLM gives an installed CSV: package in a label, skipRange and olm.properties in annotations.
    const QJsonObject object = QJsonDocument::fromJson(R"({
      "metadata": {"name": "node-healthcheck-operator.v0.6.1", "namespace": "openshift-workload-availability",
        "labels": {"operators.coreos.com/node-healthcheck-operator.openshift-workload-availability": ""},
        "annotations": {"olm.skipRange": ">=0.1.0 <0.6.1",
                        "olm.properties": "[{\"type\": \"olm.maxOpenShiftVersion\", \"value\": 4.15}]"}},
      "spec": {"version": "0.6.1", "minKubeVersion": "1.20.0", "skips": ["node-healthcheck-operator.v0.5.0"],
        "installModes": [{"type": "OwnNamespace", "supported": true}, {"type": "MultiNamespace", "supported": false}],
        "customresourcedefinitions": {"owned": [{"name": "nodehealthchecks.remediation.medik8s.io",
                                                 "version": "v1alpha1", "kind": "NodeHealthCheck"}]}},
      "status": {"phase": "Succeeded"}})")
                                   .object();
    const OperatorCsv c = apiobjects::clusterServiceVersion(object);
    QCOMPARE(c.package, QStringLiteral("node-healthcheck-operator"));
    QCOMPARE(c.skipRange, QStringLiteral(">=0.1.0 <0.6.1"));
    QCOMPARE(c.maxOpenShiftVersion, QStringLiteral("4.15")); // a number in JSON, a string here
    QCOMPARE(c.minKubeVersion, QStringLiteral("1.20.0"));
    QCOMPARE(c.skips, QStringList{QStringLiteral("node-healthcheck-operator.v0.5.0")});
    QCOMPARE(c.installModes, QStringList{QStringLiteral("OwnNamespace")});
    QCOMPARE(c.ownedCrds, QStringList{QStringLiteral("remediation.medik8s.io/v1alpha1/NodeHealthCheck")});
    QVERIFY(!apiobjects::isCopiedCsv(object));
    QJsonObject copy = object;
    QJsonObject meta = copy.value(QStringLiteral("metadata")).toObject();
    meta.insert(QStringLiteral("labels"), QJsonObject{{QStringLiteral("olm.copiedFrom"), QStringLiteral("x")}});
    copy.insert(QStringLiteral("metadata"), meta);
    QVERIFY(apiobjects::isCopiedCsv(copy));
    // A namespace that overlaps the label's prefix names no package (the label is not cut before its start).
    const QJsonObject overlap = QJsonDocument::fromJson(R"({"metadata": {"name": "x.v1", "namespace": "com/x",
                                                              "labels": {"operators.coreos.com/x": ""}}})")
                                    .object();
    QCOMPARE(apiobjects::clusterServiceVersion(overlap).package, QString());
}

void TestApiObjects::distribution_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("expected");
    QTest::addRow("eks version") << "v1.27.16-eks-a18cd3a"
                                 << ""
                                 << ""
                                 << "eks";
    QTest::addRow("gke version") << "v1.30.5-gke.1014001"
                                 << ""
                                 << ""
                                 << "gke";
    QTest::addRow("k3s") << "v1.28.9+k3s1"
                         << ""
                         << ""
                         << "k3s";
    QTest::addRow("rke2") << "v1.29.4+rke2r1"
                          << ""
                          << ""
                          << "rke2";
    QTest::addRow("openshift hash") << "v1.27.16+03a907c"
                                    << ""
                                    << ""
                                    << "openshift";
    QTest::addRow("aks by label") << "v1.33.5"
                                  << "kubernetes.azure.com/agentpool"
                                  << ""
                                  << "aks";
    QTest::addRow("eks by label") << "v1.31.2"
                                  << "eks.amazonaws.com/nodegroup"
                                  << ""
                                  << "eks";
    QTest::addRow("gke by label") << "v1.31.2"
                                  << "cloud.google.com/gke-nodepool"
                                  << ""
                                  << "gke";
    QTest::addRow("openshift by label") << "v1.31.2"
                                        << "node.openshift.io/os_id"
                                        << ""
                                        << "openshift";
    QTest::addRow("aks by host") << "v1.33.5"
                                 << ""
                                 << "https://x.hcp.japaneast.azmk8s.io:443"
                                 << "aks";
    QTest::addRow("plain upstream") << "v1.33.5"
                                    << "kubernetes.io/hostname"
                                    << "https://10.0.0.1:6443"
                                    << "upstream";
}

void TestApiObjects::distribution()
{
    QFETCH(QString, version);
    QFETCH(QString, label);
    QFETCH(QString, server);
    ClusterSnapshot s;
    s.serverVersion = version;
    s.server = server;
    if (!label.isEmpty()) {
        NodeInfo n;
        n.labels.insert(label, QStringLiteral("x"));
        s.nodes << n;
    }
    const DistributionGuess guess = detectDistribution(s);
    QTEST(guess.distribution, "expected");
    QVERIFY(!guess.evidence.isEmpty());
}

void TestApiObjects::listPageKeepsOnlyAskedNamespaces()
{
    const QByteArray body(R"({"kind":"PodList","metadata":{"continue":"abc"},"items":[
        {"metadata":{"namespace":"team-1","name":"app"}},
        {"metadata":{"namespace":"kube-system","name":"coredns-1","labels":{"k":"v\u00e9"}},"spec":{"n":[1,2.5]}},
        {"metadata":{"namespace":7}}, 3, {"metadata":"x"}]})");
    const auto page = ListPage::read(body, apiobjects::addonNamespaces());
    QVERIFY(page);
    QVERIFY(page->hasItems);
    QCOMPARE(page->continueToken, QStringLiteral("abc"));
    QCOMPARE(page->items.size(), 1);
    // The kept item is what QJsonDocument would have made of it.
    const QJsonObject whole = QJsonDocument::fromJson(body).object();
    QCOMPARE(page->items.constFirst(), whole.value(QStringLiteral("items")).toArray().at(1).toObject());
}

void TestApiObjects::listPageLeavesOddAnswersToQt()
{
    QVERIFY(!ListPage::read(QByteArray(R"({"items":[{"metadata":)"), {}));    // truncated: Qt words the error
    QVERIFY(!ListPage::read(QByteArray("[1, 2]"), {}));                       // not an object
    QVERIFY(!ListPage::read(QByteArray(R"({"kind":"List"})"), {})->hasItems); // no items: malformed
    const auto empty = ListPage::read(QByteArray(R"({"items":null})"), {});
    QVERIFY(empty && empty->hasItems && empty->items.isEmpty() && empty->continueToken.isEmpty());
}

QTEST_GUILESS_MAIN(TestApiObjects)
#include "tst_apiobjects.moc"
