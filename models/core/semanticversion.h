#pragma once

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
    bool isPreRelease() const { return !preRelease.isEmpty(); }
    QString toString() const;
    friend std::strong_ordering operator<=>(const SemanticVersion &a, const SemanticVersion &b);
    friend bool operator==(const SemanticVersion &a, const SemanticVersion &b) { return (a <=> b) == 0; }
};

} // namespace kirikae
