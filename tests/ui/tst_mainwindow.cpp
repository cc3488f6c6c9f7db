#include "core/catalogs.h"
#include "core/languagemanager.h"
#include "costpage.h"
#include "debtpage.h"
#include "filteredtable.h"
#include "fleetpage.h"
#include "items/costmodel.h"
#include "items/debtmodel.h"
#include "items/fleetmodel.h"
#include "items/formatting.h"
#include "mainwindow.h"
#include "page.h"
#include "screenshots.h"
#include "timelinepage.h"
#include "waiverdialog.h"

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QScatterSeries>

#include <QApplication>
#include <QDateEdit>
#include <QDir>
#include <QHelpEvent>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

using namespace kirikae;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsDemoFleet();
    void switchesLanguageAtRunTime();
    void dropsStaleLoads();
    void folderIsAWorkspace();
    void timelineDeadlines();
    void timelineExplainsItself();
    void waiverLowersTheScore();
    void screenshotsOfEveryPage_data();
    void screenshotsOfEveryPage();
    void aboutNamesCatalogsAndLicence();
    void pageShortcuts();
    void vendorFirstInRedOnTheTimeline();

private:
    FleetPage *fleetPage(MainWindow &window);
    void openDemo(MainWindow &window);
    LanguageManager m_language;
    const QDate m_today{2026, 11, 25};
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_language.setLanguage(QStringLiteral("en")));
}

FleetPage *TestMainWindow::fleetPage(MainWindow &window)
{
    return qobject_cast<FleetPage *>(window.pages().constFirst());
}

void TestMainWindow::openDemo(MainWindow &window)
{
    QSignalSpy loaded(&window, &MainWindow::fleetLoaded);
    window.openWorkspace(Workspace::demo());
    QVERIFY(window.isLoading());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
}

void TestMainWindow::showsDemoFleet()
{
    MainWindow window(Catalogs::builtIn(), &m_language, m_today);
    window.show();
    openDemo(window);
    QVERIFY(!window.isLoading());
    QCOMPARE(window.windowTitle(), QStringLiteral("Demo fleet[*] — Kirikae")); // [*]: where Qt marks changes
    QTableView *view = fleetPage(window)->fleetTable()->view();
    QCOMPARE(view->model()->rowCount(), 6);
    // Sorted worst first: the first row is out of support.
    QCOMPARE(view->model()->index(0, FleetModel::SupportColumn).data(FleetModel::StatusRole).toInt(),
             int(SupportStatus::Unsupported));
    // The vendor's own calendar beside upstream's: EKS 1.31 is in paid extended support for one more day.
    QString vendor;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        if (view->model()->index(row, FleetModel::NameColumn).data().toString() == u"prod-eks-tokyo")
            vendor = view->model()->index(row, FleetModel::VendorColumn).data().toString();
    QCOMPARE(vendor, QStringLiteral("Extended support until 11/26/2026"));
    fleetPage(window)->fleetTable()->filterEdit()->setText(QStringLiteral("gke"));
    QCOMPARE(view->model()->rowCount(), 1);
}

