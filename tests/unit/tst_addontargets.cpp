#include "analysis/addontargets.h"
#include "analysis/fleetanalysis.h"
#include "core/catalogs.h"
#include "items/versionmatrixmodel.h"
#include "snapshot/fleet.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace kirikae;

/// The version matrix's add-on rows judged at a chosen target: the analysis gives the verdict, the model shows it.
class TestAddonTargets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void verdictsAtTheTarget();
    void notTestedIsNotUnsupported();
    void modelShowsTheTargetBesideTheCurrentMinor();

private:
    Catalogs m_catalogs;
    FleetAnalysis m_demo;
};

void TestAddonTargets::initTestCase()
{
    m_catalogs = Catalogs::builtIn();
    m_demo = analyseFleet(loadSnapshots(Workspace::demo().snapshotFiles), {}, m_catalogs, QDate(2026, 11, 25));
    QVERIFY(!m_demo.newest.isEmpty());
}

void TestAddonTargets::verdictsAtTheTarget()
{
    const AddonTargetVerdicts v = judgeAddonsAt(m_demo.newest, m_catalogs, {1, 34});
    QCOMPARE(v.target, (MinorVersion{1, 34}));
    // cert-manager v1.12.3 stops before 1.33 (its own table); 1.19 is the lowest line that runs on 1.34, as the plan
    // says.
    const AddonTargetCell *cert = v.cell(QStringLiteral("prod-eks-tokyo"), QStringLiteral("cert-manager"));
    QVERIFY(cert);
    QCOMPARE(cert->addon, QStringLiteral("cert-manager"));
    QCOMPARE(cert->verdict.status, AddonStatus::NotSupported);
    QCOMPARE(cert->lowestRelease, QStringLiteral("1.19"));
    const AddonTargetCell *nginx = v.cell(QStringLiteral("prod-eks-tokyo"), QStringLiteral("ingress-nginx"));
    QVERIFY(nginx);
    QCOMPARE(nginx->verdict.status, AddonStatus::NotSupported);
    // At the cluster's own minor the same release is fine: the verdict depends on the target.
    const AddonTargetVerdicts at131 = judgeAddonsAt(m_demo.newest, m_catalogs, {1, 31});
    QVERIFY(at131.cell(QStringLiteral("prod-eks-tokyo"), QStringLiteral("cert-manager"))->verdict.status !=
            AddonStatus::NotSupported);
    // Control-plane components and clusters that are not there have no add-on verdict.
    QVERIFY(!v.cell(QStringLiteral("prod-eks-tokyo"), QStringLiteral("kube-apiserver")));
    QVERIFY(!v.cell(QStringLiteral("no-such-cluster"), QStringLiteral("cert-manager")));
}

void TestAddonTargets::notTestedIsNotUnsupported()
{
    // Every verdict keeps the source's own meaning: a "tested" source's unlisted minor is NotTested, never
    // NotSupported.
    const AddonTargetVerdicts v = judgeAddonsAt(m_demo.newest, m_catalogs, {1, 36});
    int cells = 0;
    for (const auto &cluster : v.byCluster) {
        for (const AddonTargetCell &cell : cluster) {
            ++cells;
            if (cell.semantics == AddonSemantics::Tested)
                QVERIFY2(cell.verdict.status != AddonStatus::NotSupported || cell.verdict.reason != AddonReason::NotListed,
                         qPrintable(cell.addon));
            if (!cell.known)
                QCOMPARE(cell.verdict.status, AddonStatus::NoData);
        }
    }
    QVERIFY(cells > 10);
}

void TestAddonTargets::modelShowsTheTargetBesideTheCurrentMinor()
{
    VersionMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMatrix(m_demo.matrix);
    int certRow = -1;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, 0).data().toString() == u"cert-manager")
            certRow = r;
    QVERIFY(certRow >= 0);
    const int column = VersionMatrixModel::FirstClusterColumn +
                       int(m_demo.matrix.clusters.indexOf(QStringLiteral("prod-eks-tokyo")));
    const QModelIndex cell = model.index(certRow, column);
    const QVariant background = cell.data(Qt::BackgroundRole); // the current minor's colour, as before
    QCOMPARE(cell.data(VersionMatrixModel::TargetStatusRole).toInt(), -1);
    QVERIFY(!cell.data(Qt::DecorationRole).isValid());

    model.setAddonTarget(judgeAddonsAt(m_demo.newest, m_catalogs, {1, 34}));
    QCOMPARE(cell.data(VersionMatrixModel::TargetStatusRole).toInt(), int(AddonStatus::NotSupported));
    QCOMPARE(cell.data(Qt::DecorationRole).value<QColor>(),
             VersionMatrixModel::addonStatusColour(AddonStatus::NotSupported));
    QCOMPARE(cell.data(Qt::BackgroundRole), background);
    QVERIFY2(cell.data(Qt::DisplayRole).toString().endsWith(addonStatusText(AddonStatus::NotSupported)),
             qPrintable(cell.data().toString()));
    const QString tip = cell.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"1.19"), qPrintable(tip)); // the lowest release that runs on the target
    // A control-plane row is not an add-on: nothing beside it.
    QCOMPARE(model.index(0, column).data(VersionMatrixModel::TargetStatusRole).toInt(), -1);
    model.setAddonTarget(std::nullopt);
    QCOMPARE(cell.data(VersionMatrixModel::TargetStatusRole).toInt(), -1);
}

QTEST_GUILESS_MAIN(TestAddonTargets)
#include "tst_addontargets.moc"
