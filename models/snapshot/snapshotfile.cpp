#include "snapshotfile.h"

#include "core/yamlreader.h"
#include "core/yamltree.h"
#include "olmobjects.h"
#include "recordfield.h"
#include "recordstream.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <algorithm>
#include <iterator>
#include <memory>
#include <optional>
#include <utility>
#include <variant>

namespace kirikae::SnapshotFile {

namespace {

using namespace kirikae::yaml;

constexpr qint64 maxFileBytes = 128LL * 1024 * 1024; // a 5,000-node snapshot is about 10 MB

// Record names are marked with QT_TRANSLATE_NOOP in the tables below; this translates them where an error needs one.
QString translated(const char *what)
{
    return QCoreApplication::translate("SnapshotFile", what);
}

template <typename T> using Fields = QList<RecordField<T>>;
template <typename T> using Custom = typename RecordField<T>::Custom;

/// A record type as a snapshot holds it: what an error calls it, and its members in file order.
template <typename T> struct Record
{
    const char *what;
    Fields<T> fields;
};

/// Each type's record, found by type (below), so that records can hold lists of others and of themselves.
template <typename T> const Record<T> &record();

template <typename... F> struct Overloaded : F...
{
    using F::operator()...;
};
template <typename... F> Overloaded(F...) -> Overloaded<F...>;

// ---- any record, driven by its fields ----

void writeText(YAML::Emitter &out, const char *key, const QString &value, bool always = false)
{
    if (value.isEmpty() && !always)
        return;
    out << YAML::Key << key << YAML::Value << YAML::DoubleQuoted << toStd(value);
}

template <typename T> void readFields(T &value, const TreeNode &n, const Fields<T> &fields)
{
    for (const auto &f : fields) {
        // Absent members keep the record's default, which is what value holds before its key is read.
        std::visit(Overloaded{
                       [&](QString T::*m) {
                           value.*m = f.presence == Presence::Required ? text(n, f.key) : optionalText(n, f.key);
                       },
                       [&](QStringList T::*m) { value.*m = textList(n, f.key); },
                       [&](int T::*m) { value.*m = integer(n, f.key, value.*m); },
                       [&](qint64 T::*m) { value.*m = integer(n, f.key, int(value.*m)); },
                       [&](bool T::*m) { value.*m = boolean(n, f.key, value.*m); },
                       [&](QDateTime T::*m) { value.*m = optionalDateTime(n, f.key); },
                       [&](const Custom<T> &c) { c.read(value, n); },
                   },
                   f.member);
    }
}

template <typename T> T readRecord(const TreeNode &n)
{
    requireMap(n, translated(record<T>().what));
    T value;
    readFields(value, n, record<T>().fields);
    return value;
}

template <typename T> void writeFields(YAML::Emitter &out, const T &value, const Fields<T> &fields)
{
    static const T defaults{};
    const auto number = [&](const char *key, auto n) { out << YAML::Key << key << YAML::Value << n; };
    for (const auto &f : fields) {
        std::visit(Overloaded{
                       [&](QString T::*m) { writeText(out, f.key, value.*m, f.presence == Presence::Required); },
                       [&](QStringList T::*m) {
                           if ((value.*m).isEmpty())
                               return;
                           out << YAML::Key << f.key << YAML::Value << YAML::Flow << YAML::BeginSeq;
                           for (const auto &v : value.*m)
                               out << YAML::DoubleQuoted << toStd(v);
                           out << YAML::EndSeq;
                       },
                       [&](int T::*m) { number(f.key, value.*m); },
                       [&](qint64 T::*m) { number(f.key, value.*m); },
                       [&](bool T::*m) {
                           if (value.*m != defaults.*m)
                               number(f.key, value.*m);
                       },
                       [&](QDateTime T::*m) {
                           if ((value.*m).isValid())
                               writeText(out, f.key, (value.*m).toUTC().toString(Qt::ISODate));
                       },
                       [&](const Custom<T> &c) { c.write(out, value); },
                   },
                   f.member);
    }
}

template <typename T> void writeRecord(YAML::Emitter &out, const T &value)
{
    out << YAML::BeginMap;
    writeFields(out, value, record<T>().fields);
    out << YAML::EndMap;
}

/// A list of records under key, each a mapping; left out when empty.
template <typename T, typename U> RecordField<T> records(const char *key, QList<U> T::*list)
{
    Custom<T> custom{[=](T &value, const TreeNode &n) {
                         for (const TreeNode item : sequence(n, key))
                             (value.*list) << readRecord<U>(item);
                     },
                     [=](YAML::Emitter &out, const T &value) {
                         if ((value.*list).isEmpty())
                             return;
                         out << YAML::Key << key << YAML::Value << YAML::BeginSeq;
                         for (const auto &item : value.*list)
                             writeRecord(out, item);
                         out << YAML::EndSeq;
                     }};
    custom.readItem = [=](T &value, const TreeNode &item) { (value.*list) << readRecord<U>(item); };
    return {key, custom};
}

/// A mapping under key that holds some of the record's own members; left out when empty(record) says it is.
template <typename T>
RecordField<T> section(const char *key, const char *what, Fields<T> fields, bool (*empty)(const T &))
{
    Custom<T> custom{[=](T &value, const TreeNode &n) {
                         if (const auto part = n[key]) {
                             requireMap(part, translated(what));
                             readFields(value, part, fields);
                         }
                     },
                     [=](YAML::Emitter &out, const T &value) {
                         if (empty(value))
                             return;
                         out << YAML::Key << key << YAML::Value << YAML::BeginMap;
                         writeFields(out, value, fields);
                         out << YAML::EndMap;
                     }};
    custom.members = std::make_shared<const Fields<T>>(std::move(fields));
    return {key, custom};
}

/// A label's key or value as yaml-cpp's as<std::string>() read it: null is "null", a list or mapping an error.
QString labelText(const TreeNode &n)
{
    if (n.IsNull())
        return QStringLiteral("null");
    if (!n.IsScalar())
        throw YamlReadError(QCoreApplication::translate("SnapshotFile", "unexpected structure: %1")
                                .arg(QStringLiteral("bad conversion")),
                            lineOf(n));
    return n.text();
}

/// A mapping of text to text under key (labels); left out when empty.
template <typename T> RecordField<T> labelMap(const char *key, QMap<QString, QString> T::*map)
{
    return {key, Custom<T>{[=](T &value, const TreeNode &n) {
                               const auto labels = n[key];
                               if (!labels)
                                   return;
                               if (!labels.IsMap() && !labels.IsNull())
                                   throw YamlReadError(QCoreApplication::translate("SnapshotFile",
                                                                                   "“labels” must be a mapping."),
                                                       lineOf(labels));
                               for (auto it = labels.begin(); it != labels.end(); ++it) {
                                   const TreeNode label = *it;
                                   (value.*map).insert(labelText(label), labelText(*++it));
                               }
                           },
                           [=](YAML::Emitter &out, const T &value) {
                               if ((value.*map).isEmpty())
                                   return;
                               out << YAML::Key << key << YAML::Value << YAML::BeginMap;
                               for (auto it = (value.*map).cbegin(); it != (value.*map).cend(); ++it)
                                   writeText(out, toStd(it.key()).c_str(), it.value(), true);
                               out << YAML::EndMap;
                           }}};
}

// ---- the records of a snapshot ----

template <> const Record<ObjectUse> &record()
{
    using O = ObjectUse;
    static const Record<O> r{QT_TRANSLATE_NOOP("SnapshotFile", "An object reference"),
                             {{"apiVersion", &O::apiVersion, Presence::Required},
                              {"kind", &O::kind, Presence::Required},
                              {"namespace", &O::namespaceName},
                              {"name", &O::name},
                              {"source", &O::source}}};
    return r;
}

template <> const Record<NodeInfo> &record()
{
    using N = NodeInfo;
    static const Record<N> r{QT_TRANSLATE_NOOP("SnapshotFile", "A node"),
                             {{"name", &N::name, Presence::Required},
                              {"roles", &N::roles},
                              {"kubeletVersion", &N::kubeletVersion},
                              {"kubeProxyVersion", &N::kubeProxyVersion},
                              {"containerRuntime", &N::containerRuntime},
                              {"osImage", &N::osImage},
                              {"kernelVersion", &N::kernelVersion},
                              {"architecture", &N::architecture},
                              {"ready", &N::ready},
                              labelMap("labels", &N::labels)}};
    return r;
}

template <> const Record<ComponentInfo> &record()
{
    using C = ComponentInfo;
    static const Custom<C> kind{
        [](C &c, const TreeNode &n) {
            const QString kind = optionalText(n, "kind");
            if (kind == u"control-plane")
                c.kind = C::Kind::ControlPlane;
            else if (kind.isEmpty() || kind == u"addon")
                c.kind = C::Kind::Addon;
            else
                throw YamlReadError(QCoreApplication::translate(
                                        "SnapshotFile", "“%1” is not a component kind (control-plane or addon).")
                                        .arg(kind),
                                    lineOf(n));
        },
        [](YAML::Emitter &out, const C &c) {
            out << YAML::Key << "kind" << YAML::Value << (c.kind == C::Kind::ControlPlane ? "control-plane" : "addon");
        }};
    static const Record<C> r{QT_TRANSLATE_NOOP("SnapshotFile", "A component"),
                             {{"name", &C::name, Presence::Required},
                              {"kind", kind},
                              {"version", &C::version},
                              {"image", &C::image},
                              {"namespace", &C::namespaceName},
                              {"where", &C::where}}};
    return r;
}

template <> const Record<DeprecatedApiRequest> &record()
{
    using D = DeprecatedApiRequest;
    static const Record<D> r{QT_TRANSLATE_NOOP("SnapshotFile", "A deprecated API request"),
                             {{"group", &D::group},
                              {"version", &D::version, Presence::Required},
                              {"resource", &D::resource, Presence::Required},
                              {"subresource", &D::subresource},
                              {"removedRelease", &D::removedRelease},
                              {"count", &D::count}}};
    return r;
}

template <> const Record<HelmRelease> &record()
{
    using H = HelmRelease;
    static const Record<H> r{QT_TRANSLATE_NOOP("SnapshotFile", "A Helm release"),
                             {{"name", &H::name, Presence::Required},
                              {"namespace", &H::namespaceName},
                              {"revision", &H::revision},
                              {"chart", &H::chart},
                              {"appVersion", &H::appVersion},
                              {"kubeVersion", &H::kubeVersion},
                              {"status", &H::status},
                              records("objects", &H::objects)}};
    return r;
}

template <> const Record<CrdInfo> &record()
{
    using C = CrdInfo;
    static const Record<C> r{QT_TRANSLATE_NOOP("SnapshotFile", "A custom resource definition"),
                             {{"name", &C::name, Presence::Required},
                              {"group", &C::group},
                              {"kind", &C::kind},
                              {"servedVersions", &C::servedVersions},
                              {"storedVersions", &C::storedVersions}}};
    return r;
}

template <> const Record<OperatorRequirement> &record()
{
    using R = OperatorRequirement;
    static constexpr std::pair<R::Kind, const char *> kinds[] = {{R::Kind::Package, "package"}, {R::Kind::Gvk, "gvk"},
                                                                 {R::Kind::All, "all"},         {R::Kind::Any, "any"},
                                                                 {R::Kind::Not, "not"},         {R::Kind::Cel, "cel"}};
    static const Custom<R> type{
        [](R &r, const TreeNode &n) {
            const QString type = text(n, "type");
            for (const auto &[kind, name] : kinds) {
                if (type == QLatin1StringView(name)) {
                    r.kind = kind;
                    return;
                }
            }
            throw YamlReadError(QCoreApplication::translate(
                                    "SnapshotFile", "unknown dependency type “%1” (package, gvk, all, any, not or cel)")
                                    .arg(type),
                                lineOf(n));
        },
        [](YAML::Emitter &out, const R &r) {
            const auto *known =
                std::find_if(std::begin(kinds), std::end(kinds), [&](auto k) { return k.first == r.kind; });
            out << YAML::Key << "type" << YAML::Value << (known != std::end(kinds) ? known->second : "package");
        }};
    static const Record<R> r{QT_TRANSLATE_NOOP("SnapshotFile", "An operator dependency"),
                             {{"type", type},
                              {"subject", &R::subject},
                              {"versionRange", &R::versionRange},
                              {"failureMessage", &R::failureMessage},
                              records("constraints", &R::children)}};
    return r;
}

template <> const Record<OperatorCsv> &record()
{
    static const Record<OperatorCsv> r{QT_TRANSLATE_NOOP("SnapshotFile", "A ClusterServiceVersion"),
                                       olm::csvFields() +
                                           Fields<OperatorCsv>{records("dependencies", &OperatorCsv::dependencies)}};
    return r;
}

template <> const Record<OperatorSubscription> &record()
{
    static const Record<OperatorSubscription> r{QT_TRANSLATE_NOOP("SnapshotFile", "A Subscription"),
                                                olm::subscriptionFields()};
    return r;
}

template <> const Record<OpenShiftUpdateRisk> &record()
{
    using R = OpenShiftUpdateRisk;
    static const Record<R> r{QT_TRANSLATE_NOOP("SnapshotFile", "An update risk"),
                             {{"name", &R::name, Presence::Required},
                              {"message", &R::message},
                              {"url", &R::url},
                              {"matchingRules", &R::matchingRules}}};
    return r;
}

template <> const Record<OpenShiftConditionalUpdate> &record()
{
    using U = OpenShiftConditionalUpdate;
    static const Record<U> r{QT_TRANSLATE_NOOP("SnapshotFile", "A conditional update"),
                             {{"version", &U::version, Presence::Required},
                              {"recommended", &U::recommended},
                              {"reason", &U::reason},
                              {"message", &U::message},
                              records("risks", &U::risks)}};
    return r;
}

template <> const Record<OpenShiftClusterVersion> &record()
{
    using V = OpenShiftClusterVersion;
    static const Record<V> r{QT_TRANSLATE_NOOP("SnapshotFile", "“openshift”"),
                             {{"version", &V::version, Presence::Required},
                              {"channel", &V::channel},
                              {"availableUpdates", &V::availableUpdates},
                              records("conditionalUpdates", &V::conditionalUpdates),
                              {"history", &V::history}}};
    return r;
}

template <> const Record<CollectionError> &record()
{
    static const Record<CollectionError> r{QT_TRANSLATE_NOOP("SnapshotFile", "A collection error"),
                                           {{"part", &CollectionError::part, Presence::Required},
                                            {"message", &CollectionError::message, Presence::Required}}};
    return r;
}

template <> const Record<ClusterSnapshot> &record()
{
    using S = ClusterSnapshot;
    static const Custom<S> openShift{[](S &s, const TreeNode &n) {
                                         if (const auto ocp = n["openshift"])
                                             s.openShift = readRecord<OpenShiftClusterVersion>(ocp);
                                     },
                                     [](YAML::Emitter &out, const S &s) {
                                         if (!s.openShift)
                                             return;
                                         out << YAML::Key << "openshift" << YAML::Value;
                                         writeRecord(out, *s.openShift);
                                     }};
    static const Record<S> r{
        QT_TRANSLATE_NOOP("SnapshotFile", "A snapshot"),
        {{"name", &S::name, Presence::Required},
         {"context", &S::context},
         {"server", &S::server},
         {"collectedAt", &S::collectedAt},
         {"distribution", &S::distribution},
         {"serverVersion", &S::serverVersion},
         {"platform", &S::platform},
         labelMap("labels", &S::labels),
         {"groupVersions", &S::groupVersions},
         records("nodes", &S::nodes),
         records("components", &S::components),
         section<S>("evidence", QT_TRANSLATE_NOOP("SnapshotFile", "“evidence”"),
                    {records("deprecatedApiRequests", &S::deprecatedApiRequests), records("objects", &S::objectUses),
                     records("helmReleases", &S::helmReleases)},
                    [](const S &s) {
                        return s.deprecatedApiRequests.isEmpty() && s.objectUses.isEmpty() && s.helmReleases.isEmpty();
                    }),
         records("crds", &S::crds),
         section<S>("olm", QT_TRANSLATE_NOOP("SnapshotFile", "“olm”"),
                    {records("clusterServiceVersions", &S::operators), records("subscriptions", &S::subscriptions)},
                    [](const S &s) { return s.operators.isEmpty() && s.subscriptions.isEmpty(); }),
         {"openshift", openShift},
         records("errors", &S::errors)}};
    return r;
}

ClusterSnapshot readSnapshot(const QByteArray &data)
{
    ItemStream<ClusterSnapshot> items(record<ClusterSnapshot>().fields);
    const auto tree = Tree::parse(data, [&](const Tree::Path &path, std::uint32_t list, const TreeNode &item) {
        return items.take(path, list, item);
    });
    const TreeNode root = tree->root();
    if (!root.IsDefined() || root.IsNull())
        throw YamlReadError(QCoreApplication::translate("SnapshotFile", "the file is empty."), 0);
    requireMap(root, translated(record<ClusterSnapshot>().what));
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

    ClusterSnapshot s = std::move(items.value);
    // Member by member, so that an item's error comes where reading the whole tree would have met it.
    for (const auto &f : record<ClusterSnapshot>().fields) {
        if (items.error && items.errorKey == f.key)
            throw *items.error;
        readFields(s, root, Fields<ClusterSnapshot>{f});
    }
    if (s.distribution.isEmpty())
        s.distribution = QStringLiteral("upstream");
    return s;
}

} // namespace

std::optional<ClusterSnapshot> fromYaml(const QByteArray &data, const QString &source, QString *error)
{
    try {
        return readSnapshot(data);
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
    YAML::Emitter out;
    out << YAML::BeginMap;
    out << YAML::Key << "kirikaeSnapshot" << YAML::Value << schemaVersion;
    writeFields(out, s, record<ClusterSnapshot>().fields);
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
