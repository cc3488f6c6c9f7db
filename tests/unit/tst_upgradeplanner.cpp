#include "analysis/fleetanalysis.h"
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
    void blueGreenRules();
    void waiverFromTheDebtPageCoversTheBlocker();
    void fleetScheduleOrder();
    void fleetScheduleWaitsForReleases();
    void fleetScheduleInWaves();

private:
    static ClusterSnapshot demo(const char *name);
    UpgradePlan plan(const ClusterSnapshot &s, MinorVersion target, QDate today = {},
                     UpgradeStrategy strategy = UpgradeStrategy::InPlace, const QList<Waiver> &waivers = {});
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

UpgradePlan TestUpgradePlanner::plan(const ClusterSnapshot &s, MinorVersion target, QDate today,
                                     UpgradeStrategy strategy, const QList<Waiver> &waivers)
{
    PlanRequest r;
    r.snapshot = s;
    r.target = target;
    r.strategy = strategy;
    r.waivers = waivers;
    r.today = today.isValid() ? today : m_today;
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
    // Besides the APIs: ingress-nginx v1.8.1 stops at 1.31 (its own table), cert-manager v1.12.3 before 1.33, and
    // the legacy-reports chart's kubeVersion (< 1.33.0-0) makes Helm refuse it on 1.33 — each at the hop it bites.
    QCOMPARE(p.hops[0].addonsBlocked.size(), 1);
    QCOMPARE(p.hops[0].addonsBlocked.constFirst().name, QStringLiteral("ingress-nginx"));
    QCOMPARE(p.hops[1].addonsBlocked.size(), 2);
    QCOMPARE(p.hops[1].addonsBlocked.at(0).upgradeTo, QStringLiteral("1.19")); // the lowest line that runs on 1.34
    QCOMPARE(p.hops[1].addonsBlocked.at(1).status, QStringLiteral("helm-kubeversion"));
    QCOMPARE(p.hops[1].addonsBlocked.at(1).kubeVersion, QStringLiteral(">=1.19.0-0 <1.33.0-0"));
    QCOMPARE(p.openBlockers(), 3 + 3);
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
    // The update graph offers 4.15 only as a conditional update with one known risk: a blocker of the first hop.
    QVERIFY(p.hops[0].openShift);
    QCOMPARE(p.hops[0].openShift->risks.size(), 1);
    QCOMPARE(p.openBlockers(), 3);
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
    // One jump from the old minor to the new cluster's, with every removal on the way.
    QCOMPARE(p->hops.size(), 1);
    QCOMPARE(p->hops[0].from, (MinorVersion{1, 31}));
    QCOMPARE(p->hops[0].to, (MinorVersion{1, 34}));
    QVERIFY(p->hops[0].nodesFirst.isEmpty()); // new nodes: no skew order to keep
    QVERIFY(p->warnings.isEmpty());           // same platform, same minor as the target
    QCOMPARE(p->openBlockers(), 3 + 3 + 4);   // APIs on the route, add-ons and charts, APIs the new cluster lacks
}

void TestUpgradePlanner::blueGreenRules()
{
    PlanRequest r;
    r.snapshot = demo("prod-eks-tokyo");
    r.target = {1, 34};
    r.strategy = UpgradeStrategy::BlueGreen;
    r.today = m_today;
    // The cluster being replaced can never be its own new cluster.
    r.newCluster = r.snapshot;
    QString error;
    QVERIFY(!planUpgrade(r, m_catalogs, &error));
    QVERIFY2(error.contains(QStringLiteral("cannot be the cluster it replaces")), qPrintable(error));
    FleetPlanRequest fleetRequest{r.target, r.strategy, r.snapshot.name, r.newCluster, {}, m_today, {}, {}};
    const FleetPlan refused = planFleet({r.snapshot, demo("dev-kind")}, fleetRequest, m_catalogs);
    QVERIFY(refused.errors.contains(r.snapshot.name));
    // The refusal is for the plan asked for: the fleet's schedule still has the cluster, in place.
    QVERIFY(refused.planOf(r.snapshot.name));
    QCOMPARE(refused.planOf(r.snapshot.name)->strategy, UpgradeStrategy::InPlace);

    // Another platform: allowed, with a warning, and the new cluster's own commands in the runbook's steps.
    r.newCluster = demo("aks-payments");
    const auto crossing = planUpgrade(r, m_catalogs, &error);
    QVERIFY2(crossing, qPrintable(error));
    QVERIFY(crossing->warnings.contains(QStringLiteral("platform-change")));
    QCOMPARE(crossing->newClusterDistribution, QStringLiteral("aks"));
    // The new cluster runs 1.33: the jump lands there, and the plan says the target differs.
    QCOMPARE(crossing->target, (MinorVersion{1, 33}));
    QVERIFY(crossing->warnings.contains(QStringLiteral("target-differs")));

    // In a fleet, the new cluster is the replacement, not a cluster to upgrade.
    fleetRequest.newCluster = demo("aks-payments");
    const FleetPlan fleet =
        planFleet({r.snapshot, demo("aks-payments"), demo("ocp-factory")}, fleetRequest, m_catalogs);
    QVERIFY(!fleet.planOf(QStringLiteral("aks-payments")));
    QVERIFY(!fleet.errors.contains(QStringLiteral("aks-payments")));
    QVERIFY(fleet.planOf(QStringLiteral("prod-eks-tokyo")));
    QVERIFY(fleet.planOf(QStringLiteral("ocp-factory")));
    QCOMPARE(fleet.planOf(QStringLiteral("ocp-factory"))->strategy, UpgradeStrategy::InPlace);
}

