// Planning grows with the nodes as reading does: on one cluster of 5,000 / 20,000 / 50,000 nodes (a third of
// them with kubelets the skew policy strands at the target), plan + runbook ÷ the versions report, both from the
// snapshot file. Median of three runs each; target ≤ 2× at every size.
#include "analysis/fleetanalysis.h"
#include "core/catalogs.h"
#include "runbook/runbookbuilder.h"
#include "runbook/runbookwriter.h"
#include "snapshot/snapshotfile.h"
#include "stagingdemo.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace kirikae;

namespace {

ClusterSnapshot bigCluster(int nodes)
{
    ClusterSnapshot s = stagingDemo();
    const NodeInfo control = s.nodes.constFirst();
    const NodeInfo worker = s.nodes.constLast();
    s.nodes = {control};
    for (int i = 0; i < nodes; ++i) {
        NodeInfo n = worker;
        n.name = QStringLiteral("worker-%1.pool-%2.example.internal").arg(i).arg(i % 20);
        n.labels.insert(QStringLiteral("node.kubernetes.io/pool"), QStringLiteral("pool-%1").arg(i % 20));
        if (i % 3 == 0) { // a legacy third: too old for the target's control plane
            n.kubeletVersion = QStringLiteral("v1.31.4");
            n.kubeProxyVersion = QStringLiteral("v1.31.4");
        }
        s.nodes << n;
    }
    return s;
}

template <typename Work> double median(Work work)
{
    QList<double> runs;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        runs << double(timer.nsecsElapsed()) / 1e9;
    }
    std::sort(runs.begin(), runs.end());
    return runs.at(1);
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // a runbook lays out text
    const Catalogs catalogs = Catalogs::builtIn();
    const QDate today(2026, 11, 25);
    QTemporaryDir dir;
    bool ok = true;
    for (const int nodes : {5000, 20000, 50000}) {
        const QString path = dir.filePath(QStringLiteral("big-%1.yaml").arg(nodes));
        QString error;
        if (!SnapshotFile::write(bigCluster(nodes), path, &error)) {
            std::printf("cannot write %s: %s\n", qPrintable(path), qPrintable(error));
            return 1;
        }
        const double versions = median([&] { analyseFleet(loadSnapshots({path}), {}, catalogs, today); });
        int steps = 0;
        qsizetype runbookSize = 0;
        const double plan = median([&] {
            const FleetAnalysis a = analyseFleet(loadSnapshots({path}), {}, catalogs, today);
            FleetPlanRequest request;
            request.target = {1, 36};
            request.today = today;
            const FleetPlan fleet = planFleet(a.newest, request, catalogs);
            const QString md =
                RunbookWriter::toMarkdown(buildRunbook(fleet.plans.constFirst(), QStringLiteral("en"), today));
            runbookSize = md.size();
            steps = int(fleet.plans.constFirst().hops.size());
        });
        const double ratio = plan / versions;
        const bool fine = ratio <= 2.0 && steps > 0;
        ok = ok && fine;
        std::printf("plan: %d nodes, %lld MB snapshot, %d hops, runbook %lld KB: versions %.2f s, plan %.2f s\n", nodes,
                    QFileInfo(path).size() / (1024 * 1024), steps, runbookSize / 1024, versions, plan);
        std::printf("%-58s %10.2fx    target <= 2.00  %s\n",
                    qPrintable(QStringLiteral("plan + runbook / versions, %1 nodes").arg(nodes)), ratio,
                    fine ? "ok" : "MISSED");
    }
    return ok ? 0 : 1;
}
