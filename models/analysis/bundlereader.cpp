#include "bundlereader.h"

#include "core/yamlreader.h"
#include "snapshot/olmobjects.h"
#include "snapshot/snapshotfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace kirikae::BundleReader {

namespace {

using namespace kirikae::yaml;
using olm::gvk;

constexpr qint64 maxFileBytes = 64LL * 1024 * 1024;

YAML::Node child(const YAML::Node &node, const char *key)
{
    return node.IsMap() ? node[key] : YAML::Node();
}

QString scalar(const YAML::Node &node)
{
    return node && node.IsScalar() ? toQString(node.Scalar()) : QString();
}

OperatorRequirement readConstraint(const YAML::Node &value)
{
    requireMap(value, QCoreApplication::translate("BundleReader", "An olm.constraint"));
    OperatorRequirement r;
    r.failureMessage = optionalText(value, "failureMessage");
    const std::pair<const char *, OperatorRequirement::Kind> compounds[] = {{"all", OperatorRequirement::Kind::All},
                                                                            {"any", OperatorRequirement::Kind::Any},
                                                                            {"not", OperatorRequirement::Kind::Not}};
    for (const auto &[key, kind] : compounds) {
        if (const auto compound = child(value, key)) {
            r.kind = kind;
            for (const auto &c : sequence(compound, "constraints"))
                r.children << readConstraint(c);
            return r;
        }
    }
    if (const auto package = child(value, "package")) {
        r.kind = OperatorRequirement::Kind::Package;
        r.subject = text(package, "packageName");
        r.versionRange = optionalText(package, "versionRange");
    } else if (const auto g = child(value, "gvk")) {
        r.kind = OperatorRequirement::Kind::Gvk;
        r.subject = gvk(text(g, "group"), text(g, "version"), text(g, "kind"));
    } else if (const auto cel = child(value, "cel")) {
        r.kind = OperatorRequirement::Kind::Cel;
        r.subject = text(cel, "rule");
    } else {
        throw YamlReadError(QCoreApplication::translate(
                                "BundleReader", "an olm.constraint needs one of all, any, not, package, gvk or cel"),
                            lineOf(value));
    }
    return r;
}

// One entry of a "dependencies:" or "properties:" list: {type: olm.package | olm.gvk | olm.constraint | …, value}.
// Under dependencies: olm.package and olm.gvk are requirements; under properties: they describe the bundle
// itself (its own package, the APIs it provides) and the requirements are olm.package.required / olm.gvk.required.
void readEntry(OperatorCsv &csv, const YAML::Node &entry, bool isDependency)
{
    requireMap(entry, QCoreApplication::translate("BundleReader", "A dependency or property"));
    const QString type = text(entry, "type");
    const YAML::Node value = entry["value"];
    const bool package = type == u"olm.package.required" || (type == u"olm.package" && isDependency);
    const bool api = type == u"olm.gvk.required" || (type == u"olm.gvk" && isDependency);
    if (package) {
        requireMap(value, QCoreApplication::translate("BundleReader", "The value of %1").arg(type));
        OperatorRequirement r;
        r.kind = OperatorRequirement::Kind::Package;
        r.subject = text(value, "packageName");
        // dependencies.yaml spells the range "version"; olm.package.required spells it "versionRange".
        r.versionRange = optionalText(value, "version");
        if (r.versionRange.isEmpty())
            r.versionRange = optionalText(value, "versionRange");
        csv.dependencies << r;
    } else if (api) {
        requireMap(value, QCoreApplication::translate("BundleReader", "The value of %1").arg(type));
        OperatorRequirement r;
        r.kind = OperatorRequirement::Kind::Gvk;
        r.subject = gvk(text(value, "group"), text(value, "version"), text(value, "kind"));
        csv.dependencies << r;
    } else if (type == u"olm.constraint") {
        csv.dependencies << readConstraint(value);
    } else if (type == u"olm.maxOpenShiftVersion") {
        csv.maxOpenShiftVersion = scalar(value);
    } else if (type == u"olm.package" && value.IsMap()) {
        csv.package = optionalText(value, "packageName");
    }
    // Other types (olm.label, olm.bundle.object, …) say nothing about dependencies.
}

QByteArray readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw YamlReadError(file.errorString(), 0);
    if (file.size() > maxFileBytes)
        throw YamlReadError(QCoreApplication::translate("BundleReader", "the file is larger than %1 MB")
                                .arg(maxFileBytes / 1024 / 1024),
                            0);
    return file.readAll();
}

QString packageFromAnnotations(const QByteArray &data)
{
    const YAML::Node root = parse(data);
    requireMap(root, QCoreApplication::translate("BundleReader", "annotations.yaml"));
    const YAML::Node annotations = root["annotations"];
    requireMap(annotations, QCoreApplication::translate("BundleReader", "“annotations”"));
    return optionalText(annotations, "operators.operatorframework.io.bundle.package.v1");
}

} // namespace

namespace {

/// The CRD manifests beside a bundle's CSV; one that cannot be read is a warning and the bundle is read without it.
void readCrdManifests(const QDir &manifests, OperatorCsv &csv, QStringList &warnings)
{
    const QStringList files = manifests.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files,
                                                  QDir::Name);
    for (const QString &name : files) {
        if (name.contains(QLatin1String(".clusterserviceversion.")))
            continue;
        const QString file = QDir::cleanPath(manifests.filePath(name));
        try {
            if (auto crd = parseCrdManifest(readSmallFile(file)))
                csv.bundleCrds << *crd;
        } catch (const YamlReadError &e) {
            warnings << e.describe(file);
        } catch (const YAML::Exception &e) {
            warnings << YamlReadError(toQString(e.msg), e.mark.line + 1).describe(file);
        }
    }
}

} // namespace

