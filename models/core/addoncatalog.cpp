#include "addoncatalog.h"

#include "yamlreader.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

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

AddonStatus listedStatus(AddonSemantics semantics)
{
    switch (semantics) {
    case AddonSemantics::Supported:
    case AddonSemantics::Compatible:
        return AddonStatus::Supported;
    case AddonSemantics::Tested:
        return AddonStatus::Tested;
    case AddonSemantics::Minimum:
    case AddonSemantics::Expected:
        return AddonStatus::MinimumMet;
    case AddonSemantics::ClientGo:
    case AddonSemantics::Policy:
        break;
    }
    return AddonStatus::NoData;
}

/// The version numbers alone: "1.18.6-eksbuild.1" → 1.18.6, for rows that speak of releases, not builds.
HelmVersion withoutPreRelease(HelmVersion v)
{
    v.preRelease.clear();
    return v;
}

} // namespace

QString addonSemanticsKey(AddonSemantics semantics)
{
    switch (semantics) {
    case AddonSemantics::Supported:
        return QStringLiteral("supported");
    case AddonSemantics::Compatible:
        return QStringLiteral("compatible");
    case AddonSemantics::Tested:
        return QStringLiteral("tested");
    case AddonSemantics::Minimum:
        return QStringLiteral("minimum");
    case AddonSemantics::Expected:
        return QStringLiteral("expected");
    case AddonSemantics::ClientGo:
        return QStringLiteral("client-go");
    case AddonSemantics::Policy:
        break;
    }
    return QStringLiteral("policy");
}

QString addonStatusKey(AddonStatus status)
{
    switch (status) {
    case AddonStatus::Supported:
        return QStringLiteral("supported");
    case AddonStatus::Tested:
        return QStringLiteral("tested");
    case AddonStatus::MinimumMet:
        return QStringLiteral("minimum-met");
    case AddonStatus::NotTested:
        return QStringLiteral("not-tested");
    case AddonStatus::NotSupported:
        return QStringLiteral("not-supported");
    case AddonStatus::NoData:
        break;
    }
    return QStringLiteral("no-data");
}

QString addonStatusText(AddonStatus status)
{
    switch (status) {
    case AddonStatus::Supported:
        return QCoreApplication::translate("AddonStatus", "supported");
    case AddonStatus::Tested:
        return QCoreApplication::translate("AddonStatus", "tested");
    case AddonStatus::MinimumMet:
        return QCoreApplication::translate("AddonStatus", "meets the stated requirement");
    case AddonStatus::NotTested:
        return QCoreApplication::translate("AddonStatus", "not tested");
    case AddonStatus::NotSupported:
        return QCoreApplication::translate("AddonStatus", "not supported");
    case AddonStatus::NoData:
        break;
    }
    return QCoreApplication::translate("AddonStatus", "no compatibility data");
}

bool addonStatusIsGood(AddonStatus status)
{
    return status == AddonStatus::Supported || status == AddonStatus::Tested || status == AddonStatus::MinimumMet;
}

QString addonReasonKey(AddonReason reason)
{
    switch (reason) {
    case AddonReason::Listed:
        return QStringLiteral("listed");
    case AddonReason::ListedAsTested:
        return QStringLiteral("listed-as-tested");
    case AddonReason::InOpenBand:
        return QStringLiteral("in-open-band");
    case AddonReason::MeetsFloor:
        return QStringLiteral("meets-floor");
    case AddonReason::RuledOut:
        return QStringLiteral("ruled-out");
    case AddonReason::BelowStated:
        return QStringLiteral("below-stated");
    case AddonReason::AboveStated:
        return QStringLiteral("above-stated");
    case AddonReason::NotListed:
        return QStringLiteral("not-listed");
    case AddonReason::Partial:
        return QStringLiteral("partial");
    case AddonReason::ClientGo:
        return QStringLiteral("client-go");
    case AddonReason::NoStatement:
        return QStringLiteral("no-statement");
    case AddonReason::UnknownAddon:
        return QStringLiteral("unknown-addon");
    case AddonReason::VersionUnknown:
        return QStringLiteral("version-unknown");
    case AddonReason::ReleaseNotInCatalog:
        return QStringLiteral("release-not-in-catalog");
    case AddonReason::PolicyOnly:
        break;
    }
    return QStringLiteral("policy-only");
}

