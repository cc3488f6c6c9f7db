#include "analysis/clusterstatus.h"
#include "core/catalogs.h"
#include "items/collectionmodel.h"
#include "items/fleetmodel.h"
#include "items/inventorymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace kirikae;

namespace {

FleetEntry entry(const QString &name, const QString &version, int nodes)
{
    FleetEntry e;
    e.file = name + QStringLiteral(".yaml");
    e.snapshot.name = name;
    e.snapshot.distribution = QStringLiteral("upstream");
    e.snapshot.serverVersion = version;
    for (int i = 0; i < nodes; ++i)
        e.snapshot.nodes << NodeInfo{QStringLiteral("n%1").arg(i), {}, version, {}, {}, {}, {}, {}, {}, true};
    return e;
}

} // namespace

class TestFleetModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void modelTester();
    void sortsNumerically();
    void statusAndExplanation();
    void garbageVersion();
    void retranslateSignals();
    void inventory();
    void collectionStatuses();

private:
    void fill(FleetModel &model);
    QList<FleetEntry> m_entries;
    const QDate m_today{2026, 11, 25};
};

void TestFleetModel::init()
{
    m_entries = {entry(QStringLiteral("a-old"), QStringLiteral("v1.9.11"), 2),
                 entry(QStringLiteral("b-new"), QStringLiteral("v1.36.2"), 10),
                 entry(QStringLiteral("c-mid"), QStringLiteral("v1.31.13-eks-1"), 3),
                 entry(QStringLiteral("d-10"), QStringLiteral("v1.10.0"), 1)};
}

void TestFleetModel::fill(FleetModel &model)
{
    const Catalogs catalogs = Catalogs::builtIn();
    QList<ClusterStatus> statuses;
    for (const auto &e : std::as_const(m_entries))
        statuses << assessCluster(e.snapshot, catalogs, m_today);
    model.setFleet(m_entries, statuses);
}

void TestFleetModel::modelTester()
{
    FleetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(FleetModel::SortRole);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fill(model);
    proxy.sort(FleetModel::DaysLeftColumn);
    proxy.setFilterFixedString(QStringLiteral("new"));
    QCOMPARE(proxy.rowCount(), 1);
    model.retranslate();
    model.setFleet({}, {});
    QCOMPARE(proxy.rowCount(), 0);
}

void TestFleetModel::sortsNumerically()
{
    FleetModel model;
    fill(model);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(FleetModel::SortRole);

    proxy.sort(FleetModel::VersionColumn, Qt::AscendingOrder);
    QStringList names;
    for (int r = 0; r < proxy.rowCount(); ++r)
        names << proxy.index(r, FleetModel::NameColumn).data().toString();
    // Text order would put 1.10 before 1.9 and 1.36 before 1.9.
    QCOMPARE(names, (QStringList{QStringLiteral("a-old"), QStringLiteral("d-10"), QStringLiteral("c-mid"),
                                 QStringLiteral("b-new")}));

    proxy.sort(FleetModel::NodesColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, FleetModel::NameColumn).data().toString(), QStringLiteral("b-new"));
    QCOMPARE(proxy.index(1, FleetModel::NameColumn).data().toString(), QStringLiteral("c-mid"));

    proxy.sort(FleetModel::SupportColumn, Qt::AscendingOrder); // worst first
    QCOMPARE(proxy.index(proxy.rowCount() - 1, FleetModel::NameColumn).data().toString(), QStringLiteral("b-new"));
}

void TestFleetModel::statusAndExplanation()
{
    FleetModel model;
    fill(model);
    const QModelIndex mid = model.index(2, FleetModel::SupportColumn);
    QCOMPARE(mid.data(FleetModel::StatusRole).toInt(), int(SupportStatus::Unsupported));
    QCOMPARE(mid.data().toString(), QStringLiteral("Unsupported"));
    const QString tip = mid.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("1.31")) && tip.contains(QStringLiteral("out of upstream support")),
             qPrintable(tip));
    QVERIFY(mid.data(Qt::BackgroundRole).canConvert<QColor>());
    QCOMPARE(model.index(2, FleetModel::DaysLeftColumn).data(FleetModel::SortRole).toInt(), -379);
    QCOMPARE(model.index(2, FleetModel::MinorsBehindColumn).data(FleetModel::SortRole).toInt(), 5);
    QCOMPARE(model.index(1, FleetModel::SupportColumn).data().toString(), QStringLiteral("Supported"));
    QCOMPARE(model.index(2, FleetModel::DistributionColumn).data().toString(), QStringLiteral("Upstream (kubeadm)"));
}

void TestFleetModel::garbageVersion()
{
    m_entries = {entry(QStringLiteral("broken"), QStringLiteral("not-a-version"), 0)};
    FleetModel model;
    fill(model);
    QCOMPARE(model.index(0, FleetModel::SupportColumn).data().toString(), QStringLiteral("Unknown"));
    QVERIFY(model.index(0, FleetModel::SupportColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("could not be read")));
}

void TestFleetModel::retranslateSignals()
{
    FleetModel model;
    fill(model);
    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
    model.retranslate();
    QCOMPARE(header.count(), 1);
    QCOMPARE(data.count(), 1);
}

void TestFleetModel::inventory()
{
    ClusterSnapshot s = m_entries.at(1).snapshot;
    s.components << ComponentInfo{QStringLiteral("coredns"),
                                  ComponentInfo::Kind::Addon,
                                  QStringLiteral("v1.12.1"),
                                  QStringLiteral("registry.k8s.io/coredns/coredns:v1.12.1"),
                                  {},
                                  {}};
    InventoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(s);
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(model.index(0, InventoryModel::CategoryColumn).data().toString(), QStringLiteral("Add-on"));
    QCOMPARE(model.index(1, InventoryModel::CategoryColumn).data().toString(), QStringLiteral("Node"));
    model.retranslate();
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestFleetModel::collectionStatuses()
{
    // Live clusters: queued → Waiting, read → Collecting; a run that cannot start gives each its old status back,
    // a cancelled one marks what it had not finished.
    CollectionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setContexts({QStringLiteral("prod"), QStringLiteral("dev")});
    ContextOutcome ok;
    ok.context = QStringLiteral("prod");
    ok.status = CollectStatus::Ok;
    model.setOutcome(ok);
    const auto status = [&](int row) { return model.index(row, 0).data(CollectionModel::StatusRole).toInt(); };
    model.markWaiting(QStringLiteral("prod"));
    model.markWaiting(QStringLiteral("dev"));
    QCOMPARE(status(0), CollectionModel::Waiting);
    model.markCollecting(QStringLiteral("prod"));
    QCOMPARE(status(0), CollectionModel::Collecting);
    model.restoreQueued();
    QCOMPARE(status(0), int(CollectStatus::Ok));
    QCOMPARE(status(1), CollectionModel::NeverCollected);
    model.markWaiting(QStringLiteral("dev"));
    model.markCancelled();
    QCOMPARE(status(1), int(CollectStatus::Cancelled));
}

QTEST_GUILESS_MAIN(TestFleetModel)
#include "tst_fleetmodel.moc"
