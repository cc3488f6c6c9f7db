#include "snapshotfile.h"

#include "core/yamlreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace kirikae::SnapshotFile {

namespace {

using namespace kirikae::yaml;

constexpr qint64 maxFileBytes = 128LL * 1024 * 1024; // a 5,000-node snapshot is about 10 MB

// ---- reading ----

ObjectUse readObjectUse(const YAML::Node &n)
{
    requireMap(n, QCoreApplication::translate("SnapshotFile", "An object reference"));
    return {text(n, "apiVersion"), text(n, "kind"), optionalText(n, "namespace"), optionalText(n, "name"),
            optionalText(n, "source")};
}

NodeInfo readNode(const YAML::Node &n)
{
    requireMap(n, QCoreApplication::translate("SnapshotFile", "A node"));
    NodeInfo node;
    node.name = text(n, "name");
    node.roles = textList(n, "roles");
    node.kubeletVersion = optionalText(n, "kubeletVersion");
    node.kubeProxyVersion = optionalText(n, "kubeProxyVersion");
    node.containerRuntime = optionalText(n, "containerRuntime");
    node.osImage = optionalText(n, "osImage");
    node.kernelVersion = optionalText(n, "kernelVersion");
    node.architecture = optionalText(n, "architecture");
    node.ready = boolean(n, "ready", true);
    if (const auto labels = n["labels"]) {
        if (!labels.IsMap() && !labels.IsNull())
            throw YamlReadError(QCoreApplication::translate("SnapshotFile", "“labels” must be a mapping."),
                                lineOf(labels));
        for (const auto &kv : labels)
            node.labels.insert(toQString(kv.first.as<std::string>()), toQString(kv.second.as<std::string>()));
    }
    return node;
}

ComponentInfo readComponent(const YAML::Node &n)
{
    requireMap(n, QCoreApplication::translate("SnapshotFile", "A component"));
    ComponentInfo c;
    c.name = text(n, "name");
    const QString kind = optionalText(n, "kind");
    if (kind == u"control-plane")
        c.kind = ComponentInfo::Kind::ControlPlane;
    else if (kind.isEmpty() || kind == u"addon")
        c.kind = ComponentInfo::Kind::Addon;
    else
        throw YamlReadError(
            QCoreApplication::translate("SnapshotFile", "“%1” is not a component kind (control-plane or addon).")
                .arg(kind),
            lineOf(n));
    c.version = optionalText(n, "version");
    c.image = optionalText(n, "image");
    c.namespaceName = optionalText(n, "namespace");
    c.where = optionalText(n, "where");
    return c;
}

DeprecatedApiRequest readDeprecatedRequest(const YAML::Node &n)
{
    requireMap(n, QCoreApplication::translate("SnapshotFile", "A deprecated API request"));
    DeprecatedApiRequest r;
    r.group = optionalText(n, "group");
    r.version = text(n, "version");
    r.resource = text(n, "resource");
    r.subresource = optionalText(n, "subresource");
    r.removedRelease = optionalText(n, "removedRelease");
    r.count = integer(n, "count", 0);
    return r;
}

HelmRelease readHelmRelease(const YAML::Node &n)
{
    requireMap(n, QCoreApplication::translate("SnapshotFile", "A Helm release"));
    HelmRelease h;
    h.name = text(n, "name");
    h.namespaceName = optionalText(n, "namespace");
    h.revision = integer(n, "revision", 0);
    h.chart = optionalText(n, "chart");
    h.appVersion = optionalText(n, "appVersion");
    h.status = optionalText(n, "status");
    for (const auto &o : sequence(n, "objects"))
        h.objects << readObjectUse(o);
    return h;
}

CrdInfo readCrd(const YAML::Node &n)
{
    requireMap(n, QCoreApplication::translate("SnapshotFile", "A custom resource definition"));
    return {text(n, "name"), optionalText(n, "group"), optionalText(n, "kind"), textList(n, "servedVersions"),
            textList(n, "storedVersions")};
}

const char *requirementKindName(OperatorRequirement::Kind kind)
{
    switch (kind) {
    case OperatorRequirement::Kind::Package:
        return "package";
    case OperatorRequirement::Kind::Gvk:
        return "gvk";
    case OperatorRequirement::Kind::All:
        return "all";
    case OperatorRequirement::Kind::Any:
        return "any";
    case OperatorRequirement::Kind::Not:
        return "not";
    case OperatorRequirement::Kind::Cel:
        return "cel";
    }
    return "package";
}

OperatorRequirement readRequirement(const YAML::Node &n)
{
    requireMap(n, QCoreApplication::translate("SnapshotFile", "An operator dependency"));
    OperatorRequirement r;
    const QString type = text(n, "type");
    bool known = false;
    for (auto kind :
         {OperatorRequirement::Kind::Package, OperatorRequirement::Kind::Gvk, OperatorRequirement::Kind::All,
          OperatorRequirement::Kind::Any, OperatorRequirement::Kind::Not, OperatorRequirement::Kind::Cel}) {
        if (type == QLatin1String(requirementKindName(kind))) {
            r.kind = kind;
            known = true;
        }
    }
    if (!known)
        throw YamlReadError(QCoreApplication::translate(
                                "SnapshotFile", "unknown dependency type “%1” (package, gvk, all, any, not or cel)")
                                .arg(type),
                            lineOf(n));
    r.subject = optionalText(n, "subject");
    r.versionRange = optionalText(n, "versionRange");
    r.failureMessage = optionalText(n, "failureMessage");
    for (const auto &child : sequence(n, "constraints"))
        r.children << readRequirement(child);
    return r;
}

OperatorCsv readCsv(const YAML::Node &n)
{
    requireMap(n, QCoreApplication::translate("SnapshotFile", "A ClusterServiceVersion"));
    OperatorCsv c;
    c.name = text(n, "name");
    c.namespaceName = optionalText(n, "namespace");
    c.displayName = optionalText(n, "displayName");
    c.version = optionalText(n, "version");
    c.phase = optionalText(n, "phase");
    c.replaces = optionalText(n, "replaces");
    c.package = optionalText(n, "package");
    c.skips = textList(n, "skips");
    c.skipRange = optionalText(n, "skipRange");
    c.minKubeVersion = optionalText(n, "minKubeVersion");
    c.maxOpenShiftVersion = optionalText(n, "maxOpenShiftVersion");
    c.installModes = textList(n, "installModes");
    c.ownedCrds = textList(n, "owns");
    c.requiredCrds = textList(n, "requires");
    for (const auto &d : sequence(n, "dependencies"))
        c.dependencies << readRequirement(d);
    return c;
}

OperatorSubscription readSubscription(const YAML::Node &n)
{
    requireMap(n, QCoreApplication::translate("SnapshotFile", "A Subscription"));
    OperatorSubscription s;
    s.name = text(n, "name");
    s.namespaceName = optionalText(n, "namespace");
    s.package = text(n, "package");
    s.channel = optionalText(n, "channel");
    s.source = optionalText(n, "source");
    s.installedCsv = optionalText(n, "installedCSV");
    s.currentCsv = optionalText(n, "currentCSV");
    s.approval = optionalText(n, "approval");
    return s;
}

ClusterSnapshot readSnapshot(const YAML::Node &root)
{
    if (!root.IsDefined() || root.IsNull())
        throw YamlReadError(QCoreApplication::translate("SnapshotFile", "the file is empty."), 0);
    requireMap(root, QCoreApplication::translate("SnapshotFile", "A snapshot"));
    const auto schemaNode = root["kirikaeSnapshot"];
    if (!schemaNode)
        throw YamlReadError(
            QCoreApplication::translate("SnapshotFile",
                                        "this is not a Kirikae snapshot (the key “kirikaeSnapshot” is missing)."),
            1);
    const int schema = integer(root, "kirikaeSnapshot", 0);
    if (schema > schemaVersion)
        throw YamlReadError(
            QCoreApplication::translate(
                "SnapshotFile", "the snapshot was written by a newer Kirikae (schema %1; this version reads up to %2).")
                .arg(schema)
                .arg(schemaVersion),
            lineOf(schemaNode));
    if (schema < 1)
        throw YamlReadError(
            QCoreApplication::translate("SnapshotFile", "“%1” is not a snapshot schema version.").arg(schema),
            lineOf(schemaNode));

    ClusterSnapshot s;
    s.name = text(root, "name");
    s.context = optionalText(root, "context");
    s.server = optionalText(root, "server");
    s.collectedAt = optionalDateTime(root, "collectedAt");
    s.distribution = optionalText(root, "distribution");
    if (s.distribution.isEmpty())
        s.distribution = QStringLiteral("upstream");
    s.serverVersion = optionalText(root, "serverVersion");
    s.platform = optionalText(root, "platform");
    s.groupVersions = textList(root, "groupVersions");
    for (const auto &n : sequence(root, "nodes"))
        s.nodes << readNode(n);
    for (const auto &n : sequence(root, "components"))
        s.components << readComponent(n);
    if (const auto evidence = root["evidence"]) {
        requireMap(evidence, QCoreApplication::translate("SnapshotFile", "“evidence”"));
        for (const auto &n : sequence(evidence, "deprecatedApiRequests"))
            s.deprecatedApiRequests << readDeprecatedRequest(n);
        for (const auto &n : sequence(evidence, "objects"))
            s.objectUses << readObjectUse(n);
        for (const auto &n : sequence(evidence, "helmReleases"))
            s.helmReleases << readHelmRelease(n);
    }
    for (const auto &n : sequence(root, "crds"))
        s.crds << readCrd(n);
    if (const auto olm = root["olm"]) {
        requireMap(olm, QCoreApplication::translate("SnapshotFile", "“olm”"));
        for (const auto &n : sequence(olm, "clusterServiceVersions"))
            s.operators << readCsv(n);
        for (const auto &n : sequence(olm, "subscriptions"))
            s.subscriptions << readSubscription(n);
    }
    if (const auto ocp = root["openshift"]) {
        requireMap(ocp, QCoreApplication::translate("SnapshotFile", "“openshift”"));
        s.openShift = OpenShiftClusterVersion{text(ocp, "version"), optionalText(ocp, "channel"),
                                              textList(ocp, "availableUpdates"), textList(ocp, "history")};
    }
    for (const auto &n : sequence(root, "errors")) {
        requireMap(n, QCoreApplication::translate("SnapshotFile", "A collection error"));
        s.errors << CollectionError{text(n, "part"), text(n, "message")};
    }
    return s;
}

// ---- writing ----

class Writer
{
public:
    YAML::Emitter out;

