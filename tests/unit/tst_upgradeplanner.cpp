#include "analysis/fleetschedule.h"
#include "analysis/upgradeplanner.h"
#include "core/catalogs.h"
#include "snapshot/snapshotfile.h"

#include <QTest>

using namespace kirikae;

class TestUpgradePlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void removalInsideTheRoute();
    void kubeletThatBecomesIllegal();
    void operatorBlocksTheTarget();
    void blueGreenApiSurfaceDiff();
    void waiverAcceptsABlocker();
    void refusesBadTargets_data();
    void refusesBadTargets();
    void selfManagedAddons();
    void fleetScheduleOrder();

private:
    static ClusterSnapshot demo(const char *name);
    UpgradePlan plan(const ClusterSnapshot &s, MinorVersion target, UpgradeStrategy strategy = UpgradeStrategy::InPlace,
                     const QList<Waiver> &waivers = {});
    Catalogs m_catalogs;
    const QDate m_today{2026, 11, 25};
};

ClusterSnapshot TestUpgradePlanner::demo(const char *name)
{
    QString error;
    const auto s = SnapshotFile::read(QStringLiteral(KIRIKAE_SOURCE_DIR "/resources/demo/snapshots/") +
                                          QLatin1String(name) + QStringLiteral(".yaml"),
                                      &error);
    if (!s)
        qFatal("%s", qPrintable(error));
    return *s;
}

UpgradePlan TestUpgradePlanner::plan(const ClusterSnapshot &s, MinorVersion target, UpgradeStrategy strategy,
                                     const QList<Waiver> &waivers)
{
    PlanRequest r;
    r.snapshot = s;
    r.target = target;
    r.strategy = strategy;
    r.waivers = waivers;
    r.today = m_today;
    QString error;
    const auto p = planUpgrade(r, m_catalogs, &error);
    if (!p)
        qFatal("%s", qPrintable(error));
    return *p;
}

void TestUpgradePlanner::initTestCase()
{
    m_catalogs = Catalogs::builtIn();
}

void TestUpgradePlanner::removalInsideTheRoute()
{
    const UpgradePlan p = plan(demo("prod-eks-tokyo"), {1, 34});
    QCOMPARE(p.hops.size(), 3); // minors are never skipped
    QCOMPARE(p.hops[0].from, (MinorVersion{1, 31}));
    QCOMPARE(p.hops[2].to, (MinorVersion{1, 34}));
    // flowcontrol v1beta3 goes in 1.32: the first hop carries the helm object and both request metrics.
    QCOMPARE(p.hops[0].removedApis.size(), 3);
    QVERIFY(p.hops[1].removedApis.isEmpty() && p.hops[2].removedApis.isEmpty());
    QCOMPARE(p.hops[0].removedApis.first().finding.api.removedIn, (MinorVersion{1, 32}));
    QCOMPARE(p.openBlockers(), 3);
    QVERIFY(!p.isGo());
    QCOMPARE(p.hops[0].patch.section(u'.', 0, 1), QStringLiteral("1.32"));
    QCOMPARE(p.supportEnds, QDate(2026, 11, 26)); // EKS extended support of 1.31
    QVERIFY(p.hops[0].etcd.isEmpty());            // managed: no etcd to move
}

void TestUpgradePlanner::kubeletThatBecomesIllegal()
{
    const UpgradePlan p = plan(demo("prod-eks-tokyo"), {1, 34});
    // ng-batch-legacy runs 1.29 kubelets: fine up to a 1.32 control plane, illegal at 1.33.
    QVERIFY(p.hops[0].nodesFirst.isEmpty());
    QCOMPARE(p.hops[1].nodesFirst.size(), 1);
    QCOMPARE(p.hops[1].nodesFirst.first().component, QStringLiteral("kubelet"));
    QCOMPARE(p.hops[1].nodesFirst.first().where.size(), 2);
    // Once moved to 1.32 before that hop, the pool is legal at 1.34 too: not asked for twice.
    QVERIFY(p.hops[2].nodesFirst.isEmpty());
    QStringList pools;
    for (const NodePool &pool : p.nodePools)
        pools << pool.name;
    QVERIFY(pools.contains(QStringLiteral("ng-batch-legacy")));
}

void TestUpgradePlanner::operatorBlocksTheTarget()
{
    const UpgradePlan p = plan(demo("ocp-factory"), {1, 29});
    QCOMPARE(p.hops.size(), 2);
    QCOMPARE(p.hops[0].vendorRelease, QStringLiteral("4.15"));
    QCOMPARE(p.hops[1].vendorRelease, QStringLiteral("4.16"));
    QVERIFY(p.hops[0].operatorsBlocked.isEmpty()); // 4.15 is still allowed
    QCOMPARE(p.hops[1].operatorsBlocked.size(), 1);
    QCOMPARE(p.hops[1].operatorsBlocked.first().describe(),
             QStringLiteral("3scale-community-operator: olm.maxOpenShiftVersion 4.15 blocks OpenShift 4.16"));
    QCOMPARE(p.hops[1].removedApis.size(), 1); // flowcontrol v1beta2 goes in 1.29
    QCOMPARE(p.openBlockers(), 2);
    QCOMPARE(p.operators.missing.size(), 2); // mercury-operator lacks camel-k (package and API)
}

