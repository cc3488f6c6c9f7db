// Collection benchmarks (issue: connect to real clusters). Prints each figure with its target; exits 1 when a
// target is missed. Run: cmake --build build/release --target bench  (or build/release/tests/bench/bench_collect)
#include "fakeserver.h"
#include "kube/collector.h"
#include "kube/execcredential.h"
#include "snapshot/snapshotfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace kirikae;

namespace {

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    return -1;
}

double collectSeconds(const KubeConfig &config, const QStringList &contexts, QList<CollectResult> *results = nullptr)
{
    ExecCredentialProvider credentials;
    QElapsedTimer timer;
    timer.start();
    auto r = collectContexts(config, contexts, {}, &credentials);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    for (const auto &result : r)
        if (!result.hasSnapshot())
            std::fprintf(stderr, "  %s: %s\n", qPrintable(result.context), qPrintable(result.message));
    if (results)
        *results = std::move(r);
    return seconds;
}

bool report(const char *what, double value, const char *unit, double target, bool lowerIsBetter = true)
{
    const bool ok = lowerIsBetter ? value <= target : value >= target;
    std::printf("%-58s %10.2f %-4s target %s %.2f  %s\n", what, value, unit, lowerIsBetter ? "<=" : ">=", target,
                ok ? "ok" : "MISSED");
    return ok;
}

double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/// The lists (and single objects) a collection asked the server for, once each, without paging: what kubectl reads.
/// The paths keep the server's prefix (/c/big): `kubectl get --raw` takes a path from the host's root, and without
/// the prefix the fake server answers for another, tiny cluster.
QStringList pathsRequested(const FakeServer &server, const QString &prefix)
{
    QStringList paths;
    for (const QString &line : server.requests()) {
        QString path = line.section(u' ', 1, 1).section(u'?', 0, 0);
        if (!path.startsWith(prefix))
            continue;
        if (!paths.contains(path))
            paths << path;
    }
    return paths;
}

struct Run
{
    double wall = 0;
    double cpu = 0;
};

