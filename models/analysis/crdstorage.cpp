#include "crdstorage.h"

#include "analysis/versionrange.h"

#include <QMap>

#include <array>

#include <algorithm>

namespace kirikae {

namespace {

/// "group/version/Kind" → its parts; nothing for text of another shape.
std::optional<std::array<QString, 3>> splitGvk(const QString &gvk)
{
    const QStringList parts = gvk.split(u'/');
    if (parts.size() != 3)
        return std::nullopt;
    return std::array<QString, 3>{parts.at(0), parts.at(1), parts.at(2)};
}

/// The versions of crd that a release serves, and how that is known; nothing when it does not ship the CRD.
std::optional<std::pair<QStringList, QString>> servedBy(const OperatorCsv &release, const CrdInfo &crd)
{
    for (const CrdInfo &manifest : release.bundleCrds) {
        if (manifest.name == crd.name)
            return std::make_pair(manifest.servedVersions, QStringLiteral("crd-manifest"));
    }
    QStringList versions;
    for (const QString &owned : release.ownedCrds) {
        const auto gvk = splitGvk(owned);
        if (gvk && (*gvk)[0] == crd.group && (*gvk)[2] == crd.kind && !versions.contains((*gvk)[1]))
            versions << (*gvk)[1];
    }
    if (versions.isEmpty())
        return std::nullopt;
    return std::make_pair(versions, QStringLiteral("csv-owned"));
}

/// The installed operator that owns crd (by group and Kind), or nothing.
const OperatorCsv *ownerOf(const ClusterSnapshot &snapshot, const CrdInfo &crd)
{
    for (const OperatorCsv &csv : snapshot.operators) {
        for (const QString &owned : csv.ownedCrds) {
            const auto gvk = splitGvk(owned);
            if (gvk && (*gvk)[0] == crd.group && (*gvk)[2] == crd.kind)
                return &csv;
        }
    }
    return nullptr;
}

/// The package's releases newer than installed, oldest first; pre-releases are left out.
QList<std::pair<SemanticVersion, const OperatorCsv *>> newerReleases(const OperatorCsv &installed,
                                                                     const QList<OperatorCsv> &bundles)
{
    QList<std::pair<SemanticVersion, const OperatorCsv *>> newer;
    const auto current = SemanticVersion::parse(installed.version, true);
    if (!current)
        return newer;
    for (const OperatorCsv &b : bundles) {
        const auto version = SemanticVersion::parse(b.version, true);
        if (b.package == installed.package && version && version->preRelease.isEmpty() && *version > *current)
            newer.append({*version, &b});
    }
    std::sort(newer.begin(), newer.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return newer;
}

} // namespace

QList<CrdStorageBlocker> crdsDroppedByOperators(const ClusterSnapshot &snapshot, const QList<OperatorCsv> &bundles)
{
    QList<CrdStorageBlocker> blockers;
    if (bundles.isEmpty())
        return blockers;
    for (const CrdInfo &crd : snapshot.crds) {
        const OperatorCsv *owner = ownerOf(snapshot, crd);
        if (!owner)
            continue;
        QStringList pending = crd.storedVersions; // each stored version once, at the first release that drops it
        for (const auto &[version, release] : newerReleases(*owner, bundles)) {
            const auto served = servedBy(*release, crd);
            if (!served)
                continue; // the release no longer ships the CRD: a removal, not a storage migration
            for (const QString &stored : std::as_const(pending)) {
                if (served->first.contains(stored))
                    continue;
                blockers << CrdStorageBlocker{crd.name,          crd.kind,      stored,          release->name,
                                              owner->package,    version.toString(), served->first, crd.servedVersions,
                                              served->second,    std::nullopt};
            }
            pending.removeIf([&](const QString &v) { return !served->first.contains(v); });
        }
    }
    return blockers;
}

QList<CrdStorageBlocker> crdsDroppedByKubernetes(const ClusterSnapshot &snapshot, const Catalogs &catalogs,
                                                 MinorVersion target)
{
    QList<CrdStorageBlocker> blockers;
    for (const CrdInfo &crd : snapshot.crds) {
        for (const QString &stored : crd.storedVersions) {
            const DeprecatedApi *api = catalogs.deprecatedApis.find(crd.group + u'/' + stored, crd.kind);
            if (!api || target < api->removedIn)
                continue;
            QStringList served = crd.servedVersions;
            served.removeAll(stored);
            blockers << CrdStorageBlocker{crd.name, crd.kind, stored, api->removedIn.toString(), {}, {}, served,
                                          crd.servedVersions, QStringLiteral("deprecated-apis"), api->removedIn};
        }
    }
    return blockers;
}

} // namespace kirikae
