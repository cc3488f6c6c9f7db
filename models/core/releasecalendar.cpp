#include "releasecalendar.h"

#include "yamlreader.h"

#include <QCoreApplication>

#include <algorithm>

namespace kirikae {

namespace {
constexpr int maxProjectedMinors = 24;
}

QString supportStatusKey(SupportStatus status)
{
    switch (status) {
    case SupportStatus::Supported:
        return QStringLiteral("supported");
    case SupportStatus::EndingSoon:
        return QStringLiteral("ending-soon");
    case SupportStatus::Unsupported:
        return QStringLiteral("unsupported");
    case SupportStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<ReleaseCalendar> ReleaseCalendar::fromYaml(const QByteArray &data, const QString &source, QString *error)
{
    try {
        const YAML::Node root = yaml::parse(data);
        yaml::requireMap(root, QCoreApplication::translate("ReleaseCalendar", "The release catalog"));
        ReleaseCalendar calendar;
        if (const auto projection = root["projection"]) {
            calendar.m_cadenceMonths = yaml::integer(projection, "cadenceMonths", calendar.m_cadenceMonths);
            calendar.m_supportMonths = yaml::integer(projection, "supportMonths", calendar.m_supportMonths);
        }
        calendar.m_endingSoonDays = yaml::integer(root, "endingSoonDays", calendar.m_endingSoonDays);
        for (const auto &node : yaml::sequence(root, "releases")) {
            MinorRelease r;
            const QString minorText = yaml::text(node, "minor");
            const auto minor = MinorVersion::parse(minorText);
            if (!minor)
                throw YamlReadError(
                    QCoreApplication::translate("ReleaseCalendar", "“%1” is not a minor version such as 1.29.")
                        .arg(minorText),
                    yaml::lineOf(node));
            r.minor = *minor;
            r.released = yaml::date(node, "released");
            r.endOfSupport = yaml::date(node, "endOfSupport");
            r.latestPatch = yaml::optionalText(node, "latestPatch");
            calendar.m_releases << r;
        }
        if (calendar.m_releases.isEmpty())
            throw YamlReadError(QCoreApplication::translate("ReleaseCalendar", "the catalog lists no releases."), 0);
        std::sort(calendar.m_releases.begin(), calendar.m_releases.end(),
                  [](const MinorRelease &a, const MinorRelease &b) { return a.minor < b.minor; });
        return calendar;
    } catch (const YamlReadError &e) {
        if (error)
            *error = e.describe(source);
        return std::nullopt;
    }
}

MinorRelease ReleaseCalendar::projectAfter(const MinorRelease &last, int steps) const
{
    MinorRelease r;
    r.minor = last.minor.next(steps);
    r.released = last.released.addMonths(m_cadenceMonths * steps);
    r.endOfSupport = r.released.addMonths(m_supportMonths);
    r.projected = true;
    return r;
}

QList<MinorRelease> ReleaseCalendar::withProjection(QDate until) const
{
    QList<MinorRelease> list = m_releases;
    if (list.isEmpty())
        return list;
    const MinorRelease last = list.constLast();
    for (int step = 1; step <= maxProjectedMinors; ++step) {
        const MinorRelease next = projectAfter(last, step);
        if (next.released > until)
            break;
        list << next;
    }
    return list;
}

std::optional<MinorRelease> ReleaseCalendar::release(MinorVersion minor) const
{
    if (m_releases.isEmpty())
        return std::nullopt;
    for (const auto &r : m_releases) {
        if (r.minor == minor)
            return r;
    }
    const MinorRelease &last = m_releases.constLast();
    const int steps = last.minor.distanceTo(minor);
    if (minor.major == last.minor.major && steps > 0 && steps <= maxProjectedMinors)
        return projectAfter(last, steps);
    return std::nullopt;
}

std::optional<MinorRelease> ReleaseCalendar::newestReleasedBy(QDate day) const
{
    const auto list = withProjection(day);
    for (auto it = list.crbegin(); it != list.crend(); ++it) {
        if (it->released <= day)
            return *it;
    }
    return std::nullopt;
}

SupportAssessment ReleaseCalendar::assess(MinorVersion minor, QDate today) const
{
    SupportAssessment a;
    a.minor = minor;
    a.today = today;
    std::optional<MinorRelease> newest;
    for (const MinorRelease &r : m_releases) {
        if (r.released.isValid() && r.released <= today)
            newest = r;
    }
    if (newest) {
        a.newestMinor = newest->minor;
        if (newest->minor.major == minor.major)
            a.minorsBehind = std::max(0, minor.distanceTo(newest->minor));
    }
    if (const auto expected = newestReleasedBy(today); expected && expected->projected)
        a.projectedMinor = expected->minor;

    if (!m_releases.isEmpty() && minor.major == m_releases.constFirst().minor.major &&
        minor < m_releases.constFirst().minor) {
        // Older than anything the catalog knows: every newer minor is already out of support too.
        a.status = SupportStatus::Unsupported;
        a.olderThanCatalog = true;
        return a;
    }

    const auto release = this->release(minor);
    if (!release)
        return a;
    a.projected = release->projected;
    a.latestPatch = release->latestPatch;
    if (release->released > today) {
        a.newerThanReleased = true;
        return a;
    }
    a.endOfSupport = release->endOfSupport;
    a.daysLeft = int(today.daysTo(release->endOfSupport));
    if (*a.daysLeft < 0)
        a.status = SupportStatus::Unsupported;
    else if (*a.daysLeft <= m_endingSoonDays)
        a.status = SupportStatus::EndingSoon;
    else
        a.status = SupportStatus::Supported;
    return a;
}

} // namespace kirikae
