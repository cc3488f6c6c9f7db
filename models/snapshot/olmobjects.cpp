#include "olmobjects.h"

#include "core/yamlreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace kirikae::olm {

namespace {

constexpr auto Metadata = ObjectPart::Metadata;
constexpr auto Annotations = ObjectPart::Annotations;
constexpr auto Spec = ObjectPart::Spec;
constexpr auto Status = ObjectPart::Status;
constexpr auto Required = Presence::Required;
constexpr auto Optional = Presence::Optional;

// The two trees OLM objects come in share these accessors, so that the mapping below is written once. "what" names
// a mapping in an error; its translation context is the bundle reader's, whose errors these are.

// A manifest from a bundle, read strictly: a value that is missing or of the wrong type throws YamlReadError.
class YamlTree
{
public:
    YamlTree() = default;
    explicit YamlTree(YAML::Node node)
        : m_node(std::move(node))
    {
    }

    /// The mapping under key; anything else is an error.
    YamlTree map(const char *key, const char *what) const
    {
        const YAML::Node node = m_node[key];
        yaml::requireMap(node, QCoreApplication::translate("BundleReader", what));
        return YamlTree(node);
    }
    /// The mapping under key, or nothing when the key is absent; anything else is an error.
    YamlTree optionalMap(const char *key, const char *what) const
    {
        const YAML::Node node = child(key);
        if (!node)
            return {};
        yaml::requireMap(node, QCoreApplication::translate("BundleReader", what));
        return YamlTree(node);
    }
    /// The mapping under key, or nothing when it is absent or not a mapping.
    YamlTree mapIfAny(const char *key) const
    {
        const YAML::Node node = child(key);
        return node && node.IsMap() ? YamlTree(node) : YamlTree();
    }
    QString text(const char *key) const { return yaml::text(m_node, key); }
    QString optionalText(const char *key) const { return yaml::optionalText(m_node, key); }
    QStringList textList(const char *key) const { return yaml::textList(m_node, key); }
    bool flag(const char *key) const { return yaml::boolean(m_node, key, false); }
    /// Calls each(item) for every mapping in the list under key; an item that is not a mapping is an error.
    template <typename F> void forEach(const char *key, const char *what, F each) const
    {
        for (const auto &item : yaml::sequence(m_node, key)) {
            yaml::requireMap(item, QCoreApplication::translate("BundleReader", what));
            each(YamlTree(item));
        }
    }
    QStringList keys() const
    {
        QStringList keys;
        for (const auto &kv : m_node) {
            if (kv.first.IsScalar())
                keys << yaml::toQString(kv.first.Scalar());
        }
        return keys;
    }

private:
    YAML::Node child(const char *key) const { return m_node.IsMap() ? m_node[key] : YAML::Node(); }

    YAML::Node m_node;
};

// An object from the API server, read leniently: what is missing or of another type reads as empty.
class JsonTree
{
public:
    JsonTree() = default;
    explicit JsonTree(QJsonObject object)
        : m_object(std::move(object))
    {
    }

    JsonTree map(const char *key, const char * = nullptr) const { return JsonTree(value(key).toObject()); }
    JsonTree optionalMap(const char *key, const char *) const { return map(key); }
    JsonTree mapIfAny(const char *key) const { return map(key); }
    QString text(const char *key) const { return value(key).toString(); }
    QString optionalText(const char *key) const { return text(key); }
    QStringList textList(const char *key) const
    {
        QStringList list;
        for (const auto &v : value(key).toArray())
            list << v.toString();
        return list;
    }
    bool flag(const char *key) const { return value(key).toBool(); }
    template <typename F> void forEach(const char *key, const char *, F each) const
    {
        for (const auto &v : value(key).toArray())
            each(JsonTree(v.toObject()));
    }
    QStringList keys() const { return m_object.keys(); }

private:
    QJsonValue value(const char *key) const { return m_object.value(QLatin1StringView(key)); }

