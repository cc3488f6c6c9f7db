// The command line at fleet scale: `kirikae versions DIR` and `kirikae debt DIR` on folders of 100 and 500
// snapshots made from the demo's (bench/fleetgenerator.h), whole process from launch to exit, JSON to /dev/null.
// Median of three runs each. Cost must grow with the fleet, not faster: 500 ≤ 6× the time of 100.
#include "fleetgenerator.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir small;
    QTemporaryDir large;
    if (benchfleet::writeFleet(small.path(), 100).size() != 100 ||
        benchfleet::writeFleet(large.path(), 500).size() != 500) {
        std::fprintf(stderr, "could not write the snapshots\n");
        return 2;
    }
    bool ok = true;
    for (const char *command : {"versions", "debt"}) {
        const QStringList common{QLatin1String(command), QStringLiteral("--format"), QStringLiteral("json"),
                                 QStringLiteral("--today"), QStringLiteral("2026-11-30")};
        const double t100 = benchfleet::medianRun(common + QStringList{small.path()}, 3);
        const double t500 = benchfleet::medianRun(common + QStringList{large.path()}, 3);
        const double ratio = t100 > 0 && t500 > 0 ? t500 / t100 : -1;
        const bool fine = ratio >= 0 && ratio <= 6.0;
        ok &= fine;
        std::printf("%-8s on 100 / 500 snapshots (median of 3) %8.2f s / %6.2f s = %5.2fx  target <= 6.00x  %s\n",
                    command, t100, t500, ratio, fine ? "ok" : "MISSED");
    }
    return ok ? 0 : 1;
}