void TestUpgradePlanner::waiverFromTheDebtPageCoversTheBlocker()
{
    // A waiver accepted on the debt page (its subject cut from the debt reason) covers the same object here.
    const ClusterSnapshot s = demo("prod-eks-tokyo");
    const UpgradePlan open = plan(s, {1, 34});
    QVERIFY(open.openBlockers() > 0);
    QList<Waiver> waivers;
    for (const PlanHop &hop : open.hops) {
        for (const PlanApiUse &use : hop.removedApis) {
            Waiver w;
            w.cluster = s.name;
            w.subject = apiWaiverSubject(use.finding);
            w.reason = QStringLiteral("accepted");
            w.owner = QStringLiteral("team");
            w.expires = m_today.addDays(10);
            waivers << w;
        }
    }
    const ClusterStatus status = assessCluster(s, m_catalogs, m_today);
    const ClusterDebt debt = assessDebt(s, status, m_catalogs.deprecatedApis, waivers, m_today);
    int waivedInDebt = 0;
    for (const DebtHotspot &h : debt.areas)
        for (const DebtReason &reason : h.reasons)
            waivedInDebt += reason.waiver ? 1 : 0;
    const UpgradePlan waived = plan(s, {1, 34}, {}, UpgradeStrategy::InPlace, waivers);
    QCOMPARE(waived.waivedBlockers(), int(waivers.size()));
    QVERIFY(waivedInDebt >= 1);
    int hopOpen = 0;
    for (const PlanHop &hop : waived.hops)
        hopOpen += hop.openBlockers();
    QCOMPARE(hopOpen, waived.openBlockers()); // the hop table and the decision count alike
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
    const UpgradePlan p = plan(demo("prod-eks-tokyo"), {1, 34}, {}, UpgradeStrategy::InPlace, {w, unrelated});
    QCOMPARE(p.openBlockers(), 2 + 3);
    QCOMPARE(p.waivedBlockers(), 1);
    QCOMPARE(p.waivers.size(), 2); // both hold for this cluster; the runbook lists them
    Waiver old = w;
    old.expires = m_today.addDays(-1);
    QCOMPARE(plan(demo("prod-eks-tokyo"), {1, 34}, {}, UpgradeStrategy::InPlace, {old}).openBlockers(), 3 + 3);
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
    // The tier label wins over the name.
    QCOMPARE(tierOf(QStringLiteral("prod-eks-tokyo"), QStringLiteral("staging")), 1);
    QCOMPARE(tierOf(QStringLiteral("dev-kind"), QStringLiteral("production")), 2);
    QCOMPARE(tierOf(QStringLiteral("c-042"), QStringLiteral("development")), 0);
    UpgradePlan prod = plan(demo("prod-eks-tokyo"), {1, 34});
    UpgradePlan staging = plan(demo("staging-kubeadm"), {1, 36});
    UpgradePlan dev = plan(demo("dev-kind"), {1, 36});
    const QList<ScheduledUpgrade> schedule = scheduleFleet({prod, staging, dev}, m_today);
    QCOMPARE(schedule.size(), 3);
    QCOMPARE(schedule[0].plan, 2); // dev first, then staging, then production
    QCOMPARE(schedule[1].plan, 1);
    QCOMPARE(schedule[2].plan, 0);
    // Production must finish before 2026-11-26 (EKS extended support): 3 hops of 7 days → it is late, and it
    // starts when it can (after staging has soaked), never in the past.
    QVERIFY(schedule[2].late);
    QCOMPARE(schedule[2].lateReason, ScheduledUpgrade::Late::DeadlinePassed);
    for (const ScheduledUpgrade &s : schedule)
        QVERIFY(s.startBy >= m_today);
    // Staging (support until 2027-02-28) is not late because production after it is: it starts now and meets its
    // own deadline, as the support timeline says.
    QVERIFY(!schedule[1].late);
    QCOMPARE(schedule[1].lateReason, ScheduledUpgrade::Late::No);
    QVERIFY(schedule[1].finishBy <= schedule[1].deadline);
    // Each tier soaks before the next one starts.
    QVERIFY(schedule[1].finishBy.addDays(14) <= schedule[2].startBy);
    QVERIFY(schedule[0].finishBy.addDays(14) <= schedule[1].startBy);
}