    QJsonObject m_object;
};

template <typename Tree> struct Parts
{
    Tree metadata;
    Tree annotations;
    Tree spec;
    Tree status;

    const Tree *operator[](ObjectPart part) const
    {
        switch (part) {
        case ObjectPart::None:
            break;
        case ObjectPart::Metadata:
            return &metadata;
        case ObjectPart::Annotations:
            return &annotations;
        case ObjectPart::Spec:
            return &spec;
        case ObjectPart::Status:
            return &status;
        }
        return nullptr;
    }
};

// The members a table places in the object; the others are derived by the rules in readCsv.
template <typename T, typename Tree>
void readMembers(T &record, const QList<RecordField<T>> &fields, const Parts<Tree> &parts)
{
    for (const auto &field : fields) {
        const Tree *from = parts[field.part];
        if (!from)
            continue;
        if (const auto *text = std::get_if<QString T::*>(&field.member))
            record.*(*text) =
                field.presence == Required ? from->text(field.objectKey) : from->optionalText(field.objectKey);
        else if (const auto *list = std::get_if<QStringList T::*>(&field.member))
            record.*(*list) = from->textList(field.objectKey);
    }
}

// olm.properties is a JSON list in an annotation: [{"type": "olm.maxOpenShiftVersion", "value": "4.15"}]
QString maxOpenShiftVersion(const QString &olmProperties)
{
    QString version;
    for (const auto &p : QJsonDocument::fromJson(olmProperties.toUtf8()).array()) {
        if (p.toObject().value(QStringLiteral("type")).toString() == u"olm.maxOpenShiftVersion")
            version = p.toObject().value(QStringLiteral("value")).toVariant().toString();
    }
    return version;
}

// OLM labels every CSV it installs with operators.coreos.com/<package>.<namespace>.
QString packageFromLabels(const QStringList &labels, const QString &namespaceName)
{
    static const QString prefix = QStringLiteral("operators.coreos.com/");
    QString package;
    for (const QString &label : labels) {
        // The length check keeps prefix and suffix apart: "operators.coreos.com/x" in namespace "com/x" is no package.
        if (label.startsWith(prefix) && !namespaceName.isEmpty() && label.endsWith(u'.' + namespaceName) &&
            label.size() > prefix.size() + namespaceName.size())
            package = label.mid(prefix.size()).chopped(namespaceName.size() + 1);
    }
    return package;
}

template <typename Tree> OperatorCsv readCsv(const Tree &root, const Tree &status)
{
    const Tree metadata = root.map("metadata", QT_TRANSLATE_NOOP("BundleReader", "“metadata”"));
    const Tree spec = root.map("spec", QT_TRANSLATE_NOOP("BundleReader", "“spec”"));
    const Tree annotations = metadata.mapIfAny("annotations");
    OperatorCsv c;
    readMembers(c, csvFields(), Parts<Tree>{metadata, annotations, spec, status});
    c.maxOpenShiftVersion = maxOpenShiftVersion(annotations.optionalText("olm.properties"));
    spec.forEach("installModes", QT_TRANSLATE_NOOP("BundleReader", "An install mode"), [&](const Tree &mode) {
        if (mode.flag("supported"))
            c.installModes << mode.text("type");
    });
    const Tree crds =
        spec.optionalMap("customresourcedefinitions", QT_TRANSLATE_NOOP("BundleReader", "“customresourcedefinitions”"));
    const auto crd = [](const Tree &d) {
        const QString group = d.text("name").section(u'.', 1);
        return gvk(group, d.text("version"), d.text("kind"));
    };
    const char *description = QT_TRANSLATE_NOOP("BundleReader", "A CRD description");
    crds.forEach("owned", description, [&](const Tree &d) { c.ownedCrds << crd(d); });
    crds.forEach("required", description, [&](const Tree &d) { c.requiredCrds << crd(d); });
    c.package = packageFromLabels(metadata.mapIfAny("labels").keys(), c.namespaceName);
    return c;
}

} // namespace

