#include "analysis/bundlereader.h"
#include "analysis/graphlayout.h"
#include "analysis/operatorgraph.h"
#include "items/operatormodel.h"
#include "snapshot/snapshotfile.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace kirikae;

class TestOperatorGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void edges_data();
    void edges();
    void missing_data();
    void missing();
    void ambiguousProviders();
    void cycleKeptTogetherInOrder();
    void dependenciesComeFirst();
    void blockedForTarget();
    void celIsShownNotEvaluated();
    void installedVersionOutsideRange();
    void clustersResolveSeparately();
    void olderBundleOnlyIsAnEdge_data();
    void olderBundleOnlyIsAnEdge();
    void cycleThroughAnOlderBundle();
    void pendingUpgradeChains_data();
    void pendingUpgradeChains();
    void demoCluster();
    void reachableBothWays();
    void modelThroughTester();
    void layoutWithGraphviz();

private:
    OperatorGraph m_rules;
    int node(const QString &package) const { return m_rules.indexOf(QStringLiteral("bundles"), package); }
};

namespace {

QString data(const QString &path)
{
    return QStringLiteral(KIRIKAE_TEST_DATA "/") + path;
}

OperatorCsv csv(const QString &package, const QString &version, const QStringList &owns = {},
                const QList<OperatorRequirement> &deps = {})
{
    OperatorCsv c;
    c.package = package;
    c.name = package + QStringLiteral(".v") + version;
    c.version = version;
    c.ownedCrds = owns;
    c.dependencies = deps;
    return c;
}

OperatorRequirement needPackage(const QString &package, const QString &range = {})
{
    OperatorRequirement r;
    r.kind = OperatorRequirement::Kind::Package;
    r.subject = package;
    r.versionRange = range;
    return r;
}

QStringList packages(const OperatorGraph &g, const QList<int> &nodes)
{
    QStringList out;
    for (int n : nodes)
        out << g.nodes[n].csv.package;
    return out;
}

} // namespace

void TestOperatorGraph::initTestCase()
{
    const auto inputs = BundleReader::readCatalog({data(QStringLiteral("olm/rules"))});
    QCOMPARE(inputs.errors.size(), 1); // the broken bundle, on purpose
    m_rules = resolveOperators(inputs.sources, {MinorVersion{1, 30}, openShiftForKubernetes({1, 30})});
    QCOMPARE(m_rules.nodes.size(), 9); // eleven bundles of nine packages, cache-operator shown once at its newest
    QCOMPARE(m_rules.nodes[node(QStringLiteral("cache-operator"))].csv.version, QStringLiteral("2.1.0"));
}

void TestOperatorGraph::edges_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("via");
    QTest::addRow("olm.gvk") << "app-operator"
                             << "db-operator"
                             << "db.example.com/v1/Database";
    QTest::addRow("olm.package with a range a catalog version meets") << "app-operator"
                                                                      << "cache-operator"
                                                                      << "package:cache-operator";
    QTest::addRow("olm.constraint any: the alternative present") << "app-operator"
                                                                 << "queue-operator"
                                                                 << "package:queue-operator";
    QTest::addRow("required CRD in the CSV") << "ping-operator"
                                             << "pong-operator"
                                             << "pong.example.com/v1/Pong";
}

void TestOperatorGraph::edges()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, via);
    bool found = false;
    for (const auto &e : m_rules.edges)
        found = found || (e.from == node(from) && e.to == node(to) && e.via == via);
    QVERIFY2(found, qPrintable(from + u" → " + to + u" via " + via));
}

void TestOperatorGraph::missing_data()
{
    QTest::addColumn<QString>("package");
    QTest::addColumn<QString>("requirement");
    QTest::addColumn<QString>("detail");
    QTest::addRow("olm.constraint not, violated") << "app-operator"
                                                  << "not(package:legacy-operator)"
                                                  << "cannot run beside legacy-operator";
    QTest::addRow("required CRD nobody owns") << "orphan-operator"
                                              << "missing.example.com/v1/Thing"
                                              << "no operator here owns this API";
}

