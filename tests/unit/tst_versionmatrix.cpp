#include "analysis/fleetanalysis.h"
#include "analysis/versionmatrix.h"
#include "core/catalogs.h"
#include "items/versionmatrixmodel.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace kirikae;

class TestVersionMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoFleet();
    void modelThroughProxy();
    void worstFindingWins();
    void sameVersionSameVerdict();
    void projectedMinorNeverMakesBehind();
    void addonVerdictAgreesWithDebt();

private:
    const MatrixRow *row(const QString &label) const;
    int column(const QString &cluster) const;
    VersionMatrix m_matrix;
};

void TestVersionMatrix::initTestCase()
{
    const Catalogs catalogs = Catalogs::builtIn();
    const LoadedFleet fleet = loadSnapshots(Workspace::demo().snapshotFiles);
    QVERIFY(fleet.errors.isEmpty());
    QList<ClusterStatus> statuses;
    for (const FleetEntry &e : fleet.clusters)
        statuses << assessCluster(e.snapshot, catalogs, QDate(2026, 11, 25));
    m_matrix = buildVersionMatrix(fleet.clusters, statuses);
}

const MatrixRow *TestVersionMatrix::row(const QString &label) const
{
    for (const MatrixRow &r : m_matrix.rows)
        if (r.label == label && r.parent < 0)
            return &r;
    return nullptr;
}

int TestVersionMatrix::column(const QString &cluster) const
{
    return int(m_matrix.clusters.indexOf(cluster));
}

void TestVersionMatrix::demoFleet()
{
    QCOMPARE(m_matrix.clusters.size(), 6);
    // Kubernetes' own components come first, in the order a reviewer reads them.
    const QList<int> top = m_matrix.topRows();
    QCOMPARE(m_matrix.rows.at(top.at(0)).label, QStringLiteral("kube-apiserver"));
    QCOMPARE(m_matrix.rows.at(top.at(1)).label, QStringLiteral("kube-controller-manager"));

    const MatrixRow *api = row(QStringLiteral("kube-apiserver"));
    QVERIFY(api);
    QCOMPARE(api->cells.at(column(QStringLiteral("prod-eks-tokyo"))).status, CellStatus::Unsupported);
    QCOMPARE(api->cells.at(column(QStringLiteral("gke-analytics"))).status, CellStatus::Behind);

    // staging is mid-upgrade: the controller-manager on the upgraded node is newer than the oldest apiserver.
    const MatrixCell &kcm =
        row(QStringLiteral("kube-controller-manager"))->cells.at(column(QStringLiteral("staging-kubeadm")));
    QCOMPARE(kcm.status, CellStatus::Violating);
    QCOMPARE(kcm.reason, CellReason::SkewViolation);
    QVERIFY(kcm.detail.english().contains(QStringLiteral("not be newer than the oldest kube-apiserver")));

    // kubelet groups by version, then by node; counts add up.
    const MatrixRow *kubelet = row(QStringLiteral("kubelet"));
    const MatrixCell &eks = kubelet->cells.at(column(QStringLiteral("prod-eks-tokyo")));
    QCOMPARE(eks.versions.constFirst(), qMakePair(QStringLiteral("v1.31.13-eks-113cf36"), 4));
    QCOMPARE(eks.versions.at(1).second, 2);
    QVERIFY(!kubelet->children.isEmpty());
    int nodes = 0;
    for (int group : kubelet->children)
        for (int leaf : m_matrix.rows.at(group).children)
            nodes += m_matrix.rows.at(leaf).cells.at(column(QStringLiteral("prod-eks-tokyo"))).versions.size();
    QCOMPARE(nodes, 6);

    // Add-ons appear where they run, nowhere else.
    const MatrixRow *awsNode = row(QStringLiteral("aws-node"));
    QVERIFY(awsNode);
    QVERIFY(awsNode->cells.at(column(QStringLiteral("gke-analytics"))).versions.isEmpty());
}

void TestVersionMatrix::modelThroughProxy()
{
    VersionMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setRecursiveFilteringEnabled(true);
    proxy.setFilterKeyColumn(0);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMatrix(m_matrix);
    QCOMPARE(model.columnCount(), 7);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("prod-eks-tokyo"));
    const QModelIndex apiEks = model.index(0, 1);
    QCOMPARE(apiEks.data().toString(), QStringLiteral("1.31.13"));
    QVERIFY(apiEks.data(Qt::ToolTipRole).toString().contains(QStringLiteral("v1.31.13-eks-3025e55")));
    QCOMPARE(apiEks.data(VersionMatrixModel::StatusRole).toInt(), int(CellStatus::Unsupported));
    // A node name finds its kubelet row through the tree.
    proxy.setFilterFixedString(QStringLiteral("stg-worker-4"));
    QCOMPARE(proxy.rowCount(), 1); // the kubelet row (this cluster runs kube-proxy as a DaemonSet)
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("kubelet"));
    model.retranslate();
    model.setMatrix({});
    QCOMPARE(model.rowCount(), 0);
}

