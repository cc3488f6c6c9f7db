// One answer everywhere: the window and the command line read one fleet analysis. This test opens the demo
// workspace in the window, runs the CLI's JSON commands on the same snapshot files with the same --today, and
// holds every answer the two give against each other: support, each component verdict, debt per cluster and
// area, each cluster's plan (hops and blockers) and the fleet schedule.
#include "analysis/versionmatrix.h"
#include "core/catalogs.h"
#include "core/languagemanager.h"
#include "items/debtmodel.h"
#include "items/fleetmodel.h"
#include "items/operatormodel.h"
#include "items/planmodel.h"
#include "items/versionmatrixmodel.h"
#include "costpage.h"
#include "mainwindow.h"
#include "operatorspage.h"
#include "planpage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace kirikae;

namespace {

const QDate today{2026, 11, 25};

QStringList demoFiles()
{
    QStringList files;
    for (const char *name :
         {"prod-eks-tokyo", "staging-kubeadm", "ocp-factory", "gke-analytics", "aks-payments", "dev-kind"})
        files << QStringLiteral(KIRIKAE_SOURCE_DIR "/resources/demo/snapshots/") + QLatin1String(name) +
                     QStringLiteral(".yaml");
    return files;
}

/// The demo's OLM bundle folder: the workspace's `bundles:` for the window, `--bundles` or a folder for the CLI.
const QString bundles = QStringLiteral(KIRIKAE_SOURCE_DIR "/resources/demo/bundles");

QJsonObject cli(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(KIRIKAE_BINARY),
                  args + QStringList{QStringLiteral("--today"), today.toString(Qt::ISODate), QStringLiteral("--format"),
                                     QStringLiteral("json")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning().noquote() << process.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

/// The window's fleet schedule and the CLI's: the same clusters, order, start and finish days.
void compareSchedule(const ScheduleModel *schedule, const QJsonArray &cliSchedule)
{
    QCOMPARE(schedule->rowCount(), int(cliSchedule.size()));
    for (int s = 0; s < cliSchedule.size(); ++s) {
        const QJsonObject slot = cliSchedule.at(s).toObject();
        QCOMPARE(schedule->index(s, ScheduleModel::ClusterColumn).data().toString(), slot.value(u"cluster").toString());
        QCOMPARE(schedule->index(s, ScheduleModel::StartColumn).data(ScheduleModel::SortRole).toDate(),
                 QDate::fromString(slot.value(u"startBy").toString(), Qt::ISODate));
        QCOMPARE(schedule->index(s, ScheduleModel::FinishColumn).data(ScheduleModel::SortRole).toDate(),
                 QDate::fromString(slot.value(u"finishBy").toString(), Qt::ISODate));
    }
}

/// The Cost page's series and the CLI's fleetCost totals of one series ("staying" or "underPlan"), month by month.
void compareSeries(const CostSeries &shown, const QJsonObject &fleetCost, const QString &series)
{
    QCOMPARE(shown.months.size(), fleetCost.value(u"months").toArray().size());
    const QJsonArray perCurrency = fleetCost.value(u"perCurrency").toArray();
    QVERIFY(!perCurrency.isEmpty());
    for (const QJsonValue &c : perCurrency) {
        const QJsonArray totals = c.toObject().value(series).toArray();
        const QString currency = c.toObject().value(u"currency").toString();
        for (qsizetype m = 0; m < shown.months.size(); ++m)
            QCOMPARE(shown.total(m, currency), totals.at(m).toDouble());
    }
}

int rank(const QString &statusKey)
{
    static const QStringList order{QStringLiteral("unknown"), QStringLiteral("current"), QStringLiteral("behind"),
                                   QStringLiteral("unsupported"), QStringLiteral("skew-violation")};
    return int(order.indexOf(statusKey));
}

} // namespace

class TestOneAnswer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void supportAndComponents();
    void debt();
    void plansAndSchedule();
    void operators();
    void fleetCost();
    void paceFollowsTheWorkspace();

private:
    LanguageManager m_language;
    std::unique_ptr<MainWindow> m_window;
};

void TestOneAnswer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_language.setLanguage(QStringLiteral("en")));
    m_window = std::make_unique<MainWindow>(Catalogs::builtIn(), &m_language, today);
    QSignalSpy loaded(m_window.get(), &MainWindow::fleetLoaded);
    QSignalSpy bundlesRead(m_window.get(), &MainWindow::bundlesLoaded);
    Workspace workspace;
    workspace.name = QStringLiteral("demo files");
    workspace.snapshotFiles = demoFiles();
    workspace.bundleFolders = {bundles};
    m_window->openWorkspace(workspace);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(bundlesRead.count(), 1, 20000);
}