void TestOperatorGraph::missing()
{
    QFETCH(QString, package);
    QFETCH(QString, requirement);
    QFETCH(QString, detail);
    bool found = false;
    for (const auto &m : m_rules.missing)
        found = found || (m.node == node(package) && m.requirement == requirement && m.detail == detail);
    QVERIFY2(found, qPrintable(package + u": " + requirement));
    QCOMPARE(m_rules.nodes[node(package)].status, OperatorStatus::MissingDependency);
    QCOMPARE(m_rules.missing.size(), 2); // and nothing else: the any() and the range are met
}

void TestOperatorGraph::ambiguousProviders()
{
    QCOMPARE(m_rules.ambiguous.size(), 1);
    const auto &a = m_rules.ambiguous.first();
    QCOMPARE(a.node, node(QStringLiteral("app-operator")));
    QCOMPARE(a.requirement, QStringLiteral("db.example.com/v1/Database"));
    QStringList providers = packages(m_rules, a.providers);
    providers.sort();
    QCOMPARE(providers, (QStringList{QStringLiteral("db-fork"), QStringLiteral("db-operator")}));
}

void TestOperatorGraph::cycleKeptTogetherInOrder()
{
    QCOMPARE(m_rules.cycles.size(), 1);
    QCOMPARE(packages(m_rules, m_rules.cycles.first()),
             (QStringList{QStringLiteral("ping-operator"), QStringLiteral("pong-operator")}));
    QCOMPARE(m_rules.nodes[node(QStringLiteral("ping-operator"))].status, OperatorStatus::InCycle);
    const auto order = m_rules.upgradeOrder;
    QCOMPARE(std::abs(order.indexOf(node(QStringLiteral("ping-operator"))) -
                      order.indexOf(node(QStringLiteral("pong-operator")))),
             1);
}

void TestOperatorGraph::dependenciesComeFirst()
{
    QCOMPARE(m_rules.upgradeOrder.size(), m_rules.nodes.size());
    for (const auto &e : m_rules.edges) {
        const bool cyclic = m_rules.nodes[e.from].status == OperatorStatus::InCycle;
        if (!cyclic)
            QVERIFY2(m_rules.upgradeOrder.indexOf(e.to) < m_rules.upgradeOrder.indexOf(e.from), qPrintable(e.via));
    }
}

void TestOperatorGraph::blockedForTarget()
{
    const auto &orphan = m_rules.nodes[node(QStringLiteral("orphan-operator"))];
    QCOMPARE(orphan.blockedBy.size(), 1);
    QCOMPARE(orphan.blockedBy.first().describe(), QStringLiteral("minKubeVersion 1.31.0 is above Kubernetes 1.30"));
    const auto &legacy = m_rules.nodes[node(QStringLiteral("legacy-operator"))];
    QCOMPARE(legacy.blockedBy.size(), 1);
    QCOMPARE(legacy.blockedBy.first().describe(), QStringLiteral("olm.maxOpenShiftVersion 4.14 blocks OpenShift 4.17"));
    QCOMPARE(legacy.status, OperatorStatus::Blocked);

    // Each limit holds only beyond its own version.
    const auto inputs = BundleReader::readCatalog({data(QStringLiteral("olm/rules"))});
    const auto older = resolveOperators(inputs.sources, {MinorVersion{1, 27}, openShiftForKubernetes({1, 27})});
    QVERIFY(
        older.nodes[older.indexOf(QStringLiteral("bundles"), QStringLiteral("legacy-operator"))].blockedBy.isEmpty());
    const auto newer = resolveOperators(inputs.sources, {MinorVersion{1, 31}, openShiftForKubernetes({1, 31})});
    QVERIFY(
        newer.nodes[newer.indexOf(QStringLiteral("bundles"), QStringLiteral("orphan-operator"))].blockedBy.isEmpty());
    // maxOpenShiftVersion means nothing off OpenShift.
    QList<OperatorSource> sources = inputs.sources;
    sources.first().isOpenShift = false;
    const auto upstream = resolveOperators(sources, {MinorVersion{1, 30}, openShiftForKubernetes({1, 30})});
    QVERIFY(upstream.nodes[upstream.indexOf(QStringLiteral("bundles"), QStringLiteral("legacy-operator"))]
                .blockedBy.isEmpty());
}

