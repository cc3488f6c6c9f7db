#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <compare>
#include <optional>

namespace kirikae {

/// A semantic version as operators use them ("0.20250209.0", "2.5.3514-4052426", "1.16.0-beta.0"), ordered
/// by semver precedence: build metadata is ignored, a pre-release sorts before its release.
struct SemanticVersion
{
    quint64 major = 0;
    quint64 minor = 0;
    quint64 patch = 0;
    QStringList preRelease; ///< dot-separated identifiers

    /// Accepts a leading "v"; a missing minor or patch counts as 0 only when allowPartial is set.
    static std::optional<SemanticVersion> parse(QStringView text, bool allowPartial = false);
    QString toString() const;
    friend std::strong_ordering operator<=>(const SemanticVersion &a, const SemanticVersion &b);
    friend bool operator==(const SemanticVersion &a, const SemanticVersion &b) { return (a <=> b) == 0; }
};

/**
 * A semver range as OLM writes it (blang/semver syntax): comparisons joined by spaces are all required,
 * alternatives are separated by "||". ">=1.12.2", ">=0.10.0 <0.12.0", "<v2.9.0", "1.2.x", "!=1.3.0",
 * or a bare version meaning exactly that version.
 */
class VersionRange
{
public:
    /// Parses text; on failure returns nothing and, when error is given, says which part is wrong.
    static std::optional<VersionRange> parse(QStringView text, QString *error = nullptr);

    bool contains(const SemanticVersion &version) const;
    QString toString() const { return m_text; }

private:
    enum class Op { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual };
    struct Comparison
    {
        Op op = Op::Equal;
        SemanticVersion version;
    };
    QList<QList<Comparison>> m_alternatives; ///< OR of ANDs
    QString m_text;

    static std::optional<QList<Comparison>> parseTerm(QStringView term, QString *error);
};

} // namespace kirikae