void TestOneAnswer::supportAndComponents()
{
    const QJsonObject versions = cli(QStringList{QStringLiteral("versions")} + demoFiles());
    const QJsonArray clusters = versions.value(u"clusters").toArray();
    QCOMPARE(clusters.size(), 6);

    const auto *fleet = m_window->findChild<FleetModel *>();
    QVERIFY(fleet);
    QCOMPARE(fleet->rowCount(), int(clusters.size()));
    const auto *matrix = m_window->findChild<VersionMatrixModel *>();
    QVERIFY(matrix);
    int compared = 0;
    for (int c = 0; c < clusters.size(); ++c) {
        const QJsonObject cluster = clusters.at(c).toObject();
        const QString name = cluster.value(u"name").toString();
        QCOMPARE(fleet->index(c, FleetModel::NameColumn).data().toString(), name);
        const auto support =
            SupportStatus(fleet->index(c, FleetModel::SupportColumn).data(FleetModel::StatusRole).toInt());
        QCOMPARE(supportStatusKey(support), cluster.value(u"support").toObject().value(u"status").toString());
        QCOMPARE(fleet->index(c, FleetModel::MinorsBehindColumn).data(FleetModel::SortRole).toInt(),
                 cluster.value(u"support").toObject().value(u"minorsBehind").toInt());

        // Each matrix cell (a component, or one version of it) shows the worst verdict the CLI gives it.
        const int column = VersionMatrixModel::FirstClusterColumn + c;
        QCOMPARE(matrix->headerData(column, Qt::Horizontal).toString(), name);
        for (int r = 0; r < matrix->rowCount(); ++r) {
            const QModelIndex component = matrix->index(r, VersionMatrixModel::ComponentColumn);
            const QString componentName = component.data().toString();
            const auto check = [&](const QModelIndex &cell, const QString &version) {
                int worst = -1;
                for (const QJsonValue &v : cluster.value(u"components").toArray()) {
                    const QJsonObject o = v.toObject();
                    if (o.value(u"name").toString() == componentName &&
                        (version.isEmpty() || o.value(u"version").toString() == version))
                        worst = std::max(worst, rank(o.value(u"status").toString()));
                }
                if (worst < 0) {
                    QVERIFY2(cell.data().toString().isEmpty(), qPrintable(name + u' ' + componentName));
                    return;
                }
                const auto shown = CellStatus(cell.data(VersionMatrixModel::StatusRole).toInt());
                QVERIFY2(rank(cellStatusKey(shown)) == worst,
                         qPrintable(name + u' ' + componentName + u' ' + version + u": window " + cellStatusKey(shown) +
                                    u", CLI rank " + QString::number(worst)));
                ++compared;
            };
            check(matrix->index(r, column), {});
            for (int g = 0; g < matrix->rowCount(component); ++g)
                check(matrix->index(g, column, component),
                      matrix->index(g, VersionMatrixModel::ComponentColumn, component).data().toString());
        }
    }
    QVERIFY2(compared > 60, qPrintable(QString::number(compared)));
}

void TestOneAnswer::debt()
{
    const QJsonObject debt = cli(QStringList{QStringLiteral("debt")} + demoFiles());
    QMap<QPair<QString, QString>, int> cliScores;
    for (const QJsonValue &v : debt.value(u"hotspots").toArray()) {
        const QJsonObject h = v.toObject();
        cliScores.insert({h.value(u"cluster").toString(), h.value(u"area").toString()}, h.value(u"score").toInt());
    }
    QVERIFY(!cliScores.isEmpty());
    const auto *model = m_window->findChild<DebtModel *>();
    QVERIFY(model);
    QCOMPARE(model->rowCount(), 6);
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString cluster = model->index(r, DebtModel::ClusterColumn).data().toString();
        int total = 0;
        for (int a = 0; a < debtAreaCount; ++a) {
            const int shown = model->index(r, DebtModel::FirstAreaColumn + a).data(DebtModel::SortRole).toInt();
            QCOMPARE(shown, cliScores.value({cluster, debtAreaKey(DebtArea(a))}, 0));
            total += shown;
        }
        QCOMPARE(model->index(r, DebtModel::TotalColumn).data(DebtModel::SortRole).toInt(), total);
    }
}

