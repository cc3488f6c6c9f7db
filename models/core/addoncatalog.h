#pragma once

#include "helmversionconstraint.h"
#include "version.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kirikae {

/// What a source means when it lists a Kubernetes minor for an add-on release.
enum class AddonSemantics {
    Supported,  ///< the project supports the release there; outside its list it does not
    Compatible, ///< the project says the release is compatible (check-mark tables, an EOL release's column)
    Tested,     ///< the project tests the release there; a minor not listed is untested, not unsupported
    Minimum,    ///< the project states a requirement ("requires 1.22+", "≥ v1.18 and ≤ v1.24")
    Expected,   ///< the project expects the release to work there
    ClientGo,   ///< support follows the client-go the release is built with; no per-minor list
    Policy,     ///< a policy only ("every supported Kubernetes version"); no release rows
};

/// "supported", "compatible", "tested", "minimum", "expected", "client-go", "policy".
QString addonSemanticsKey(AddonSemantics semantics);

/**
 * How an add-on release stands on one minor, in the source's own terms. Only Supported, Tested and MinimumMet
 * say anything good; NotTested is not NotSupported, and NoData is never "fine".
 */
enum class AddonStatus {
    Supported,    ///< listed as supported or compatible
    Tested,       ///< listed as tested (and no more)
    MinimumMet,   ///< meets a stated requirement (a floor, a required or expected range) and nothing more is said
    NotTested,    ///< the source lists what it tests and this minor is not among them
    NotSupported, ///< below a stated floor, above a stated ceiling, outside a support list, or ruled out
    NoData,       ///< nothing is known: unknown add-on or release, a policy or client-go only, an undefined mark
};

/// "supported", "tested", "minimum-met", "not-tested", "not-supported", "no-data".
QString addonStatusKey(AddonStatus status);
/// The status in the user's language ("サポート対象", …).
QString addonStatusText(AddonStatus status);
/// True for the statuses that say the release runs there (Supported, Tested, MinimumMet).
bool addonStatusIsGood(AddonStatus status);

/// Why a status was given: a code, worded when shown (addonReasonText).
enum class AddonReason {
    Listed,              ///< the minor is in the row's list
    ListedAsTested,      ///< the minor is in the row's tested list
    InOpenBand,          ///< the minor is in an open-ended band below the list ("≤ 1.18 ✅")
    MeetsFloor,          ///< the minor meets an open-ended floor ("1.34+")
    RuledOut,            ///< the source rules the minor out
    BelowStated,         ///< older than every minor the row states
    AboveStated,         ///< newer than every minor the row states
    NotListed,           ///< between stated minors, but not listed
    Partial,             ///< marked in a way the source does not define
    ClientGo,            ///< the row gives only the client-go version
    NoStatement,         ///< the row states no minor ("TBD")
    UnknownAddon,        ///< not in the catalog
    VersionUnknown,      ///< the running version could not be read
    ReleaseNotInCatalog, ///< the add-on is known, its running release is not
    PolicyOnly,          ///< the add-on has a policy, no release rows
};

/// "listed", "listed-as-tested", "in-open-band", "meets-floor", "ruled-out", "below-stated", "above-stated",
/// "not-listed", "partial", "client-go", "no-statement", "unknown-addon", "version-unknown",
/// "release-not-in-catalog", "policy-only".
QString addonReasonKey(AddonReason reason);
/// The reason in the user's language.
QString addonReasonText(AddonReason reason);

/// A status with its reason, and whether the sources disagree on this minor for this release.
struct AddonVerdict
{
    AddonStatus status = AddonStatus::NoData;
    AddonReason reason = AddonReason::UnknownAddon;
    bool disputed = false;
};