QString addonReasonText(AddonReason reason)
{
    switch (reason) {
    case AddonReason::Listed:
        return QCoreApplication::translate("AddonReason", "The source lists this minor for the release.");
    case AddonReason::ListedAsTested:
        return QCoreApplication::translate("AddonReason", "The source lists this minor as tested for the release.");
    case AddonReason::InOpenBand:
        return QCoreApplication::translate("AddonReason",
                                           "The source states the release works on this minor and older.");
    case AddonReason::MeetsFloor:
        return QCoreApplication::translate("AddonReason",
                                           "The minor meets the release's stated minimum; nothing is said about "
                                           "newer minors.");
    case AddonReason::RuledOut:
        return QCoreApplication::translate("AddonReason", "The source rules this minor out for the release.");
    case AddonReason::BelowStated:
        return QCoreApplication::translate("AddonReason", "The minor is older than every minor the source states.");
    case AddonReason::AboveStated:
        return QCoreApplication::translate("AddonReason", "The minor is newer than every minor the source states.");
    case AddonReason::NotListed:
        return QCoreApplication::translate("AddonReason", "The source does not list this minor for the release.");
    case AddonReason::Partial:
        return QCoreApplication::translate("AddonReason", "The source marks this minor in a way it does not define.");
    case AddonReason::ClientGo:
        return QCoreApplication::translate("AddonReason",
                                           "The source gives only the client-go version the release is built with.");
    case AddonReason::NoStatement:
        return QCoreApplication::translate("AddonReason", "The source states no Kubernetes minor for the release yet.");
    case AddonReason::UnknownAddon:
        return QCoreApplication::translate("AddonReason", "The add-on is not in the compatibility catalog.");
    case AddonReason::VersionUnknown:
        return QCoreApplication::translate("AddonReason", "The running version could not be read.");
    case AddonReason::ReleaseNotInCatalog:
        return QCoreApplication::translate("AddonReason", "The catalog has no row for the running release.");
    case AddonReason::PolicyOnly:
        break;
    }
    return QCoreApplication::translate("AddonReason", "The project states a support policy, not per-release minors.");
}

bool AddonRelease::statesAnything() const
{
    return !kubernetes.isEmpty() || !tested.isEmpty() || from || upTo || !notSupported.isEmpty() || notSupportedFrom ||
           notSupportedUpTo || !partial.isEmpty();
}

AddonVerdict AddonRelease::statusAt(MinorVersion minor) const
{
    AddonVerdict v;
    v.disputed = disputed.contains(minor);
    const auto give = [&](AddonStatus status, AddonReason reason) {
        v.status = status;
        v.reason = reason;
        return v;
    };
    if (!statesAnything())
        return give(AddonStatus::NoData, clientGo.isEmpty() ? AddonReason::NoStatement : AddonReason::ClientGo);
    if (kubernetes.contains(minor))
        return give(listedStatus(semantics), AddonReason::Listed);
    if (tested.contains(minor))
        return give(AddonStatus::Tested, AddonReason::ListedAsTested);
    if (notSupported.contains(minor) || (notSupportedFrom && minor >= *notSupportedFrom) ||
        (notSupportedUpTo && minor <= *notSupportedUpTo))
        return give(AddonStatus::NotSupported, AddonReason::RuledOut);
    if (upTo && minor <= *upTo)
        return give(listedStatus(semantics), AddonReason::InOpenBand);
    if (from && minor >= *from)
        return give(AddonStatus::MinimumMet, AddonReason::MeetsFloor);
    if (partial.contains(minor))
        return give(AddonStatus::NoData, AddonReason::Partial);
    // Outside everything the row states: a tested list says nothing about the rest, the others exclude it.
    const AddonStatus outside = semantics == AddonSemantics::Tested     ? AddonStatus::NotTested
                                : semantics == AddonSemantics::ClientGo ? AddonStatus::NoData
                                                                        : AddonStatus::NotSupported;
    QList<MinorVersion> stated = kubernetes + tested;
    if (from)
        stated << *from;
    if (upTo)
        stated << *upTo;
    std::sort(stated.begin(), stated.end());
    if (!stated.isEmpty() && minor < stated.constFirst())
        return give(outside, AddonReason::BelowStated);
    if (!stated.isEmpty() && minor > stated.constLast())
        return give(outside, AddonReason::AboveStated);
    return give(outside, AddonReason::NotListed);
}

AddonInfo::Match AddonInfo::releaseFor(const QString &version, bool chart) const
{
    const auto parsed = parseHelmVersion(version.trimmed());
    if (!parsed)
        return {};
    // An exact row names the release itself; a range row covers it. A build suffix ("-eksbuild.1", "-distroless")
    // is tried with, then without: a row may name a pre-release ("v1.12.0-beta.0").
    for (const HelmVersion &v : {*parsed, withoutPreRelease(*parsed)}) {
        for (const bool exact : {true, false}) {
            for (const AddonRelease &r : releases) {
                if (r.match && r.matchesChart == chart && r.match->isExact() == exact && r.match->allows(v))
                    return {&r, false};
            }
        }
    }
    // A patch release the source skips ("v1.9.2" between rows for 1.9.1 and 1.9.3): its line's nearest lower row.
    const HelmVersion plain = withoutPreRelease(*parsed);
    Match best;
    HelmVersion bestFloor;
    for (const AddonRelease &r : releases) {
        if (!r.match || r.matchesChart != chart)
            continue;
        const HelmVersion floor = r.match->lowestAllowed();
        if (floor.major == plain.major && floor.minor == plain.minor && floor <= plain &&
            (!best.release || bestFloor < floor)) {
            best = {&r, true};
            bestFloor = floor;
        }
    }
    return best;
}

const AddonInfo *AddonCatalog::addon(const QString &name) const
{
    for (const AddonInfo &a : m_addons)
        if (a.name == name)
            return &a;
    return nullptr;
}

int AddonCatalog::releaseCount() const
{
    int n = 0;
    for (const AddonInfo &a : m_addons)
        n += int(a.releases.size());
    return n;
}

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
