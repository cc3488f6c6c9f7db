#include "analysis/debtscore.h"
#include "core/catalogs.h"
#include "core/languagemanager.h"
#include "items/debtmodel.h"
#include "items/hotspotmodel.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace kirikae;

class TestDebtScore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scoresAreTheSumOfTheirReasons();
    void demoHotspots();
    void eachObjectCountsOnce();
    void heatmapModel();
    void waiversTakePointsOutButStayVisible();
    void trendOverSnapshots();
    void waiverHoldsInEveryLanguage();

private:
    Catalogs m_catalogs;
    QList<ClusterDebt> m_debt;
};

void TestDebtScore::initTestCase()
{
    m_catalogs = Catalogs::builtIn();
    const LoadedFleet fleet = loadSnapshots(Workspace::demo().snapshotFiles);
    for (const FleetEntry &e : fleet.clusters) {
        const ClusterStatus status = assessCluster(e.snapshot, m_catalogs, QDate(2026, 11, 25));
        m_debt << assessDebt(e.snapshot, status, m_catalogs.deprecatedApis, {}, QDate(2026, 11, 25));
    }
    QCOMPARE(m_debt.size(), 6);
}

void TestDebtScore::scoresAreTheSumOfTheirReasons()
{
    for (const ClusterDebt &d : m_debt) {
        QCOMPARE(d.areas.size(), debtAreaCount);
        for (const DebtHotspot &h : d.areas) {
            int sum = 0;
            for (const DebtReason &r : h.reasons) {
                QVERIFY(r.points > 0);
                QVERIFY(!r.text().isEmpty());
                sum += r.points;
            }
            QCOMPARE(h.score(), sum);
        }
    }
}

void TestDebtScore::demoHotspots()
{
    QList<DebtHotspot> all;
    for (const ClusterDebt &d : m_debt)
        all << d.areas;
    const QList<DebtHotspot> ranked = rankHotspots(all);
    QVERIFY(!ranked.isEmpty());
    for (qsizetype i = 1; i < ranked.size(); ++i)
        QVERIFY(ranked.at(i - 1).score() >= ranked.at(i).score());
    // The frozen OpenShift cluster: 9 minors behind the newest published minor (20 + 2 × 9; a projected minor
    // never counts) and past the vendor's end of life (15).
    QCOMPARE(ranked.constFirst().cluster, QStringLiteral("ocp-factory"));
    QCOMPARE(ranked.constFirst().area, DebtArea::Support);
    QCOMPARE(ranked.constFirst().score(), 53);
    // staging's ingress-nginx v1.11.3: its own table does not list 1.35 as supported: 6 add-on points.
    bool ingress = false;
    for (const DebtHotspot &h : ranked)
        if (h.cluster == u"staging-kubeadm" && h.area == DebtArea::Addons)
            for (const DebtReason &r : h.reasons)
                ingress =
                    ingress || (r.points == 6 && r.text().startsWith(QStringLiteral("ingress-nginx v1.11.3 does not "
                                                                                  "support Kubernetes 1.35")));
    QVERIFY(ingress);
    // staging's mid-upgrade skew: three broken rules on one node each: 3 × (8 + 1).
    for (const DebtHotspot &h : ranked)
        if (h.cluster == u"staging-kubeadm" && h.area == DebtArea::Skew)
            QCOMPARE(h.score(), 27);
    // A current cluster carries no debt.
    for (const DebtHotspot &h : ranked)
        QVERIFY(h.cluster != u"gke-analytics");
}

void TestDebtScore::eachObjectCountsOnce()
{
    ClusterSnapshot s;
    s.name = QStringLiteral("c");
    s.serverVersion = QStringLiteral("v1.24.17");
    // The same CronJob seen three ways: counted once, as certain.
    s.objectUses << ObjectUse{QStringLiteral("batch/v1beta1"), QStringLiteral("CronJob"), QStringLiteral("ns"),
                              QStringLiteral("job"), QStringLiteral("managed-fields")}
                 << ObjectUse{QStringLiteral("batch/v1beta1"), QStringLiteral("CronJob"), QStringLiteral("ns"),
                              QStringLiteral("job"), QStringLiteral("last-applied")};
    const ClusterStatus status = assessCluster(s, m_catalogs, QDate(2026, 11, 25));
    const auto areas = scoreDebt(s, status, m_catalogs.deprecatedApis);
    const DebtHotspot &apis = areas.at(int(DebtArea::Apis));
    QCOMPARE(apis.reasons.size(), 1);
    QCOMPARE(apis.score(), 10); // removed in 1.25, the next minor
    QVERIFY2(apis.reasons.constFirst().text().contains(QStringLiteral("last-applied")),
             qPrintable(apis.reasons.constFirst().text()));
}