OperatorCsv parseCsv(const QByteArray &data)
{
    return olm::csvFromManifest(parse(data));
}

std::optional<CrdInfo> parseCrdManifest(const QByteArray &data)
{
    const YAML::Node root = parse(data);
    if (!root.IsMap() || optionalText(root, "kind") != u"CustomResourceDefinition")
        return std::nullopt;
    // A missing mapping is named with the line of the mapping that should hold it.
    const auto mapAt = [](const YAML::Node &parent, const char *key, const QString &what) {
        const YAML::Node node = child(parent, key);
        if (!node)
            throw YamlReadError(QCoreApplication::translate("BundleReader", "%1 is missing").arg(what),
                                lineOf(parent));
        requireMap(node, what);
        return node;
    };
    const YAML::Node metadata = mapAt(root, "metadata", QCoreApplication::translate("BundleReader", "“metadata”"));
    const YAML::Node spec = mapAt(root, "spec", QCoreApplication::translate("BundleReader", "“spec”"));
    CrdInfo crd;
    crd.name = text(metadata, "name");
    crd.group = text(spec, "group");
    crd.kind = text(mapAt(spec, "names", QCoreApplication::translate("BundleReader", "“names”")), "kind");
    for (const auto &version : sequence(spec, "versions")) {
        requireMap(version, QCoreApplication::translate("BundleReader", "A CRD version"));
        if (boolean(version, "served", true))
            crd.servedVersions << text(version, "name");
    }
    if (crd.servedVersions.isEmpty() && !optionalText(spec, "version").isEmpty())
        crd.servedVersions << optionalText(spec, "version"); // apiextensions.k8s.io/v1beta1's single version
    return crd;
}

void applyMetadata(OperatorCsv &csv, const QByteArray &data)
{
    const YAML::Node root = parse(data);
    if (!root || root.IsNull())
        return;
    requireMap(root, QCoreApplication::translate("BundleReader", "A metadata file"));
    // Some real bundles keep a "dependencies:" list in properties.yaml; both lists are read from both files.
    for (const auto &entry : sequence(root, "dependencies"))
        readEntry(csv, entry, true);
    for (const auto &entry : sequence(root, "properties"))
        readEntry(csv, entry, false);
}

Result readFolder(const QString &root)
{
    Result result;
    if (!QFileInfo(root).isDir()) {
        result.errors << QCoreApplication::translate("BundleReader", "%1: not a folder").arg(root);
        return result;
    }
    QStringList csvFiles;
    QDirIterator it(root,
                    {QStringLiteral("*.clusterserviceversion.yaml"), QStringLiteral("*.clusterserviceversion.yml"),
                     QStringLiteral("*.clusterserviceversion.json")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        csvFiles << it.next();
    csvFiles.sort(); // the same folder gives the same order on every machine
    for (const QString &path : std::as_const(csvFiles)) {
        OperatorCsv csv;
        try {
            csv = parseCsv(readSmallFile(path));
        } catch (const YamlReadError &e) {
            result.errors << e.describe(path);
            continue;
        } catch (const YAML::Exception &e) {
            result.errors << YamlReadError(toQString(e.msg), e.mark.line + 1).describe(path);
            continue;
        }
        const QDir bundle = QFileInfo(path).dir().filePath(QStringLiteral(".."));
        csv.source = QDir::cleanPath(bundle.path());
        const QString metadata = bundle.filePath(QStringLiteral("metadata"));
        const auto tryRead = [&](const QString &name, const auto &apply) {
            const QString file = QDir(metadata).filePath(name);
            if (!QFileInfo::exists(file))
                return;
            try {
                apply(readSmallFile(file));
            } catch (const YamlReadError &e) {
                result.warnings << e.describe(QDir::cleanPath(file));
            } catch (const YAML::Exception &e) {
                result.warnings << YamlReadError(toQString(e.msg), e.mark.line + 1).describe(QDir::cleanPath(file));
            }
        };
        tryRead(QStringLiteral("annotations.yaml"), [&](const QByteArray &data) {
            if (const QString package = packageFromAnnotations(data); !package.isEmpty())
                csv.package = package;
        });
        tryRead(QStringLiteral("dependencies.yaml"), [&](const QByteArray &data) { applyMetadata(csv, data); });
        tryRead(QStringLiteral("properties.yaml"), [&](const QByteArray &data) { applyMetadata(csv, data); });
        readCrdManifests(QFileInfo(path).dir(), csv, result.warnings);
        result.operators << csv;
    }
    if (csvFiles.isEmpty())
        result.errors << QCoreApplication::translate("BundleReader",
                                                     "%1: no *.clusterserviceversion.yaml below this folder")
                             .arg(root);
    return result;
}

OperatorSource fromSnapshot(const ClusterSnapshot &snapshot)
{
    OperatorSource source;
    source.cluster = snapshot.name;
    source.csvs = snapshot.operators;
    source.subscriptions = snapshot.subscriptions;
    source.isOpenShift = snapshot.distribution == u"openshift";
    for (auto &csv : source.csvs) {
        if (csv.package.isEmpty())
            csv.package = packageFromCsvName(csv.name);
    }
    return source;
}

Catalog readCatalog(const QStringList &folders)
{
    Catalog result;
    OperatorSource catalog;
    catalog.cluster = QStringLiteral("bundles");
    catalog.isCatalog = true;
    catalog.isOpenShift = true; // bundles carry olm.maxOpenShiftVersion for OpenShift's catalogs
    for (const QString &folder : folders) {
        Result bundles = readFolder(folder);
        catalog.csvs << bundles.operators;
        result.errors << bundles.errors;
        result.warnings << bundles.warnings;
    }
    if (!catalog.csvs.isEmpty())
        result.sources << catalog;
    return result;
}

} // namespace kirikae::BundleReader
