// Does the window stay responsive while a 500-snapshot folder loads? The window is shown, the folder opened, and a
// timer on the GUI thread ticks every 5 ms; the longest gap between ticks is the longest the user would wait for an
// answer. Measured in three parts: while the snapshots are read and analysed (on a worker thread), the one call that
// hands the result to the pages (GUI thread), and then the longest single page paint as a user clicks through them.
// Median of three loads.
#include "fleetgenerator.h"

#include "core/catalogs.h"
#include "core/languagemanager.h"
#include "debtpage.h"
#include "groupfilter.h"
#include "mainwindow.h"
#include "page.h"
#include "versionspage.h"
#include "workspace/workspace.h"

#include <QComboBox>

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace kirikae;

namespace {

struct Stalls
{
    double loading = 0; ///< the longest gap while the worker reads and analyses
    double applying = 0; ///< the pages taking the result (one call on the GUI thread)
    double painting = 0; ///< the longest gap while every page is shown and painted in turn
    double total = 0;    ///< from opening to every page painted
    QString slowestPage; ///< where the longest paint was
};

Stalls measure(MainWindow &window, const QString &folder)
{
    QElapsedTimer clock;
    QElapsedTimer sinceTick;
    Stalls stalls;
    bool loaded = false;
    bool applied = false;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const double gap = double(sinceTick.nsecsElapsed()) / 1e9;
        double &worst = applied ? stalls.painting : stalls.loading;
        worst = std::max(worst, gap);
        sinceTick.restart();
    });
    QObject::connect(&window, &MainWindow::fleetLoaded, &window, [&] {
        // The gap that ends here is the pages taking the result (the worker's result is handed over in one call
        // that ends with this signal); the ticks before it ran while the worker worked.
        stalls.applying = double(sinceTick.nsecsElapsed()) / 1e9;
        loaded = true;
        applied = true;
        sinceTick.restart();
    });
    clock.start();
    sinceTick.start();
    ticker.start();
    window.openWorkspace(Workspace::fromFolder(folder));
    while (!loaded)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    // Every page painted, as a user clicking through them would see it.
    const auto pages = window.pages();
    for (int i = 0; i < pages.size(); ++i) {
        const double before = stalls.painting;
        window.showPage(i);
        QApplication::processEvents();
        while (pages.at(i)->isBusy())
            QApplication::processEvents(QEventLoop::AllEvents, 5);
        pages.at(i)->grab();
        QApplication::processEvents();
        if (stalls.painting > before)
            stalls.slowestPage = pages.at(i)->pageId();
    }
    stalls.total = double(clock.nsecsElapsed()) / 1e9;
    ticker.stop();
    QObject::disconnect(&window, &MainWindow::fleetLoaded, &window, nullptr);
    return stalls;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

/// Seconds to show one group (the first by tier) on the version matrix and the debt heatmap, and back to all.
double chooseGroups(MainWindow &window)
{
    QElapsedTimer clock;
    clock.start();
    for (Page *page : window.pages()) {
        GroupFilter *filter = nullptr;
        if (auto *versions = qobject_cast<VersionsPage *>(page))
            filter = versions->groupFilter();
        else if (auto *debt = qobject_cast<DebtPage *>(page))
            filter = debt->groupFilter();
        if (!filter)
            continue;
        filter->keyBox()->setCurrentIndex(1);
        filter->groupBox()->setCurrentIndex(1);
        QApplication::processEvents();
        filter->keyBox()->setCurrentIndex(0);
        QApplication::processEvents();
    }
    return double(clock.nsecsElapsed()) / 1e9;
}

bool report(const char *what, double value, double target)
{
    const bool ok = value <= target;
    std::printf("%-66s %10.3f s    target <= %.2f  %s\n", what, value, target, ok ? "ok" : "MISSED");
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"));
    QTemporaryDir fleet;
    if (benchfleet::writeFleet(fleet.path(), 500).size() != 500) {
        std::fprintf(stderr, "could not write the 500 snapshots\n");
        return 2;
    }
    MainWindow window(Catalogs::builtIn(), &language, QDate(2026, 11, 30));
    window.resize(1366, 768);
    window.show();
    QList<double> loading;
    QList<double> applying;
    QList<double> painting;
    QList<double> total;
    QList<double> grouping;
    QStringList slowest;
    for (int run = 0; run < 3; ++run) {
        const Stalls s = measure(window, fleet.path());
        slowest << s.slowestPage;
        grouping << chooseGroups(window);
        loading << s.loading;
        applying << s.applying;
        painting << s.painting;
        total << s.total;
    }
    bool ok = report("longest GUI stall while 500 snapshots load (median of 3)", median(loading), 0.1);
    ok &= report("GUI stall while the pages take the analysis (one call)", median(applying), 1.0);
    ok &= report("longest single page paint, every page shown in turn", median(painting), 1.0);
    ok &= report("one group on the version matrix and on the debt heatmap, and back", median(grouping), 1.0);
    std::printf("%-66s %10.3f s\n", "open to every page painted, in process (median of 3)", median(total));
    std::printf("slowest page to paint, per run: %s\n", qPrintable(slowest.join(QStringLiteral(", "))));
    return ok ? 0 : 1;
}