void TestUpgradePlanner::fleetScheduleWaitsForReleases()
{
    // Planned on 2025-07-01, staging's 1.34 → 1.36: 1.35 (2025-12-17) and 1.36 (2026-04-22) are not out yet.
    const QDate early(2025, 7, 1);
    ClusterSnapshot s = demo("staging-kubeadm");
    s.serverVersion = QStringLiteral("v1.34.2");
    const UpgradePlan staging = plan(s, {1, 36}, early);
    QCOMPARE(staging.hops.size(), 2);
    const auto release36 = m_catalogs.kubernetes.release({1, 36});
    QVERIFY(release36);
    const QList<ScheduledUpgrade> schedule = scheduleFleet({staging}, early);
    QCOMPARE(schedule.size(), 1);
    QVERIFY2(schedule[0].startBy >= staging.hops[0].released, qPrintable(schedule[0].startBy.toString()));
    QVERIFY(schedule[0].finishBy >= release36->released.addDays(7)); // the second hop waits for 1.36
    QCOMPARE(schedule[0].waitsFor, release36->released);
    // A projected minor: on 2026-06-01 AKS 1.33 is past its end and 1.37 is not out; the last hop waits for
    // the projected date and says so.
    const QDate june(2026, 6, 1);
    UpgradePlan ahead = plan(demo("aks-payments"), {1, 37}, june);
    ahead.supportEnds = june.addDays(10); // due at once: it would start today if it could
    QVERIFY(ahead.hops.constLast().releaseProjected);
    QVERIFY(ahead.hops.constLast().released > june);
    const QList<ScheduledUpgrade> projected = scheduleFleet({ahead}, june);
    QVERIFY(projected[0].releaseProjected);
    QVERIFY(projected[0].late);
    QCOMPARE(projected[0].lateReason, ScheduledUpgrade::Late::DeadlinePassed);
    QVERIFY(projected[0].finishBy >= ahead.hops.constLast().released.addDays(7));
    QCOMPARE(projected[0].waitsFor, ahead.hops.constLast().released);
}

void TestUpgradePlanner::fleetScheduleInWaves()
{
    // Ten production clusters and two staging ones, due in a year (the same hops each): staging goes
    // first, at most four clusters run at once, the next tier waits for the whole wave and its soak, and within a
    // tier nobody waits for a soak.
    ClusterSnapshot s = demo("staging-kubeadm");
    s.serverVersion = QStringLiteral("v1.35.2");
    UpgradePlan one = plan(s, {1, 36});
    QVERIFY(!one.hops.isEmpty());
    one.supportEnds = m_today.addYears(1);
    QList<UpgradePlan> plans;
    for (int i = 0; i < 12; ++i) {
        UpgradePlan p = one;
        p.cluster = QStringLiteral("c%1").arg(i);
        p.tier = i < 2 ? QStringLiteral("staging") : QStringLiteral("production");
        plans << p;
    }
    FleetScheduleRules rules;
    QCOMPARE(rules.atOnce, 4);
    const int days = int(one.hops.size()) * rules.daysPerHop; // one cluster's upgrade
    const QList<ScheduledUpgrade> waves = scheduleFleet(plans, m_today, rules);
    QCOMPARE(waves.size(), 12);
    QDate stagingDone;
    for (const ScheduledUpgrade &w : waves) {
        QVERIFY(!w.late);
        if (w.tier == 1)
            stagingDone = std::max(stagingDone, w.finishBy);
    }
    const auto busyOn = [&](QDate day) {
        return std::count_if(waves.cbegin(), waves.cend(), [&](const ScheduledUpgrade &w) {
            return w.tier == 2 && w.startBy <= day && day < w.finishBy;
        });
    };
    QDate firstProduction;
    QDate lastProduction;
    for (const ScheduledUpgrade &w : waves) {
        if (w.tier != 2)
            continue;
        QVERIFY(w.startBy >= stagingDone.addDays(rules.soakDays));
        QVERIFY2(busyOn(w.startBy) <= 4, qPrintable(w.startBy.toString(Qt::ISODate)));
        firstProduction = firstProduction.isValid() ? std::min(firstProduction, w.startBy) : w.startBy;
        lastProduction = std::max(lastProduction, w.finishBy);
    }
    // Ten clusters, four at a time: three rounds from the first start to the last finish, no soak in between.
    QCOMPARE(firstProduction.daysTo(lastProduction), 3 * days);
    QCOMPARE(lastProduction, one.supportEnds); // as late as the deadline allows, not later

    // One at a time: ten rounds, each starting the day the previous one finishes.
    rules.atOnce = 1;
    const QList<ScheduledUpgrade> serial = scheduleFleet(plans, m_today, rules);
    for (qsizetype i = 3; i < serial.size(); ++i)
        QCOMPARE(serial.at(i).startBy, serial.at(i - 1).finishBy);
    QCOMPARE(serial.at(2).startBy.daysTo(serial.constLast().finishBy), 10 * days);
}

QTEST_GUILESS_MAIN(TestUpgradePlanner)
#include "tst_upgradeplanner.moc"