void TestMainWindow::switchesLanguageAtRunTime()
{
    MainWindow window(Catalogs::builtIn(), &m_language, m_today);
    window.show();
    openDemo(window);
    QTableView *view = fleetPage(window)->fleetTable()->view();
    QCOMPARE(view->model()->headerData(FleetModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Cluster"));
    QCOMPARE(window.menuBar()->actions().constFirst()->text(), QStringLiteral("&File"));

    QSignalSpy reanalysed(&window, &MainWindow::fleetLoaded);
    QVERIFY(m_language.setLanguage(QStringLiteral("ja")));
    QCOMPARE(view->model()->headerData(FleetModel::NameColumn, Qt::Horizontal).toString(),
             QStringLiteral("クラスター"));
    // Widgets re-translate on the LanguageChange event Qt posts to them.
    QTRY_COMPARE(window.menuBar()->actions().constFirst()->text(), QStringLiteral("ファイル(&F)"));
    QCOMPARE(window.pages().constFirst()->title(), QStringLiteral("フリート概要"));
    QCOMPARE(fleetPage(window)->fleetTable()->filterEdit()->placeholderText(), QStringLiteral("絞り込み…"));
    QCOMPARE(window.windowTitle(), QStringLiteral("デモフリート[*] — Kirikae")); // the demo's name is the product's
    QCOMPARE(QLocale().language(), QLocale::Japanese);
    // Every page's model follows, and the analysis is worded again in Japanese without running again.
    DebtPage *debt = nullptr;
    for (Page *page : window.pages())
        if (auto *d = qobject_cast<DebtPage *>(page))
            debt = d;
    QVERIFY(debt);
    QCOMPARE(debt->table()->view()->model()->headerData(DebtModel::TotalColumn, Qt::Horizontal).toString(),
             QStringLiteral("合計"));
    QVERIFY2(debt->detailsText().contains(QStringLiteral("サポート")), qPrintable(debt->detailsText()));
    QVERIFY2(debt->detailsText().contains(QStringLiteral("はアップストリームのサポート切れで")),
             qPrintable(debt->detailsText()));
    QCOMPARE(reanalysed.count(), 0);
    // Date editors follow the language too (made in English, they would keep "11/25/27").
    const auto *until = window.findChild<QDateEdit *>(QStringLiteral("until"));
    QVERIFY(until);
    QCOMPARE(until->displayFormat(), QLocale(QLocale::Japanese).dateFormat(QLocale::ShortFormat));

    QVERIFY(m_language.setLanguage(QStringLiteral("en")));
    QTRY_COMPARE(window.menuBar()->actions().constFirst()->text(), QStringLiteral("&File"));
    QVERIFY(!m_language.setLanguage(QStringLiteral("fr")));
}

void TestMainWindow::folderIsAWorkspace()
{
    // A folder with two snapshots of dev-kind (May and November) and one of aks-payments: two rows, the newest.
    QTemporaryDir dir;
    QFile demo(QStringLiteral(":/demo/snapshots/dev-kind.yaml"));
    QVERIFY(demo.open(QIODevice::ReadOnly));
    QByteArray older = demo.readAll();
    older.replace("collectedAt: '2026-11-25T08:02:10Z'", "collectedAt: '2026-05-25T08:02:10Z'");
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("may")) && QDir(dir.path()).mkpath(QStringLiteral("nov")));
    QFile copy(dir.filePath(QStringLiteral("may/dev-kind.yaml")));
    QVERIFY(copy.open(QIODevice::WriteOnly) && copy.write(older) == older.size());
    copy.close();
    QVERIFY(QFile::copy(QStringLiteral(":/demo/snapshots/dev-kind.yaml"),
                        dir.filePath(QStringLiteral("nov/dev-kind.yaml"))));
    QVERIFY(QFile::copy(QStringLiteral(":/demo/snapshots/aks-payments.yaml"),
                        dir.filePath(QStringLiteral("nov/aks-payments.yaml"))));
    QVERIFY(QFile::copy(QStringLiteral(":/demo/workspace.yaml"), dir.filePath(QStringLiteral("workspace.yaml"))));

    MainWindow window(Catalogs::builtIn(), &m_language, m_today);
    bool hasAction = false;
    for (QAction *action : window.menuBar()->actions().constFirst()->menu()->actions())
        hasAction |= action->text() == u"Open &folder…";
    QVERIFY(hasAction);
    QSignalSpy loaded(&window, &MainWindow::fleetLoaded);
    window.openWorkspace(Workspace::fromFolder(dir.path()));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
    const QAbstractItemModel *model = fleetPage(window)->fleetTable()->view()->model();
    QCOMPARE(model->rowCount(), 2);
    QStringList collected;
    for (int row = 0; row < model->rowCount(); ++row)
        collected << model->index(row, FleetModel::CollectedColumn)
                         .data(FleetModel::SortRole)
                         .toDateTime()
                         .toString(Qt::ISODate);
    QVERIFY2(!collected.contains(QStringLiteral("2026-05-25T08:02:10Z")), qPrintable(collected.join(u',')));
    bool noteShown = false;
    for (const QLabel *label : fleetPage(window)->findChildren<QLabel *>())
        noteShown |= label->text().contains(QStringLiteral("1 file that is not a snapshot was skipped"));
    QVERIFY(noteShown);

    // An empty folder, opened to collect clusters into: a note that says how to fill it, no error.
    QTemporaryDir empty;
    window.openWorkspace(Workspace::fromFolder(empty.path()));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 10000);
    bool told = false;
    for (const QLabel *label : fleetPage(window)->findChildren<QLabel *>()) {
        QVERIFY2(!label->isVisibleTo(&window) || !label->text().contains(QStringLiteral("could not be read")),
                 qPrintable(label->text()));
        told |= label->text().startsWith(QStringLiteral("No snapshot here yet"));
    }
    QVERIFY(told);
}