void TestUpgradePlanner::blueGreenApiSurfaceDiff()
{
    QString error;
    PlanRequest r;
    r.snapshot = demo("prod-eks-tokyo");
    r.target = {1, 34};
    r.strategy = UpgradeStrategy::BlueGreen;
    r.today = m_today;
    r.newCluster = SnapshotFile::read(QStringLiteral(KIRIKAE_TEST_DATA "/plan/prod-eks-tokyo-green.yaml"), &error);
    QVERIFY2(r.newCluster, qPrintable(error));
    const auto p = planUpgrade(r, m_catalogs, &error);
    QVERIFY2(p, qPrintable(error));
    QCOMPARE(p->newCluster, QStringLiteral("prod-eks-tokyo-green"));
    QCOMPARE(p->newClusterMinor, (MinorVersion{1, 34}));
    // The load balancer controller's API is not installed yet; flowcontrol v1beta3 is gone in 1.34.
    QCOMPARE(p->apisNotServed.size(), 4);
    QVERIFY(p->apisNotServed.first().startsWith(
        QStringLiteral("elbv2.k8s.aws/v1beta1 TargetGroupBinding payments/checkout-api-tg")));
    for (const PlanHop &hop : p->hops)
        QVERIFY(hop.nodesFirst.isEmpty()); // new nodes: no skew order to keep
    QCOMPARE(p->openBlockers(), 3 + 4);
}

void TestUpgradePlanner::waiverAcceptsABlocker()
{
    Waiver w;
    w.cluster = QStringLiteral("prod-eks-tokyo");
    w.subject = QStringLiteral("FlowSchema batch/legacy-reports uses flowcontrol.apiserver.k8s.io/v1beta3");
    w.reason = QStringLiteral("the vendor chart is replaced in the same window");
    w.owner = QStringLiteral("payments SRE");
    w.expires = m_today.addDays(30);
    Waiver unrelated = w;
    unrelated.subject = QStringLiteral("CronJob batch/other uses batch/v1beta1");
    const UpgradePlan p = plan(demo("prod-eks-tokyo"), {1, 34}, UpgradeStrategy::InPlace, {w, unrelated});
    QCOMPARE(p.openBlockers(), 2);
    QCOMPARE(p.waivedBlockers(), 1);
    QCOMPARE(p.waivers.size(), 2); // both hold for this cluster; the runbook lists them
    Waiver old = w;
    old.expires = m_today.addDays(-1);
    QCOMPARE(plan(demo("prod-eks-tokyo"), {1, 34}, UpgradeStrategy::InPlace, {old}).openBlockers(), 3);
}

void TestUpgradePlanner::refusesBadTargets_data()
{
    QTest::addColumn<int>("minor");
    QTest::addColumn<QString>("message");
    QTest::addRow("lower than the cluster") << 30 << "is lower";
    QTest::addRow("unknown to the catalog") << 70 << "not in the release catalog";
}

void TestUpgradePlanner::refusesBadTargets()
{
    QFETCH(int, minor);
    QFETCH(QString, message);
    PlanRequest r;
    r.snapshot = demo("prod-eks-tokyo");
    r.target = {1, minor};
    r.today = m_today;
    QString error;
    QVERIFY(!planUpgrade(r, m_catalogs, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    r.snapshot.serverVersion = QStringLiteral("garbage");
    QVERIFY(!planUpgrade(r, m_catalogs, &error));
    QVERIFY2(error.contains(QStringLiteral("prod-eks-tokyo")), qPrintable(error));
}

void TestUpgradePlanner::selfManagedAddons()
{
    ClusterSnapshot s = demo("staging-kubeadm");
    s.serverVersion = QStringLiteral("v1.29.4");
    const UpgradePlan p = plan(s, {1, 31});
    QCOMPARE(p.hops.size(), 2);
    QVERIFY(!p.hops[0].etcd.isEmpty()); // kubeadm 1.30 ships a known etcd
    QVERIFY(!p.hops[0].coredns.isEmpty());
    QVERIFY(p.nodePools.first().controlPlane);
}

void TestUpgradePlanner::fleetScheduleOrder()
{
    QCOMPARE(tierOf(QStringLiteral("dev-kind")), 0);
    QCOMPARE(tierOf(QStringLiteral("staging-kubeadm")), 1);
    QCOMPARE(tierOf(QStringLiteral("prod-eks-tokyo")), 2);
    QCOMPARE(tierOf(QStringLiteral("devops-tools")), 2); // "dev" only as a word of the name
    UpgradePlan prod = plan(demo("prod-eks-tokyo"), {1, 34});
    UpgradePlan staging = plan(demo("staging-kubeadm"), {1, 36});
    UpgradePlan dev = plan(demo("dev-kind"), {1, 36});
    const QList<ScheduledUpgrade> schedule = scheduleFleet({prod, staging, dev}, m_today);
    QCOMPARE(schedule.size(), 3);
    QCOMPARE(schedule[0].plan, 2); // dev first, then staging, then production
    QCOMPARE(schedule[1].plan, 1);
    QCOMPARE(schedule[2].plan, 0);
    // Production must finish before 2026-11-26 (EKS extended support): 3 hops of 7 days → it is late.
    QCOMPARE(schedule[2].startBy, QDate(2026, 11, 26).addDays(-21));
    QVERIFY(schedule[2].late);
    // Each tier starts early enough to soak before the next one.
    QVERIFY(schedule[1].startBy.addDays(schedule[1].durationDays + 14) <= schedule[2].startBy);
    QVERIFY(schedule[0].startBy.addDays(schedule[0].durationDays + 14) <= schedule[1].startBy);
}

QTEST_GUILESS_MAIN(TestUpgradePlanner)
#include "tst_upgradeplanner.moc"
