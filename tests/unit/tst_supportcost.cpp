#include "analysis/costseries.h"
#include "analysis/fleetanalysis.h"
#include "analysis/supportcost.h"
#include "core/catalogs.h"
#include "runbook/runbookbuilder.h"
#include "runbook/runbookwriter.h"
#include "snapshot/snapshotfile.h"

#include <QFile>
#include <QTest>

using namespace kirikae;

class TestSupportCost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void catalogKeepsWhatSourcesSay();
    void catalogRejectsBadInput_data();
    void catalogRejectsBadInput();
    void feesToday_data();
    void feesToday();
    void forcedUpgradeDates_data();
    void forcedUpgradeDates();
    void whatBreaksWhenTheVendorMovesFirst();
    void contractPriceWins();
    void costOverTimeWithAndWithoutTheSchedule();
    void chartStacksAtAnyFleetSize();
    void runbookSectionInBothLanguages();

private:
    static ClusterSnapshot demo(const QString &name);
    ClusterCost cost(const ClusterSnapshot &s, const QList<ContractPrice> &prices = {}) const;
    Catalogs m_catalogs;
    const QDate m_today{2026, 11, 25};
};

ClusterSnapshot TestSupportCost::demo(const QString &name)
{
    QString error;
    const auto s = SnapshotFile::read(
        QStringLiteral(KIRIKAE_SOURCE_DIR "/resources/demo/snapshots/") + name + QStringLiteral(".yaml"), &error);
    if (!s)
        qFatal("%s", qPrintable(error));
    return *s;
}

ClusterCost TestSupportCost::cost(const ClusterSnapshot &s, const QList<ContractPrice> &prices) const
{
    return assessCost(s, assessCluster(s, m_catalogs, m_today), m_catalogs, prices, m_today);
}

void TestSupportCost::initTestCase()
{
    m_catalogs = Catalogs::builtIn();
}

void TestSupportCost::catalogKeepsWhatSourcesSay()
{
    const VendorPolicies &p = m_catalogs.vendorPolicies;
    QCOMPARE(p.hoursPerMonth(), 730);
    // EKS: both amounts official, extended the total of 0.60 (not a surcharge).
    const auto eks = p.policy(QStringLiteral("eks"));
    QVERIFY(eks);
    QCOMPARE(eks->fee(QStringLiteral("standard"))->amount.value_or(-1), 0.10);
    QCOMPARE(eks->fee(QStringLiteral("extended"))->amount.value_or(-1), 0.60);
    QCOMPARE(eks->fee(QStringLiteral("extended"))->sure, Sureness::Official);
    QCOMPARE(eks->fee(QStringLiteral("extended"))->effective, QDate(2024, 4, 1));
    QCOMPARE(eks->forcedUpgrade.nodePools, ForcedUpgradePolicy::NodePools::Stay);
    // GKE's and AKS's extended amounts exist only in third-party pages: kept, and marked so.
    QCOMPARE(p.policy(QStringLiteral("gke"))->fee(QStringLiteral("extended"))->sure, Sureness::ThirdParty);
    QCOMPARE(p.policy(QStringLiteral("aks"))->fee(QStringLiteral("extended"))->sure, Sureness::ThirdParty);
    // OpenShift is a subscription: unknown, never zero.
    const auto ocp = p.policy(QStringLiteral("openshift"));
    for (const VendorFee &fee : ocp->fees) {
        QVERIFY2(!fee.amount, qPrintable(fee.phase));
        QCOMPARE(fee.sure, Sureness::Unknown);
    }
    QCOMPARE(ocp->forcedUpgrade.at, ForcedUpgradePolicy::At::None);
    // Every fee and behaviour names its source.
    for (const QString &vendor : QStringList{QStringLiteral("eks"), QStringLiteral("gke"), QStringLiteral("aks"),
                                             QStringLiteral("openshift")}) {
        const auto policy = p.policy(vendor);
        QVERIFY(policy);
        for (const VendorFee &fee : policy->fees)
            QVERIFY2(fee.source.startsWith(u"https://"), qPrintable(vendor + u' ' + fee.phase));
        QVERIFY(policy->forcedUpgrade.source.startsWith(u"https://"));
    }
}