void TestMainWindow::dropsStaleLoads()
{
    MainWindow window(Catalogs::builtIn(), &m_language, m_today);
    QSignalSpy loaded(&window, &MainWindow::fleetLoaded);
    Workspace one;
    one.snapshotFiles << QStringLiteral(":/demo/snapshots/dev-kind.yaml");
    window.openWorkspace(Workspace::demo());
    window.openWorkspace(one); // supersedes the first load
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
    QTest::qWait(200);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(fleetPage(window)->fleetTable()->view()->model()->rowCount(), 1);
}

void TestMainWindow::timelineDeadlines()
{
    MainWindow window(Catalogs::builtIn(), &m_language, m_today);
    window.show();
    openDemo(window);
    TimelinePage *timeline = nullptr;
    for (Page *page : window.pages())
        if (auto *t = qobject_cast<TimelinePage *>(page))
            timeline = t;
    QVERIFY(timeline);
    timeline->setLeadDays(90);
    // EKS 1.31 extended support ends 2026-11-26: with 90 days of lead time the upgrade had to start on 2026-08-28.
    QString text = timeline->deadlinesText();
    QVERIFY2(text.contains(QStringLiteral("prod-eks-tokyo")) && text.contains(QStringLiteral("8/28/2026")) &&
                 text.contains(QStringLiteral("89 days late")),
             qPrintable(text));
    timeline->setLeadDays(0);
    QVERIFY(timeline->deadlinesText().contains(QStringLiteral("11/26/2026 in 1 day")));
    QVERIFY(timeline->chart()->series().size() > 20); // minors, vendor bands, today, clusters
    timeline->setLeadDays(90);
}