void TestDebtScore::heatmapModel()
{
    DebtModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(DebtModel::SortRole);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDebt(m_debt);
    proxy.sort(DebtModel::TotalColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, DebtModel::ClusterColumn).data().toString(), QStringLiteral("prod-eks-tokyo"));
    const QModelIndex support = model.index(2, DebtModel::FirstAreaColumn + int(DebtArea::Support));
    QVERIFY(support.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("+38")));
    QCOMPARE(model.headerData(DebtModel::TotalColumn, Qt::Horizontal).toString(), QStringLiteral("Total"));
    model.retranslate();

    // The ranked hotspot list: every cluster × area with debt, highest first, through a proxy too.
    HotspotModel hotspots;
    QAbstractItemModelTester hotspotTester(&hotspots, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel hotspotProxy;
    hotspotProxy.setSourceModel(&hotspots);
    hotspotProxy.setSortRole(HotspotModel::SortRole);
    QAbstractItemModelTester hotspotProxyTester(&hotspotProxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    hotspots.setDebt(m_debt);
    QCOMPARE(hotspots.index(0, HotspotModel::ClusterColumn).data().toString(), QStringLiteral("ocp-factory"));
    QCOMPARE(hotspots.index(0, HotspotModel::ScoreColumn).data().toInt(), 53);
    QCOMPARE(hotspots.index(0, HotspotModel::AreaColumn).data(HotspotModel::AreaRole).toInt(), int(DebtArea::Support));
    for (int row = 1; row < hotspots.rowCount(); ++row)
        QVERIFY(hotspots.index(row - 1, HotspotModel::ScoreColumn).data().toInt() >=
                hotspots.index(row, HotspotModel::ScoreColumn).data().toInt());
    hotspotProxy.sort(HotspotModel::ScoreColumn, Qt::AscendingOrder);
    QVERIFY(hotspotProxy.index(0, HotspotModel::ScoreColumn).data().toInt() <= 55);
    hotspots.retranslate();
}

void TestDebtScore::waiversTakePointsOutButStayVisible()
{
    QList<DebtHotspot> areas = m_debt.at(2).areas; // ocp-factory, in the demo's order
    QCOMPARE(areas.constFirst().cluster, QStringLiteral("ocp-factory"));
    const int before = areas.at(int(DebtArea::Operators)).score();
    QCOMPARE(before, 6);
    const QList<Waiver> waivers = Workspace::demo().waivers;
    applyWaivers(areas, waivers, QDate(2026, 11, 25), MinorVersion{1, 27});
    const DebtHotspot &operators = areas.at(int(DebtArea::Operators));
    QCOMPARE(operators.score(), 3);
    QCOMPARE(operators.reasons.size(), 2); // still listed
    QVERIFY(operators.reasons.at(0).waiver);
    QCOMPARE(operators.reasons.at(0).points, 0);
    // Expired: the points come back.
    QList<DebtHotspot> later = m_debt.at(2).areas;
    applyWaivers(later, waivers, QDate(2027, 4, 1), MinorVersion{1, 27});
    QCOMPARE(later.at(int(DebtArea::Operators)).score(), 6);
}

void TestDebtScore::trendOverSnapshots()
{
    // Three snapshots of one cluster over time, and another cluster: one row each, the newest debt, the history.
    ClusterDebt old = m_debt.at(0);
    old.collectedAt = old.collectedAt.addMonths(-6);
    old.areas[int(DebtArea::Apis)].reasons << DebtReason{10, QStringLiteral("an Ingress since migrated")};
    ClusterDebt older = m_debt.at(0);
    older.collectedAt = older.collectedAt.addMonths(-12);
    older.areas[int(DebtArea::Skew)].reasons << DebtReason{20, QStringLiteral("a node pool since replaced")};
    const QList<ClusterDebt> latest = latestWithTrend({old, m_debt.at(0), m_debt.at(1), older});
    QCOMPARE(latest.size(), 2);
    QCOMPARE(latest.at(0).collectedAt, m_debt.at(0).collectedAt);
    QCOMPARE(latest.at(0).trend.size(), 3);
    QCOMPARE(latest.at(0).trend.at(0).score, m_debt.at(0).total() + 20); // oldest first
    QCOMPARE(latest.at(0).trend.at(1).score, m_debt.at(0).total() + 10);
    QCOMPARE(latest.at(0).trend.at(2).score, m_debt.at(0).total());
    DebtModel model;
    model.setDebt(latest);
    const QString trend = model.index(0, DebtModel::TrendColumn).data().toString();
    QCOMPARE(trend, QStringLiteral("%1 → %2 → %3")
                        .arg(m_debt.at(0).total() + 20)
                        .arg(m_debt.at(0).total() + 10)
                        .arg(m_debt.at(0).total()));
    QCOMPARE(model.index(0, DebtModel::TrendColumn).data(DebtModel::SortRole).toInt(), -20);
    QCOMPARE(model.index(1, DebtModel::TrendColumn).data().toString(), QStringLiteral("—"));
}

void TestDebtScore::waiverHoldsInEveryLanguage()
{
    // staging's skew reasons name a range of kube-apiservers ("1.34 to 1.35", 「1.34〜1.35」): a waiver accepted
    // in Japanese must hold when a colleague reads the workspace in English, and the other way round.
    LanguageManager language;
    const LoadedFleet fleet = loadSnapshots(Workspace::demo().snapshotFiles);
    ClusterSnapshot staging;
    for (const FleetEntry &e : fleet.clusters)
        if (e.snapshot.name == u"staging-kubeadm")
            staging = e.snapshot;
    const QDate today(2026, 11, 25);
    const auto skewOf = [&](const QList<Waiver> &waivers) {
        const ClusterDebt d =
            assessDebt(staging, assessCluster(staging, m_catalogs, today), m_catalogs.deprecatedApis, waivers, today);
        return d.areas.at(int(DebtArea::Skew));
    };
    // Analysed once, worded when shown: a language switch re-words the same reason.
    QVERIFY(language.setLanguage(QStringLiteral("en")));
    const DebtHotspot analysed = skewOf({});
    QVERIFY(!analysed.reasons.isEmpty());
    const DebtReason &once = analysed.reasons.constFirst();
    QCOMPARE(once.label(), once.text());
    QVERIFY(language.setLanguage(QStringLiteral("ja")));
    QVERIFY(once.label() != once.text());
    QVERIFY(once.label().contains(QStringLiteral("バージョンスキュー")) || once.label().contains(u'の'));
    QVERIFY(language.setLanguage(QStringLiteral("en")));
    QCOMPARE(once.label(), once.text());

    QVERIFY(language.setLanguage(QStringLiteral("ja")));
    const DebtHotspot japanese = skewOf({});
    QVERIFY(japanese.reasons.constFirst().label() != japanese.reasons.constFirst().text()); // worded in Japanese
    Waiver w;
    w.cluster = QStringLiteral("staging-kubeadm");
    const QString text = japanese.reasons.constFirst().text();
    w.subject = text.left(text.indexOf(u':') + 1); // as the waiver dialog cuts it
    w.reason = QStringLiteral("mid-upgrade until Friday");
    w.owner = QStringLiteral("platform");
    w.expires = today.addDays(7);
    QVERIFY(language.setLanguage(QStringLiteral("en")));
    const DebtHotspot english = skewOf({w});
    QVERIFY(english.reasons.constFirst().waiver.has_value());
    QCOMPARE(english.reasons.constFirst().text(), text);
    QVERIFY(english.score() < japanese.score());
}

QTEST_GUILESS_MAIN(TestDebtScore)
#include "tst_debtscore.moc"
