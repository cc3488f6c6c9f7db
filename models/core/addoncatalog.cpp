#include "addoncatalog.h"

#include <QCoreApplication>

#include <algorithm>

namespace kirikae {

namespace {

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


} // namespace kirikae