/// One release row of an add-on, as its source states it (resources/data/addon-compatibility.yaml).
struct AddonRelease
{
    QString version; ///< as the source writes it: "v1.15.1", "1.12 LTS", "release-0.18", "chart 39.0.5+"
    std::optional<HelmVersionConstraint> match; ///< the running versions it covers; none: never matched
    bool matchesChart = false;                  ///< match is about Helm chart versions, not the add-on's own
    AddonSemantics semantics = AddonSemantics::Supported;
    QList<MinorVersion> kubernetes;   ///< stated in semantics' sense, oldest first
    QList<MinorVersion> tested;       ///< also listed as tested ("tested, but not supported")
    std::optional<MinorVersion> from; ///< an open-ended floor ("1.34+")
    std::optional<MinorVersion> upTo; ///< an open-ended band below the list ("≤ 1.18")
    QList<MinorVersion> notSupported;
    std::optional<MinorVersion> notSupportedFrom; ///< this minor and newer are ruled out
    std::optional<MinorVersion> notSupportedUpTo; ///< this minor and older are ruled out
    QList<MinorVersion> partial;                  ///< marked in a way the source does not define
    QList<MinorVersion> disputed;                 ///< the sources disagree on these (disagreement says how)
    QString clientGo;                             ///< "1.36": the client-go minor the release is built with
    QString openShift;                            ///< "4.20 → 4.22", as stated
    QString endOfLife;                            ///< as stated: "Jul 08, 2026", "Release of 1.23"
    QString note;
    QString disagreement;
    QStringList sources; ///< URLs; the add-on's when the row names none
    QDate retrieved;
    int line = 0; ///< in the catalog file

    /// How the release stands on minor, from this row alone.
    AddonVerdict statusAt(MinorVersion minor) const;
    /// True when the row states anything about any minor.
    bool statesAnything() const;
};

/// How an add-on is recognised in a cluster.
struct AddonDetection
{
    QStringList images;            ///< repositories: "registry.k8s.io/ingress-nginx/controller"
    QStringList versionlessImages; ///< images that identify the add-on but whose tag is not its version
    QStringList namespaces;
    QStringList helmCharts;
    QStringList genericHelmCharts;   ///< chart names that count only in one of namespaces ("base", "gateway")
    bool helmChartIsVersion = false; ///< the chart's version is the add-on's (else its appVersion)
    QString note;
};

/// A statement about the add-on that is not a release row (a chart's kubeVersion, a README that disagrees).
struct AddonStatement
{
    QString text;
    QString source;
};

/// One add-on: how to find it, what its source means, and its release rows.
struct AddonInfo
{
    QString name; ///< "ingress-nginx"
    AddonDetection detect;
    AddonSemantics semantics = AddonSemantics::Supported;
    QString semanticsNote;
    QString source; ///< URL of the add-on's main source
    QString via;    ///< how the source was read, when not directly
    QDate retrieved;
    QString projectStatus; ///< "retired …"
    QString policy;        ///< the project's support policy, as stated
    QList<AddonStatement> statements;
    QStringList doubts;
    QList<AddonRelease> releases; ///< as the catalog lists them
    int line = 0;

    /// The row that covers a running version: an exact row first, then the first whose match holds; when none
    /// does, the nearest lower row of the same major.minor (byLine). chart: version is a Helm chart version.
    struct Match
    {
        const AddonRelease *release = nullptr;
        bool byLine = false;
    };
    Match releaseFor(const QString &version, bool chart = false) const;
};

/// The add-on compatibility catalog (resources/data/addon-compatibility.yaml).
class AddonCatalog
{
public:
    /// Reads the catalog; errors name source and line ("addon-compatibility.yaml:42: …").
    static std::optional<AddonCatalog> fromYaml(const QByteArray &data, const QString &source, QString *error);

    const QList<AddonInfo> &addons() const { return m_addons; }
    /// The add-on named name, or nullptr.
    const AddonInfo *addon(const QString &name) const;
    /// Release rows over every add-on.
    int releaseCount() const;

private:
    QList<AddonInfo> m_addons;
};

} // namespace kirikae