void TestMainWindow::timelineExplainsItself()
{
    MainWindow window(Catalogs::builtIn(), &m_language, m_today);
    window.show();
    TimelinePage *timeline = nullptr;
    CostPage *cost = nullptr;
    for (Page *page : window.pages()) {
        if (auto *t = qobject_cast<TimelinePage *>(page))
            timeline = t;
        if (auto *c = qobject_cast<CostPage *>(page))
            cost = c;
    }
    QVERIFY(timeline && cost);
    // The timeline is drawn again once the cost page knows whom the vendor upgrades first: wait for that one.
    QSignalSpy computed(cost, &CostPage::computed);
    openDemo(window);
    QTRY_VERIFY_WITH_TIMEOUT(!computed.isEmpty() && !cost->isBusy(), 20000);
    QTest::qWait(0);
    QSet<QRgb> barColours;
    QList<QScatterSeries *> markers;
    for (QAbstractSeries *series : timeline->chart()->series()) {
        // Every bar, marker and today's line says what it is.
        QVERIFY2(!TimelinePage::toolTipOf(series).isEmpty(), qPrintable(series->name()));
        if (auto *marker = qobject_cast<QScatterSeries *>(series))
            markers << marker;
        else if (auto *line = qobject_cast<QLineSeries *>(series))
            barColours.insert(line->pen().color().rgb());
    }
    QCOMPARE(markers.size(), 6);
    for (QScatterSeries *marker : std::as_const(markers))
        QVERIFY2(!barColours.contains(marker->color().rgb()), qPrintable(marker->name()));
    const auto tipOf = [&](const QString &name) {
        for (QAbstractSeries *series : timeline->chart()->series())
            if (series->name() == name)
                return TimelinePage::toolTipOf(series);
        return QString();
    };
    // A cluster: its version, its platform, when its support ends and how long that is from today; it sits where
    // its support ends.
    // (Once the cost page has its schedule, a red line follows: see vendorFirstInRedOnTheTimeline.)
    QVERIFY(tipOf(QStringLiteral("prod-eks-tokyo"))
                .startsWith(QStringLiteral(
                    "prod-eks-tokyo\nKubernetes 1.31.13 (Amazon EKS 1.31)\nSupport ends 11/26/2026: 1 day left")));
    QVERIFY(tipOf(QStringLiteral("ocp-factory")).endsWith(QStringLiteral("ended 390 days ago")));
    // Hovering a marker shows its tip, and the view's own tooltip event a moment later keeps it (it hid it).
    for (QScatterSeries *marker : std::as_const(markers)) {
        if (marker->name() != u"ocp-factory")
            continue;
        auto *view = timeline->findChild<QChartView *>();
        QVERIFY(view);
        Q_EMIT marker->hovered(marker->at(0), true);
        const QPoint at(20, 20);
        QHelpEvent help(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &help);
        QTest::qWait(600);
        QVERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), tipOf(QStringLiteral("ocp-factory")));
        Q_EMIT marker->hovered(marker->at(0), false);
    }
    for (QScatterSeries *marker : std::as_const(markers))
        if (marker->name() == u"prod-eks-tokyo")
            QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(marker->at(0).x()), Qt::UTC).date(), QDate(2026, 11, 26));
    // A vendor's phase: standard support, then extended.
    QVERIFY2(tipOf(QStringLiteral("Amazon EKS 1.31")).contains(QStringLiteral("standard support")),
             qPrintable(tipOf(QStringLiteral("Amazon EKS 1.31"))));
    QVERIFY(tipOf(QStringLiteral("Amazon EKS 1.31 extended")).contains(QStringLiteral("extended support")));
    QVERIFY(tipOf(QStringLiteral("Kubernetes 1.31 upstream")).contains(QStringLiteral("Released")));
    // The minors are named beside their bars, none elided.
    const auto labels = timeline->minorAxisLabels();
    QVERIFY(labels.size() >= 10);
    for (const auto &label : labels)
        QVERIFY2(!label.text.contains(u'…') && label.rect.right() <= timeline->chart()->plotArea().left(),
                 qPrintable(label.text));
}

void TestMainWindow::waiverLowersTheScore()
{
    QCOMPARE(WaiverDialog::subjectOf(QStringLiteral("authorino-operator: v0.12.0 installed, v0.13.0 waiting")),
             QStringLiteral("authorino-operator:"));
    QCOMPARE(
        WaiverDialog::subjectOf(QStringLiteral("FlowSchema a/b uses flowcontrol.apiserver.k8s.io/v1beta3, removed")),
        QStringLiteral("FlowSchema a/b uses flowcontrol.apiserver.k8s.io/v1beta3"));

    MainWindow window(Catalogs::builtIn(), &m_language, m_today);
    window.show();
    openDemo(window);
    DebtPage *page = nullptr;
    for (Page *p : window.pages())
        if (auto *d = qobject_cast<DebtPage *>(p))
            page = d;
    QVERIFY(page);
    const auto totalOf = [&](const QString &cluster) {
        QAbstractItemModel *model = page->table()->view()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, DebtModel::ClusterColumn).data().toString() == cluster)
                return model->index(row, DebtModel::TotalColumn).data(DebtModel::SortRole).toInt();
        return -1;
    };
    const int before = totalOf(QStringLiteral("staging-kubeadm"));
    QCOMPARE(before, 33); // skew 27 + ingress-nginx v1.11.3, which its own table does not run on 1.35 (6)
    QSignalSpy loaded(&window, &MainWindow::fleetLoaded);
    Waiver w;
    w.cluster = QStringLiteral("staging-kubeadm");
    w.subject = QStringLiteral("kubelet v1.35.2");
    w.reason = QStringLiteral("mid-upgrade: the other control-plane nodes follow tonight");
    w.owner = QStringLiteral("SRE on call");
    w.expires = m_today.addDays(2);
    window.addWaiver(w);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
    QCOMPARE(totalOf(QStringLiteral("staging-kubeadm")), 33 - 9);
    QCOMPARE(window.workspace().waivers.size(), 2); // the demo's and this one
}