void TestOperatorGraph::celIsShownNotEvaluated()
{
    const auto &app = m_rules.nodes[node(QStringLiteral("app-operator"))];
    const QString all =
        QStringLiteral(R"(all(db.example.com/v1/Database, cel(properties.exists(p, p.type == "certified"))))");
    QVERIFY2(app.requirements.contains(all), qPrintable(app.requirements.join(u'\n')));
    for (const auto &m : m_rules.missing)
        QVERIFY(!m.requirement.contains(QLatin1String("cel(")));
}

void TestOperatorGraph::installedVersionOutsideRange()
{
    OperatorSource cluster;
    cluster.cluster = QStringLiteral("prod");
    cluster.csvs << csv(QStringLiteral("authorino-operator"), QStringLiteral("0.13.0"))
                 << csv(QStringLiteral("kuadrant-operator"), QStringLiteral("0.10.0"), {},
                        {needPackage(QStringLiteral("authorino-operator"), QStringLiteral("0.12.0"))});
    const auto g = resolveOperators({cluster});
    QCOMPARE(g.missing.size(), 1);
    QCOMPARE(g.missing.first().detail, QStringLiteral("authorino-operator 0.13.0 is outside 0.12.0"));
    QVERIFY(g.edges.isEmpty());

    cluster.csvs[1].dependencies.first().versionRange = QStringLiteral(">=0.12.0 <0.14.0");
    const auto ok = resolveOperators({cluster});
    QVERIFY(ok.missing.isEmpty());
    QCOMPARE(ok.edges.size(), 1);
}

void TestOperatorGraph::clustersResolveSeparately()
{
    OperatorSource a;
    a.cluster = QStringLiteral("a");
    a.csvs << csv(QStringLiteral("cert-manager"), QStringLiteral("1.16.5"),
                  {QStringLiteral("cert-manager.io/v1/Issuer")});
    OperatorSource b;
    b.cluster = QStringLiteral("b");
    OperatorRequirement gvk;
    gvk.kind = OperatorRequirement::Kind::Gvk;
    gvk.subject = QStringLiteral("cert-manager.io/v1/Issuer");
    b.csvs << csv(QStringLiteral("alloydb-omni-operator"), QStringLiteral("1.8.0"), {}, {gvk});
    const auto g = resolveOperators({a, b});
    QCOMPARE(g.missing.size(), 1); // cert-manager in cluster a does not serve cluster b
    QCOMPARE(g.nodes[g.missing.first().node].cluster, QStringLiteral("b"));
}

void TestOperatorGraph::olderBundleOnlyIsAnEdge_data()
{
    QTest::addColumn<QString>("via");
    QTest::addColumn<QString>("described");
    // front-operator needs what only back-operator 0.9.0 offers; the catalog shows back-operator 1.0.0.
    QTest::addRow("olm.package range only an older bundle is in")
        << "package:back-operator"
        << "package:back-operator (needs 0.9.0, newest is 1.0.0)";
    QTest::addRow("required CRD only an older bundle owns")
        << "back.example.com/v1/Widget"
        << "back.example.com/v1/Widget (needs 0.9.0, newest is 1.0.0)";
}

void TestOperatorGraph::olderBundleOnlyIsAnEdge()
{
    QFETCH(QString, via);
    QFETCH(QString, described);
    const auto inputs = BundleReader::readCatalog({data(QStringLiteral("olm/older-bundles"))});
    QVERIFY2(inputs.errors.isEmpty(), qPrintable(inputs.errors.join(u'\n')));
    const auto g = resolveOperators(inputs.sources);
    QCOMPARE(g.nodes.size(), 2);
    const int front = g.indexOf(QStringLiteral("bundles"), QStringLiteral("front-operator"));
    const int back = g.indexOf(QStringLiteral("bundles"), QStringLiteral("back-operator"));
    QCOMPARE(g.nodes[back].csv.version, QStringLiteral("1.0.0"));
    const auto edge = std::find_if(g.edges.cbegin(), g.edges.cend(), [&](const OperatorEdge &e) {
        return e.from == front && e.to == back && e.via == via;
    });
    QVERIFY2(edge != g.edges.cend(), qPrintable(via));
    QCOMPARE(edge->toVersion, QStringLiteral("0.9.0"));
    QVERIFY(edge->fromVersion.isEmpty());
    QCOMPARE(g.describeEdge(*edge), described);
    QCOMPARE(edge->label(), via + QStringLiteral(" (0.9.0)"));
    QVERIFY(g.missing.isEmpty()); // met, by the older bundle

    // Between the bundles shown an edge names no version.
    for (const auto &e : m_rules.edges) {
        QVERIFY2(e.toVersion.isEmpty() && e.fromVersion.isEmpty(), qPrintable(e.via));
        QCOMPARE(m_rules.describeEdge(e), e.via);
    }
}