    void key(const char *k) { out << YAML::Key << k; }
    void str(const char *k, const QString &v, bool always = false)
    {
        if (v.isEmpty() && !always)
            return;
        out << YAML::Key << k << YAML::Value << YAML::DoubleQuoted << toStd(v);
    }
    void list(const char *k, const QStringList &values)
    {
        if (values.isEmpty())
            return;
        out << YAML::Key << k << YAML::Value << YAML::Flow << YAML::BeginSeq;
        for (const auto &v : values)
            out << YAML::DoubleQuoted << toStd(v);
        out << YAML::EndSeq;
    }
    void objectUse(const ObjectUse &o)
    {
        out << YAML::BeginMap;
        str("apiVersion", o.apiVersion, true);
        str("kind", o.kind, true);
        str("namespace", o.namespaceName);
        str("name", o.name);
        str("source", o.source);
        out << YAML::EndMap;
    }
    void requirement(const OperatorRequirement &r)
    {
        out << YAML::BeginMap;
        out << YAML::Key << "type" << YAML::Value << requirementKindName(r.kind);
        str("subject", r.subject);
        str("versionRange", r.versionRange);
        str("failureMessage", r.failureMessage);
        seq("constraints", r.children, [&](const OperatorRequirement &child) { requirement(child); });
        out << YAML::EndMap;
    }
    template <typename List, typename F> void seq(const char *k, const List &items, F each)
    {
        if (items.isEmpty())
            return;
        out << YAML::Key << k << YAML::Value << YAML::BeginSeq;
        for (const auto &item : items)
            each(item);
        out << YAML::EndSeq;
    }
};

} // namespace

