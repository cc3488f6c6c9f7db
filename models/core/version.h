#pragma once

#include <QMetaType>
#include <QString>

#include <compare>
#include <optional>

namespace kirikae {

/// A Kubernetes minor release such as 1.29: the unit in which support windows and skew are counted.
struct MinorVersion
{
    int major = 0;
    int minor = 0;

    /// Parses "1.29", "v1.29" or a full version ("v1.29.3-eks-…", whose minor is taken).
    static std::optional<MinorVersion> parse(QStringView text);
    QString toString() const { return QString::number(major) + u'.' + QString::number(minor); }
    /// How many minors lie between the two (positive when other is newer); only meaningful within one major.
    int distanceTo(MinorVersion other) const { return (other.major - major) * 1000 + (other.minor - minor); }
    MinorVersion next(int steps = 1) const { return {major, minor + steps}; }

    friend auto operator<=>(const MinorVersion &, const MinorVersion &) = default;
    friend bool operator==(const MinorVersion &, const MinorVersion &) = default;
};

/**
 * A version as real clusters report it: "v1.29.3", "1.29", "v1.27.16-eks-a18cd3a", "v1.30.5-gke.1014001",
 * "v1.28.9+k3s1", "v1.27.16+a1b2c3d" (OpenShift), "v1.31.0-rc.1".
 *
 * Upstream pre-releases (alpha, beta, rc) order before the release; a vendor suffix ("-eks-…", "-gke.…",
 * "+k3s1") is kept for display and distribution detection but does not change the order, because the vendor
 * build of 1.29.3 is still Kubernetes 1.29.3.
 */
class Version
{
public:
    Version() = default;

    /// Parses text; on failure returns nothing and, when error is given, says why in one sentence.
    static std::optional<Version> parse(QStringView text, QString *error = nullptr);

    bool isValid() const { return m_valid; }
    int major() const { return m_major; }
    int minor() const { return m_minor; }
    /// The patch number; 0 when the text gave none (see hasPatch()).
    int patch() const { return m_patch; }
    bool hasPatch() const { return m_hasPatch; }
    /// "rc.1", "beta.0" or empty.
    QString preRelease() const { return m_preRelease; }
    /// What follows the upstream version, with its separator: "-eks-a18cd3a", "+k3s1", "-gke.1014001" or empty.
    QString vendorSuffix() const { return m_vendorSuffix; }
    /// The text as given, trimmed.
    QString original() const { return m_original; }

    MinorVersion minorVersion() const { return {m_major, m_minor}; }
    /// "1.29.3", "1.29" or "1.31.0-rc.1": the upstream version without a vendor suffix or "v".
    QString toString() const;

    /// Orders by major, minor, patch, then pre-release (a pre-release sorts before its release).
    friend std::strong_ordering operator<=>(const Version &a, const Version &b);
    friend bool operator==(const Version &a, const Version &b) { return (a <=> b) == 0; }

private:
    bool m_valid = false;
    int m_major = 0;
    int m_minor = 0;
    int m_patch = 0;
    bool m_hasPatch = false;
    QString m_preRelease;
    QString m_vendorSuffix;
    QString m_original;
};

} // namespace kirikae

Q_DECLARE_METATYPE(kirikae::Version)
Q_DECLARE_METATYPE(kirikae::MinorVersion)
