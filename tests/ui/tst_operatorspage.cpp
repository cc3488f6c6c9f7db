#include "analysis/bundlereader.h"
#include "core/catalogs.h"
#include "core/languagemanager.h"
#include "graphview.h"
#include "items/fleetmodel.h"
#include "items/operatormodel.h"
#include "mainwindow.h"
#include "operatorspage.h"
#include "snapshot/snapshotfile.h"

#include <QComboBox>
#include <QFile>
#include <QGraphicsItem>
#include <QImage>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kirikae;

class TestOperatorsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoGraph();
    void highlightFollowsTheGraph();
    void exportsPngAndSvg();
    void searchWithoutMatch();
    void fitEnlargesASmallGraph();
    void referenceCatalog();
    void manyClustersOneAtATime();

private:
    static OperatorsPage *demoPage(MainWindow &window);
    LanguageManager m_language;
};

OperatorsPage *TestOperatorsPage::demoPage(MainWindow &window)
{
    QSignalSpy loaded(&window, &MainWindow::fleetLoaded);
    window.openWorkspace(Workspace::demo());
    if (!QTest::qWaitFor([&] { return loaded.count() > 0; }, 10000))
        return nullptr;
    for (Page *p : window.pages()) {
        if (auto *page = qobject_cast<OperatorsPage *>(p)) {
            if (QTest::qWaitFor([&] { return !page->isBusy(); }, 10000))
                return page;
        }
    }
    return nullptr;
}

void TestOperatorsPage::demoGraph()
{
    MainWindow window(Catalogs::builtIn(), &m_language, QDate(2026, 11, 25));
    window.resize(1280, 800);
    window.show();
    OperatorsPage *page = demoPage(window);
    QVERIFY(page);
    QCOMPARE(page->graphView()->nodeCount(), 9); // ocp-factory's operators; the other clusters have none
    QCOMPARE(page->clusterFilter()->count(), 2); // all clusters, ocp-factory
    const OperatorGraph &g = page->model()->graph();
    const int mercury = g.indexOf(QStringLiteral("ocp-factory"), QStringLiteral("mercury-operator"));
    QVERIFY(mercury >= 0);
    page->selectNode(mercury);
    const QString details = page->detailsText();
    QVERIFY2(details.contains(QStringLiteral("Missing dependency")) &&
                 details.contains(QStringLiteral("package:camel-k 1.9.0: package camel-k is not installed")) &&
                 details.contains(QStringLiteral("strimzi-kafka-operator (via kafka.strimzi.io/v1beta2/Kafka)")),
             qPrintable(details));
    QVERIFY(page->graphView()->find(QStringLiteral("KUADRANT")).size() == 1);
}

void TestOperatorsPage::highlightFollowsTheGraph()
{
    MainWindow window(Catalogs::builtIn(), &m_language, QDate(2026, 11, 25));
    window.show();
    OperatorsPage *page = demoPage(window);
    QVERIFY(page);
    const OperatorGraph &g = page->model()->graph();
    const int kuadrant = g.indexOf(QStringLiteral("ocp-factory"), QStringLiteral("kuadrant-operator"));
    page->selectNode(kuadrant);
    QCOMPARE(page->graphView()->highlighted(), kuadrant);
    // Its three dependencies stay lit, an unrelated operator fades.
    const auto opacityOf = [&](const char *package) {
        const int node = g.indexOf(QStringLiteral("ocp-factory"), QLatin1String(package));
        for (QGraphicsItem *item : page->graphView()->scene()->items())
            if (item->data(0).toInt() == node && item->data(0).isValid())
                return item->opacity();
        return -1.0;
    };
    QCOMPARE(opacityOf("authorino-operator"), 1.0);
    QVERIFY(opacityOf("strimzi-kafka-operator") < 0.5);
    page->graphView()->highlight(-1);
    QCOMPARE(opacityOf("strimzi-kafka-operator"), 1.0);
}

void TestOperatorsPage::exportsPngAndSvg()
{
    MainWindow window(Catalogs::builtIn(), &m_language, QDate(2026, 11, 25));
    window.show();
    OperatorsPage *page = demoPage(window);
    QVERIFY(page);
    QTemporaryDir dir;
    QString error;
    const QString png = dir.filePath(QStringLiteral("g.png"));
    QVERIFY2(page->graphView()->exportPng(png, &error), qPrintable(error));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 600);
    if (const QString shots = qEnvironmentVariable("KIRIKAE_SHOTS"); !shots.isEmpty())
        QVERIFY(image.save(shots + QStringLiteral("/operators-export.png")));
    const QString svg = dir.filePath(QStringLiteral("g.svg"));
    QVERIFY2(page->graphView()->exportSvg(svg, &error), qPrintable(error));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("<svg") && text.contains("kuadrant-operator"));
    // The picture stands on its own: what it shows, for which cluster and target, when, and the colours' legend.
    for (const char *caption : {"Operator dependencies", "Cluster: All clusters", "Target: Kubernetes 1.36",
                                "Exported on", "Blocked for the target", "Missing dependency"})
        QVERIFY2(text.contains(caption), caption);
    // The PNG has the caption above the graph: taller than the graph alone.
    QVERIFY(image.height() > 2 * int(page->graphView()->sceneRect().height()) + 40);
    QVERIFY(!page->graphView()->exportPng(QStringLiteral("/nonexistent/dir/g.png"), &error));
    QVERIFY(error.contains(QStringLiteral("/nonexistent/dir/g.png")));
}

