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

#include <cstdio>

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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
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
        QList<CollectResult> results;
        QElapsedTimer timer;
        timer.start();
        collectSeconds(config, {QStringLiteral("big")}, &results);
        QString error;
        const QString file = server.dir() + QStringLiteral("/big.yaml");
        SnapshotFile::write(results.constFirst().snapshot, file, &error);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const auto &s = results.constFirst().snapshot;
        std::printf("large cluster: %lld nodes, %lld add-on components, %lld CSVs, snapshot %lld KB\n",
                    qint64(s.nodes.size()), qint64(s.components.size()), qint64(s.operators.size()),
                    QFile(file).size() / 1024);
        allOk &= report("5,000 nodes + 50,000 pods + 300 CSVs: collect + write", seconds, "s", 5.0);
        allOk &= report("peak RSS of the process", double(peakRssKb()) / 1024.0, "MB", 500.0);

        // The same lists fetched by kubectl from the same server, for scale.
        const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
        if (!kubectl.isEmpty()) {
            QElapsedTimer kt;
            kt.start();
            for (const char *path :
                 {"/api/v1/nodes", "/api/v1/pods", "/apis/operators.coreos.com/v1alpha1/clusterserviceversions"}) {
                QProcess p;
                p.setStandardOutputFile(QProcess::nullDevice());
                p.start(kubectl, {QStringLiteral("--kubeconfig"), server.kubeconfig(), QStringLiteral("--context"),
                                  QStringLiteral("big"), QStringLiteral("get"), QStringLiteral("--raw"),
                                  QLatin1StringView(path)});
                p.waitForFinished(120000);
            }
            const double kubectlSeconds = double(kt.nsecsElapsed()) / 1e9;
            std::printf("kubectl get --raw of nodes, pods and CSVs: %.2f s; Kirikae's whole collection: %.2f s "
                        "(ratio %.2f)\n",
                        kubectlSeconds, seconds, seconds / kubectlSeconds);
        }
    }
    std::printf("%s\n", allOk ? "all collection targets met" : "some collection targets MISSED");
    return allOk ? 0 : 1;
}
