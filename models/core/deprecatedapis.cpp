#include "deprecatedapis.h"

#include "yamlreader.h"

#include <QCoreApplication>

namespace kirikae {

std::optional<DeprecatedApis> DeprecatedApis::fromYaml(const QByteArray &data, const QString &source, QString *error)
{
    return yaml::readGuarded(source, error, [&] {
        const YAML::Node root = yaml::parse(data);
        yaml::requireMap(root, QCoreApplication::translate("DeprecatedApis", "The deprecated-API catalog"));
        DeprecatedApis catalog;
        for (const auto &node : yaml::sequence(root, "apis")) {
            yaml::requireMap(node, QCoreApplication::translate("DeprecatedApis", "An API entry"));
            DeprecatedApi api;
            api.apiVersion = yaml::text(node, "apiVersion");
            api.kind = yaml::text(node, "kind");
            const QString removed = yaml::text(node, "removedIn");
            const auto removedMinor = MinorVersion::parse(removed);
            if (!removedMinor)
                throw YamlReadError(
                    QCoreApplication::translate("DeprecatedApis", "“%1” is not a release such as 1.25.").arg(removed),
                    yaml::lineOf(node));
            api.removedIn = *removedMinor;
            if (const QString deprecated = yaml::optionalText(node, "deprecatedIn"); !deprecated.isEmpty())
                api.deprecatedIn = MinorVersion::parse(deprecated);
            api.replacement = yaml::optionalText(node, "replacement");
            api.source = yaml::optionalText(node, "source");
            api.note = yaml::optionalText(node, "note");
            catalog.m_index.insert(api.apiVersion + u'\x1f' + api.kind, int(catalog.m_apis.size()));
            catalog.m_versions[api.apiVersion] += 1;
            catalog.m_apis << api;
        }
        return catalog;
    });
}

const DeprecatedApi *DeprecatedApis::find(const QString &apiVersion, const QString &kind) const
{
    const auto it = m_index.constFind(apiVersion + u'\x1f' + kind);
    return it == m_index.cend() ? nullptr : &m_apis.at(*it);
}

const DeprecatedApi *DeprecatedApis::findResource(const QString &group, const QString &version,
                                                  const QString &resource) const
{
    const QString apiVersion = group.isEmpty() ? version : group + u'/' + version;
    for (const DeprecatedApi &api : m_apis) {
        // Plural resource names are the kind in lower case with an "s" (flowschemas, ingresses, …).
        if (api.apiVersion != apiVersion)
            continue;
        const QString kind = api.kind.toLower();
        if (resource == kind + u's' || resource == kind + QStringLiteral("es") ||
            (kind.endsWith(u'y') && resource == kind.chopped(1) + QStringLiteral("ies")))
            return &api;
    }
    return nullptr;
}

ApiStatus DeprecatedApis::statusFor(const DeprecatedApi &api, MinorVersion target)
{
    if (!(target < api.removedIn))
        return ApiStatus::Removed;
    if (api.deprecatedIn && !(target < *api.deprecatedIn))
        return ApiStatus::Deprecated;
    return ApiStatus::Fine;
}

} // namespace kirikae
