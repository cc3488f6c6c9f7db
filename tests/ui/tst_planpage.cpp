#include "core/catalogs.h"
#include "core/languagemanager.h"
#include "items/planmodel.h"
#include "mainwindow.h"
#include "planpage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace kirikae;

class TestPlanPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void plansTheChosenCluster();
    void runbookLanguageIsIndependentOfTheInterface();
    void demoShowsStoredVersionsAndTheUpdateGraph();
    void exportsEveryFormat();
    void fleetSchedule();
    void runbookFollowsTheInterfaceUntilChosen();

private:
    PlanPage *openDemo(MainWindow &window);
    LanguageManager m_language;
};

void TestPlanPage::initTestCase()
{
    QVERIFY(m_language.setLanguage(QStringLiteral("en")));
}

PlanPage *TestPlanPage::openDemo(MainWindow &window)
{
    QSignalSpy loaded(&window, &MainWindow::fleetLoaded);
    window.openWorkspace(Workspace::demo());
    if (!QTest::qWaitFor([&] { return loaded.count() > 0; }, 10000))
        return nullptr;
    for (Page *p : window.pages()) {
        if (auto *page = qobject_cast<PlanPage *>(p))
            return QTest::qWaitFor([&] { return !page->isBusy(); }, 10000) ? page : nullptr;
    }
    return nullptr;
}

void TestPlanPage::plansTheChosenCluster()
{
    MainWindow window(Catalogs::builtIn(), &m_language, QDate(2026, 11, 25));
    window.show();
    PlanPage *page = openDemo(window);
    QVERIFY(page);
    QAbstractItemModelTester tester(page->hopModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy planned(page, &PlanPage::planned);
    page->choose(QStringLiteral("prod-eks-tokyo"), {1, 34}, UpgradeStrategy::InPlace, QStringLiteral("en"));
    QTRY_VERIFY_WITH_TIMEOUT(planned.count() > 0 && !page->isBusy(), 10000);
    PlanHopModel *hops = page->hopModel();
    QCOMPARE(hops->rowCount(), 3);
    // No downgrade is offered: the targets start at the cluster's own minor.
    auto *target = page->findChildren<QComboBox *>().at(1);
    QCOMPARE(target->itemText(0), QStringLiteral("1.31"));
    QCOMPARE(hops->index(0, PlanHopModel::ApisColumn).data().toInt(), 3);
    QCOMPARE(hops->index(1, PlanHopModel::NodesColumn).data().toInt(), 1);
    QCOMPARE(hops->index(0, PlanHopModel::StatusColumn).data().toString(), QStringLiteral("Blocked: 4 open"));
    QVERIFY(page->previewText().contains(QStringLiteral("Upgrade runbook: prod-eks-tokyo 1.31 → 1.34")));
}

void TestPlanPage::runbookLanguageIsIndependentOfTheInterface()
{
    MainWindow window(Catalogs::builtIn(), &m_language, QDate(2026, 11, 25));
    window.show();
    PlanPage *page = openDemo(window);
    QVERIFY(page);
    QSignalSpy planned(page, &PlanPage::planned);
    page->choose(QStringLiteral("ocp-factory"), {1, 29}, UpgradeStrategy::InPlace, QStringLiteral("ja"));
    QTRY_VERIFY_WITH_TIMEOUT(planned.count() > 0 && !page->isBusy(), 10000);
    // English interface, Japanese runbook.
    QCOMPARE(page->title(), QStringLiteral("Upgrade plan"));
    QVERIFY2(page->previewText().contains(QStringLiteral("実施可否の判定")), qPrintable(page->previewText().left(400)));
    QCOMPARE(page->hopModel()->headerData(PlanHopModel::HopColumn, Qt::Horizontal).toString(), QStringLiteral("Hop"));
}

void TestPlanPage::demoShowsStoredVersionsAndTheUpdateGraph()
{
    MainWindow window(Catalogs::builtIn(), &m_language, QDate(2026, 11, 25));
    window.show();
    PlanPage *page = openDemo(window);
    QVERIFY(page);
    page->choose(QStringLiteral("ocp-factory"), {1, 29}, UpgradeStrategy::InPlace, QStringLiteral("en"));
    // The demo workspace's bundles are read in the background; once they are, Strimzi 1.1.0 drops Kafka's stored
    // versions. The first hop's tooltip names those CRDs and the risk of the only update to 4.15.
    const auto tip = [page] { return page->hopModel()->index(0, 0).data(Qt::ToolTipRole).toString(); };
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && tip().contains(QStringLiteral("kafkas.kafka.strimzi.io")), 10000);
    QVERIFY2(tip().contains(QStringLiteral("Risk NetPolicyTimeoutsHostNetworkedPodTraffic")), qPrintable(tip()));
    QVERIFY2(tip().contains(QStringLiteral("EUS to EUS: 4.14 → 4.16")), qPrintable(tip()));
    QVERIFY(page->previewText().contains(QStringLiteral("Migrate the stored objects of CRD kafkas.kafka.strimzi.io")));
}

