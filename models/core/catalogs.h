#pragma once

#include "addoncatalog.h"
#include "deprecatedapis.h"
#include "releasecalendar.h"
#include "vendorcalendar.h"
#include "vendorpolicies.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace kirikae {

/**
 * The data catalogs every analysis reads. Each catalog comes from the first of: the folder given with
 * --data, the user's data folder (<AppData>/data), the copy built into the binary. A file that exists but
 * does not load is reported and the next source is used, so one broken override never stops the app.
 */
/// Where one catalog came from and how recent its facts are (its `updated:` date), for the About box.
struct CatalogOrigin
{
    QString file;  ///< "kubernetes-releases.yaml"
    QString path;  ///< the file read: an override, or ":/data/…" for the built-in copy
    QDate updated; ///< invalid when the file does not say
};

struct Catalogs
{
    ReleaseCalendar kubernetes;
    VendorCalendar vendors;
    ComponentDefaults components;
    DeprecatedApis deprecatedApis;
    VendorPolicies vendorPolicies;
    AddonCatalog addons; ///< which Kubernetes minors each add-on release runs on
    QList<CatalogOrigin> origins; ///< one per catalog, in load order

    /// Loads every catalog; warnings receive one message per override that could not be used.
    static Catalogs load(const QString &overrideDir, QStringList *warnings);
    /// Only what the binary ships (tests and fall-backs).
    static Catalogs builtIn();
    /// The user's override folder, <AppData>/data.
    static QString userDataDir();
};

} // namespace kirikae
