#include "analysis/fleetanalysis.h"
#include "core/catalogs.h"
#include "core/languagemanager.h"
#include "items/fleetmodel.h"
#include "items/versionmatrixmodel.h"
#include "versionspage.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QTest>
#include <QTreeView>

using namespace kirikae;

/// The version matrix page: add-on rows judged at a target the user picks (the analysis judges, the page shows).
class TestVersionsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void targetColoursTheAddonRows();

private:
    LanguageManager m_language;
};

void TestVersionsPage::initTestCase()
{
    QVERIFY(m_language.setLanguage(QStringLiteral("en")));
}

void TestVersionsPage::targetColoursTheAddonRows()
{
    const Catalogs catalogs = Catalogs::builtIn();
    const FleetAnalysis demo =
        analyseFleet(loadSnapshots(Workspace::demo().snapshotFiles), {}, catalogs, QDate(2026, 11, 25));
    VersionMatrixModel model;
    model.setMatrix(demo.matrix);
    FleetModel fleet;
    VersionsPage page(&model, &fleet);
    page.resize(1280, 720);
    page.show();
    page.setFleet(demo.newest, demo.targets, catalogs);
    QComboBox *target = page.targetBox();
    QCOMPARE(target->currentIndex(), 0); // the current minor only, as before
    QVERIFY(!model.addonTarget());
    int certRow = -1;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, 0).data().toString() == u"cert-manager")
            certRow = r;
    QVERIFY(certRow >= 0);
    const QModelIndex cert =
        model.index(certRow, VersionMatrixModel::FirstClusterColumn +
                                 int(demo.matrix.clusters.indexOf(QStringLiteral("prod-eks-tokyo"))));
    target->setCurrentIndex(target->findText(QStringLiteral("1.34")));
    QTRY_COMPARE_WITH_TIMEOUT(cert.data(VersionMatrixModel::TargetStatusRole).toInt(),
                              int(AddonStatus::NotSupported), 10000);
    QVERIFY2(cert.data(Qt::ToolTipRole).toString().contains(QStringLiteral("The lowest release that runs on Kubernetes "
                                                                           "1.34: 1.19")),
             qPrintable(cert.data(Qt::ToolTipRole).toString()));
    // Another fleet keeps the chosen target and judges it again.
    page.setFleet(demo.newest, demo.targets, catalogs);
    QCOMPARE(target->currentText(), QStringLiteral("1.34"));
    target->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(!model.addonTarget(), 10000);
    QCOMPARE(cert.data(VersionMatrixModel::TargetStatusRole).toInt(), -1);
}

QTEST_MAIN(TestVersionsPage)
#include "tst_versionspage.moc"
