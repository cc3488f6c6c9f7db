// Soak: 1,000 collections of a small test fleet (four clusters, Helm and OpenShift among them) in one process.
// Resident memory must stay flat (within 10 % of its level after warm-up) and no file descriptor may leak.
// Run: build/release/tests/bench/soak_collect [ROUNDS]   (part of the `bench` target)
#include "fakeserver.h"
#include "kube/collector.h"
#include "kube/execcredential.h"
#include "snapshot/snapshotfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace kirikae;

namespace {

qint64 rssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    return -1;
}

qsizetype openFiles()
{
    return QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;
    FakeServer server;
    if (!server.start()) {
        std::fprintf(stderr, "the fake API server did not start\n");
        return 2;
    }
    const KubeConfig config = *KubeConfig::load({server.kubeconfig()}, nullptr);
    const QStringList fleet{QStringLiteral("healthy"), QStringLiteral("helm"), QStringLiteral("openshift"),
                            QStringLiteral("exec-auth")};
    ExecCredentialProvider credentials;
    const int warmUp = std::min(50, rounds / 4);
    qint64 baseRss = 0;
    qsizetype baseFiles = 0;
    qint64 peakRss = 0;
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < rounds; ++round) {
        const QList<CollectResult> results = collectContexts(config, fleet, {}, &credentials);
        for (const CollectResult &r : results) {
            if (!r.hasSnapshot()) {
                std::fprintf(stderr, "round %d, %s: %s\n", round, qPrintable(r.context), qPrintable(r.message));
                return 1;
            }
            (void)SnapshotFile::toYaml(r.snapshot);
        }
        if (round == warmUp) {
            baseRss = rssKb();
            baseFiles = openFiles();
        }
        if (round > warmUp)
            peakRss = std::max(peakRss, rssKb());
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double growth = baseRss > 0 ? double(peakRss - baseRss) / double(baseRss) : 0;
    const qsizetype files = openFiles();
    const bool ok = growth <= 0.10 && files <= baseFiles;
    std::printf("soak: %d collections of %lld clusters in %.1f s; RSS %lld KB after warm-up, %lld KB at most; "
                "%lld open files then, %lld now\n",
                rounds, qint64(fleet.size()), seconds, baseRss, peakRss, qint64(baseFiles), qint64(files));
    std::printf("%-58s %10.1f %%   target <= 10.0  %s\n", "1,000 collections: memory growth after warm-up",
                growth * 100, ok ? "ok" : "MISSED");
    return ok ? 0 : 1;
}
