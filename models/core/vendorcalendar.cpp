#include "vendorcalendar.h"

#include "yamlreader.h"

#include <QCoreApplication>

namespace kirikae {

QString vendorPhaseKey(VendorPhase phase)
{
    switch (phase) {
    case VendorPhase::Standard:
        return QStringLiteral("standard");
    case VendorPhase::Maintenance:
        return QStringLiteral("maintenance");
    case VendorPhase::Extended:
        return QStringLiteral("extended");
    case VendorPhase::EndOfLife:
        return QStringLiteral("end-of-life");
    case VendorPhase::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<VendorCalendar> VendorCalendar::fromYaml(const QByteArray &data, const QString &source, QString *error)
{
    return yaml::readGuarded(source, error, [&] {
        const YAML::Node root = yaml::parse(data);
        yaml::requireMap(root, QCoreApplication::translate("VendorCalendar", "The vendor catalog"));
        const YAML::Node vendors = root["vendors"];
        yaml::requireMap(vendors, QCoreApplication::translate("VendorCalendar", "“vendors”"));
        VendorCalendar calendar;
        for (const auto &entry : vendors) {
            const QString key = yaml::toQString(entry.first.as<std::string>());
            const YAML::Node vendor = entry.second;
            yaml::requireMap(vendor, QCoreApplication::translate("VendorCalendar", "A vendor"));
            calendar.m_names.insert(key, yaml::optionalText(vendor, "name"));
            QList<VendorRelease> releases;
            for (const auto &node : yaml::sequence(vendor, "releases")) {
                VendorRelease r;
                r.version = yaml::text(node, "version");
                const QString kubernetes = yaml::optionalText(node, "kubernetes");
                const auto minor = MinorVersion::parse(kubernetes.isEmpty() ? r.version : kubernetes);
                if (!minor)
                    throw YamlReadError(
                        QCoreApplication::translate("VendorCalendar", "“%1” is not a version such as 1.29.")
                            .arg(kubernetes.isEmpty() ? r.version : kubernetes),
                        yaml::lineOf(node));
                // OpenShift releases without a known Kubernetes minor keep 0.0 and are never matched.
                r.kubernetes = (kubernetes.isEmpty() && key == u"openshift") ? MinorVersion{} : *minor;
                r.released = yaml::date(node, "released");
                r.endOfFullSupport = yaml::optionalDate(node, "endOfFullSupport");
                r.endOfStandardSupport = yaml::date(node, "endOfStandardSupport");
                r.endOfExtendedSupport = yaml::optionalDate(node, "endOfExtendedSupport");
                r.latest = yaml::optionalText(node, "latest");
                releases << r;
            }
            calendar.m_releases.insert(key, releases);
        }
        return calendar;
    });
}

std::optional<VendorRelease> VendorCalendar::release(const QString &vendor, const QString &version) const
{
    for (const VendorRelease &r : m_releases.value(vendor))
        if (r.version == version)
            return r;
    return std::nullopt;
}

std::optional<VendorRelease> VendorCalendar::openShiftFor(MinorVersion kubernetes) const
{
    for (const VendorRelease &r : m_releases.value(QStringLiteral("openshift")))
        if (r.kubernetes == kubernetes)
            return r;
    return std::nullopt;
}

std::optional<VendorAssessment> VendorCalendar::assess(const QString &vendor, const QString &version, QDate today) const
{
    const auto r = release(vendor, version);
    if (!r)
        return std::nullopt;
    VendorAssessment a;
    a.vendor = vendor;
    a.vendorName = vendorName(vendor);
    a.release = *r;
    a.supportEnds = r->endOfExtendedSupport.isValid() ? r->endOfExtendedSupport : r->endOfStandardSupport;
    a.daysLeft = int(today.daysTo(a.supportEnds));
    if (r->endOfFullSupport.isValid() && today <= r->endOfFullSupport) {
        a.phase = VendorPhase::Standard;
        a.phaseEnds = r->endOfFullSupport;
    } else if (today <= r->endOfStandardSupport) {
        a.phase = r->endOfFullSupport.isValid() ? VendorPhase::Maintenance : VendorPhase::Standard;
        a.phaseEnds = r->endOfStandardSupport;
    } else if (r->endOfExtendedSupport.isValid() && today <= r->endOfExtendedSupport) {
        a.phase = VendorPhase::Extended;
        a.phaseEnds = r->endOfExtendedSupport;
    } else {
        a.phase = VendorPhase::EndOfLife;
        a.phaseEnds = a.supportEnds;
    }
    return a;
}

std::optional<ComponentDefaults> ComponentDefaults::fromYaml(const QByteArray &data, const QString &source,
                                                             QString *error)
{
    return yaml::readGuarded(source, error, [&] {
        const YAML::Node root = yaml::parse(data);
        yaml::requireMap(root, QCoreApplication::translate("ComponentDefaults", "The component catalog"));
        ComponentDefaults defaults;
        for (const auto &node : yaml::sequence(root, "minors")) {
            yaml::requireMap(node, QCoreApplication::translate("ComponentDefaults", "A minor"));
            const QString text = yaml::text(node, "minor");
            const auto minor = MinorVersion::parse(text);
            if (!minor)
                throw YamlReadError(
                    QCoreApplication::translate("ComponentDefaults", "“%1” is not a minor version.").arg(text),
                    yaml::lineOf(node));
            QMap<QString, QString> versions;
            for (const auto &entry : node) {
                const QString key = yaml::toQString(entry.first.as<std::string>());
                if (key != u"minor")
                    versions.insert(key, yaml::toQString(entry.second.as<std::string>()));
            }
            defaults.m_defaults.insert(*minor, versions);
        }
        return defaults;
    });
}

QString ComponentDefaults::expected(MinorVersion minor, const QString &component) const
{
    return m_defaults.value(minor).value(component);
}

} // namespace kirikae
