#include "core/catalogs.h"
#include "costpage.h"
#include "core/languagemanager.h"
#include "debtpage.h"
#include "filteredtable.h"
#include "fleetpage.h"
#include "groupfilter.h"
#include "items/fleetgroupmodel.h"
#include "mainwindow.h"
#include "versionspage.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace kirikae;

namespace {

template <typename P> P *page(MainWindow &window)
{
    for (Page *p : window.pages())
        if (auto *found = qobject_cast<P *>(p))
            return found;
    return nullptr;
}

/// Chooses the grouping key (0: all clusters) and then the group with that value.
void choose(GroupFilter *filter, int key, const QString &value = {})
{
    filter->keyBox()->setCurrentIndex(key);
    QComboBox *groups = filter->groupBox();
    for (int i = 0; key > 0 && i < groups->count(); ++i)
        if (groups->model()->index(i, 0).data(FleetGroupModel::GroupValueRole).toString() == value)
            groups->setCurrentIndex(i);
}

QSet<QString> matrixClusters(VersionsPage *versions)
{
    QSet<QString> names;
    QAbstractItemModel *model = versions->view()->model();
    for (int column = 1; column < model->columnCount(); ++column)
        names << model->headerData(column, Qt::Horizontal).toString();
    return names;
}

QSet<QString> column(QAbstractItemModel *model, int column)
{
    QSet<QString> names;
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, column).data().toString();
    return names;
}

const QSet<QString> production{QStringLiteral("prod-eks-tokyo"), QStringLiteral("ocp-factory"),
                               QStringLiteral("gke-analytics"), QStringLiteral("aks-payments")};

} // namespace

class TestGroupFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void versionMatrixShowsOneGroup();
    void debtShowsOneGroup();
    void costShowsOneGroup();
    void groupStaysChosenAcrossReloads();
    void fleetOverviewGroups();

private:
    void openDemo(MainWindow &window);
    LanguageManager m_language;
    const QDate m_today{2026, 11, 25};
};

void TestGroupFilter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_language.setLanguage(QStringLiteral("en")));
}

void TestGroupFilter::openDemo(MainWindow &window)
{
    QSignalSpy loaded(&window, &MainWindow::fleetLoaded);
    window.openWorkspace(Workspace::demo());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
}

void TestGroupFilter::versionMatrixShowsOneGroup()
{
    MainWindow window(Catalogs::builtIn(), &m_language, m_today);
    openDemo(window);
    VersionsPage *versions = page<VersionsPage>(window);
    QVERIFY(versions);
    // Hundreds of columns scroll smoothly only when rows need not be measured one by one.
    QVERIFY(versions->view()->uniformRowHeights());
    QCOMPARE(versions->view()->model()->columnCount(), 1 + 6);
    QVERIFY(versions->groupFilter()->groupBox()->isHidden());

    choose(versions->groupFilter(), 1, QStringLiteral("production"));
    QVERIFY(!versions->groupFilter()->groupBox()->isHidden());
    QVERIFY(versions->groupFilter()->groupBox()->currentText().startsWith(u"production · 4 clusters"));
    QCOMPARE(matrixClusters(versions), production);
    // Region from the nodes' topology labels (AKS) or the cluster's own label (the on-premises ones).
    choose(versions->groupFilter(), 3, QStringLiteral("japaneast"));
    QCOMPARE(matrixClusters(versions), QSet<QString>{QStringLiteral("aks-payments")});
    choose(versions->groupFilter(), 3, QString());
    QCOMPARE(matrixClusters(versions), QSet<QString>{QStringLiteral("dev-kind")});
    choose(versions->groupFilter(), 0);
    QCOMPARE(versions->view()->model()->columnCount(), 1 + 6);
}

