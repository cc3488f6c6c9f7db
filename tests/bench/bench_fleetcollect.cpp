// A fleet collected from the desktop: `kirikae collect --all-contexts --parallel 8` over a kubeconfig of 100 and of
// 500 contexts, all pointing at the fake API server (50 ms latency). Threads and RSS must stay bounded by --parallel,
// not grow with the fleet, and time must grow linearly. The process is sampled every 20 ms through /proc.
#include "fakeserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>

#include <algorithm>
#include <cstdio>

namespace {

constexpr int parallel = 8;

/// The fake server's kubeconfig with its contexts replaced by n contexts on its healthy cluster.
QString fleetKubeconfig(const FakeServer &server, int n)
{
    QFile in(server.kubeconfig());
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QJsonObject config = QJsonDocument::fromJson(in.readAll()).object();
    QJsonArray contexts;
    for (int i = 0; i < n; ++i)
        contexts.append(
            QJsonObject{{QStringLiteral("name"), QStringLiteral("cluster-%1").arg(i, 3, 10, QChar(u'0'))},
                        {QStringLiteral("context"), QJsonObject{{QStringLiteral("cluster"), QStringLiteral("healthy")},
                                                                {QStringLiteral("user"), QStringLiteral("token")}}}});
    config.insert(QStringLiteral("contexts"), contexts);
    config.insert(QStringLiteral("current-context"), QStringLiteral("cluster-000"));
    const QString path = server.dir() + QStringLiteral("/fleet-%1.kubeconfig").arg(n);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(config).toJson()) < 0)
        return {};
    return path;
}

/// A value of /proc/PID/status ("Threads", "VmHWM" in kB), or -1 once the process is gone.
qint64 statusValue(qint64 pid, const QByteArray &key)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(QByteArray(key + ':')))
            return line.mid(key.size() + 1).trimmed().split(' ').constFirst().toLongLong();
    return -1;
}

struct Run
{
    double seconds = 0;
    qint64 maxThreads = 0;
    qint64 peakRssKb = 0;
    qint64 files = 0;
    int exitCode = -1;
};

Run collect(const FakeServer &server, int n)
{
    Run run;
    const QString kubeconfig = fleetKubeconfig(server, n);
    const QString out = server.dir() + QStringLiteral("/out-%1").arg(n);
    QProcess kirikae;
    kirikae.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    kirikae.start(QStringLiteral(KIRIKAE_BINARY),
                  {QStringLiteral("collect"), QStringLiteral("--kubeconfig"), kubeconfig,
                   QStringLiteral("--all-contexts"), QStringLiteral("--parallel"), QString::number(parallel),
                   QStringLiteral("-o"), out});
    if (!kirikae.waitForStarted())
        return run;
    const qint64 pid = kirikae.processId();
    while (!kirikae.waitForFinished(20)) {
        run.maxThreads = std::max(run.maxThreads, statusValue(pid, "Threads"));
        run.peakRssKb = std::max(run.peakRssKb, statusValue(pid, "VmHWM"));
    }
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.exitCode = kirikae.exitCode();
    run.files = QDir(out).entryList({QStringLiteral("*.yaml")}, QDir::Files).size();
    return run;
}

bool report(const QString &what, double value, const char *unit, double target)
{
    const bool ok = value <= target;
    std::printf("%-58s %10.2f %-4s target <= %.2f  %s\n", qPrintable(what), value, unit, target, ok ? "ok" : "MISSED");
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    FakeServer server;
    if (!server.start({QStringLiteral("--latency-ms"), QStringLiteral("50"), QStringLiteral("--nodes"),
                       QStringLiteral("20"), QStringLiteral("--pods"), QStringLiteral("40")})) {
        std::fprintf(stderr, "the fake API server did not start\n");
        return 2;
    }
    const Run hundred = collect(server, 100);
    const Run fleet = collect(server, 500);
    for (const auto &[n, r] : {std::pair{100, hundred}, std::pair{500, fleet}})
        std::printf(
            "%d contexts, --parallel %d: %.1f s, exit %d, %lld snapshots, at most %lld threads, peak RSS %.0f MB\n", n,
            parallel, r.seconds, r.exitCode, r.files, r.maxThreads, double(r.peakRssKb) / 1024.0);
    bool ok = hundred.exitCode == 0 && fleet.exitCode == 0 && hundred.files == 100 && fleet.files == 500;
    // Threads: the workers plus the few of Qt and the process itself, the same at 100 and at 500 contexts.
    ok &= report(QStringLiteral("500 contexts: threads beyond --parallel %1").arg(parallel),
                 double(fleet.maxThreads - parallel), "", 8);
    ok &= report(QStringLiteral("500 contexts: peak RSS / 100 contexts' peak RSS"),
                 double(fleet.peakRssKb) / double(std::max<qint64>(hundred.peakRssKb, 1)), "x", 1.25);
    ok &= report(QStringLiteral("500 contexts: time / 100 contexts' time"), fleet.seconds / hundred.seconds, "x", 6.0);
    return ok ? 0 : 1;
}