void TestOperatorGraph::cycleThroughAnOlderBundle()
{
    // front-operator needs back-operator 0.9.0, and that bundle (not 1.0.0, the one shown) needs front-operator.
    const auto inputs = BundleReader::readCatalog({data(QStringLiteral("olm/older-bundles"))});
    const auto g = resolveOperators(inputs.sources);
    const int front = g.indexOf(QStringLiteral("bundles"), QStringLiteral("front-operator"));
    const int back = g.indexOf(QStringLiteral("bundles"), QStringLiteral("back-operator"));
    const auto edge = std::find_if(g.edges.cbegin(), g.edges.cend(),
                                   [&](const OperatorEdge &e) { return e.from == back && e.to == front; });
    QVERIFY(edge != g.edges.cend());
    QCOMPARE(edge->via, QStringLiteral("package:front-operator"));
    QCOMPARE(edge->fromVersion, QStringLiteral("0.9.0"));
    QVERIFY(edge->toVersion.isEmpty());
    QCOMPARE(g.describeEdge(*edge), QStringLiteral("package:front-operator (required by 0.9.0, newest is 1.0.0)"));
    QCOMPARE(edge->label(), QStringLiteral("(0.9.0) package:front-operator"));

    QCOMPARE(g.cycles.size(), 1);
    QCOMPARE(packages(g, g.cycles.first()),
             (QStringList{QStringLiteral("back-operator"), QStringLiteral("front-operator")}));
    QCOMPARE(g.nodes[front].status, OperatorStatus::InCycle);
    QCOMPARE(g.nodes[back].status, OperatorStatus::InCycle);
    QCOMPARE(std::abs(g.upgradeOrder.indexOf(front) - g.upgradeOrder.indexOf(back)), 1);
    // The older bundle's requirements are edges, not the shown node's requirements.
    QVERIFY(g.nodes[back].requirements.isEmpty());

    // Without a catalog there is no older bundle to choose: installed 1.0.0 is outside <1.0.0.
    OperatorSource cluster;
    cluster.cluster = QStringLiteral("prod");
    cluster.csvs = inputs.sources.first().csvs;
    cluster.csvs.erase(std::remove_if(cluster.csvs.begin(), cluster.csvs.end(),
                                      [](const OperatorCsv &c) { return c.version == u"0.9.0"; }),
                       cluster.csvs.end());
    const auto installed = resolveOperators({cluster});
    QVERIFY(installed.cycles.isEmpty());
    QVERIFY(installed.edges.isEmpty());
    QCOMPARE(installed.missing.size(), 2);
}

void TestOperatorGraph::pendingUpgradeChains_data()
{
    QTest::addColumn<QString>("installed");
    QTest::addColumn<QStringList>("path");
    QTest::addRow("skipRange jumps straight to the newest")
        << "1.5.0" << QStringList{QStringLiteral("cache-operator.v2.1.0")};
    QTest::addRow("outside every skipRange: no chain") << "0.9.0" << QStringList{};
}

void TestOperatorGraph::pendingUpgradeChains()
{
    QFETCH(QString, installed);
    QFETCH(QStringList, path);
    auto inputs = BundleReader::readCatalog({data(QStringLiteral("olm/rules"))});
    OperatorSource cluster;
    cluster.cluster = QStringLiteral("prod");
    cluster.csvs << csv(QStringLiteral("cache-operator"), installed);
    OperatorSubscription sub;
    sub.package = QStringLiteral("cache-operator");
    sub.installedCsv = cluster.csvs.first().name;
    sub.currentCsv = QStringLiteral("cache-operator.v2.0.0");
    cluster.subscriptions << sub;
    inputs.sources.prepend(cluster);
    const auto g = resolveOperators(inputs.sources);
    QCOMPARE(g.nodes.size(), 1); // with a cluster present the catalog only offers versions
    const auto &n = g.nodes.first();
    QCOMPARE(n.subscriptionCsv, QStringLiteral("cache-operator.v2.0.0"));
    QCOMPARE(n.latestCsv, QStringLiteral("cache-operator.v2.1.0"));
    QCOMPARE(n.upgradePath, path);
    QCOMPARE(n.status, OperatorStatus::UpdateAvailable);
}

