#include "workspace.h"

#include "core/yamlreader.h"
#include "snapshot/snapshotfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace kirikae {

namespace {

const QString demoFile = QStringLiteral(":/demo/workspace.yaml");

Waiver readWaiver(const YAML::Node &node)
{
    yaml::requireMap(node, QCoreApplication::translate("Workspace", "A waiver"));
    Waiver w;
    w.cluster = yaml::text(node, "cluster");
    w.subject = yaml::text(node, "subject");
    w.reason = yaml::text(node, "reason");
    w.owner = yaml::text(node, "owner");
    w.expires = yaml::optionalDate(node, "expires");
    const QString until = yaml::optionalText(node, "untilMinor");
    if (!until.isEmpty()) {
        w.untilMinor = MinorVersion::parse(until);
        if (!w.untilMinor)
            throw YamlReadError(
                QCoreApplication::translate("Workspace", "“%1” is not a minor version such as 1.29.").arg(until),
                yaml::lineOf(node));
    }
    if (!w.expires.isValid() && !w.untilMinor)
        throw YamlReadError(
            QCoreApplication::translate("Workspace", "a waiver needs an end: “expires” or “untilMinor”."),
            yaml::lineOf(node));
    // Who and when came later: a workspace written before them reads with both empty.
    w.acceptedBy = yaml::optionalText(node, "acceptedBy");
    w.acceptedAt = yaml::optionalDateTime(node, "acceptedAt");
    for (const auto &entry : yaml::sequence(node, "history")) {
        yaml::requireMap(entry, QCoreApplication::translate("Workspace", "A waiver's history entry"));
        const QString key = yaml::text(entry, "action");
        const auto action = WaiverChange::actionFromKey(key);
        if (!action)
            throw YamlReadError(
                QCoreApplication::translate("Workspace", "“%1” is not a waiver change (edited or removed).").arg(key),
                yaml::lineOf(entry));
        w.history << WaiverChange{*action, yaml::optionalText(entry, "by"), yaml::optionalDateTime(entry, "at")};
    }
    return w;
}

void writeText(YAML::Emitter &out, const char *key, const QString &value)
{
    out << YAML::Key << key << YAML::Value << YAML::DoubleQuoted << yaml::toStd(value);
}

void writeTime(YAML::Emitter &out, const char *key, const QDateTime &value)
{
    if (value.isValid())
        out << YAML::Key << key << YAML::Value << yaml::toStd(value.toUTC().toString(Qt::ISODate));
}

void writeWaivers(YAML::Emitter &out, const char *key, const QList<Waiver> &waivers)
{
    if (waivers.isEmpty())
        return;
    out << YAML::Key << key << YAML::Value << YAML::BeginSeq;
    for (const Waiver &w : waivers) {
        out << YAML::BeginMap;
        writeText(out, "cluster", w.cluster);
        writeText(out, "subject", w.subject);
        writeText(out, "reason", w.reason);
        writeText(out, "owner", w.owner);
        if (w.expires.isValid())
            out << YAML::Key << "expires" << YAML::Value << yaml::toStd(w.expires.toString(Qt::ISODate));
        if (w.untilMinor)
            writeText(out, "untilMinor", w.untilMinor->toString());
        if (!w.acceptedBy.isEmpty())
            writeText(out, "acceptedBy", w.acceptedBy);
        writeTime(out, "acceptedAt", w.acceptedAt);
        if (!w.history.isEmpty()) {
            out << YAML::Key << "history" << YAML::Value << YAML::BeginSeq;
            for (const WaiverChange &change : w.history) {
                out << YAML::BeginMap;
                out << YAML::Key << "action" << YAML::Value << yaml::toStd(WaiverChange::actionKey(change.action));
                writeText(out, "by", change.by);
                writeTime(out, "at", change.at);
                out << YAML::EndMap;
            }
            out << YAML::EndSeq;
        }
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
}

ContractPrice readPrice(const YAML::Node &node)
{
    yaml::requireMap(node, QCoreApplication::translate("Workspace", "A price"));
    ContractPrice p;
    p.vendor = yaml::text(node, "vendor");
    p.phase = yaml::optionalText(node, "phase");
    try {
        p.amount = node["amount"].as<double>();
    } catch (const YAML::Exception &) {
        throw YamlReadError(QCoreApplication::translate("Workspace", "A price needs an “amount” that is a number."),
                            yaml::lineOf(node));
    }
    p.currency = yaml::text(node, "currency");
    p.unit = yaml::optionalText(node, "unit");
    if (p.unit.isEmpty())
        p.unit = QStringLiteral("cluster-month");
    if (p.unit != u"cluster-month" && p.unit != u"cluster-hour")
        throw YamlReadError(
            QCoreApplication::translate("Workspace", "“unit: %1” is not cluster-month or cluster-hour.").arg(p.unit),
            yaml::lineOf(node));
    p.note = yaml::optionalText(node, "note");
    return p;
}

void writePrices(YAML::Emitter &out, const QList<ContractPrice> &prices)
{
    if (prices.isEmpty())
        return;
    out << YAML::Key << "prices" << YAML::Value << YAML::BeginSeq;
    for (const ContractPrice &p : prices) {
        out << YAML::BeginMap;
        writeText(out, "vendor", p.vendor);
        if (!p.phase.isEmpty())
            writeText(out, "phase", p.phase);
        out << YAML::Key << "amount" << YAML::Value << p.amount;
        writeText(out, "currency", p.currency);
        writeText(out, "unit", p.unit);
        if (!p.note.isEmpty())
            writeText(out, "note", p.note);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
}

} // namespace

std::optional<Workspace> Workspace::read(const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = shown + u": " +
                     QCoreApplication::translate("Workspace", "cannot be opened (%1).").arg(file.errorString());
        return std::nullopt;
    }
    // A workspace lists files and waivers: a few kilobytes. Anything this large is not one.
    if (file.size() > 16 * 1024 * 1024) {
        if (error)
            *error = shown + u": " + QCoreApplication::translate("Workspace", "is larger than 16 MB: not a workspace.");
        return std::nullopt;
    }
    try {
        const YAML::Node root = yaml::parse(file.readAll());
        yaml::requireMap(root, QCoreApplication::translate("Workspace", "A workspace"));
        if (!root["kirikaeWorkspace"])
            throw YamlReadError(
                QCoreApplication::translate("Workspace",
                                            "this is not a Kirikae workspace (the key “kirikaeWorkspace” is missing)."),
                1);
        const int schema = yaml::integer(root, "kirikaeWorkspace", 0);
        if (schema > schemaVersion || schema < 1)
            throw YamlReadError(
                QCoreApplication::translate("Workspace", "workspace schema %1 is not one this version reads (1 to %2).")
                    .arg(schema)
                    .arg(schemaVersion),
                yaml::lineOf(root["kirikaeWorkspace"]));
        Workspace ws;
        ws.filePath = path;
        ws.name = yaml::optionalText(root, "name");
        const QDir base = QFileInfo(path).dir();
        for (const QString &file : yaml::textList(root, "snapshots"))
            ws.snapshotFiles << QDir::cleanPath(base.absoluteFilePath(file));
        const QString kubeconfig = yaml::optionalText(root, "kubeconfig");
        if (!kubeconfig.isEmpty())
            ws.kubeconfig = QDir::cleanPath(base.absoluteFilePath(kubeconfig));
        ws.contexts = yaml::textList(root, "contexts");
        for (const QString &folder : yaml::textList(root, "bundles"))
            ws.bundleFolders << QDir::cleanPath(base.absoluteFilePath(folder));
        for (const auto &node : yaml::sequence(root, "waivers"))
            ws.waivers << readWaiver(node);
        for (const auto &node : yaml::sequence(root, "removedWaivers"))
            ws.removedWaivers << readWaiver(node);
        for (const auto &node : yaml::sequence(root, "prices"))
            ws.prices << readPrice(node);
        ws.upgradesAtOnce = yaml::integer(root, "upgradesAtOnce", 0);
        if (root["upgradesAtOnce"] && (ws.upgradesAtOnce < 1 || ws.upgradesAtOnce > maxUpgradesAtOnce))
            throw YamlReadError(QCoreApplication::translate("Workspace", "upgradesAtOnce must be a number from 1 to %1.")
                                    .arg(maxUpgradesAtOnce),
                                yaml::lineOf(root["upgradesAtOnce"]));
        return ws;
    } catch (const YamlReadError &e) {
        if (error)
            *error = e.describe(shown);
    } catch (const YAML::Exception &e) {
        if (error)
            *error = YamlReadError(yaml::toQString(e.msg), e.mark.line + 1).describe(shown);
    }
    return std::nullopt;
}

bool Workspace::write(const QString &path, QString *error) const
{
    const QDir base = QFileInfo(path).absoluteDir();
    YAML::Emitter out;
    out << YAML::BeginMap << YAML::Key << "kirikaeWorkspace" << YAML::Value << schemaVersion;
    out << YAML::Key << "name" << YAML::Value << YAML::DoubleQuoted << yaml::toStd(name);
    out << YAML::Key << "snapshots" << YAML::Value << YAML::BeginSeq;
    for (const QString &file : snapshotFiles)
        out << YAML::DoubleQuoted << yaml::toStd(file.startsWith(u':') ? file : base.relativeFilePath(file));
    out << YAML::EndSeq;
    if (!kubeconfig.isEmpty())
        out << YAML::Key << "kubeconfig" << YAML::Value << YAML::DoubleQuoted << yaml::toStd(kubeconfig);
    if (!contexts.isEmpty()) {
        out << YAML::Key << "contexts" << YAML::Value << YAML::BeginSeq;
        for (const QString &context : contexts)
            out << YAML::DoubleQuoted << yaml::toStd(context);
        out << YAML::EndSeq;
    }
    if (!bundleFolders.isEmpty()) {
        out << YAML::Key << "bundles" << YAML::Value << YAML::BeginSeq;
        for (const QString &folder : bundleFolders)
            out << YAML::DoubleQuoted << yaml::toStd(folder.startsWith(u':') ? folder : base.relativeFilePath(folder));
        out << YAML::EndSeq;
    }
    writeWaivers(out, "waivers", waivers);
    writeWaivers(out, "removedWaivers", removedWaivers);
    writePrices(out, prices);
    if (upgradesAtOnce > 0)
        out << YAML::Key << "upgradesAtOnce" << YAML::Value << upgradesAtOnce;
    out << YAML::EndMap;

    QSaveFile save(path);
    // Unbuffered: a short write (full disk) must fail here, not vanish in a flush (see SnapshotFile::write).
    if (!save.open(QIODevice::WriteOnly | QIODevice::Unbuffered) ||
        save.write(out.c_str(), qint64(out.size())) != qint64(out.size()) || save.write("\n") != 1 || !save.commit()) {
        if (error)
            *error = QDir::toNativeSeparators(path) + u": " +
                     QCoreApplication::translate("Workspace", "cannot be saved (%1).").arg(save.errorString());
        return false;
    }
    return true;
}

void Workspace::addWaiver(Waiver waiver, const QDateTime &at)
{
    if (waiver.acceptedBy.isEmpty())
        waiver.acceptedBy = Waiver::systemUser();
    if (!waiver.acceptedAt.isValid())
        waiver.acceptedAt = at.toUTC();
    waivers << waiver;
}

bool Workspace::editWaiver(const Waiver &current, const Waiver &changed, const QString &by, const QDateTime &at)
{
    const qsizetype i = waivers.indexOf(current);
    if (i < 0)
        return false;
    // The terms change; who accepted it, when, and what happened since stay.
    Waiver &w = waivers[i];
    w.subject = changed.subject;
    w.reason = changed.reason;
    w.owner = changed.owner;
    w.expires = changed.expires;
    w.untilMinor = changed.untilMinor;
    w.history << WaiverChange{WaiverChange::Action::Edited, by, at.toUTC()};
    return true;
}

bool Workspace::removeWaiver(const Waiver &current, const QString &by, const QDateTime &at)
{
    const qsizetype i = waivers.indexOf(current);
    if (i < 0)
        return false;
    Waiver removed = waivers.takeAt(i);
    removed.history << WaiverChange{WaiverChange::Action::Removed, by, at.toUTC()};
    removedWaivers << removed;
    return true;
}

QStringList Workspace::kubeconfigFiles(const QStringList &defaults) const
{
    return kubeconfig.isEmpty() ? defaults : QStringList{kubeconfig};
}

QString Workspace::snapshotDir() const
{
    if (!filePath.isEmpty() && !filePath.startsWith(u':'))
        return QFileInfo(filePath).absoluteDir().filePath(QStringLiteral("snapshots"));
    if (!snapshotFiles.isEmpty() && QFileInfo(snapshotFiles.constFirst()).isDir())
        return snapshotFiles.constFirst(); // a folder opened as a workspace: what it collects belongs there
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/snapshots");
}

Workspace Workspace::fromFolder(const QString &dir)
{
    Workspace workspace;
    const QFileInfo info(QDir::cleanPath(QFileInfo(dir).absoluteFilePath()));
    workspace.name = info.fileName().isEmpty() ? QDir::toNativeSeparators(info.filePath()) : info.fileName();
    workspace.snapshotFiles = {info.filePath()};
    return workspace;
}

bool Workspace::isDemo() const
{
    return filePath == demoFile;
}

Workspace Workspace::demo()
{
    QString error;
    auto ws = read(demoFile, &error);
    Q_ASSERT_X(ws, "Workspace::demo", qPrintable(error));
    return ws.value_or(Workspace{});
}

} // namespace kirikae