std::optional<ClusterSnapshot> fromYaml(const QByteArray &data, const QString &source, QString *error)
{
    try {
        return readSnapshot(parse(data));
    } catch (const YamlReadError &e) {
        if (error)
            *error = e.describe(source);
    } catch (const YAML::Exception &e) {
        if (error)
            *error = YamlReadError(
                         QCoreApplication::translate("SnapshotFile", "unexpected structure: %1").arg(toQString(e.msg)),
                         e.mark.line + 1)
                         .describe(source);
    }
    return std::nullopt;
}

QByteArray toYaml(const ClusterSnapshot &s)
{
    Writer w;
    auto &out = w.out;
    out << YAML::BeginMap;
    out << YAML::Key << "kirikaeSnapshot" << YAML::Value << schemaVersion;
    w.str("name", s.name, true);
    w.str("context", s.context);
    w.str("server", s.server);
    if (s.collectedAt.isValid())
        w.str("collectedAt", s.collectedAt.toUTC().toString(Qt::ISODate));
    w.str("distribution", s.distribution);
    w.str("serverVersion", s.serverVersion);
    w.str("platform", s.platform);
    w.list("groupVersions", s.groupVersions);
    w.seq("nodes", s.nodes, [&](const NodeInfo &n) {
        out << YAML::BeginMap;
        w.str("name", n.name, true);
        w.list("roles", n.roles);
        w.str("kubeletVersion", n.kubeletVersion);
        w.str("kubeProxyVersion", n.kubeProxyVersion);
        w.str("containerRuntime", n.containerRuntime);
        w.str("osImage", n.osImage);
        w.str("kernelVersion", n.kernelVersion);
        w.str("architecture", n.architecture);
        if (!n.ready)
            out << YAML::Key << "ready" << YAML::Value << false;
        if (!n.labels.isEmpty()) {
            out << YAML::Key << "labels" << YAML::Value << YAML::BeginMap;
            for (auto it = n.labels.cbegin(); it != n.labels.cend(); ++it)
                w.str(toStd(it.key()).c_str(), it.value(), true);
            out << YAML::EndMap;
        }
        out << YAML::EndMap;
    });
    w.seq("components", s.components, [&](const ComponentInfo &c) {
        out << YAML::BeginMap;
        w.str("name", c.name, true);
        out << YAML::Key << "kind" << YAML::Value
            << (c.kind == ComponentInfo::Kind::ControlPlane ? "control-plane" : "addon");
        w.str("version", c.version);
        w.str("image", c.image);
        w.str("namespace", c.namespaceName);
        w.str("where", c.where);
        out << YAML::EndMap;
    });
    if (!s.deprecatedApiRequests.isEmpty() || !s.objectUses.isEmpty() || !s.helmReleases.isEmpty()) {
        out << YAML::Key << "evidence" << YAML::Value << YAML::BeginMap;
        w.seq("deprecatedApiRequests", s.deprecatedApiRequests, [&](const DeprecatedApiRequest &r) {
            out << YAML::BeginMap;
            w.str("group", r.group);
            w.str("version", r.version, true);
            w.str("resource", r.resource, true);
            w.str("subresource", r.subresource);
            w.str("removedRelease", r.removedRelease);
            out << YAML::Key << "count" << YAML::Value << r.count;
            out << YAML::EndMap;
        });
        w.seq("objects", s.objectUses, [&](const ObjectUse &o) { w.objectUse(o); });
        w.seq("helmReleases", s.helmReleases, [&](const HelmRelease &h) {
            out << YAML::BeginMap;
            w.str("name", h.name, true);
            w.str("namespace", h.namespaceName);
            out << YAML::Key << "revision" << YAML::Value << h.revision;
            w.str("chart", h.chart);
            w.str("appVersion", h.appVersion);
            w.str("status", h.status);
            w.seq("objects", h.objects, [&](const ObjectUse &o) { w.objectUse(o); });
            out << YAML::EndMap;
        });
        out << YAML::EndMap;
    }
    w.seq("crds", s.crds, [&](const CrdInfo &c) {
        out << YAML::BeginMap;
        w.str("name", c.name, true);
        w.str("group", c.group);
        w.str("kind", c.kind);
        w.list("servedVersions", c.servedVersions);
        w.list("storedVersions", c.storedVersions);
        out << YAML::EndMap;
    });
    if (!s.operators.isEmpty() || !s.subscriptions.isEmpty()) {
        out << YAML::Key << "olm" << YAML::Value << YAML::BeginMap;
        w.seq("clusterServiceVersions", s.operators, [&](const OperatorCsv &c) {
            out << YAML::BeginMap;
            w.str("name", c.name, true);
            w.str("namespace", c.namespaceName);
            w.str("displayName", c.displayName);
            w.str("version", c.version);
            w.str("phase", c.phase);
            w.str("replaces", c.replaces);
            w.str("package", c.package);
            w.list("skips", c.skips);
            w.str("skipRange", c.skipRange);
            w.str("minKubeVersion", c.minKubeVersion);
            w.str("maxOpenShiftVersion", c.maxOpenShiftVersion);
            w.list("installModes", c.installModes);
            w.list("owns", c.ownedCrds);
            w.list("requires", c.requiredCrds);
            w.seq("dependencies", c.dependencies, [&](const OperatorRequirement &r) { w.requirement(r); });
            out << YAML::EndMap;
        });
        w.seq("subscriptions", s.subscriptions, [&](const OperatorSubscription &sub) {
            out << YAML::BeginMap;
            w.str("name", sub.name, true);
            w.str("namespace", sub.namespaceName);
            w.str("package", sub.package, true);
            w.str("channel", sub.channel);
            w.str("source", sub.source);
            w.str("installedCSV", sub.installedCsv);
            w.str("currentCSV", sub.currentCsv);
            w.str("approval", sub.approval);
            out << YAML::EndMap;
        });
        out << YAML::EndMap;
    }
    if (s.openShift) {
        out << YAML::Key << "openshift" << YAML::Value << YAML::BeginMap;
        w.str("version", s.openShift->version, true);
        w.str("channel", s.openShift->channel);
        w.list("availableUpdates", s.openShift->availableUpdates);
        w.list("history", s.openShift->history);
        out << YAML::EndMap;
    }
    w.seq("errors", s.errors, [&](const CollectionError &e) {
        out << YAML::BeginMap;
        w.str("part", e.part, true);
        w.str("message", e.message, true);
        out << YAML::EndMap;
    });
    out << YAML::EndMap;
    return QByteArray(out.c_str(), qsizetype(out.size())) + '\n';
}

