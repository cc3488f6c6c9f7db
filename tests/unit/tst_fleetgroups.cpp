#include "analysis/fleetgroups.h"
#include "analysis/versionmatrix.h"
#include "core/catalogs.h"
#include "core/languagemanager.h"
#include "items/clusterfilterproxy.h"
#include "items/fleetgroupmodel.h"
#include "items/fleetmodel.h"
#include "items/versionmatrixmodel.h"
#include "snapshot/snapshotfile.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace kirikae;

namespace {

FleetEntry entry(const QString &name, const QString &version, const QMap<QString, QString> &labels,
                 const QStringList &nodeRegions = {})
{
    FleetEntry e;
    e.file = name + QStringLiteral(".yaml");
    e.snapshot.name = name;
    e.snapshot.distribution = version.contains(u"eks") ? QStringLiteral("eks") : QStringLiteral("upstream");
    e.snapshot.serverVersion = version;
    e.snapshot.labels = labels;
    for (const QString &region : nodeRegions) {
        NodeInfo node;
        node.name = QStringLiteral("n%1").arg(e.snapshot.nodes.size());
        node.kubeletVersion = version;
        node.labels.insert(QStringLiteral("topology.kubernetes.io/region"), region);
        e.snapshot.nodes << node;
    }
    return e;
}

using Labels = QMap<QString, QString>;
const QString tier = QStringLiteral("tier");

} // namespace

class TestFleetGroups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void groupValues_data();
    void groupValues();
    void countsPerGroupAndStatus();
    void minorsInNumericOrder();
    void labelsSurviveTheSnapshotFile();
    void groupModel();
    void groupModelFollowsTheFleet();
    void proxyKeepsRowsOfAGroup();
    void proxyKeepsColumnsOfAGroup();

private:
    LanguageManager m_language;
    QList<FleetEntry> m_entries;
    QList<ClusterStatus> m_statuses;
    // 1.35 ends 2027-02-28: ending soon (90 days) on this day; 1.36 is supported, 1.31 and older are not.
    const QDate m_today{2026, 12, 15};
};

void TestFleetGroups::initTestCase()
{
    QVERIFY(m_language.setLanguage(QStringLiteral("en")));
}

void TestFleetGroups::init()
{
    m_entries = {
        entry(QStringLiteral("a"), QStringLiteral("v1.31.13-eks-1"), Labels{{tier, QStringLiteral("prod")}}),
        entry(QStringLiteral("b"), QStringLiteral("v1.35.2"), Labels{{QStringLiteral("environment"), QStringLiteral("prod")}}),
        entry(QStringLiteral("c"), QStringLiteral("v1.36.1"), Labels{{tier, QStringLiteral("prod")}}),
        entry(QStringLiteral("d"), QStringLiteral("v1.9.11"), Labels{{QStringLiteral("env"), QStringLiteral("dev")}}),
        entry(QStringLiteral("e"), QStringLiteral("v1.10.0"), {},
              {QStringLiteral("eu-west-1"), QStringLiteral("us-east-1"), QStringLiteral("eu-west-1")}),
        entry(QStringLiteral("f"), QStringLiteral("v1.36.1"), Labels{{QStringLiteral("region"), QStringLiteral("tokyo-dc")}},
              {QStringLiteral("us-east-1")}),
    };
    const Catalogs catalogs = Catalogs::builtIn();
    m_statuses.clear();
    for (const FleetEntry &e : std::as_const(m_entries))
        m_statuses << assessCluster(e.snapshot, catalogs, m_today);
}

void TestFleetGroups::groupValues_data()
{
    QTest::addColumn<int>("cluster");
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("value");
    QTest::addRow("tier label") << 0 << int(GroupKey::Tier) << QStringLiteral("prod");
    QTest::addRow("environment label is a tier") << 1 << int(GroupKey::Tier) << QStringLiteral("prod");
    QTest::addRow("env label is a tier") << 3 << int(GroupKey::Tier) << QStringLiteral("dev");
    QTest::addRow("no tier: unlabelled") << 4 << int(GroupKey::Tier) << QString();
    QTest::addRow("distribution") << 0 << int(GroupKey::Distribution) << QStringLiteral("eks");
    QTest::addRow("region most nodes are in") << 4 << int(GroupKey::Region) << QStringLiteral("eu-west-1");
    QTest::addRow("cluster label wins over nodes") << 5 << int(GroupKey::Region) << QStringLiteral("tokyo-dc");
    QTest::addRow("no region anywhere") << 0 << int(GroupKey::Region) << QString();
    QTest::addRow("minor of a vendor build") << 0 << int(GroupKey::Minor) << QStringLiteral("1.31");
}

