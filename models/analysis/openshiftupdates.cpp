#include "openshiftupdates.h"

#include "analysis/versionrange.h"

namespace kirikae {

namespace {

/// The newest of versions whose minor is release, or nothing.
std::optional<SemanticVersion> newestOf(const QStringList &versions, MinorVersion release)
{
    std::optional<SemanticVersion> newest;
    for (const QString &text : versions) {
        const auto v = SemanticVersion::parse(text);
        if (v && int(v->major) == release.major && int(v->minor) == release.minor && (!newest || *v > *newest))
            newest = v;
    }
    return newest;
}

/// What the cluster is offered for the first hop's minor: a recommended update, else a conditional one.
void judgeFirstHop(const OpenShiftClusterVersion &cv, MinorVersion release, OpenShiftHop &hop)
{
    if (const auto available = newestOf(cv.availableUpdates, release)) {
        hop.reachable = true;
        hop.recommended = true;
        hop.updateTo = available->toString();
        return;
    }
    QStringList conditional;
    for (const OpenShiftConditionalUpdate &u : cv.conditionalUpdates)
        conditional << u.version;
    const auto offered = newestOf(conditional, release);
    hop.reachable = offered.has_value();
    if (!offered)
        return;
    hop.updateTo = offered->toString();
    for (const OpenShiftConditionalUpdate &u : cv.conditionalUpdates) {
        const auto v = SemanticVersion::parse(u.version);
        if (!v || *v != *offered)
            continue;
        hop.recommended = u.recommended == u"True";
        hop.conditionalReason = u.reason;
        hop.risks = u.risks;
        break;
    }
}

} // namespace

std::optional<std::pair<QString, MinorVersion>> splitChannel(const QString &channel)
{
    const qsizetype dash = channel.lastIndexOf(u'-');
    if (dash <= 0)
        return std::nullopt;
    const auto minor = MinorVersion::parse(QStringView(channel).mid(dash + 1));
    if (!minor)
        return std::nullopt;
    return std::make_pair(channel.left(dash), *minor);
}

int OpenShiftHop::openBlockers() const
{
    int open = reachable == false ? 1 : 0;
    if (recommended == false)
        open += std::max(1, int(risks.size()));
    return open;
}

QList<OpenShiftHop> openShiftRoute(const OpenShiftClusterVersion &cv, const QList<MinorVersion> &releases)
{
    QList<OpenShiftHop> hops;
    const auto channelNow = splitChannel(cv.channel);
    const QString prefix = channelNow ? channelNow->first : QStringLiteral("stable");
    auto previous = MinorVersion::parse(cv.version);
    for (qsizetype i = 0; i < releases.size(); ++i) {
        const MinorVersion release = releases.at(i);
        OpenShiftHop hop;
        hop.release = release.toString();
        // EUS to EUS: from an even minor over the odd one (control plane only, workers paused) to the next even one.
        const bool eusPair = previous && previous->minor % 2 == 0 && release == previous->next() &&
                             i + 1 < releases.size() && releases.at(i + 1) == previous->next(2);
        const bool eusSecond = !hops.isEmpty() && hops.constLast().eusPath.size() == 3 &&
                               hops.constLast().eusPath.at(1) == previous->toString() &&
                               hops.constLast().eusPath.at(2) == release.toString();
        if (eusPair)
            hop.eusPath = {previous->toString(), release.toString(), previous->next(2).toString()};
        else if (eusSecond)
            hop.eusPath = hops.constLast().eusPath;
        if (!hop.eusPath.isEmpty())
            hop.channel = QStringLiteral("eus-") + hop.eusPath.constLast();
        else if (prefix == u"eus" && release.minor % 2 == 1)
            hop.channel = QStringLiteral("stable-") + release.toString(); // no EUS channel for odd minors
        else
            hop.channel = prefix + u'-' + release.toString();
        // Only the first hop's graph is known: the cluster shows the next one once it is there. A channel of a lower
        // minor does not offer the hop at all until it is changed.
        if (i == 0 && channelNow && !(channelNow->second < release))
            judgeFirstHop(cv, release, hop);
        hops << hop;
        previous = release;
    }
    return hops;
}

} // namespace kirikae