void TestMainWindow::screenshotsOfEveryPage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("English") << QStringLiteral("en");
    QTest::addRow("Japanese") << QStringLiteral("ja");
}

void TestMainWindow::screenshotsOfEveryPage()
{
    QFETCH(QString, language);
    QVERIFY(m_language.setLanguage(language));
    MainWindow window(Catalogs::builtIn(), &m_language, m_today);
    window.resize(1280, 800);
    window.show();
    openDemo(window);
    QTemporaryDir dir;
    QString error;
    const QStringList files = savePageScreenshots(window, dir.path(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(files.size(), window.pages().size());
    QCOMPARE(files.size(), 8); // fleet, versions, timeline, debt, operators, plan, cost, live clusters
    for (const QString &file : files) {
        const QImage image(file);
        QVERIFY2(!image.isNull(), qPrintable(file));
        QVERIFY(image.width() >= 1000);
        // Not a blank page: many distinct colours are painted.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(file));
    }
    QVERIFY(m_language.setLanguage(QStringLiteral("en")));
}

void TestMainWindow::aboutNamesCatalogsAndLicence()
{
    MainWindow window(Catalogs::builtIn(), &m_language, m_today);
    const QString about = window.aboutText();
    QVERIFY(about.contains(QStringLiteral(KIRIKAE_VERSION)));
    for (const char *file : {"kubernetes-releases.yaml", "vendor-releases.yaml", "deprecated-apis.yaml",
                             "vendor-policies.yaml", "kubeadm-components.yaml"})
        QVERIFY2(about.contains(QLatin1String(file)), file);
    QVERIFY(about.contains(formatDate(QDate(2026, 8, 22)))); // the releases' date
    QVERIFY(about.contains(QDir::toNativeSeparators(Catalogs::userDataDir()).toHtmlEscaped()));
    QVERIFY(about.contains(QStringLiteral("MIT")));
}

void TestMainWindow::pageShortcuts()
{
    MainWindow window(Catalogs::builtIn(), &m_language, m_today);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (int i = 0; i < int(window.pages().size()) && i < 9; ++i) {
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QTRY_VERIFY(window.pages().at(i)->isVisible());
    }
}

void TestMainWindow::vendorFirstInRedOnTheTimeline()
{
    MainWindow window(Catalogs::builtIn(), &m_language, m_today);
    window.show();
    CostPage *cost = nullptr;
    TimelinePage *timeline = nullptr;
    for (Page *p : window.pages()) {
        if (auto *c = qobject_cast<CostPage *>(p))
            cost = c;
        if (auto *t = qobject_cast<TimelinePage *>(p))
            timeline = t;
    }
    QVERIFY(cost && timeline);
    QSignalSpy computed(cost, &CostPage::computed);
    openDemo(window);
    QTRY_VERIFY_WITH_TIMEOUT(!computed.isEmpty() && !cost->isBusy(), 20000);
    // prod-eks-tokyo: AWS upgrades its control plane on 2026-11-26, before the fleet schedule gets to it.
    QVERIFY(cost->model()->vendorFirst().contains(QStringLiteral("prod-eks-tokyo")));
    QVERIFY(!cost->model()->vendorFirst().contains(QStringLiteral("ocp-factory"))); // OpenShift forces nothing
    QTRY_VERIFY_WITH_TIMEOUT(timeline->chart(), 5000);
    QColor eks;
    QColor gkeOrOther;
    for (QAbstractSeries *series : timeline->chart()->series()) {
        if (auto *marker = qobject_cast<QScatterSeries *>(series)) {
            if (marker->name() == u"prod-eks-tokyo")
                eks = marker->color();
            if (marker->name() == u"ocp-factory")
                gkeOrOther = marker->color();
        }
    }
    QCOMPARE(eks, QColor(0xc6, 0x28, 0x28));
    QVERIFY(gkeOrOther.isValid() && gkeOrOther != eks);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