void TestOneAnswer::plansAndSchedule()
{
    auto *page = m_window->findChild<PlanPage *>();
    QVERIFY(page);
    const MinorVersion target{1, 36};
    const QJsonObject fleetPlan =
        cli(QStringList{QStringLiteral("plan"), QStringLiteral("--target"), target.toString(),
                        QStringLiteral("--bundles"), bundles} +
            demoFiles());
    const QJsonArray plans = fleetPlan.value(u"plans").toArray();
    QCOMPARE(plans.size(), 6);
    for (const QJsonValue &v : plans) {
        const QJsonObject plan = v.toObject();
        const QString cluster = plan.value(u"cluster").toString();
        QSignalSpy planned(page, &PlanPage::planned);
        page->choose(cluster, target, UpgradeStrategy::InPlace, QStringLiteral("en"));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && !planned.isEmpty(), 20000);

        // The cluster's own plan: the same hops and blockers as the CLI's plan of that one cluster.
        const QJsonObject alone = cli(QStringList{QStringLiteral("plan"), QStringLiteral("--target"), target.toString(),
                                                  QStringLiteral("--bundles"), bundles,
                                                  demoFiles().filter(u'/' + cluster + u".yaml").constFirst()})
                                      .value(u"plans")
                                      .toArray()
                                      .first()
                                      .toObject();
        QCOMPARE(alone.value(u"hops"), plan.value(u"hops")); // one cluster planned alone or in its fleet
        const PlanHopModel *hops = page->hopModel();
        const QJsonArray cliHops = plan.value(u"hops").toArray();
        QCOMPARE(hops->rowCount(), int(cliHops.size()));
        int open = 0;
        for (int h = 0; h < cliHops.size(); ++h) {
            const QJsonObject hop = cliHops.at(h).toObject();
            QVERIFY(hops->index(h, PlanHopModel::HopColumn).data().toString().contains(hop.value(u"to").toString()));
            QCOMPARE(hops->index(h, PlanHopModel::ApisColumn).data(PlanHopModel::SortRole).toInt(),
                     int(hop.value(u"removedApis").toArray().size()));
            QCOMPARE(hops->index(h, PlanHopModel::NodesColumn).data(PlanHopModel::SortRole).toInt(),
                     int(hop.value(u"nodesFirst").toArray().size()));
            QCOMPARE(hops->index(h, PlanHopModel::OperatorsColumn).data(PlanHopModel::SortRole).toInt(),
                     int(hop.value(u"operatorsBlocked").toArray().size()));
            // Every open blocker stands in a column: unwaived APIs, operators and the rest add up to the status.
            const QJsonObject openShift = hop.value(u"openshift").toObject();
            const int graph = (openShift.value(u"reachable") == QJsonValue(false) ? 1 : 0) +
                              (openShift.value(u"recommended") == QJsonValue(false)
                                   ? std::max(1, int(openShift.value(u"risks").toArray().size()))
                                   : 0);
            QCOMPARE(hops->index(h, PlanHopModel::OtherColumn).data(PlanHopModel::SortRole).toInt(),
                     int(hop.value(u"addonsBlocked").toArray().size() +
                         hop.value(u"crdStorageBlocked").toArray().size()) +
                         graph);
            open += hops->index(h, PlanHopModel::StatusColumn).data(PlanHopModel::SortRole).toInt();
        }
        QCOMPARE(hops->plan().openBlockers(), plan.value(u"decision").toObject().value(u"openBlockers").toInt());

        // The fleet schedule beside it: the same clusters, order, dates and lateness as the CLI's.
        compareSchedule(page->scheduleModel(), fleetPlan.value(u"schedule").toArray());
        if (QTest::currentTestFailed())
            return;
    }
}

void TestOneAnswer::operators()
{
    // The Operators page (all clusters, its target, the workspace's bundle folder) and `kirikae operators` on the
    // same files and folder: the same operators, each with the same status and upgrade path.
    auto *page = m_window->findChild<OperatorsPage *>();
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 20000);
    const auto *target = page->findChild<QComboBox *>(QStringLiteral("target"));
    QVERIFY(target && !target->currentText().isEmpty());
    const QJsonArray cliOperators =
        cli(QStringList{QStringLiteral("operators"), QStringLiteral("--target"), target->currentText(), bundles} +
            demoFiles())
            .value(u"operators")
            .toArray();
    const OperatorGraph &graph = page->model()->graph();
    QVERIFY(!graph.nodes.isEmpty());
    QCOMPARE(graph.nodes.size(), cliOperators.size());
    for (const QJsonValue &v : cliOperators) {
        const QJsonObject o = v.toObject();
        const qsizetype i = graph.indexOf(o.value(u"cluster").toString(), o.value(u"package").toString());
        QVERIFY2(i >= 0, qPrintable(o.value(u"package").toString()));
        QCOMPARE(operatorStatusKey(graph.nodes[i].status), o.value(u"status").toString());
        QCOMPARE(QJsonArray::fromStringList(graph.nodes[i].upgradePath), o.value(u"upgradePath").toArray());
    }
    // Only the workspace's bundles know Strimzi's next release: the page read them as the CLI read the folder.
    const qsizetype strimzi = graph.indexOf(QStringLiteral("ocp-factory"), QStringLiteral("strimzi-kafka-operator"));
    QVERIFY(strimzi >= 0);
    QCOMPARE(operatorStatusKey(graph.nodes[strimzi].status), QStringLiteral("update-available"));
}