void TestVersionMatrix::worstFindingWins()
{
    // A kube-scheduler that breaks the skew policy on an unsupported cluster: skew violation is the verdict,
    // and the tooltip's findings keep both, worst first.
    ClusterStatus status;
    status.version = Version::parse(QStringLiteral("v1.27.4"));
    status.support.status = SupportStatus::Unsupported;
    status.support.minor = {1, 27};
    status.support.newestMinor = {1, 36};
    SkewCheck broken;
    broken.component = QStringLiteral("kube-scheduler");
    broken.version = QStringLiteral("v1.28.1");
    broken.rule = QStringLiteral("must not be newer than the oldest kube-apiserver");
    broken.ok = false;
    status.skew << broken;
    const ComponentVerdict v =
        judgeComponent(QStringLiteral("kube-scheduler"), QStringLiteral("v1.28.1"), nullptr, status);
    QCOMPARE(v.status, CellStatus::Violating);
    QCOMPARE(cellStatusKey(v.status), QStringLiteral("skew-violation"));
    QCOMPARE(v.findings.constFirst().reason, CellReason::SkewViolation);
    QVERIFY(std::any_of(v.findings.cbegin(), v.findings.cend(),
                        [](const CellFinding &f) { return f.reason == CellReason::MinorsBehind; }));
    for (qsizetype i = 1; i < v.findings.size(); ++i)
        QVERIFY(int(v.findings.at(i - 1).status) >= int(v.findings.at(i).status));
    // Out of support beats behind.
    const ComponentVerdict apiserver =
        judgeComponent(QStringLiteral("kube-apiserver"), QStringLiteral("v1.27.4"), nullptr, status);
    QCOMPARE(apiserver.status, CellStatus::Unsupported);
}

void TestVersionMatrix::sameVersionSameVerdict()
{
    // dev-kind: kube-apiserver and its kubelets at one version get one verdict.
    const int c = column(QStringLiteral("dev-kind"));
    const MatrixCell &api = row(QStringLiteral("kube-apiserver"))->cells.at(c);
    const MatrixRow *kubelet = row(QStringLiteral("kubelet"));
    for (int group : kubelet->children) {
        const MatrixRow &g = m_matrix.rows.at(group);
        if (g.cells.at(c).versions.isEmpty() || api.versions.isEmpty())
            continue;
        if (Version::parse(g.label) == Version::parse(api.versions.constFirst().first))
            QCOMPARE(g.cells.at(c).status, api.status);
    }
}

void TestVersionMatrix::projectedMinorNeverMakesBehind()
{
    // On 2026-11-25 the catalog's newest published minor is 1.36; 1.37 is only projected. A 1.36 cluster on
    // the newest patch is current, whatever the projection says.
    ClusterStatus status;
    status.version = Version::parse(QStringLiteral("v1.36.4"));
    status.support = Catalogs::builtIn().kubernetes.assess({1, 36}, QDate(2026, 11, 25));
    QVERIFY(status.support.projectedMinor);
    QCOMPARE(status.support.minorsBehind.value_or(-1), 0);
    const ComponentVerdict v =
        judgeComponent(QStringLiteral("kube-apiserver"), QStringLiteral("v1.36.4"), nullptr, status);
    QCOMPARE(v.status, CellStatus::Current);
}

void TestVersionMatrix::addonVerdictAgreesWithDebt()
{
    // One fact, one verdict: an add-on whose own table does not run it on the cluster's minor is "unsupported" in the
    // matrix exactly where the debt score adds its 6 points (the demo has four: ingress-nginx ×3, cert-manager).
    const FleetAnalysis a = analyseFleet(loadSnapshots(Workspace::demo().snapshotFiles), {}, Catalogs::builtIn(),
                                         QDate(2026, 11, 25));
    int inMatrix = 0;
    int inDebt = 0;
    for (int i = 0; i < a.current.size(); ++i) {
        const ClusterStatus &status = a.currentStatuses.at(i);
        for (const ComponentVersion &c : status.components) {
            const ComponentVerdict v = judgeComponent(c.name, c.version, &c, status);
            inMatrix += std::count_if(v.findings.cbegin(), v.findings.cend(), [](const CellFinding &f) {
                return f.reason == CellReason::AddonUnsupported && f.status == CellStatus::Unsupported;
            });
        }
    }
    for (const ClusterDebt &d : a.debt)
        for (const DebtReason &r : d.areas.at(int(DebtArea::Addons)).reasons)
            inDebt += r.text().contains(QStringLiteral("does not support Kubernetes")) ? 1 : 0;
    QCOMPARE(inMatrix, 4);
    QCOMPARE(inMatrix, inDebt);
}

QTEST_GUILESS_MAIN(TestVersionMatrix)
#include "tst_versionmatrix.moc"
