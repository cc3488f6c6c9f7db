// Memory grows with the snapshot, not 40 times faster: snapshots of 5,000 / 20,000 / 50,000 nodes (each node with
// the labels a cloud gives it, one object reference per node, a Helm release per 50 nodes) are read by
// `kirikae versions` (its table and its JSON report) and `kirikae scan`, each in a process of its own; the figure
// is the peak RSS the file adds to the process (peak RSS minus the peak of the same command on the smallest demo snapshot) ÷ the file's size.
// Target ≤ 5× at every size. `bench_memory KIRIKAE` measures another build's binary on the same snapshots.
#include "snapshot/snapshotfile.h"
#include "stagingdemo.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

using namespace kirikae;

namespace {

ClusterSnapshot bigCluster(int nodes)
{
    ClusterSnapshot s = stagingDemo();
    const NodeInfo worker = s.nodes.constLast();
    s.nodes = {s.nodes.constFirst()};
    for (int i = 0; i < nodes; ++i) {
        NodeInfo n = worker;
        const QString pool = QStringLiteral("pool-%1").arg(i % 20);
        n.name = QStringLiteral("worker-%1.%2.example.internal").arg(i).arg(pool);
        n.labels.insert(QStringLiteral("kubernetes.io/hostname"), n.name);
        n.labels.insert(QStringLiteral("kubernetes.io/arch"), QStringLiteral("amd64"));
        n.labels.insert(QStringLiteral("beta.kubernetes.io/arch"), QStringLiteral("amd64"));
        n.labels.insert(QStringLiteral("beta.kubernetes.io/os"), QStringLiteral("linux"));
        n.labels.insert(QStringLiteral("node.kubernetes.io/instance-type"), QStringLiteral("m6i.2xlarge"));
        n.labels.insert(QStringLiteral("node.kubernetes.io/pool"), pool);
        n.labels.insert(QStringLiteral("topology.kubernetes.io/region"), QStringLiteral("ap-northeast-1"));
        n.labels.insert(QStringLiteral("topology.kubernetes.io/zone"),
                        QStringLiteral("ap-northeast-1%1").arg(QChar(u'a' + i % 3)));
        if (i % 3 == 0)
            n.kubeletVersion = QStringLiteral("v1.33.4");
        s.nodes << n;
        s.objectUses << ObjectUse{QStringLiteral("apps/v1"), QStringLiteral("Deployment"),
                                  QStringLiteral("team-%1").arg(i % 40), QStringLiteral("service-%1").arg(i),
                                  QStringLiteral("last-applied")};
        if (i % 50 == 0) {
            HelmRelease h{QStringLiteral("release-%1").arg(i),
                          QStringLiteral("team-%1").arg(i % 40),
                          3,
                          QStringLiteral("ingress-nginx-4.7.1"),
                          QStringLiteral("1.8.1"),
                          QString(),
                          QStringLiteral("deployed"),
                          {}};
            h.objects << ObjectUse{QStringLiteral("networking.k8s.io/v1"), QStringLiteral("Ingress"), h.namespaceName,
                                   h.name, QStringLiteral("helm:") + h.name};
            s.helmReleases << h;
        }
    }
    return s;
}

/// Runs the program and returns its peak RSS in bytes, or -1 when it did not exit 0 (or 3: findings). The caller
/// must stay small: a spawned process starts from its parent's memory, and its peak counts the parent's.
qint64 peakRss(const QStringList &args)
{
    std::vector<QByteArray> bytes;
    for (const QString &a : args)
        bytes.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return -1;
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) ||
        (WEXITSTATUS(status) != 0 && WEXITSTATUS(status) != 3))
        return -1;
    return qint64(usage.ru_maxrss) * 1024;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == u"--write") { // a child of the run below, so that it stays small
        QString error;
        if (SnapshotFile::write(bigCluster(args.at(3).toInt()), args.at(2), &error))
            return 0;
        std::printf("cannot write %s: %s\n", qPrintable(args.at(2)), qPrintable(error));
        return 2;
    }
    QTemporaryDir dir;
    // Another build's binary may be measured against the same snapshots: bench_memory [KIRIKAE]
    const QString kirikae = args.size() > 1 ? args.at(1) : QStringLiteral(KIRIKAE_BINARY);
    const QString small = QStringLiteral(KIRIKAE_SOURCE_DIR "/resources/demo/snapshots/dev-kind.yaml");
    const QStringList commands[] = {
        {kirikae, QStringLiteral("versions")},
        {kirikae, QStringLiteral("versions"), QStringLiteral("--format"), QStringLiteral("json")},
        {kirikae, QStringLiteral("scan"), QStringLiteral("--target"), QStringLiteral("1.36")}};
    bool ok = true;
    for (const QStringList &command : commands) {
        const qint64 base = peakRss(command + QStringList{small});
        for (const int nodes : {5000, 20000, 50000}) {
            const QString path = dir.filePath(QStringLiteral("big-%1.yaml").arg(nodes));
            if (!QFileInfo::exists(path) &&
                peakRss({app.applicationFilePath(), QStringLiteral("--write"), path, QString::number(nodes)}) < 0)
                return 2;
            const qint64 peak = peakRss(command + QStringList{path});
            if (base < 0 || peak < 0) {
                std::printf("%s failed\n", qPrintable(command.join(u' ')));
                return 2;
            }
            const double size = double(QFileInfo(path).size());
            const double ratio = double(peak - base) / size;
            const bool fine = ratio <= 5.0;
            ok = ok && fine;
            std::printf("%s, %d nodes: file %.1f MB, peak RSS %.0f MB (%.0f MB for the smallest snapshot)\n",
                        qPrintable(command.mid(1).join(u' ')), nodes, size / 1e6, double(peak) / 1e6, double(base) / 1e6);
            std::printf(
                "%-64s %10.2fx    target <= 5.00  %s\n",
                qPrintable(QStringLiteral("%1: peak RSS added / file size, %2 nodes").arg(command.mid(1, 3).join(u' ')).arg(nodes)),
                ratio, fine ? "ok" : "MISSED");
        }
    }
    return ok ? 0 : 1;
}
