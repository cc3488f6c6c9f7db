#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace kirikae {

/// How sure a vendor fact is: the vendor's own word, third parties only, or not found at all.
enum class Sureness { Official, ThirdParty, Unknown };

/// "official", "third-party", "unknown".
QString surenessKey(Sureness sure);

/// What a vendor charges for a cluster in one support phase. An amount nobody states stays unknown.
struct VendorFee
{
    QString phase;                ///< "standard", "maintenance", "extended", "end-of-life"
    std::optional<double> amount; ///< per unit; empty when no source gives it
    QString currency;             ///< "USD"
    QString unit;                 ///< "cluster-hour"
    QDate effective;              ///< invalid when not stated
    Sureness sure = Sureness::Unknown;
    QString note;   ///< English, as the catalog words it
    QString noteJa; ///< the same in Japanese (the catalog's noteJa), empty when not given
    QString source; ///< the page that says so
};

/// What the vendor does when a cluster's last support phase ends.
struct ForcedUpgradePolicy
{
    enum class At { None, EndOfStandard, EndOfExtended, FallsToNMinus4 };
    enum class ControlPlane { Unchanged, NextMinor, NMinus2 };
    enum class NodePools { Stay, Upgraded };

    At at = At::None;
    ControlPlane controlPlane = ControlPlane::Unchanged;
    NodePools nodePools = NodePools::Stay;
    QString notice;        ///< English, as the catalog words it
    QString noticeJa;      ///< the same in Japanese, empty when not given
    bool postpone = false; ///< the customer can put it off (e.g. by paying for longer support)
    Sureness sure = Sureness::Unknown;
    QString note;
    QString noteJa;
    QString source;
};

/// The catalog's text in the language asked for ("ja" or anything else for English), English when untranslated.
inline QString inLanguage(const QString &language, const QString &english, const QString &japanese)
{
    return language == u"ja" && !japanese.isEmpty() ? japanese : english;
}

/// One vendor's fees and end-of-support behaviour.
struct VendorPolicy
{
    QList<VendorFee> fees;
    ForcedUpgradePolicy forcedUpgrade;
    int maxMinorsPerUpgrade = 1;

    /// The fee of a phase, or nothing when the catalog has none for it.
    std::optional<VendorFee> fee(const QString &phase) const;
};

/// A price the user's contract sets (an OpenShift subscription, an AKS Premium price): it wins over the catalog.
struct ContractPrice
{
    QString vendor; ///< "eks", "gke", "aks", "openshift"
    QString phase;  ///< as VendorFee::phase; empty: every phase
    double amount = 0;
    QString currency; ///< "USD", "JPY", …
    QString unit;     ///< "cluster-hour" or "cluster-month"
    QString note;
};

/// The vendor-policy catalog (resources/data/vendor-policies.yaml).
class VendorPolicies
{
public:
    static std::optional<VendorPolicies> fromYaml(const QByteArray &data, const QString &source, QString *error);

    std::optional<VendorPolicy> policy(const QString &vendor) const;
    int hoursPerMonth() const { return m_hoursPerMonth; }

private:
    QMap<QString, VendorPolicy> m_policies;
    int m_hoursPerMonth = 730;
};

} // namespace kirikae
