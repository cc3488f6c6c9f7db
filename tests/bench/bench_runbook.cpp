// Runbook benchmark: plan 8 clusters to 1.36 and write the fleet runbook as a PDF (fonts embedded, two layouts).
#include "analysis/upgradeplanner.h"
#include "core/catalogs.h"
#include "runbook/runbookbuilder.h"
#include "runbook/runbookwriter.h"
#include "workspace/workspace.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace kirikae;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const Catalogs catalogs = Catalogs::builtIn();
    const QDate today(2026, 11, 25);
    // The six demo clusters and two more copies of production: eight clusters.
    QList<ClusterSnapshot> snapshots;
    for (const FleetEntry &e : loadSnapshots(Workspace::demo().snapshotFiles).clusters)
        snapshots << e.snapshot;
    for (const char *name : {"prod-eks-osaka", "prod-eks-singapore"}) {
        ClusterSnapshot copy = snapshots.first();
        copy.name = QLatin1String(name);
        snapshots << copy;
    }

    QElapsedTimer timer;
    timer.start();
    FleetPlanRequest request;
    request.target = {1, 36};
    request.today = today;
    const FleetPlan fleet = planFleet(snapshots, request, catalogs);
    const QList<UpgradePlan> &plans = fleet.plans;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fleet.pdf"));
    QString error;
    const bool written = RunbookWriter::write(buildFleetRunbook(fleet, QStringLiteral("ja"), today), path, &error);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;

    const bool ok = written && plans.size() == 8 && seconds <= 3.0;
    std::printf("runbook: %lld clusters planned, %lld KB of PDF%s\n", qint64(plans.size()),
                QFileInfo(path).size() / 1024, written ? "" : qPrintable(QStringLiteral(" (") + error + u')'));
    std::printf("%-58s %10.2f s    target <= 3.00  %s\n", "fleet runbook of 8 clusters to PDF (Japanese)", seconds,
                ok ? "ok" : "MISSED");
    return ok ? 0 : 1;
}