/// kubectl get --raw of each path, one process each as a script would run it; its own CPU (its children's).
Run kubectlRaw(const QString &kubectl, const FakeServer &server, const QStringList &paths)
{
    QElapsedTimer timer;
    timer.start();
    const double cpu0 = cpuSeconds(RUSAGE_CHILDREN);
    for (const QString &path : paths) {
        QProcess p;
        p.setStandardOutputFile(QProcess::nullDevice());
        p.start(kubectl, {QStringLiteral("--kubeconfig"), server.kubeconfig(), QStringLiteral("--context"),
                          QStringLiteral("big"), QStringLiteral("get"), QStringLiteral("--raw"), path});
        p.waitForFinished(120000);
        if (p.exitCode() != 0)
            std::fprintf(stderr, "  kubectl get --raw %s failed: %s\n", qPrintable(path),
                         p.readAllStandardError().left(200).constData());
    }
    return {double(timer.nsecsElapsed()) / 1e9, cpuSeconds(RUSAGE_CHILDREN) - cpu0};
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

/// Kirikae's collection of the large cluster, then kubectl reading the same lists (`get --raw`, one request each),
/// three times in turn; the figures are the medians of the ratios, CPU being each side's own (the server excluded).
bool largeCluster(const FakeServer &server, const KubeConfig &config, int pageSize)
{
    const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
    ClientOptions options;
    options.pageSize = pageSize;
    const QStringList heavyLists{QStringLiteral("/c/big/api/v1/nodes"), QStringLiteral("/c/big/api/v1/pods"),
                                 QStringLiteral("/c/big/apis/operators.coreos.com/v1alpha1/clusterserviceversions")};
    QList<double> wallRatios, cpuRatios, heavyWallRatios, heavyCpuRatios, seconds;
    bool ok = true;
    for (int round = 0; round < 3; ++round) {
        ExecCredentialProvider credentials;
        QElapsedTimer timer;
        timer.start();
        const double cpu0 = cpuSeconds(RUSAGE_SELF);
        const QList<CollectResult> results = collectContexts(config, {QStringLiteral("big")}, options, &credentials);
        const Run kirikae{double(timer.nsecsElapsed()) / 1e9, cpuSeconds(RUSAGE_SELF) - cpu0};
        QString error;
        const QString file = server.dir() + QStringLiteral("/big.yaml");
        SnapshotFile::write(results.constFirst().snapshot, file, &error);
        seconds << double(timer.nsecsElapsed()) / 1e9;
        if (round == 0) {
            const auto &s = results.constFirst().snapshot;
            std::printf("large cluster: %lld nodes, %lld add-on components, %lld CSVs, snapshot %lld KB, %lld requests "
                        "in pages of %d\n",
                        qint64(s.nodes.size()), qint64(s.components.size()), qint64(s.operators.size()),
                        QFile(file).size() / 1024, qint64(server.requests().size()), pageSize);
        }
        if (kubectl.isEmpty())
            continue;
        const QStringList paths = pathsRequested(server, QStringLiteral("/c/big"));
        const Run kube = kubectlRaw(kubectl, server, paths);
        const Run three = kubectlRaw(kubectl, server, heavyLists);
        std::printf("  round %d: Kirikae %.2f s wall, %.2f s CPU; kubectl get --raw of the same %lld paths %.2f s "
                    "wall, %.2f s CPU; of nodes, pods and CSVs alone %.2f s wall, %.2f s CPU\n",
                    round + 1, kirikae.wall, kirikae.cpu, qint64(paths.size()), kube.wall, kube.cpu, three.wall,
                    three.cpu);
        wallRatios << kirikae.wall / kube.wall;
        cpuRatios << kirikae.cpu / std::max(kube.cpu, 1e-3);
        heavyWallRatios << kirikae.wall / three.wall;
        heavyCpuRatios << kirikae.cpu / std::max(three.cpu, 1e-3);
    }
    ok &= report("5,000 nodes + 50,000 pods + 300 CSVs: collect + write", median(seconds), "s", 5.0);
    ok &= report("peak RSS of the process", double(peakRssKb()) / 1024.0, "MB", 500.0);
    if (!kubectl.isEmpty()) {
        ok &= report("collection / kubectl on the same lists, wall (median)", median(wallRatios), "x", 1.0);
        ok &= report("collection / kubectl on the same lists, CPU (median)", median(cpuRatios), "x", 1.0);
        std::printf("whole collection / kubectl's nodes, pods and CSVs alone: wall %.2fx, CPU %.2fx (median)\n",
                    median(heavyWallRatios), median(heavyCpuRatios));
    }
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // bench_collect [PAGE_SIZE]: the large cluster read in other pages than the client's default
    const int pageSize = argc > 1 ? QByteArray(argv[1]).toInt() : ClientOptions().pageSize;
    bool allOk = true;

    {
        FakeServer server;
        if (!server.start({QStringLiteral("--latency-ms"), QStringLiteral("300"), QStringLiteral("--nodes"),
                           QStringLiteral("10"), QStringLiteral("--pods"), QStringLiteral("10")})) {
            std::fprintf(stderr, "the fake API server did not start\n");
            return 2;
        }
        const KubeConfig config = *KubeConfig::load({server.kubeconfig()}, nullptr);
        const double one = collectSeconds(config, {QStringLiteral("fleet-0")});
        QStringList fleet;
        for (int i = 0; i < 8; ++i)
            fleet << QStringLiteral("fleet-%1").arg(i);
        const double eight = collectSeconds(config, fleet);
        std::printf("8 clusters at 300 ms latency: one %.2f s, eight %.2f s\n", one, eight);
        allOk &= report("8 clusters in parallel / 1 cluster (time ratio)", eight / one, "x", 1.5);
    }
    {
        FakeServer server;
        if (!server.start({QStringLiteral("--nodes"), QStringLiteral("5000"), QStringLiteral("--pods"),
                           QStringLiteral("50000"), QStringLiteral("--csvs"), QStringLiteral("300")})) {
            std::fprintf(stderr, "the fake API server did not start\n");
            return 2;
        }
        const KubeConfig config = *KubeConfig::load({server.kubeconfig()}, nullptr);
        allOk &= largeCluster(server, config, pageSize);
    }
    std::printf("%s\n", allOk ? "all collection targets met" : "some collection targets MISSED");
    return allOk ? 0 : 1;
}
