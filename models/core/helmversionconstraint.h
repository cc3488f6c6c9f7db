#pragma once

#include "core/semanticversion.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <compare>
#include <optional>

namespace kirikae {

/**
 * A version as Helm reads one (Masterminds/semver v3, NewVersion): "v" allowed, a missing minor or patch is 0,
 * "-…" is a pre-release, "+…" build metadata that does not count. So "v1.31.13-eks-3025e55" is 1.31.13 with the
 * pre-release "eks-3025e55" — which is why charts write their kubeVersion with "-0". Ordered by semver precedence.
 */
using HelmVersion = SemanticVersion;

/// Reads text as Helm does; nothing when Helm refuses it.
std::optional<HelmVersion> parseHelmVersion(QStringView text);

/**
 * A chart's `kubeVersion` (and any Helm version constraint), with the semantics of Masterminds/semver v3 that Helm
 * checks it with — not blang's (VersionRange):
 *
 * - "||" separates alternatives; within one, comparisons separated by spaces or commas must all hold;
 *   "a - b" is ">= a, <= b"; an operator may stand apart from its version (">= 1.22.0-0").
 * - "~1.2.3" is >=1.2.3 <1.3.0, "~1.2" 1.2.x, "~1" 1.x; "^1.2" is >=1.2.0 <2.0.0 (^0.y and ^0.0.z narrower);
 *   "1.2.x", "1.2" and "1.2.*" alone mean 1.2.x; "*" any; "!=", ">", "<", ">=", "<=", "=>", "=<", "~>".
 * - A pre-release version (every EKS or GKE cluster: "1.31.13-eks-…") passes a comparison only if that comparison's
 *   own version has a pre-release: ">=1.25.0" refuses it, ">=1.25.0-0" accepts it.
 *
 * An empty constraint is no constraint: Helm checks nothing.
 */
class HelmVersionConstraint
{
public:
    /// Parses text; on failure returns nothing and, when error is given, names the part Helm would refuse.
    static std::optional<HelmVersionConstraint> parse(QStringView text, QString *error = nullptr);

    bool isEmpty() const { return m_alternatives.isEmpty(); }
    /// True when Helm accepts version (isEmpty(): always).
    bool allows(const HelmVersion &version) const;
    /// Parses version as Helm does first; a version Helm cannot read is refused, as Helm refuses it.
    bool allows(QStringView version) const;
    /// The lowest version one of the alternatives admits, pre-releases aside ("1.20.x" → 1.20.0, "<2" → 0.0.0).
    HelmVersion lowestAllowed() const;
    /// True when the constraint names one version exactly ("1.15.1", "=1.15.1").
    bool isExact() const;
    QString toString() const { return m_text; }

private:
    enum class Op { Equal, NotEqual, Greater, Less, GreaterEqual, LessEqual, Tilde, Caret };
    struct Comparison
    {
        Op op = Op::Equal;
        HelmVersion version;
        bool dirty = false;      ///< a part was a wildcard or missing ("1.2", "1.x", "*")
        bool minorDirty = false; ///< the minor (and so the patch) was
        bool patchDirty = false; ///< only the patch was
    };
    static bool holds(const Comparison &c, const HelmVersion &v);
    static bool tilde(const Comparison &c, const HelmVersion &v);

    QList<QList<Comparison>> m_alternatives; ///< OR of ANDs
    QString m_text;
};

} // namespace kirikae