void TestOneAnswer::fleetCost()
{
    // The Cost page's two series (staying, following the schedule to its target) and `plan --format json`'s
    // fleetCost for the same target: the same monthly totals.
    auto *page = m_window->findChild<CostPage *>();
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 20000);
    const auto *target = page->findChild<QComboBox *>(QStringLiteral("target"));
    auto *show = page->findChild<QComboBox *>(QStringLiteral("show"));
    QVERIFY(target && show && !target->currentText().isEmpty());
    const QJsonObject fleetCost =
        cli(QStringList{QStringLiteral("plan"), QStringLiteral("--target"), target->currentText()} + demoFiles())
            .value(u"fleetCost")
            .toObject();
    const QJsonArray perCurrency = fleetCost.value(u"perCurrency").toArray();
    for (const auto &[key, series] : {std::pair{QStringLiteral("stay"), QStringLiteral("staying")},
                                      std::pair{QStringLiteral("plan"), QStringLiteral("underPlan")}}) {
        show->setCurrentIndex(show->findData(key));
        compareSeries(page->shownSeries(), fleetCost, series);
        if (QTest::currentTestFailed())
            return;
    }
    // Until the end of the series, the page says what the CLI's "saved" says: an amount, or that nothing changes.
    auto *until = page->findChild<QDateEdit *>(QStringLiteral("until"));
    QVERIFY(until);
    until->setDate(until->maximumDate());
    for (const QJsonValue &c : perCurrency) {
        const double saved = c.toObject().value(u"saved").toDouble();
        const QString amount =
            c.toObject().value(u"currency").toString() + u' ' + QLocale().toString(std::abs(saved), 'f', 2);
        const QString expected = saved > 0.005    ? QStringLiteral("saves ") + amount
                                 : saved < -0.005 ? QStringLiteral("costs ") + amount
                                                  : QStringLiteral("changes no");
        QVERIFY2(page->savingsText().contains(expected), qPrintable(page->savingsText() + u" / " + expected));
    }
}

void TestOneAnswer::paceFollowsTheWorkspace()
{
    // One cluster of a tier at a time, set on the Plan page: the workspace keeps it, and the Plan page's schedule and
    // the Cost page's series are those of `plan --at-once 1`.
    auto *plan = m_window->findChild<PlanPage *>();
    auto *cost = m_window->findChild<CostPage *>();
    QVERIFY(plan && cost);
    QTRY_VERIFY_WITH_TIMEOUT(!plan->isBusy() && !cost->isBusy(), 20000);
    const MinorVersion target{1, 36};
    plan->choose(QStringLiteral("prod-eks-tokyo"), target, UpgradeStrategy::InPlace, QStringLiteral("en"));
    QTRY_VERIFY_WITH_TIMEOUT(!plan->isBusy(), 20000);
    QSignalSpy planned(plan, &PlanPage::planned);
    QSignalSpy computed(cost, &CostPage::computed);
    plan->upgradesAtOnceBox()->setValue(1);
    QCOMPARE(m_window->workspace().upgradesAtOnce, 1);
    QTRY_VERIFY_WITH_TIMEOUT(!planned.isEmpty() && !plan->isBusy(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!computed.isEmpty() && !cost->isBusy(), 20000);

    const QJsonObject fleetPlan = cli(QStringList{QStringLiteral("plan"), QStringLiteral("--target"), target.toString(),
                                                  QStringLiteral("--bundles"), bundles, QStringLiteral("--at-once"),
                                                  QStringLiteral("1")} +
                                      demoFiles());
    compareSchedule(plan->scheduleModel(), fleetPlan.value(u"schedule").toArray());
    if (QTest::currentTestFailed())
        return;
    auto *show = cost->findChild<QComboBox *>(QStringLiteral("show"));
    QVERIFY(show);
    show->setCurrentIndex(show->findData(QStringLiteral("plan")));
    compareSeries(cost->shownSeries(), fleetPlan.value(u"fleetCost").toObject(), QStringLiteral("underPlan"));
}

QTEST_MAIN(TestOneAnswer)
#include "tst_oneanswer.moc"