void TestSupportCost::catalogRejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("message");
    QTest::addRow("amount not a number") << QByteArray("vendors:\n  eks:\n    fees:\n      - phase: standard\n"
                                                       "        amount: cheap\n        sure: official\n")
                                         << QStringLiteral("x.yaml:5: “amount” is not a number.");
    QTest::addRow("amount without sureness") << QByteArray("vendors:\n  eks:\n    fees:\n      - phase: standard\n"
                                                           "        amount: 1\n")
                                             << QStringLiteral("An amount needs “sure”");
    QTest::addRow("unknown behaviour") << QByteArray("vendors:\n  eks:\n    forcedUpgrade:\n      at: whenever\n")
                                       << QStringLiteral("“at: whenever” is not one of");
    QTest::addRow("not a map") << QByteArray("- 1\n") << QStringLiteral("x.yaml");
}

void TestSupportCost::catalogRejectsBadInput()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!VendorPolicies::fromYaml(yaml, QStringLiteral("x.yaml"), &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestSupportCost::feesToday_data()
{
    QTest::addColumn<QString>("cluster");
    QTest::addColumn<QString>("phase");
    QTest::addColumn<double>("perMonth"); // -1: unknown
    QTest::addColumn<int>("sure");
    // EKS 1.31 on 2026-11-25: extended support, 0.60 × 730 h.
    QTest::addRow("EKS in extended support") << "prod-eks-tokyo"
                                             << "extended" << 438.0 << int(Sureness::Official);
    QTest::addRow("GKE in standard support") << "gke-analytics"
                                             << "standard" << 73.0 << int(Sureness::Official);
    QTest::addRow("AKS on long-term support (third-party price)") << "aks-payments"
                                                                  << "extended" << 438.0 << int(Sureness::ThirdParty);
    QTest::addRow("OpenShift: a subscription, unknown") << "ocp-factory"
                                                        << "end-of-life" << -1.0 << int(Sureness::Unknown);
}

void TestSupportCost::feesToday()
{
    QFETCH(QString, cluster);
    QFETCH(QString, phase);
    QFETCH(double, perMonth);
    QFETCH(int, sure);
    const ClusterCost c = cost(demo(cluster));
    QCOMPARE(c.today.phase, phase);
    if (perMonth < 0)
        QVERIFY(!c.today.perMonth);
    else
        QCOMPARE(c.today.perMonth.value_or(-1), perMonth);
    QCOMPARE(int(c.today.sure), sure);
    // A self-managed cluster pays no vendor.
    QVERIFY(!cost(demo(QStringLiteral("staging-kubeadm"))).today.applies());
}

void TestSupportCost::forcedUpgradeDates_data()
{
    QTest::addColumn<QString>("cluster");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("nodesStay");
    // EKS: at the end of extended support, the control plane alone.
    QTest::addRow("EKS 1.31") << "prod-eks-tokyo" << QDate(2026, 11, 26) << "1.32" << true;
    // GKE: at the end of (standard) support, control plane and nodes.
    QTest::addRow("GKE 1.35") << "gke-analytics" << QDate(2027, 4, 11) << "1.36" << false;
    // AKS: long-term support holds 1.33 until it ends; then N-2.
    QTest::addRow("AKS 1.33") << "aks-payments" << QDate(2027, 7, 31) << "1.35" << false;
}

void TestSupportCost::forcedUpgradeDates()
{
    QFETCH(QString, cluster);
    QFETCH(QDate, date);
    QFETCH(QString, to);
    QFETCH(bool, nodesStay);
    const ForcedUpgrade f = cost(demo(cluster)).forced;
    QVERIFY(f.known());
    QCOMPARE(f.date, date);
    QCOMPARE(f.controlPlaneTo->toString(), to);
    QCOMPARE(f.nodePoolsStay, nodesStay);
    QVERIFY(!cost(demo(QStringLiteral("ocp-factory"))).forced.known()); // nobody says
}

void TestSupportCost::whatBreaksWhenTheVendorMovesFirst()
{
    // The demo's EKS cluster: flowcontrol v1beta3 is removed in 1.32, where AWS moves the control plane.
    ClusterSnapshot s = demo(QStringLiteral("prod-eks-tokyo"));
    const ForcedUpgrade f = cost(s).forced;
    QVERIFY(!f.removedApis.isEmpty());
    const QList<Phrase> breaks = f.breaks();
    QVERIFY(std::any_of(breaks.cbegin(), breaks.cend(), [](const Phrase &line) {
        return line.english().contains(QStringLiteral("flowcontrol.apiserver.k8s.io/v1beta3, removed in 1.32"));
    }));
    // Its legacy node group on 1.29 is three minors behind 1.32: still within the skew policy.
    QVERIFY(f.skewBreaks.isEmpty());
    // On 1.28 it would not be: the node group stays while the control plane moves, and the kubelets break.
    for (NodeInfo &node : s.nodes) {
        if (node.kubeletVersion.startsWith(u"v1.29"))
            node.kubeletVersion = QStringLiteral("v1.28.15-eks-1552ad0");
    }
    const ForcedUpgrade older = cost(s).forced;
    QVERIFY(!older.skewBreaks.isEmpty());
    QCOMPARE(older.skewBreaks.constFirst().component, QStringLiteral("kubelet"));
}

void TestSupportCost::contractPriceWins()
{
    const ContractPrice premium{
        QStringLiteral("openshift"),        {}, 2400, QStringLiteral("JPY"), QStringLiteral("cluster-month"),
        QStringLiteral("2026 subscription")};
    const ClusterCost c = cost(demo(QStringLiteral("ocp-factory")), {premium});
    QVERIFY(c.today.contract);
    QCOMPARE(c.today.perMonth.value_or(-1), 2400.0);
    QCOMPARE(c.today.currency, QStringLiteral("JPY"));
    const ContractPrice hourly{QStringLiteral("eks"), QStringLiteral("extended"),     0.5,
                               QStringLiteral("USD"), QStringLiteral("cluster-hour"), {}};
    QCOMPARE(cost(demo(QStringLiteral("prod-eks-tokyo")), {hourly}).today.perMonth.value_or(-1), 365.0);
}

void TestSupportCost::costOverTimeWithAndWithoutTheSchedule()
{
    QList<ClusterSnapshot> fleet;
    for (const QString &name : QStringList{QStringLiteral("prod-eks-tokyo"), QStringLiteral("gke-analytics"),
                                           QStringLiteral("aks-payments"), QStringLiteral("ocp-factory")})
        fleet << demo(name);
    FleetPlanRequest request;
    request.target = {1, 36};
    request.today = m_today;
    const FleetPlan plan = planFleet(fleet, request, m_catalogs);
    const CostSeries stay = costOverTime(fleet, nullptr, m_catalogs, {}, m_today, 24);
    const CostSeries planned = costOverTime(fleet, &plan, m_catalogs, {}, m_today, 24);
    QCOMPARE(stay.months.size(), 24);
    QCOMPARE(stay.months.constFirst(), QDate(2026, 11, 1));
    QCOMPARE(stay.allCurrencies(), QStringList{QStringLiteral("USD")});
    // This month: EKS 438 + GKE 73 + AKS 438; OpenShift unknown, so the total says it is incomplete.
    bool incomplete = false;
    QCOMPARE(stay.total(0, QStringLiteral("USD"), &incomplete), 949.0);
    QVERIFY(incomplete);
    // Staying, AWS moves EKS to 1.32 (still extended) from December: the vendor's move is marked.
    const qsizetype eks = stay.clusters.indexOf(QStringLiteral("prod-eks-tokyo"));
    QVERIFY(stay.forcedBy.at(eks).at(1));
    QVERIFY(!stay.forcedBy.at(eks).at(0));
    // Under the schedule EKS runs 1.36 (standard, 73 a month) once its upgrade is done: the plan saves money.
    const QDate eksDone = plan.planOf(QStringLiteral("prod-eks-tokyo"))->finishBy;
    QVERIFY(eksDone.isValid());
    const qsizetype after = stay.months.indexOf(QDate(eksDone.year(), eksDone.month(), 1)) + 1;
    QCOMPARE(planned.fees.at(eks).at(after).value_or(-1), 73.0);
    QCOMPARE(stay.fees.at(eks).at(after).value_or(-1), 438.0);
    QVERIFY(savings(stay, planned, QStringLiteral("USD"), m_today.addMonths(12)) > 0);
}

void TestSupportCost::chartStacksAtAnyFleetSize()
{
    // 30 clusters paying 10, 20, … 300 USD a month for three months, one in euros, one with no known fee.
    CostSeries series;
    series.months = {QDate(2027, 1, 1), QDate(2027, 2, 1), QDate(2027, 3, 1)};
    for (int c = 1; c <= 30; ++c) {
        series.clusters << QStringLiteral("c%1").arg(c);
        series.currencies << QStringLiteral("USD");
        series.fees << QList<std::optional<double>>{10.0 * c, 10.0 * c, std::nullopt};
    }
    series.clusters << QStringLiteral("euro") << QStringLiteral("unknown");
    series.currencies << QStringLiteral("EUR") << QStringLiteral("USD");
    series.fees << QList<std::optional<double>>{1.0, 1.0, 1.0} << QList<std::optional<double>>(3);

    const CostStacks stacks = costStacks(series, QStringLiteral("USD"), std::nullopt, 10);
    QVERIFY(!stacks.grouped);
    QCOMPARE(stacks.names.size(), 9); // the nine dearest, dearest first
    QCOMPARE(stacks.names.constFirst(), QStringLiteral("c30"));
    QCOMPARE(stacks.names.constLast(), QStringLiteral("c22"));
    QCOMPARE(stacks.otherClusters, 21);
    for (qsizetype m = 0; m < series.months.size(); ++m) { // the stacks add up to the fleet's total
        double sum = stacks.others.at(m);
        for (const QList<double> &fees : stacks.fees)
            sum += fees.at(m);
        QCOMPARE(sum, series.total(m, QStringLiteral("USD")));
    }

    // A group of three fits: no "other" stack.
    const CostStacks group =
        costStacks(series, QStringLiteral("USD"), QSet<QString>{QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("unknown")}, 10);
    QCOMPARE(group.names, (QStringList{QStringLiteral("c2"), QStringLiteral("c1")}));
    QVERIFY(group.others.isEmpty());
    QCOMPARE(group.otherClusters, 0);

    // Past ten clusters with their vendors known: a stack per vendor, with its clusters counted, adding up alike.
    QHash<QString, QString> vendorOf;
    for (int c = 1; c <= 30; ++c)
        vendorOf.insert(QStringLiteral("c%1").arg(c), c <= 20 ? QStringLiteral("Amazon EKS") : QStringLiteral("GKE"));
    const CostStacks vendors = costStacks(series, QStringLiteral("USD"), std::nullopt, 10, vendorOf);
    QVERIFY(vendors.grouped);
    QCOMPARE(vendors.names, (QStringList{QStringLiteral("GKE"), QStringLiteral("Amazon EKS")})); // 2,550 > 2,100
    QCOMPARE(vendors.clusterCounts, (QList<int>{10, 20}));
    QCOMPARE(vendors.fees.at(0).at(0) + vendors.fees.at(1).at(0), series.total(0, QStringLiteral("USD")));
    QVERIFY(vendors.others.isEmpty());
}

void TestSupportCost::runbookSectionInBothLanguages()
{
    PlanRequest r;
    r.snapshot = demo(QStringLiteral("prod-eks-tokyo"));
    r.target = {1, 34};
    r.today = m_today;
    QString error;
    const auto plan = planUpgrade(r, m_catalogs, &error);
    QVERIFY2(plan, qPrintable(error));
    QVERIFY(plan->forcedFirst(m_today)); // AWS moves on 2026-11-26; three hops take three weeks
    const QString en = RunbookWriter::toMarkdown(buildRunbook(*plan, QStringLiteral("en"), m_today));
    QVERIFY(en.contains(QStringLiteral("| **Support fee today** | USD 438.00 a month (extended support); source: "
                                       "https://aws.amazon.com/blogs/")));
    QVERIFY(en.contains(QStringLiteral("November 26, 2026: Amazon EKS upgrades the control plane to 1.32; node pools "
                                       "stay where they are")));
    QVERIFY(en.contains(QStringLiteral("before this plan is done")));
    QVERIFY(en.contains(QStringLiteral("| Risk |")));
    const QString ja = RunbookWriter::toMarkdown(buildRunbook(*plan, QStringLiteral("ja"), m_today));
    QVERIFY(ja.contains(QStringLiteral("現在のサポート料金")));
    QVERIFY(ja.contains(QStringLiteral("月額 USD 438.00（延長サポート）")));
    QVERIFY(ja.contains(QStringLiteral("ベンダーによる強制アップグレード")));
    QVERIFY(ja.contains(QStringLiteral("| リスク |")));
}

QTEST_GUILESS_MAIN(TestSupportCost)
#include "tst_supportcost.moc"
