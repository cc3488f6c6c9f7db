// Reading the add-on compatibility catalog (resources/data/addon-compatibility.yaml) from YAML.
#include "addoncatalog.h"

#include "yamlreader.h"

#include <QCoreApplication>
#include <QSet>

namespace kirikae {

namespace {

/// A typo in a hand-edited catalog would otherwise silently drop a statement.
void requireKnownKeys(const YAML::Node &node, const QSet<QString> &known)
{
    for (const auto &entry : node) {
        const QString key = yaml::toQString(entry.first.as<std::string>());
        if (!known.contains(key))
            throw YamlReadError(QCoreApplication::translate("AddonCatalog", "unknown key “%1”.").arg(key),
                                yaml::lineOf(entry.first));
    }
}

AddonSemantics semantics(const YAML::Node &node, AddonSemantics fallback)
{
    const QString text = yaml::optionalText(node, "semantics");
    if (text.isEmpty())
        return fallback;
    for (auto s :
         {AddonSemantics::Supported, AddonSemantics::Compatible, AddonSemantics::Tested, AddonSemantics::Minimum,
          AddonSemantics::Expected, AddonSemantics::ClientGo, AddonSemantics::Policy}) {
        if (addonSemanticsKey(s) == text)
            return s;
    }
    throw YamlReadError(
        QCoreApplication::translate("AddonCatalog",
                                    "“semantics: %1” is not one of: supported, compatible, tested, minimum, expected, "
                                    "client-go, policy.")
            .arg(text),
        yaml::lineOf(node["semantics"]));
}

MinorVersion minorOf(const QString &text, const YAML::Node &at)
{
    const auto minor = MinorVersion::parse(text);
    if (!minor || text.count(u'.') != 1)
        throw YamlReadError(
            QCoreApplication::translate("AddonCatalog", "“%1” is not a Kubernetes minor such as 1.30.").arg(text),
            yaml::lineOf(at));
    return *minor;
}

QList<MinorVersion> minors(const YAML::Node &node, const char *key)
{
    QList<MinorVersion> list;
    for (const auto &item : yaml::sequence(node, key))
        list << minorOf(yaml::toQString(item.as<std::string>()), item);
    std::sort(list.begin(), list.end());
    return list;
}

std::optional<MinorVersion> optionalMinor(const YAML::Node &node, const char *key)
{
    const QString text = yaml::optionalText(node, key);
    if (text.isEmpty())
        return std::nullopt;
    return minorOf(text, node[key]);
}

HelmVersionConstraint constraint(const YAML::Node &node, const char *key)
{
    QString why;
    auto parsed = HelmVersionConstraint::parse(yaml::text(node, key), &why);
    if (!parsed || parsed->isEmpty())
        throw YamlReadError(
            why.isEmpty() ? QCoreApplication::translate("AddonCatalog", "“%1” is empty.").arg(QLatin1StringView(key))
                          : why,
            yaml::lineOf(node[key]));
    return *parsed;
}

/// A source is one URL or a list of them.
QStringList sources(const YAML::Node &node)
{
    const YAML::Node value = node["source"];
    if (!value || value.IsNull())
        return {};
    if (value.IsSequence())
        return yaml::textList(node, "source");
    return {yaml::text(node, "source")};
}

AddonRelease readRelease(const YAML::Node &node, const AddonInfo &addon)
{
    yaml::requireMap(node, QCoreApplication::translate("AddonCatalog", "A release"));
    static const QSet<QString> known{QStringLiteral("version"),
                                     QStringLiteral("match"),
                                     QStringLiteral("chart"),
                                     QStringLiteral("semantics"),
                                     QStringLiteral("kubernetes"),
                                     QStringLiteral("tested"),
                                     QStringLiteral("from"),
                                     QStringLiteral("upTo"),
                                     QStringLiteral("notSupported"),
                                     QStringLiteral("notSupportedFrom"),
                                     QStringLiteral("notSupportedUpTo"),
                                     QStringLiteral("partial"),
                                     QStringLiteral("disputed"),
                                     QStringLiteral("clientGo"),
                                     QStringLiteral("openshift"),
                                     QStringLiteral("endOfLife"),
                                     QStringLiteral("note"),
                                     QStringLiteral("disagreement"),
                                     QStringLiteral("source"),
                                     QStringLiteral("retrieved")};
    requireKnownKeys(node, known);
    AddonRelease r;
    r.line = yaml::lineOf(node);
    r.version = yaml::text(node, "version");
    if (node["match"] && node["chart"])
        throw YamlReadError(QCoreApplication::translate("AddonCatalog", "a release has “match” or “chart”, not both."),
                            r.line);
    if (node["match"])
        r.match = constraint(node, "match");
    if (node["chart"]) {
        r.match = constraint(node, "chart");
        r.matchesChart = true;
    }
    r.semantics = semantics(node, addon.semantics);
    r.kubernetes = minors(node, "kubernetes");
    r.tested = minors(node, "tested");
    r.from = optionalMinor(node, "from");
    r.upTo = optionalMinor(node, "upTo");
    r.notSupported = minors(node, "notSupported");
    r.notSupportedFrom = optionalMinor(node, "notSupportedFrom");
    r.notSupportedUpTo = optionalMinor(node, "notSupportedUpTo");
    r.partial = minors(node, "partial");
    r.disputed = minors(node, "disputed");
    r.clientGo = yaml::optionalText(node, "clientGo");
    r.openShift = yaml::optionalText(node, "openshift");
    r.endOfLife = yaml::optionalText(node, "endOfLife");
    r.note = yaml::optionalText(node, "note");
    r.disagreement = yaml::optionalText(node, "disagreement");
    if (!r.disputed.isEmpty() && r.disagreement.isEmpty())
        throw YamlReadError(
            QCoreApplication::translate("AddonCatalog",
                                        "“disputed” needs a “disagreement” that says what the other source says."),
            r.line);
    r.sources = sources(node);
    if (r.sources.isEmpty())
        r.sources << addon.source;
    r.retrieved = yaml::optionalDate(node, "retrieved");
    if (!r.retrieved.isValid())
        r.retrieved = addon.retrieved;
    return r;
}

AddonDetection readDetection(const YAML::Node &node)
{
    AddonDetection d;
    if (!node || node.IsNull())
        return d;
    yaml::requireMap(node, QCoreApplication::translate("AddonCatalog", "“detect”"));
    requireKnownKeys(node, {QStringLiteral("images"), QStringLiteral("versionlessImages"), QStringLiteral("namespaces"),
                            QStringLiteral("helmCharts"), QStringLiteral("genericHelmCharts"),
                            QStringLiteral("helmVersion"), QStringLiteral("note")});
    d.images = yaml::textList(node, "images");
    d.versionlessImages = yaml::textList(node, "versionlessImages");
    d.namespaces = yaml::textList(node, "namespaces");
    d.helmCharts = yaml::textList(node, "helmCharts");
    d.genericHelmCharts = yaml::textList(node, "genericHelmCharts");
    const QString helmVersion = yaml::optionalText(node, "helmVersion");
    if (!helmVersion.isEmpty() && helmVersion != u"chart" && helmVersion != u"app")
        throw YamlReadError(
            QCoreApplication::translate("AddonCatalog", "“helmVersion: %1” is not chart or app.").arg(helmVersion),
            yaml::lineOf(node["helmVersion"]));
    d.helmChartIsVersion = helmVersion == u"chart";
    d.note = yaml::optionalText(node, "note");
    return d;
}

AddonInfo readAddon(const YAML::Node &node)
{
    yaml::requireMap(node, QCoreApplication::translate("AddonCatalog", "An add-on"));
    requireKnownKeys(node, {QStringLiteral("name"), QStringLiteral("detect"), QStringLiteral("semantics"),
                            QStringLiteral("semanticsNote"), QStringLiteral("source"), QStringLiteral("retrieved"),
                            QStringLiteral("via"), QStringLiteral("projectStatus"), QStringLiteral("policy"),
                            QStringLiteral("statements"), QStringLiteral("doubts"), QStringLiteral("releases")});
    AddonInfo a;
    a.line = yaml::lineOf(node);
    a.name = yaml::text(node, "name");
    a.detect = readDetection(node["detect"]);
    a.semantics = semantics(node, AddonSemantics::Supported);
    if (!node["semantics"])
        throw YamlReadError(QCoreApplication::translate(
                                "AddonCatalog", "the add-on “%1” does not say what its source means (“semantics”).")
                                .arg(a.name),
                            a.line);
    a.semanticsNote = yaml::optionalText(node, "semanticsNote");
    a.source = yaml::text(node, "source");
    a.retrieved = yaml::date(node, "retrieved");
    a.via = yaml::optionalText(node, "via");
    a.projectStatus = yaml::optionalText(node, "projectStatus");
    a.policy = yaml::optionalText(node, "policy");
    for (const auto &s : yaml::sequence(node, "statements")) {
        yaml::requireMap(s, QCoreApplication::translate("AddonCatalog", "A statement"));
        a.statements << AddonStatement{yaml::text(s, "text"), yaml::optionalText(s, "source")};
    }
    a.doubts = yaml::textList(node, "doubts");
    for (const auto &r : yaml::sequence(node, "releases"))
        a.releases << readRelease(r, a);
    return a;
}

} // namespace

std::optional<AddonCatalog> AddonCatalog::fromYaml(const QByteArray &data, const QString &source, QString *error)
{
    return yaml::readGuarded(source, error, [&] {
        const YAML::Node root = yaml::parse(data);
        yaml::requireMap(root, QCoreApplication::translate("AddonCatalog", "The add-on compatibility catalog"));
        AddonCatalog catalog;
        QSet<QString> names;
        for (const auto &node : yaml::sequence(root, "addons")) {
            AddonInfo a = readAddon(node);
            if (names.contains(a.name))
                throw YamlReadError(
                    QCoreApplication::translate("AddonCatalog", "the add-on “%1” is listed twice.").arg(a.name),
                    a.line);
            names.insert(a.name);
            catalog.m_addons << std::move(a);
        }
        if (catalog.m_addons.isEmpty())
            throw YamlReadError(QCoreApplication::translate("AddonCatalog", "the catalog lists no add-on (“addons”)."),
                                yaml::lineOf(root));
        return catalog;
    });
}

} // namespace kirikae
