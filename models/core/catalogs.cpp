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

/// The `updated:` date a catalog file states, read from its first lines (it sits next to schemaVersion).
QDate updatedOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (int i = 0; i < 40 && !file.atEnd(); ++i) {
        const QByteArray line = file.readLine();
        if (line.startsWith("updated:"))
            return QDate::fromString(QString::fromLatin1(line.mid(8).trimmed().left(10)), Qt::ISODate);
    }
    return {};
}

template <typename Catalog>
void loadCatalog(const QString &fileName, const QStringList &dirs, Catalog &target, Catalogs &catalogs,
                 QStringList *warnings)
{
    for (const QString &dir : dirs) {
        const QString path = dir.isEmpty() ? QString() : QDir(dir).filePath(fileName);
        if (!dir.isEmpty() && tryLoad(path, target, warnings)) {
            catalogs.origins << CatalogOrigin{fileName, QDir::toNativeSeparators(path), updatedOf(path)};
            return;
        }
    }
    // The built-in copy is tested at build time; it cannot fail short of a broken binary.
    const QString builtIn = QStringLiteral(":/data/") + fileName;
    const bool ok = tryLoad(builtIn, target, warnings);
    Q_ASSERT(ok);
    Q_UNUSED(ok);
    catalogs.origins << CatalogOrigin{fileName, builtIn, updatedOf(builtIn)};
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
    loadCatalog(kubernetesReleasesFile, dirs, catalogs.kubernetes, catalogs, warnings);
    loadCatalog(vendorReleasesFile, dirs, catalogs.vendors, catalogs, warnings);
    loadCatalog(componentDefaultsFile, dirs, catalogs.components, catalogs, warnings);
    loadCatalog(deprecatedApisFile, dirs, catalogs.deprecatedApis, catalogs, warnings);
    loadCatalog(vendorPoliciesFile, dirs, catalogs.vendorPolicies, catalogs, warnings);
    loadCatalog(addonsFile, dirs, catalogs.addons, catalogs, warnings);
    return catalogs;
}

Catalogs Catalogs::builtIn()
{
    Catalogs catalogs;
    loadCatalog(kubernetesReleasesFile, {}, catalogs.kubernetes, catalogs, nullptr);
    loadCatalog(vendorReleasesFile, {}, catalogs.vendors, catalogs, nullptr);
    loadCatalog(componentDefaultsFile, {}, catalogs.components, catalogs, nullptr);
    loadCatalog(deprecatedApisFile, {}, catalogs.deprecatedApis, catalogs, nullptr);
    loadCatalog(vendorPoliciesFile, {}, catalogs.vendorPolicies, catalogs, nullptr);
    loadCatalog(addonsFile, {}, catalogs.addons, catalogs, nullptr);
    return catalogs;
}

} // namespace kirikae
