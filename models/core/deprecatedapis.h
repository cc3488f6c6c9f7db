#pragma once

#include "version.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace kirikae {

/// A built-in API version of one kind that is deprecated and removed at known releases.
struct DeprecatedApi
{
    QString apiVersion; ///< "extensions/v1beta1"
    QString kind;       ///< "Ingress"
    std::optional<MinorVersion> deprecatedIn;
    MinorVersion removedIn;
    QString replacement; ///< "networking.k8s.io/v1"; empty when there is none
    QString source;      ///< "guide", "pluto", "kube-no-trouble"
    QString note;        ///< what changes when migrating
};

/// How an API stands for a target release.
enum class ApiStatus { Fine, Deprecated, Removed };

/// The catalog of deprecated and removed APIs (resources/data/deprecated-apis.yaml).
class DeprecatedApis
{
public:
    static std::optional<DeprecatedApis> fromYaml(const QByteArray &data, const QString &source, QString *error);

    const QList<DeprecatedApi> &all() const { return m_apis; }
    /// The entry for apiVersion and kind; nullptr when that API is not deprecated.
    const DeprecatedApi *find(const QString &apiVersion, const QString &kind) const;
    /// True when any kind of apiVersion is in the catalog (a cheap first test for a document).
    bool mentions(const QString &apiVersion) const { return m_versions.contains(apiVersion); }
    /// The entry for a resource seen in apiserver_requested_deprecated_apis (group, version, plural resource).
    const DeprecatedApi *findResource(const QString &group, const QString &version, const QString &resource) const;

    static ApiStatus statusFor(const DeprecatedApi &api, MinorVersion target);

private:
    QList<DeprecatedApi> m_apis;
    QHash<QString, int> m_index; ///< "apiVersion\x1fKind" → index
    QHash<QString, int> m_versions;
};

} // namespace kirikae