void TestGroupFilter::debtShowsOneGroup()
{
    MainWindow window(Catalogs::builtIn(), &m_language, m_today);
    openDemo(window);
    DebtPage *debt = page<DebtPage>(window);
    QVERIFY(debt);
    QCOMPARE(debt->table()->view()->model()->rowCount(), 6);
    choose(debt->groupFilter(), 1, QStringLiteral("production"));
    QCOMPARE(column(debt->table()->view()->model(), 0), production);
    // The ranked hotspots follow the same group.
    QAbstractItemModel *hotspots = debt->hotspots()->view()->model();
    QVERIFY(hotspots->rowCount() > 0);
    QVERIFY(production.contains(column(hotspots, 2)));
    QVERIFY(debt->table()->view()->indexWidget(debt->table()->view()->model()->index(0, 1)) == nullptr);
    choose(debt->groupFilter(), 4, QStringLiteral("1.31"));
    QCOMPARE(column(debt->table()->view()->model(), 0), QSet<QString>{QStringLiteral("prod-eks-tokyo")});
}

void TestGroupFilter::costShowsOneGroup()
{
    MainWindow window(Catalogs::builtIn(), &m_language, m_today);
    CostPage *cost = page<CostPage>(window);
    QVERIFY(cost);
    QSignalSpy computed(cost, &CostPage::computed);
    openDemo(window);
    QTRY_VERIFY_WITH_TIMEOUT(!computed.isEmpty() && !cost->isBusy(), 20000);
    QCOMPARE(column(cost->table()->view()->model(), 0), production); // the clusters with a vendor
    const QStringList all = cost->chartStackNames();
    QVERIFY2(all.contains(QStringLiteral("prod-eks-tokyo")), qPrintable(all.join(u',')));
    const QString savings = cost->savingsText();
    choose(cost->groupFilter(), 1, QStringLiteral("staging"));
    QCOMPARE(cost->table()->view()->model()->rowCount(), 0);
    QVERIFY(cost->chartStackNames().isEmpty()); // kubeadm pays no vendor: nothing stacked
    QCOMPARE(cost->savingsText(), savings);                            // the fleet's, whatever group is shown
    choose(cost->groupFilter(), 1, QStringLiteral("production"));
    QCOMPARE(cost->chartStackNames(), all); // every cluster that pays is in production
}

void TestGroupFilter::groupStaysChosenAcrossReloads()
{
    MainWindow window(Catalogs::builtIn(), &m_language, m_today);
    openDemo(window);
    VersionsPage *versions = page<VersionsPage>(window);
    choose(versions->groupFilter(), 1, QStringLiteral("staging"));
    QCOMPARE(matrixClusters(versions), QSet<QString>{QStringLiteral("staging-kubeadm")});
    QSignalSpy changed(versions->groupFilter(), &GroupFilter::changed);
    openDemo(window);
    QVERIFY(changed.count() > 0);
    QCOMPARE(matrixClusters(versions), QSet<QString>{QStringLiteral("staging-kubeadm")});
}

void TestGroupFilter::fleetOverviewGroups()
{
    MainWindow window(Catalogs::builtIn(), &m_language, m_today);
    openDemo(window);
    FleetPage *fleet = page<FleetPage>(window);
    QVERIFY(!fleet->groupView()->isVisibleTo(fleet) || fleet->groupBox()->currentIndex() == 0);
    fleet->groupBox()->setCurrentIndex(1);
    QAbstractItemModel *groups = fleet->groupView()->model();
    QCOMPARE(groups->rowCount(), 3); // development, production, staging
    QVERIFY(groups->index(1, 0).data().toString().startsWith(u"production · 4 clusters · "));
    QVERIFY(fleet->groupView()->isFirstColumnSpanned(1, {}));
    // Choosing a cluster in a group shows its details below.
    const QModelIndex eks = groups->index(0, 0, groups->index(1, 0));
    fleet->groupView()->setCurrentIndex(eks);
    QVERIFY(fleet->findChild<QGroupBox *>()->title().contains(eks.data().toString()));
    fleet->groupBox()->setCurrentIndex(2);
    QCOMPARE(groups->rowCount(), 5); // AKS, EKS, GKE, OpenShift, upstream
}

QTEST_MAIN(TestGroupFilter)
#include "tst_groupfilter.moc"
