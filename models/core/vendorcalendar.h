#pragma once

#include "version.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace kirikae {

/// One release of a vendor's Kubernetes (EKS 1.31) or of OpenShift (4.14, which ships Kubernetes 1.27).
struct VendorRelease
{
    QString version;         ///< "1.31" or "4.14"
    MinorVersion kubernetes; ///< the Kubernetes minor it ships
    QDate released;
    QDate endOfFullSupport; ///< OpenShift only: end of full support, then maintenance
    QDate endOfStandardSupport;
    QDate endOfExtendedSupport; ///< EKS extended support, AKS LTS, OpenShift EUS; invalid when none
    QString latest;
};

enum class VendorPhase { Standard, Maintenance, Extended, EndOfLife, Unknown };

/// "standard", "maintenance", "extended", "end-of-life", "unknown".
QString vendorPhaseKey(VendorPhase phase);

/// Where a cluster stands in its vendor's calendar on a given day.
struct VendorAssessment
{
    QString vendor;     ///< "eks", "gke", "aks", "openshift"
    QString vendorName; ///< "Amazon EKS"
    VendorRelease release;
    VendorPhase phase = VendorPhase::Unknown;
    QDate phaseEnds;             ///< the last day of the current phase
    QDate supportEnds;           ///< the last day of any support (extended if offered)
    std::optional<int> daysLeft; ///< until supportEnds; negative once past
};

/// The vendors' calendars (resources/data/vendor-releases.yaml).
class VendorCalendar
{
public:
    static std::optional<VendorCalendar> fromYaml(const QByteArray &data, const QString &source, QString *error);

    bool knows(const QString &vendor) const { return m_releases.contains(vendor); }
    QString vendorName(const QString &vendor) const { return m_names.value(vendor, vendor); }
    QList<VendorRelease> releases(const QString &vendor) const { return m_releases.value(vendor); }
    std::optional<VendorRelease> release(const QString &vendor, const QString &version) const;
    /// The OpenShift release that ships a Kubernetes minor.
    std::optional<VendorRelease> openShiftFor(MinorVersion kubernetes) const;

    /// version: the vendor's release ("1.31" for EKS/GKE/AKS, "4.14" for OpenShift).
    std::optional<VendorAssessment> assess(const QString &vendor, const QString &version, QDate today) const;

private:
    QMap<QString, QList<VendorRelease>> m_releases;
    QMap<QString, QString> m_names;
};

/// The add-on versions kubeadm deploys with each minor (resources/data/kubeadm-components.yaml).
class ComponentDefaults
{
public:
    static std::optional<ComponentDefaults> fromYaml(const QByteArray &data, const QString &source, QString *error);

    /// The version of component ("coredns", "etcd", "pause") that minor ships, or empty when not known.
    QString expected(MinorVersion minor, const QString &component) const;
    QList<MinorVersion> minors() const { return m_defaults.keys(); }

private:
    QMap<MinorVersion, QMap<QString, QString>> m_defaults;
};

} // namespace kirikae
