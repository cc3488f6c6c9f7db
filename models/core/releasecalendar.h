#pragma once

#include "version.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace kirikae {

/// One Kubernetes minor release and its support window.
struct MinorRelease
{
    MinorVersion minor;
    QDate released;
    QDate endOfSupport;     ///< last day of maintenance support (upstream: end of patch releases)
    QString latestPatch;    ///< "1.29.15"; empty for projected minors
    bool projected = false; ///< dates estimated from the release cadence, not published
};

enum class SupportStatus { Supported, EndingSoon, Unsupported, Unknown };

/// The stable key used in JSON and snapshots: "supported", "ending-soon", "unsupported", "unknown".
QString supportStatusKey(SupportStatus status);

/// Where one minor stands on a given day.
struct SupportAssessment
{
    SupportStatus status = SupportStatus::Unknown;
    MinorVersion minor;
    QDate today;
    QDate endOfSupport;          ///< invalid when the catalog does not know it
    std::optional<int> daysLeft; ///< negative once support has ended
    QString latestPatch;
    std::optional<int> minorsBehind; ///< behind the newest minor published and released by today
    MinorVersion newestMinor;        ///< the newest minor published and released by today (never a projection)
    /// A projected minor expected out by today but not in the catalog: shown as projected, never counted as
    /// a reason to be behind.
    std::optional<MinorVersion> projectedMinor;
    bool projected = false; ///< the window comes from projection, not from published dates
    bool olderThanCatalog = false;
    bool newerThanReleased = false;
};

/**
 * The upstream Kubernetes release calendar: published minors from the catalog, and projected ones after them
 * (one release every cadenceMonths, each supported for supportMonths), so a planner can see past the data.
 */
class ReleaseCalendar
{
public:
    ReleaseCalendar() = default;

    /// Reads the catalog format of resources/data/kubernetes-releases.yaml; errors name source and line.
    static std::optional<ReleaseCalendar> fromYaml(const QByteArray &data, const QString &source, QString *error);

    bool isEmpty() const { return m_releases.isEmpty(); }
    /// Published minors, oldest first.
    const QList<MinorRelease> &published() const { return m_releases; }
    /// Published minors followed by projected ones until a projected release date passes until.
    QList<MinorRelease> withProjection(QDate until) const;
    /// The minor's window, published or projected (at most 24 minors ahead); nothing before the catalog.
    std::optional<MinorRelease> release(MinorVersion minor) const;
    /// The newest minor released on or before day, projected releases included.
    std::optional<MinorRelease> newestReleasedBy(QDate day) const;

    SupportAssessment assess(MinorVersion minor, QDate today) const;

    int endingSoonDays() const { return m_endingSoonDays; }
    void setEndingSoonDays(int days) { m_endingSoonDays = days; }
    int cadenceMonths() const { return m_cadenceMonths; }
    int supportMonths() const { return m_supportMonths; }

private:
    MinorRelease projectAfter(const MinorRelease &last, int steps) const;

    QList<MinorRelease> m_releases;
    int m_endingSoonDays = 90;
    int m_cadenceMonths = 4;
    int m_supportMonths = 14;
};

} // namespace kirikae
