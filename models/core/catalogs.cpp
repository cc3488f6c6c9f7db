#include "catalogs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace kirikae {

namespace {

const QString kubernetesReleasesFile = QStringLiteral("kubernetes-releases.yaml");
const QString vendorReleasesFile = QStringLiteral("vendor-releases.yaml");
const QString componentDefaultsFile = QStringLiteral("kubeadm-components.yaml");
const QString deprecatedApisFile = QStringLiteral("deprecated-apis.yaml");
const QString vendorPoliciesFile = QStringLiteral("vendor-policies.yaml");
const QString addonsFile = QStringLiteral("addon-compatibility.yaml");

template <typename Catalog> bool tryLoad(const QString &path, Catalog &target, QStringList *warnings)
{
    QFile file(path);
    if (!file.exists())
        return false;
    if (!file.open(QIODevice::ReadOnly)) {
        if (warnings)
            *warnings << QCoreApplication::translate("Catalogs", "%1: cannot be read (%2); using the next catalog.")
                             .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QString error;
    auto loaded = Catalog::fromYaml(file.readAll(), QDir::toNativeSeparators(path), &error);
    if (!loaded) {
        if (warnings)
            *warnings << QCoreApplication::translate("Catalogs", "%1; using the next catalog.").arg(error);
        return false;
    }
    target = std::move(*loaded);
    return true;
}

template <typename Catalog>
void loadCatalog(const QString &fileName, const QStringList &dirs, Catalog &target, QStringList *warnings)
{
    for (const QString &dir : dirs) {
        if (!dir.isEmpty() && tryLoad(QDir(dir).filePath(fileName), target, warnings))
            return;
    }
    // The built-in copy is tested at build time; it cannot fail short of a broken binary.
    const bool ok = tryLoad(QStringLiteral(":/data/") + fileName, target, warnings);
    Q_ASSERT(ok);
    Q_UNUSED(ok);
}

} // namespace

QString Catalogs::userDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/data");
}

Catalogs Catalogs::load(const QString &overrideDir, QStringList *warnings)
{
    Catalogs catalogs;
    const QStringList dirs{overrideDir, userDataDir()};
    loadCatalog(kubernetesReleasesFile, dirs, catalogs.kubernetes, warnings);
    loadCatalog(vendorReleasesFile, dirs, catalogs.vendors, warnings);
    loadCatalog(componentDefaultsFile, dirs, catalogs.components, warnings);
    loadCatalog(deprecatedApisFile, dirs, catalogs.deprecatedApis, warnings);
    loadCatalog(vendorPoliciesFile, dirs, catalogs.vendorPolicies, warnings);
    loadCatalog(addonsFile, dirs, catalogs.addons, warnings);
    return catalogs;
}

Catalogs Catalogs::builtIn()
{
    Catalogs catalogs;
    loadCatalog(kubernetesReleasesFile, {}, catalogs.kubernetes, nullptr);
    loadCatalog(vendorReleasesFile, {}, catalogs.vendors, nullptr);
    loadCatalog(componentDefaultsFile, {}, catalogs.components, nullptr);
    loadCatalog(deprecatedApisFile, {}, catalogs.deprecatedApis, nullptr);
    loadCatalog(vendorPoliciesFile, {}, catalogs.vendorPolicies, nullptr);
    loadCatalog(addonsFile, {}, catalogs.addons, nullptr);
    return catalogs;
}

} // namespace kirikae