void TestOperatorsPage::searchWithoutMatch()
{
    MainWindow window(Catalogs::builtIn(), &m_language, QDate(2026, 11, 25));
    window.show();
    OperatorsPage *page = demoPage(window);
    QVERIFY(page);
    QVERIFY(!page->detailsText().isEmpty());
    page->searchEdit()->setText(QStringLiteral("kuadrant"));
    QTest::keyClick(page->searchEdit(), Qt::Key_Return);
    QVERIFY(page->detailsText().startsWith(QStringLiteral("kuadrant-operator")));
    QVERIFY(page->graphView()->highlighted() >= 0);
    // No match: the page says so, and nothing of the previous operator is left selected or shown.
    page->searchEdit()->setText(QStringLiteral("no-such-operator"));
    QTest::keyClick(page->searchEdit(), Qt::Key_Return);
    QCOMPARE(page->detailsText(), QStringLiteral("No operator’s name contains “no-such-operator”."));
    QCOMPARE(page->graphView()->highlighted(), -1);
}

void TestOperatorsPage::fitEnlargesASmallGraph()
{
    FleetModel fleet;
    OperatorsPage page(&fleet);
    page.resize(1366, 768);
    page.show();
    const auto bundles = BundleReader::readFolder(QStringLiteral(KIRIKAE_TEST_DATA "/olm/older-bundles"));
    OperatorSource catalog;
    catalog.cluster = QStringLiteral("bundles");
    catalog.isCatalog = true;
    catalog.csvs = bundles.operators;
    QSignalSpy shown(&page, &OperatorsPage::graphShown);
    page.setCatalog(catalog);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && !page.isBusy(), 10000);
    GraphView *view = page.graphView();
    QVERIFY(view->nodeCount() > 0);
    view->zoomBy(0.5);
    QVERIFY(view->transform().m11() < 1.0);
    view->fitAll();
    // A few boxes fill the view: larger than their natural size, and the whole graph still shows.
    QVERIFY2(view->transform().m11() > 1.0, qPrintable(QString::number(view->transform().m11())));
    const QRectF shownRect = view->mapToScene(view->viewport()->rect()).boundingRect();
    QVERIFY(shownRect.contains(view->sceneRect().adjusted(1, 1, -1, -1)));
}

void TestOperatorsPage::referenceCatalog()
{
    FleetModel fleet;
    OperatorsPage page(&fleet);
    page.resize(1280, 800);
    page.show();
    const auto bundles = BundleReader::readFolder(QStringLiteral(KIRIKAE_TEST_DATA "/olm/reference"));
    OperatorSource catalog;
    catalog.cluster = QStringLiteral("bundles");
    catalog.isCatalog = true;
    catalog.csvs = bundles.operators;
    QSignalSpy shown(&page, &OperatorsPage::graphShown);
    page.setCatalog(catalog);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && !page.isBusy(), 10000);
    QCOMPARE(page.graphView()->nodeCount(), 46);
    QCOMPARE(page.model()->rowCount(), 46);
    // KIRIKAE_SHOTS=DIR keeps a picture of the page to look at.
    if (const QString shots = qEnvironmentVariable("KIRIKAE_SHOTS"); !shots.isEmpty())
        QVERIFY(page.grab().save(shots + QStringLiteral("/operators-reference.png")));
}

void TestOperatorsPage::manyClustersOneAtATime()
{
    // The demo's OpenShift cluster twenty times: twenty frames side by side would be a strip nobody can read.
    QString error;
    const auto ocp = SnapshotFile::read(QStringLiteral(KIRIKAE_SOURCE_DIR "/resources/demo/snapshots/ocp-factory.yaml"),
                                        &error);
    QVERIFY2(ocp, qPrintable(error));
    QList<OperatorSource> sources;
    for (int i = 1; i <= 20; ++i) {
        OperatorSource source = BundleReader::fromSnapshot(*ocp);
        source.cluster = QStringLiteral("ocp-%1").arg(i, 2, 10, QChar(u'0'));
        sources << source;
    }
    FleetModel fleet;
    OperatorsPage page(&fleet);
    QSignalSpy shown(&page, &OperatorsPage::graphShown);
    page.setFleet(sources, {MinorVersion{1, 33}});
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && !page.isBusy(), 10000);
    QComboBox *clusters = page.clusterFilter();
    QCOMPARE(clusters->count(), 21);
    QVERIFY(clusters->itemText(0).contains(QStringLiteral("20 clusters")));
    QVERIFY(!(clusters->model()->flags(clusters->model()->index(0, 0)) & Qt::ItemIsEnabled));
    QCOMPARE(clusters->currentData().toString(), QStringLiteral("ocp-01"));
    QCOMPARE(page.graphView()->nodeCount(), 9); // one cluster's operators
    QEvent languageChange(QEvent::LanguageChange); // a language switch words it again, the same way
    QCoreApplication::sendEvent(&page, &languageChange);
    QVERIFY(clusters->itemText(0).contains(QStringLiteral("20 clusters")));

    // With a dozen clusters every frame is drawn again.
    page.setFleet(sources.mid(0, OperatorsPage::mostFrames), {MinorVersion{1, 33}});
    clusters->setCurrentIndex(0);
    shown.clear();
    QMetaObject::invokeMethod(clusters, "activated", Q_ARG(int, 0));
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && !page.isBusy(), 10000);
    QVERIFY(clusters->model()->flags(clusters->model()->index(0, 0)) & Qt::ItemIsEnabled);
    QCOMPARE(page.graphView()->nodeCount(), 9 * OperatorsPage::mostFrames);
}

QTEST_MAIN(TestOperatorsPage)
#include "tst_operatorspage.moc"