void TestFleetGroups::groupValues()
{
    QFETCH(int, cluster);
    QFETCH(int, key);
    QFETCH(QString, value);
    QCOMPARE(groupValue(m_entries.at(cluster).snapshot, m_statuses.at(cluster), GroupKey(key)), value);
}

void TestFleetGroups::countsPerGroupAndStatus()
{
    const QList<ClusterGroup> groups = groupClusters(m_entries, m_statuses, GroupKey::Tier);
    QCOMPARE(groups.size(), 3);
    QCOMPARE(groups.at(0).value, QStringLiteral("dev"));
    QCOMPARE(groups.at(0).members, QList<int>{3});
    QCOMPARE(groups.at(1).value, QStringLiteral("prod"));
    QCOMPARE(groups.at(1).members, (QList<int>{0, 1, 2}));
    QCOMPARE(groups.at(1).count(SupportStatus::Unsupported), 1);
    QCOMPARE(groups.at(1).count(SupportStatus::EndingSoon), 1);
    QCOMPARE(groups.at(1).count(SupportStatus::Supported), 1);
    QCOMPARE(groups.at(1).count(SupportStatus::Unknown), 0);
    // The clusters that do not say come last.
    QCOMPARE(groups.at(2).value, QString());
    QCOMPARE(groups.at(2).members, (QList<int>{4, 5}));
    QCOMPARE(groups.at(2).count(SupportStatus::Unsupported), 1);
    QCOMPARE(groups.at(2).count(SupportStatus::Supported), 1);
    int total = 0;
    for (const ClusterGroup &g : groups)
        total += g.size();
    QCOMPARE(total, m_entries.size());
}

void TestFleetGroups::minorsInNumericOrder()
{
    QStringList values;
    for (const ClusterGroup &g : groupClusters(m_entries, m_statuses, GroupKey::Minor))
        values << g.value;
    QCOMPARE(values, (QStringList{QStringLiteral("1.9"), QStringLiteral("1.10"), QStringLiteral("1.31"),
                                  QStringLiteral("1.35"), QStringLiteral("1.36")}));
}

void TestFleetGroups::labelsSurviveTheSnapshotFile()
{
    const ClusterSnapshot &written = m_entries.at(5).snapshot;
    QString error;
    const auto read = SnapshotFile::fromYaml(SnapshotFile::toYaml(written), QStringLiteral("f.yaml"), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->labels, written.labels);
    QCOMPARE(read->nodes.at(0).labels, written.nodes.at(0).labels);
    QVERIFY(!SnapshotFile::fromYaml("kirikaeSnapshot: 1\nname: x\nlabels: [a]\n", QStringLiteral("x.yaml"), &error));
    QVERIFY2(error.contains(u"labels"), qPrintable(error));
}

void TestFleetGroups::groupModel()
{
    FleetModel fleet;
    FleetGroupModel model(&fleet);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fleet.setFleet(m_entries, m_statuses);
    QCOMPARE(model.rowCount(), 3);
    const QModelIndex prod = model.index(1, 0);
    QCOMPARE(prod.data().toString(),
             QStringLiteral("prod · 3 clusters · 1 out of support · 1 ending soon · 1 supported"));
    QCOMPARE(prod.data(FleetGroupModel::ClusterCountRole).toInt(), 3);
    QCOMPARE(prod.data(FleetGroupModel::StatusCountsRole).value<QList<int>>(), (QList<int>{1, 1, 1, 0}));
    QCOMPARE(model.index(2, 0).data().toString(),
             QStringLiteral("unlabelled · 2 clusters · 1 out of support · 1 supported"));
    // Its clusters, worst first, with the fleet model's cells and roles.
    QCOMPARE(model.rowCount(prod), 3);
    QCOMPARE(model.index(0, FleetModel::NameColumn, prod).data().toString(), QStringLiteral("a"));
    QCOMPARE(model.index(1, FleetModel::NameColumn, prod).data().toString(), QStringLiteral("b"));
    QCOMPARE(model.index(2, FleetModel::NameColumn, prod).data().toString(), QStringLiteral("c"));
    QCOMPARE(model.index(0, FleetModel::SupportColumn, prod).data(FleetModel::StatusRole).toInt(),
             int(SupportStatus::Unsupported));
    QCOMPARE(model.index(2, 0, prod).data(FleetGroupModel::SourceRowRole).toInt(), 2);
    QCOMPARE(model.clusterNames(1), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));

    // The words follow the language, and the views hear of it.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_language.setLanguage(QStringLiteral("ja")));
    QTRY_VERIFY(changed.count() > 0);
    QCOMPARE(prod.data().toString(), QStringLiteral("prod・クラスター 3 件・サポート切れ 1・まもなく終了 1・サポート中 1"));
    QVERIFY(m_language.setLanguage(QStringLiteral("en")));

    model.setGroupKey(GroupKey::Distribution);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.groupTitle(0), QStringLiteral("Amazon EKS"));
    QCOMPARE(model.clusterNames(0), QStringList{QStringLiteral("a")});
}