void TestOperatorGraph::demoCluster()
{
    QString error;
    const auto snapshot =
        SnapshotFile::read(QStringLiteral(KIRIKAE_SOURCE_DIR "/resources/demo/snapshots/ocp-factory.yaml"), &error);
    QVERIFY2(snapshot, qPrintable(error));
    const auto g = resolveOperators({BundleReader::fromSnapshot(*snapshot)},
                                    {MinorVersion{1, 29}, openShiftForKubernetes({1, 29})});
    const auto at = [&](const char *p) { return g.nodes[g.indexOf(snapshot->name, QLatin1String(p))]; };
    QCOMPARE(at("3scale-community-operator").status, OperatorStatus::Blocked);
    QCOMPARE(at("mercury-operator").status, OperatorStatus::MissingDependency);
    QCOMPARE(at("authorino-operator").status, OperatorStatus::UpdateAvailable); // the Subscription wants 0.13.0
    QCOMPARE(at("kuadrant-operator").status, OperatorStatus::Fine);
    // kuadrant pins authorino 0.12.0: upgrading authorino alone would break it.
    QCOMPARE(g.reachable(g.indexOf(snapshot->name, QStringLiteral("kuadrant-operator")), true).size(), 3);
}

void TestOperatorGraph::reachableBothWays()
{
    const int db = node(QStringLiteral("db-operator"));
    QCOMPARE(packages(m_rules, m_rules.reachable(db, false)), QStringList{QStringLiteral("app-operator")});
    QStringList up = packages(m_rules, m_rules.reachable(node(QStringLiteral("app-operator")), true));
    up.sort();
    QCOMPARE(up, (QStringList{QStringLiteral("cache-operator"), QStringLiteral("db-fork"),
                              QStringLiteral("db-operator"), QStringLiteral("queue-operator")}));
}

void TestOperatorGraph::modelThroughTester()
{
    OperatorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(OperatorModel::SortRole);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGraph(m_rules);
    QCOMPARE(model.rowCount(), m_rules.nodes.size());
    proxy.sort(OperatorModel::NeedsColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, OperatorModel::PackageColumn).data().toString(), QStringLiteral("app-operator"));
    QCOMPARE(proxy.index(0, OperatorModel::NeedsColumn).data(OperatorModel::SortRole).toInt(), 4);
    model.retranslate();
    model.setGraph({});
    QCOMPARE(model.rowCount(), 0);
}

void TestOperatorGraph::layoutWithGraphviz()
{
    LayoutRequest request;
    for (int i = 0; i < m_rules.nodes.size(); ++i)
        request.nodes << QSizeF(120, 36);
    for (const auto &e : m_rules.edges)
        request.edges << LayoutRequest::Edge{e.from, e.to, e.via};
    const auto layout = layoutGraph(request);
    QVERIFY(layout);
    QCOMPARE(layout->nodeCentres.size(), m_rules.nodes.size());
    QCOMPARE(layout->edges.size(), m_rules.edges.size());
    for (const QPointF &p : layout->nodeCentres)
        QVERIFY(layout->bounds.contains(p));
    // Left to right: a dependent sits left of what it needs (outside cycles).
    const int app = node(QStringLiteral("app-operator"));
    const int db = node(QStringLiteral("db-operator"));
    QVERIFY(layout->nodeCentres[app].x() < layout->nodeCentres[db].x());
    for (const auto &e : layout->edges) {
        QVERIFY(e.spline.size() >= 4);
        QVERIFY(e.labelCentre.has_value());
    }
    // No two boxes overlap.
    for (int i = 0; i < layout->nodeCentres.size(); ++i)
        for (int j = i + 1; j < layout->nodeCentres.size(); ++j) {
            const QRectF a(layout->nodeCentres[i] - QPointF(60, 18), QSizeF(120, 36));
            const QRectF b(layout->nodeCentres[j] - QPointF(60, 18), QSizeF(120, 36));
            QVERIFY(!a.intersects(b));
        }
}

QTEST_GUILESS_MAIN(TestOperatorGraph)
#include "tst_operatorgraph.moc"