void TestPlanPage::exportsEveryFormat()
{
    MainWindow window(Catalogs::builtIn(), &m_language, QDate(2026, 11, 25));
    window.show();
    PlanPage *page = openDemo(window);
    QVERIFY(page);
    QSignalSpy planned(page, &PlanPage::planned);
    page->choose(QStringLiteral("prod-eks-tokyo"), {1, 34}, UpgradeStrategy::BlueGreen, QStringLiteral("en"));
    QTRY_VERIFY_WITH_TIMEOUT(planned.count() > 0 && !page->isBusy(), 10000);
    QTemporaryDir dir;
    for (const char *name : {"r.pdf", "r.html", "r.md"}) {
        QString error;
        const QString path = dir.filePath(QLatin1String(name));
        QVERIFY2(page->exportTo(path, false, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(8);
        QVERIFY2(QByteArray(name).endsWith("pdf") ? head.startsWith("%PDF") : !head.isEmpty(), name);
    }
    QString error;
    QVERIFY(page->exportTo(dir.filePath(QStringLiteral("fleet.pdf")), true, &error));
    QVERIFY(!page->exportTo(dir.filePath(QStringLiteral("r.txt")), false, &error));
}

void TestPlanPage::fleetSchedule()
{
    MainWindow window(Catalogs::builtIn(), &m_language, QDate(2026, 11, 25));
    window.show();
    PlanPage *page = openDemo(window);
    QVERIFY(page);
    QAbstractItemModelTester tester(page->scheduleModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy planned(page, &PlanPage::planned);
    page->choose(QStringLiteral("prod-eks-tokyo"), {1, 36}, UpgradeStrategy::InPlace, QStringLiteral("en"));
    QTRY_VERIFY_WITH_TIMEOUT(planned.count() > 0 && !page->isBusy(), 10000);
    ScheduleModel *schedule = page->scheduleModel();
    QCOMPARE(schedule->rowCount(), 5); // dev-kind already runs 1.36
    QCOMPARE(schedule->index(0, ScheduleModel::ClusterColumn).data().toString(), QStringLiteral("staging-kubeadm"));
    QCOMPARE(schedule->index(0, ScheduleModel::TierColumn).data().toString(), QStringLiteral("staging"));
    // The demo workspace's pace: two clusters of a tier at a time; a change marks the workspace as changed.
    QCOMPARE(page->upgradesAtOnceBox()->value(), 2);
    QVERIFY(!window.isWindowModified());
    page->upgradesAtOnceBox()->setValue(3);
    QCOMPARE(window.workspace().upgradesAtOnce, 3);
    QVERIFY(window.isWindowModified());
}

void TestPlanPage::runbookFollowsTheInterfaceUntilChosen()
{
    MainWindow window(Catalogs::builtIn(), &m_language, QDate(2026, 11, 25));
    window.show();
    PlanPage *page = openDemo(window);
    QVERIFY(page);
    auto *language = page->findChildren<QComboBox *>().constLast(); // the runbook language is the last choice
    QCOMPARE(language->currentData().toString(), QStringLiteral("en"));
    // Switched at run time: the runbook follows, in the preview and in what an export would write.
    QVERIFY(m_language.setLanguage(QStringLiteral("ja")));
    QTRY_COMPARE(language->currentData().toString(), QStringLiteral("ja"));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->previewText().contains(QStringLiteral("手順書")), 10000);
    // Once the user has chosen, it stays.
    page->choose(QStringLiteral("prod-eks-tokyo"), {1, 34}, UpgradeStrategy::InPlace, QStringLiteral("ja"));
    QVERIFY(m_language.setLanguage(QStringLiteral("en")));
    QTest::qWait(50);
    QCOMPARE(language->currentData().toString(), QStringLiteral("ja"));
}

QTEST_MAIN(TestPlanPage)
#include "tst_planpage.moc"