std::optional<ClusterSnapshot> read(const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = shown + u": " +
                     QCoreApplication::translate("SnapshotFile", "cannot be opened (%1).").arg(file.errorString());
        return std::nullopt;
    }
    if (file.size() > maxFileBytes) {
        if (error)
            *error = shown + u": " +
                     QCoreApplication::translate("SnapshotFile", "is larger than %1 MB and is not read as a snapshot.")
                         .arg(maxFileBytes >> 20);
        return std::nullopt;
    }
    return fromYaml(file.readAll(), shown, error);
}

QString fileNameForContext(const QString &context)
{
    QString name = context;
    for (QChar &c : name) {
        const char16_t u = c.unicode();
        const bool allowed = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
                             u == u'.' || u == u'_' || u == u'-';
        if (!allowed)
            c = u'_';
    }
    if (name.isEmpty() || name == u"." || name == u"..")
        name = QStringLiteral("context") + name;
    return name + QStringLiteral(".yaml");
}

bool write(const ClusterSnapshot &snapshot, const QString &path, QString *error)
{
    QSaveFile file(path);
    const QByteArray bytes = toYaml(snapshot);
    // Unbuffered, so that a short write (a full disk) shows here: Qt 6.4's buffered QSaveFile can commit a
    // truncated file when the final flush fails half-way. QSaveFile then leaves the previous snapshot as it was.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || file.write(bytes) != bytes.size() ||
        !file.commit()) {
        if (error)
            *error = QDir::toNativeSeparators(path) + u": " +
                     QCoreApplication::translate("SnapshotFile", "cannot be written (%1).").arg(file.errorString());
        return false;
    }
    return true;
}

} // namespace kirikae::SnapshotFile
