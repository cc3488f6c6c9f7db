#include "vendorpolicies.h"

#include "yamlreader.h"

#include <QCoreApplication>

namespace kirikae {

namespace {

Sureness sureness(const YAML::Node &node)
{
    const QString text = yaml::optionalText(node, "sure");
    if (text == u"official")
        return Sureness::Official;
    if (text == u"third-party")
        return Sureness::ThirdParty;
    if (text.isEmpty() || text == u"unknown")
        return Sureness::Unknown;
    throw YamlReadError(
        QCoreApplication::translate("VendorPolicies", "“sure: %1” is not official, third-party or unknown.").arg(text),
        yaml::lineOf(node));
}

/// One of the names, or a message naming the line and the words allowed.
template <typename Enum>
Enum choice(const YAML::Node &node, const char *key, const QMap<QString, Enum> &names, Enum fallback)
{
    const QString text = yaml::optionalText(node, key);
    if (text.isEmpty())
        return fallback;
    if (!names.contains(text))
        throw YamlReadError(QCoreApplication::translate("VendorPolicies", "“%1: %2” is not one of: %3.")
                                .arg(QLatin1String(key), text, names.keys().join(QStringLiteral(", "))),
                            yaml::lineOf(node));
    return names.value(text);
}

VendorFee readFee(const YAML::Node &node)
{
    yaml::requireMap(node, QCoreApplication::translate("VendorPolicies", "A fee"));
    VendorFee fee;
    fee.phase = yaml::text(node, "phase");
    if (node["amount"] && !node["amount"].IsNull()) {
        try {
            fee.amount = node["amount"].as<double>();
        } catch (const YAML::Exception &) {
            throw YamlReadError(QCoreApplication::translate("VendorPolicies", "“amount” is not a number."),
                                yaml::lineOf(node["amount"]));
        }
        if (*fee.amount < 0)
            throw YamlReadError(QCoreApplication::translate("VendorPolicies", "“amount” is negative."),
                                yaml::lineOf(node["amount"]));
    }
    fee.currency = yaml::optionalText(node, "currency");
    fee.unit = yaml::optionalText(node, "unit");
    fee.effective = yaml::optionalDate(node, "effective");
    fee.sure = sureness(node);
    fee.note = yaml::optionalText(node, "note");
    fee.noteJa = yaml::optionalText(node, "noteJa");
    fee.source = yaml::optionalText(node, "source");
    if (fee.amount && fee.sure == Sureness::Unknown)
        throw YamlReadError(QCoreApplication::translate("VendorPolicies", "An amount needs “sure”: official or "
                                                                          "third-party."),
                            yaml::lineOf(node));
    return fee;
}

ForcedUpgradePolicy readForcedUpgrade(const YAML::Node &node)
{
    ForcedUpgradePolicy p;
    if (!node)
        return p;
    yaml::requireMap(node, QCoreApplication::translate("VendorPolicies", "“forcedUpgrade”"));
    using F = ForcedUpgradePolicy;
    p.at = choice<F::At>(node, "at",
                         {{QStringLiteral("none"), F::At::None},
                          {QStringLiteral("end-of-standard"), F::At::EndOfStandard},
                          {QStringLiteral("end-of-extended"), F::At::EndOfExtended},
                          {QStringLiteral("falls-to-n-minus-4"), F::At::FallsToNMinus4}},
                         F::At::None);
    p.controlPlane = choice<F::ControlPlane>(node, "controlPlane",
                                             {{QStringLiteral("unchanged"), F::ControlPlane::Unchanged},
                                              {QStringLiteral("next-minor"), F::ControlPlane::NextMinor},
                                              {QStringLiteral("n-minus-2"), F::ControlPlane::NMinus2}},
                                             F::ControlPlane::Unchanged);
    p.nodePools = choice<F::NodePools>(
        node, "nodePools",
        {{QStringLiteral("stay"), F::NodePools::Stay}, {QStringLiteral("upgraded"), F::NodePools::Upgraded}},
        F::NodePools::Stay);
    p.notice = yaml::optionalText(node, "notice");
    p.noticeJa = yaml::optionalText(node, "noticeJa");
    p.postpone = yaml::boolean(node, "postpone", false);
    p.sure = sureness(node);
    p.note = yaml::optionalText(node, "note");
    p.noteJa = yaml::optionalText(node, "noteJa");
    p.source = yaml::optionalText(node, "source");
    return p;
}

} // namespace

QString surenessKey(Sureness sure)
{
    switch (sure) {
    case Sureness::Official:
        return QStringLiteral("official");
    case Sureness::ThirdParty:
        return QStringLiteral("third-party");
    case Sureness::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<VendorFee> VendorPolicy::fee(const QString &phase) const
{
    for (const VendorFee &f : fees)
        if (f.phase == phase)
            return f;
    return std::nullopt;
}

std::optional<VendorPolicy> VendorPolicies::policy(const QString &vendor) const
{
    const auto it = m_policies.constFind(vendor);
    return it == m_policies.cend() ? std::nullopt : std::optional<VendorPolicy>(*it);
}

std::optional<VendorPolicies> VendorPolicies::fromYaml(const QByteArray &data, const QString &source, QString *error)
{
    return yaml::readGuarded(source, error, [&] {
        const YAML::Node root = yaml::parse(data);
        yaml::requireMap(root, QCoreApplication::translate("VendorPolicies", "The vendor-policy catalog"));
        VendorPolicies catalog;
        catalog.m_hoursPerMonth = yaml::integer(root, "hoursPerMonth", 730);
        const YAML::Node vendors = root["vendors"];
        yaml::requireMap(vendors, QCoreApplication::translate("VendorPolicies", "“vendors”"));
        for (const auto &entry : vendors) {
            const YAML::Node node = entry.second;
            yaml::requireMap(node, QCoreApplication::translate("VendorPolicies", "A vendor"));
            VendorPolicy policy;
            for (const auto &fee : yaml::sequence(node, "fees"))
                policy.fees << readFee(fee);
            policy.forcedUpgrade = readForcedUpgrade(node["forcedUpgrade"]);
            policy.maxMinorsPerUpgrade = yaml::integer(node, "maxMinorsPerUpgrade", 1);
            catalog.m_policies.insert(yaml::toQString(entry.first.as<std::string>()), policy);
        }
        return catalog;
    });
}

} // namespace kirikae
