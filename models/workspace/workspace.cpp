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
        for (const auto &node : yaml::sequence(root, "waivers")) {
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
                        QCoreApplication::translate("Workspace", "“%1” is not a minor version such as 1.29.")
                            .arg(until),
                        yaml::lineOf(node));
            }
            if (!w.expires.isValid() && !w.untilMinor)
                throw YamlReadError(
                    QCoreApplication::translate("Workspace", "a waiver needs an end: “expires” or “untilMinor”."),
                    yaml::lineOf(node));
            ws.waivers << w;
        }
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
    if (!waivers.isEmpty()) {
        out << YAML::Key << "waivers" << YAML::Value << YAML::BeginSeq;
        for (const Waiver &w : waivers) {
            out << YAML::BeginMap;
            out << YAML::Key << "cluster" << YAML::Value << YAML::DoubleQuoted << yaml::toStd(w.cluster);
            out << YAML::Key << "subject" << YAML::Value << YAML::DoubleQuoted << yaml::toStd(w.subject);
            out << YAML::Key << "reason" << YAML::Value << YAML::DoubleQuoted << yaml::toStd(w.reason);
            out << YAML::Key << "owner" << YAML::Value << YAML::DoubleQuoted << yaml::toStd(w.owner);
            if (w.expires.isValid())
                out << YAML::Key << "expires" << YAML::Value << yaml::toStd(w.expires.toString(Qt::ISODate));
            if (w.untilMinor)
                out << YAML::Key << "untilMinor" << YAML::Value << YAML::DoubleQuoted
                    << yaml::toStd(w.untilMinor->toString());
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
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

QStringList Workspace::kubeconfigFiles(const QStringList &defaults) const
{
    return kubeconfig.isEmpty() ? defaults : QStringList{kubeconfig};
}

QString Workspace::snapshotDir() const
{
    if (!filePath.isEmpty() && !filePath.startsWith(u':'))
        return QFileInfo(filePath).absoluteDir().filePath(QStringLiteral("snapshots"));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/snapshots");
}

Workspace Workspace::demo()
{
    QString error;
    auto ws = read(QStringLiteral(":/demo/workspace.yaml"), &error);
    Q_ASSERT_X(ws, "Workspace::demo", qPrintable(error));
    return ws.value_or(Workspace{});
}

} // namespace kirikae