void TestFleetGroups::groupModelFollowsTheFleet()
{
    FleetModel fleet;
    FleetGroupModel model(&fleet);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGroupKey(GroupKey::Region);
    fleet.setFleet(m_entries, m_statuses);
    QCOMPARE(model.rowCount(), 3); // eu-west-1, tokyo-dc, unlabelled
    fleet.retranslate();
    fleet.setFleet(m_entries.mid(0, 1), m_statuses.mid(0, 1));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(FleetGroupModel::GroupValueRole).toString(), QString());
    fleet.setFleet({}, {});
    QCOMPARE(model.rowCount(), 0);
}

void TestFleetGroups::proxyKeepsRowsOfAGroup()
{
    FleetModel fleet;
    ClusterFilterProxy proxy(ClusterFilterProxy::Axis::Rows, FleetModel::NameColumn);
    proxy.setSourceModel(&fleet);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fleet.setFleet(m_entries, m_statuses);
    QCOMPARE(proxy.rowCount(), 6);
    proxy.setClusters(QSet<QString>{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("gone")});
    QCOMPARE(proxy.rowCount(), 2);
    // The text filter still applies within the group.
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterFixedString(QStringLiteral("1.36"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, FleetModel::NameColumn).data().toString(), QStringLiteral("c"));
    proxy.setFilterFixedString(QString());
    proxy.setClusters(std::nullopt);
    QCOMPARE(proxy.rowCount(), 6);
}

void TestFleetGroups::proxyKeepsColumnsOfAGroup()
{
    VersionMatrixModel matrix;
    ClusterFilterProxy proxy(ClusterFilterProxy::Axis::Columns, VersionMatrixModel::FirstClusterColumn);
    proxy.setSourceModel(&matrix);
    proxy.setRecursiveFilteringEnabled(true);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    matrix.setMatrix(buildVersionMatrix(m_entries, m_statuses));
    QCOMPARE(proxy.columnCount(), 1 + 6);
    proxy.setClusters(QSet<QString>{QStringLiteral("b"), QStringLiteral("e")});
    QCOMPARE(proxy.columnCount(), 1 + 2);
    QCOMPARE(proxy.headerData(1, Qt::Horizontal).toString(), QStringLiteral("b"));
    QCOMPARE(proxy.headerData(2, Qt::Horizontal).toString(), QStringLiteral("e"));
    // Rows of what these clusters run stay, with their children; a row empty in every kept column goes.
    const auto rowsWithCells = [&proxy] {
        int rows = 0;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            bool any = false;
            for (int column = 1; column < proxy.columnCount(); ++column)
                any |= !proxy.index(row, column).data().toString().isEmpty();
            rows += any ? 1 : 0;
        }
        return rows;
    };
    QCOMPARE(rowsWithCells(), proxy.rowCount());
    const int withNodes = proxy.rowCount();
    // b has no nodes: its kubelet row is empty, and goes.
    proxy.setClusters(QSet<QString>{QStringLiteral("b")});
    QVERIFY(proxy.rowCount() < withNodes);
    QVERIFY(proxy.rowCount() > 0);
    QCOMPARE(rowsWithCells(), proxy.rowCount());
    proxy.setClusters(QSet<QString>{QStringLiteral("e")});
    QCOMPARE(rowsWithCells(), proxy.rowCount());
    for (int row = 0; row < proxy.rowCount(); ++row)
        if (proxy.hasChildren(proxy.index(row, 0)))
            QCOMPARE(proxy.columnCount(proxy.index(row, 0)), 1 + 1);
    // The matrix again (a new fleet): the kept columns are looked up anew.
    matrix.setMatrix(buildVersionMatrix(m_entries.mid(3), m_statuses.mid(3)));
    QCOMPARE(proxy.columnCount(), 1 + 1);
    QCOMPARE(proxy.headerData(1, Qt::Horizontal).toString(), QStringLiteral("e"));
    QCOMPARE(rowsWithCells(), proxy.rowCount());
    matrix.setMatrix(buildVersionMatrix(m_entries, m_statuses));
    proxy.setClusters(QSet<QString>{});
    QCOMPARE(proxy.columnCount(), 1);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setClusters(std::nullopt);
    QCOMPARE(proxy.columnCount(), 1 + 6);
}

QTEST_GUILESS_MAIN(TestFleetGroups)
#include "tst_fleetgroups.moc"
