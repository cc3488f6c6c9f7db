// Start-up: `kirikae --screenshot DIR` from launch to exit, which loads and analyses a fleet and paints every page
// (operators laid out, plan drafted) — an upper bound of the time to the first painted window. Once on the demo
// (six clusters), once on a folder workspace of 500 snapshots made from the demo's (bench/fleetgenerator.h), with
// the peak resident memory of that run. `bench_startup --write-fleet DIR N` only writes such a folder (to try by hand).
#include "fleetgenerator.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

namespace {

/// Median seconds of runs of kirikae with args and a screenshot folder; negative when a run failed.
double medianStartup(const QStringList &args, int runs)
{
    QTemporaryDir dir;
    return benchfleet::medianRun(args + QStringList{QStringLiteral("--screenshot"), dir.path()}, runs);
}

bool report(const char *what, double value, const char *unit, double target)
{
    const bool ok = value >= 0 && value <= target;
    std::printf("%-66s %10.2f %-3s  target <= %.2f  %s\n", what, value, unit, target, ok ? "ok" : "MISSED");
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == u"--write-fleet") { // bench_startup --write-fleet DIR N: the fleet alone
        const int count = args.at(3).toInt();
        return benchfleet::writeFleet(args.at(2), count).size() == count ? 0 : 2;
    }
    bool ok = report("start-up to every page of the demo painted (median of 5)",
                     medianStartup({QStringLiteral("--demo")}, 5), "s", 1.5);

    QTemporaryDir fleet;
    if (benchfleet::writeFleet(fleet.path(), 500).size() != 500) {
        std::fprintf(stderr, "could not write the 500 snapshots\n");
        return 2;
    }
    ok &= report("start-up to every page of 500 snapshots painted (median of 3)",
                 medianStartup({QStringLiteral("--workspace"), fleet.path()}, 3), "s", 5.0);
    // The largest child so far is the 500-snapshot run: its peak resident set.
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    ok &= report("peak RSS of that start-up", double(usage.ru_maxrss) / 1024.0, "MB", 1024.0);
    return ok ? 0 : 1;
}
