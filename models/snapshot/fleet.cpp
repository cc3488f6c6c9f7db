#include "fleet.h"

#include "snapshot/snapshotfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <functional>

namespace kirikae {

namespace {

QString say(const char *text)
{
    return QCoreApplication::translate("Fleet", text);
}

/// The snapshot candidates under dir: *.yaml and *.yml files, recursively, without hidden folders, sorted.
QStringList filesUnder(const QString &dir)
{
    QStringList files;
    const QDir root(dir);
    QDirIterator it(dir, {QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        // A synced folder may hold .git and the like: nothing in a hidden folder is a snapshot of the team's.
        const QStringList parts = root.relativeFilePath(path).split(u'/');
        if (std::none_of(parts.cbegin(), parts.cend(), [](const QString &p) { return p.startsWith(u'.'); }))
            files << path;
    }
    files.sort();
    return files;
}

/// True when a file that failed to load as a snapshot never claimed to be one (its start never names the key).
bool plainlyNotASnapshot(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false; // unreadable: say so
    return !file.read(64 * 1024).contains("kirikaeSnapshot");
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// The deepest folder that holds every file.
QString commonFolder(const QStringList &files)
{
    QStringList common;
    bool first = true;
    for (const QString &file : files) {
        const QStringList parts = QFileInfo(file).absolutePath().split(u'/');
        if (first) {
            common = parts;
            first = false;
            continue;
        }
        qsizetype same = 0;
        while (same < common.size() && same < parts.size() && common.at(same) == parts.at(same))
            ++same;
        common = common.mid(0, same);
    }
    return common.join(u'/');
}

/// One source of snapshots that share a name: a server and context, and the files that came from it.
struct Source
{
    QString server;
    QString context;
    QList<qsizetype> entries;
    QStringList files;
};

/// Labels that tell every source apart, or an empty list when this way of naming them does not.
QStringList distinctLabels(const QList<Source> &sources, const std::function<QString(const Source &)> &label)
{
    QStringList labels;
    for (const Source &s : sources) {
        const QString l = label(s);
        if (l.isEmpty() || labels.contains(l))
            return {};
        labels << l;
    }
    return labels;
}

QStringList labelsFor(const QList<Source> &sources)
{
    if (auto byContext = distinctLabels(sources, [](const Source &s) { return s.context; }); !byContext.isEmpty())
        return byContext;
    // The folder that holds a source's files, relative to the folder that holds them all: its first part, when
    // that alone tells them apart ("team-a" in team-a/2026-11-25/prod.yaml), else the whole relative path.
    QStringList allFiles;
    for (const Source &s : sources)
        allFiles << s.files;
    const QDir base(commonFolder(allFiles));
    const auto folder = [&](const Source &s) {
        const QString f = base.relativeFilePath(commonFolder(s.files));
        return f == u"." ? QString() : f;
    };
    const auto firstPart = [&](const Source &s) { return folder(s).section(u'/', 0, 0); };
    if (auto byFolder = distinctLabels(sources, firstPart); !byFolder.isEmpty())
        return byFolder;
    if (auto byFolder = distinctLabels(sources, folder); !byFolder.isEmpty())
        return byFolder;
    const auto host = [](const Source &s) {
        const QUrl url(s.server);
        return url.port() > 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
    };
    if (auto byServer = distinctLabels(sources, host); !byServer.isEmpty())
        return byServer;
    if (auto byServer = distinctLabels(sources, [](const Source &s) { return s.server; }); !byServer.isEmpty())
        return byServer;
    QStringList numbered;
    for (qsizetype i = 0; i < sources.size(); ++i)
        numbered << QStringLiteral("#%1").arg(i + 1);
    return numbered;
}

} // namespace

LoadedFleet loadSnapshots(const QStringList &paths, const LoadProgress &progress)
{
    // Every folder's files first, so that progress knows the total.
    QList<QStringList> filesOf;
    int total = 0;
    for (const QString &path : paths) {
        filesOf << (QFileInfo(path).isDir() ? filesUnder(path) : QStringList{path});
        total += int(filesOf.constLast().size());
    }
    LoadedFleet fleet;
    QSet<QString> seen;
    int done = 0;
    const auto read = [&](const QString &file, bool foundInFolder, QStringList *skipped) {
        const QString canonical = QFileInfo(file).canonicalFilePath();
        if (!canonical.isEmpty()) {
            if (seen.contains(canonical))
                return;
            seen.insert(canonical);
        }
        QString error;
        if (auto snapshot = SnapshotFile::read(file, &error))
            fleet.clusters << FleetEntry{file, std::move(*snapshot)};
        else if (foundInFolder && plainlyNotASnapshot(file))
            *skipped << QFileInfo(file).fileName();
        else
            fleet.errors << error;
    };
    const auto load = [&](const QString &file, bool foundInFolder, QStringList *skipped) {
        read(file, foundInFolder, skipped);
        if (progress)
            progress(++done, total);
    };
    for (qsizetype p = 0; p < paths.size(); ++p) {
        const QString &path = paths.at(p);
        if (!QFileInfo(path).isDir()) {
            load(path, false, nullptr);
            continue;
        }
        const QStringList &files = filesOf.at(p);
        const qsizetype before = fleet.clusters.size() + fleet.errors.size();
        QStringList skipped;
        for (const QString &file : files)
            load(file, true, &skipped);
        if (!skipped.isEmpty()) {
            const QString some =
                skipped.mid(0, 3).join(QStringLiteral(", ")) + (skipped.size() > 3 ? QStringLiteral(", …") : QString());
            fleet.notes << QCoreApplication::translate("Fleet",
                                                       "%1: %n file(s) that are not snapshots were skipped (%2).",
                                                       nullptr, int(skipped.size()))
                               .arg(shown(path), some);
        }
        if (fleet.clusters.size() + fleet.errors.size() == before && skipped.size() == files.size()) {
            fleet.errors << shown(path) + u": " + say(QT_TRANSLATE_NOOP("Fleet", "no snapshot in this folder."));
            fleet.emptyFolders << path;
        }
    }
    distinguishClusters(fleet);
    return fleet;
}

void distinguishClusters(LoadedFleet &fleet)
{
    QStringList names; // in order of first appearance
    QHash<QString, QList<Source>> sourcesByName;
    for (qsizetype i = 0; i < fleet.clusters.size(); ++i) {
        const FleetEntry &e = fleet.clusters.at(i);
        QString server = e.snapshot.server;
        while (server.endsWith(u'/'))
            server.chop(1);
        QList<Source> &sources = sourcesByName[e.snapshot.name];
        if (sources.isEmpty())
            names << e.snapshot.name;
        auto it = std::find_if(sources.begin(), sources.end(),
                               [&](const Source &s) { return s.server == server && s.context == e.snapshot.context; });
        if (it == sources.end())
            it = sources.insert(sources.end(), Source{server, e.snapshot.context, {}, {}});
        it->entries << i;
        it->files << QFileInfo(e.file).absoluteFilePath();
    }
    for (const QString &name : std::as_const(names)) {
        const QList<Source> &sources = sourcesByName.value(name);
        if (sources.size() < 2)
            continue;
        const QStringList labels = labelsFor(sources);
        QStringList renamed;
        for (qsizetype s = 0; s < sources.size(); ++s) {
            const QString newName = name + QStringLiteral(" (") + labels.at(s) + u')';
            renamed << u'“' + newName + u'”';
            for (const qsizetype i : sources.at(s).entries)
                fleet.clusters[i].snapshot.name = newName;
        }
        fleet.notes << QCoreApplication::translate("Fleet",
                                                   "%n clusters are named “%1” but come from different servers or "
                                                   "contexts: they are kept apart as %2.",
                                                   nullptr, int(sources.size()))
                           .arg(name, renamed.join(QStringLiteral(", ")));
    }
}

} // namespace kirikae