const QList<RecordField<OperatorCsv>> &csvFields()
{
    using C = OperatorCsv;
    static const QList<RecordField<C>> fields{
        {"name", &C::name, Required, Metadata, "name"},
        {"namespace", &C::namespaceName, Optional, Metadata, "namespace"},
        {"displayName", &C::displayName, Optional, Spec, "displayName"},
        {"version", &C::version, Optional, Spec, "version"},
        {"phase", &C::phase, Optional, Status, "phase"},
        {"replaces", &C::replaces, Optional, Spec, "replaces"},
        {"package", &C::package}, // the install label, a Subscription, the bundle's annotations or the CSV name
        {"skips", &C::skips, Optional, Spec, "skips"},
        {"skipRange", &C::skipRange, Optional, Annotations, "olm.skipRange"},
        {"minKubeVersion", &C::minKubeVersion, Optional, Spec, "minKubeVersion"},
        {"maxOpenShiftVersion", &C::maxOpenShiftVersion}, // from the olm.properties annotation
        {"installModes", &C::installModes},               // the supported ones of spec.installModes
        {"owns", &C::ownedCrds},                          // spec.customresourcedefinitions.owned as gvk
        {"requires", &C::requiredCrds},                   // spec.customresourcedefinitions.required as gvk
    };
    return fields;
}

const QList<RecordField<OperatorSubscription>> &subscriptionFields()
{
    using S = OperatorSubscription;
    static const QList<RecordField<S>> fields{
        {"name", &S::name, Required, Metadata, "name"},
        {"namespace", &S::namespaceName, Optional, Metadata, "namespace"},
        {"package", &S::package, Required, Spec, "name"},
        {"channel", &S::channel, Optional, Spec, "channel"},
        {"source", &S::source, Optional, Spec, "source"},
        {"installedCSV", &S::installedCsv, Optional, Status, "installedCSV"},
        {"currentCSV", &S::currentCsv, Optional, Status, "currentCSV"},
        {"approval", &S::approval, Optional, Spec, "installPlanApproval"},
    };
    return fields;
}

OperatorCsv csvFromManifest(const YAML::Node &root)
{
    yaml::requireMap(root, QCoreApplication::translate("BundleReader", "A ClusterServiceVersion"));
    if (yaml::optionalText(root, "kind") != u"ClusterServiceVersion")
        throw YamlReadError(QCoreApplication::translate("BundleReader", "kind is “%1”, not ClusterServiceVersion")
                                .arg(yaml::optionalText(root, "kind")),
                            yaml::lineOf(root));
    // A bundle's manifest has no status: what it says of an install would be about some other cluster.
    OperatorCsv c = readCsv(YamlTree(root), YamlTree());
    if (c.package.isEmpty())
        c.package = packageFromCsvName(c.name);
    return c;
}

OperatorCsv csvFromObject(const QJsonObject &object)
{
    const JsonTree root(object);
    OperatorCsv c = readCsv(root, root.map("status"));
    c.source = QStringLiteral("cluster");
    return c;
}

bool isCopiedCsv(const QJsonObject &object)
{
    const QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
    return metadata.value(QStringLiteral("labels")).toObject().contains(QStringLiteral("olm.copiedFrom"));
}

OperatorSubscription subscriptionFromObject(const QJsonObject &object)
{
    const JsonTree root(object);
    OperatorSubscription s;
    readMembers(s, subscriptionFields(),
                Parts<JsonTree>{root.map("metadata"), {}, root.map("spec"), root.map("status")});
    return s;
}

void applySubscriptions(QList<OperatorCsv> &csvs, const QList<OperatorSubscription> &subscriptions)
{
    for (auto &csv : csvs) {
        for (const auto &sub : subscriptions) {
            if (sub.installedCsv == csv.name && sub.namespaceName == csv.namespaceName)
                csv.package = sub.package;
        }
    }
}

QString packageFromCsvName(const QString &csvName)
{
    static const QRegularExpression versionPart(QStringLiteral(R"(\.v?[0-9].*$)"));
    QString package = csvName;
    package.remove(versionPart);
    return package.isEmpty() ? csvName : package;
}

QString gvk(const QString &group, const QString &version, const QString &kind)
{
    return group + u'/' + version + u'/' + kind;
}

} // namespace kirikae::olm
