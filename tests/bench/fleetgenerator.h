#pragma once

// A fleet of N snapshots for the benchmarks, made at run time from the demo's six: each copy gets its own cluster
// name and context and varied labels (tier, region), so that grouping has something to group. And the median time of
// runs of the kirikae binary over it.
#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdio>

namespace benchfleet {

inline QByteArray renamed(QByteArray yaml, int index)
{
    static const char *const tiers[] = {"production", "production", "staging", "development", nullptr};
    static const char *const regions[] = {"ap-northeast-1", "ap-northeast-3", "eu-west-1", "us-east-1",
                                          "us-west-2",      "osaka-dc",       nullptr};
    QString text = QString::fromUtf8(yaml);
    static const QRegularExpression name(QStringLiteral("^name: (.*)$"), QRegularExpression::MultilineOption);
    static const QRegularExpression context(QStringLiteral("^context: (.*)$"), QRegularExpression::MultilineOption);
    static const QRegularExpression labels(QStringLiteral("^labels: .*$"), QRegularExpression::MultilineOption);
    const QString cluster = QStringLiteral("%1-%2").arg(name.match(text).captured(1).trimmed()).arg(index, 3, 10,
                                                                                                   QLatin1Char('0'));
    text.replace(name, QStringLiteral("name: ") + cluster);
    text.replace(context, QStringLiteral("context: ctx-") + cluster);
    QStringList values;
    if (const char *tier = tiers[index % 5])
        values << QStringLiteral("tier: ") + QLatin1String(tier);
    if (const char *region = regions[index % 7])
        values << QStringLiteral("region: ") + QLatin1String(region);
    text.replace(labels, QStringLiteral("labels: {%1}").arg(values.join(QStringLiteral(", "))));
    return text.toUtf8();
}

/// Writes count snapshots into dir (cluster-NNN.yaml) and returns their paths; empty on failure.
inline QStringList writeFleet(const QString &dir, int count)
{
    const QDir demo(QStringLiteral(KIRIKAE_SOURCE_DIR "/resources/demo/snapshots"));
    QList<QByteArray> sources;
    for (const QString &file : demo.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name)) {
        QFile f(demo.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        sources << f.readAll();
    }
    QStringList paths;
    for (int i = 0; i < count && !sources.isEmpty(); ++i) {
        const QString path = QDir(dir).filePath(QStringLiteral("cluster-%1.yaml").arg(i, 3, 10, QLatin1Char('0')));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(renamed(sources.at(i % sources.size()), i)) < 0)
            return {};
        paths << path;
    }
    return paths;
}

#ifdef KIRIKAE_BINARY
/// Median seconds of runs of kirikae with args, output to /dev/null, offscreen; negative when a run failed.
inline double medianRun(const QStringList &args, int runs)
{
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QProcess kirikae;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        kirikae.setProcessEnvironment(env);
        kirikae.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer timer;
        timer.start();
        kirikae.start(QStringLiteral(KIRIKAE_BINARY), args);
        if (!kirikae.waitForFinished(300000) || kirikae.exitCode() != 0) {
            std::fprintf(stderr, "kirikae %s failed: %s\n", qPrintable(args.join(u' ')),
                         kirikae.readAllStandardError().constData());
            return -1;
        }
        times << double(timer.nsecsElapsed()) / 1e9;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}
#endif

} // namespace benchfleet
