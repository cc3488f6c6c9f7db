#include "analysis/addons.h"
#include "core/catalogs.h"
#include "snapshot/fleet.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace kirikae;

namespace {

const Catalogs &catalogs()
{
    static const Catalogs c = Catalogs::builtIn();
    return c;
}

const AddonCatalog &catalog()
{
    return catalogs().addons;
}

MinorVersion minor(const char *text)
{
    return *MinorVersion::parse(QString::fromLatin1(text));
}

/// The row a version of an add-on falls on (fails the test when there is none).
const AddonRelease &row(const char *addon, const char *version, bool chart = false)
{
    const AddonInfo *info = catalog().addon(QLatin1StringView(addon));
    Q_ASSERT(info);
    const AddonInfo::Match m = info->releaseFor(QLatin1StringView(version), chart);
    if (!m.release)
        qFatal("no catalog row for %s %s", addon, version);
    return *m.release;
}

ClusterSnapshot clusterWithImages(const QStringList &images, const QString &serverVersion = QStringLiteral("v1.30.4"))
{
    ClusterSnapshot s;
    s.name = QStringLiteral("test");
    s.serverVersion = serverVersion;
    for (const QString &image : images) {
        ComponentInfo c;
        c.kind = ComponentInfo::Kind::Addon;
        c.name = image.section(u'/', -1).section(u':', 0, 0);
        c.image = image;
        c.namespaceName = QStringLiteral("kube-system");
        s.components << c;
    }
    return s;
}

HelmRelease helm(const char *name, const char *ns, const char *chart, const char *appVersion,
                 const char *kubeVersion = "", int revision = 1)
{
    HelmRelease h;
    h.name = QLatin1StringView(name);
    h.namespaceName = QLatin1StringView(ns);
    h.chart = QLatin1StringView(chart);
    h.appVersion = QLatin1StringView(appVersion);
    h.kubeVersion = QLatin1StringView(kubeVersion);
    h.revision = revision;
    h.status = QStringLiteral("deployed");
    return h;
}

} // namespace

class TestAddons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCatalogRowLoads();
    void everyRowKeepsItsSourceAndDate();
    void imagesBelongToOneAddon();
    void disagreementsKeptAsTheSourcesSay_data();
    void disagreementsKeptAsTheSourcesSay();
    void statusKeepsTheSourcesMeaning_data();
    void statusKeepsTheSourcesMeaning();
    void catalogErrorsNameFileAndLine_data();
    void catalogErrorsNameFileAndLine();
    void overrideReplacesTheBuiltInCatalog();

    void helmConstraint_data();
    void helmConstraint();
    void helmConstraintErrors_data();
    void helmConstraintErrors();
    void helmConstraintLowestAllowed();
    void firstBlockedMinorAlongTheRoute_data();
    void firstBlockedMinorAlongTheRoute();
    void splitChart_data();
    void splitChart();

    void detectsFromRealImages_data();
    void detectsFromRealImages();
    void unknownAddonsStayListed();
    void detectsFromHelmReleases();
    void lowestReleaseForTarget_data();
    void lowestReleaseForTarget();
    void runningPatchTheSourceSkips();
    void helmChecksOnTheRoute();
    void demoFleetFindings();
};

void TestAddons::everyCatalogRowLoads()
{
    QFile file(QStringLiteral(KIRIKAE_SOURCE_DIR "/resources/data/addon-compatibility.yaml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype rowsInFile = text.count(QRegularExpression(QStringLiteral("(?m)^      - version: ")));
    const qsizetype addonsInFile = text.count(QRegularExpression(QStringLiteral("(?m)^  - name: ")));
    QVERIFY(rowsInFile >= 400);
    QCOMPARE(catalog().releaseCount(), int(rowsInFile));
    QCOMPARE(catalog().addons().size(), addonsInFile);
    QCOMPARE(addonsInFile, 22);
    // The file's own count line agrees.
    QVERIFY(text.contains(QStringLiteral("# 22 add-ons, %1 release rows").arg(rowsInFile)));
    for (const char *name : {"ingress-nginx",
                             "cert-manager",
                             "cilium",
                             "calico",
                             "istio",
                             "metrics-server",
                             "kube-state-metrics",
                             "cluster-autoscaler",
                             "argo-cd",
                             "kube-prometheus",
                             "prometheus-operator",
                             "velero",
                             "aws-load-balancer-controller",
                             "aws-ebs-csi-driver",
                             "kyverno",
                             "gatekeeper",
                             "flux",
                             "keda",
                             "linkerd",
                             "traefik",
                             "external-dns",
                             "longhorn"})
        QVERIFY2(catalog().addon(QLatin1StringView(name)), name);
    QCOMPARE(catalog().addon(QStringLiteral("ingress-nginx"))->releases.size(), 78);
    QCOMPARE(catalog().addon(QStringLiteral("longhorn"))->releases.size(), 64);
    QCOMPARE(catalog().addon(QStringLiteral("gatekeeper"))->releases.size(), 0);
}

void TestAddons::everyRowKeepsItsSourceAndDate()
{
    for (const AddonInfo &a : catalog().addons()) {
        QVERIFY2(a.source.startsWith(QStringLiteral("https://")), qPrintable(a.name));
        QCOMPARE(a.retrieved, QDate(2026, 11, 30));
        for (const AddonRelease &r : a.releases) {
            const QString what = a.name + u' ' + r.version;
            QVERIFY2(!r.sources.isEmpty(), qPrintable(what));
            for (const QString &url : r.sources)
                QVERIFY2(url.startsWith(QStringLiteral("https://")), qPrintable(what));
            QVERIFY2(r.retrieved.isValid(), qPrintable(what));
            QVERIFY2(!r.note.isEmpty(), qPrintable(what));
            QVERIFY2(r.line > 0, qPrintable(what));
        }
    }
    // A row read at its own commit keeps that source, not the add-on's.
    QVERIFY(row("istio", "1.20.1").sources.constFirst().contains(QStringLiteral("supportStatus.yml")));
    QCOMPARE(row("ingress-nginx", "v1.15.1").sources.constFirst(),
             catalog().addon(QStringLiteral("ingress-nginx"))->source);
    // kube-state-metrics v2.3.0 is stated twice (client-go now, the check-mark matrix in 2022): both sources kept.
    const AddonRelease &ksm = row("kube-state-metrics", "v2.3.0");
    QCOMPARE(ksm.sources.size(), 2);
    QCOMPARE(ksm.clientGo, QStringLiteral("1.23"));
    QCOMPARE(ksm.kubernetes, (QList<MinorVersion>{minor("1.21"), minor("1.22"), minor("1.23")}));
}

void TestAddons::imagesBelongToOneAddon()
{
    QMap<QString, QString> owner;
    for (const AddonInfo &a : catalog().addons()) {
        for (const QString &image : a.detect.images) {
            QVERIFY2(!owner.contains(image), qPrintable(image + u' ' + owner.value(image) + u' ' + a.name));
            owner.insert(image, a.name);
        }
    }
    QVERIFY(catalog().addon(QStringLiteral("kube-prometheus"))->detect.images.isEmpty()); // a bundle, not an image
}

void TestAddons::disagreementsKeptAsTheSourcesSay_data()
{
    QTest::addColumn<QString>("addon");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("disputedMinor");
    QTest::addColumn<QString>("status");   ///< the row's own (newest) statement still decides
    QTest::addColumn<QString>("saysAlso"); ///< what the other source says, in the disagreement

    QTest::addRow("istio 1.20: table 1.25-1.29, announcement 1.25-1.28") << "istio"
                                                                         << "1.20.3"
                                                                         << "1.29"
                                                                         << "supported"
                                                                         << "1.25 to 1.28";
    QTest::addRow("istio 1.28: stored versions say up to 1.34 and 1.35") << "istio"
                                                                         << "1.28.0"
                                                                         << "1.35"
                                                                         << "supported"
                                                                         << "1.29 to 1.34";
    QTest::addRow("kube-prometheus release-0.14: main README later marks 1.27 x") << "kube-prometheus"
                                                                                  << "0.14.0"
                                                                                  << "1.27"
                                                                                  << "supported"
                                                                                  << "1.27 x";
    QTest::addRow("linkerd 2.19: versioned page says 1.29-1.35") << "linkerd"
                                                                 << "2.19.1"
                                                                 << "1.22"
                                                                 << "supported"
                                                                 << "1.29-1.35";
    QTest::addRow("kyverno 1.16: the page said 1.32-1.35 for a while") << "kyverno"
                                                                       << "1.16.2"
                                                                       << "1.35"
                                                                       << "not-supported"
                                                                       << "1.32-1.35";
    QTest::addRow("kyverno 1.18: newest 1.33-1.35, earlier 1.32-1.35") << "kyverno"
                                                                       << "1.18.0"
                                                                       << "1.32"
                                                                       << "not-supported"
                                                                       << "1.32-1.35";
    QTest::addRow("flux 2.9: installation page still lists 1.33") << "flux"
                                                                  << "2.9.0"
                                                                  << "1.33"
                                                                  << "not-supported"
                                                                  << "v1.33";
    QTest::addRow("longhorn 1.13.0 says >= 1.34, 1.12 says >= 1.25") << "longhorn"
                                                                     << "1.13.0"
                                                                     << "1.30"
                                                                     << "not-supported"
                                                                     << ">= v1.25";
    QTest::addRow("prometheus-operator README still says 1.16") << "prometheus-operator"
                                                                << "0.85.0"
                                                                << "1.20"
                                                                << "not-supported"
                                                                << "1.16.0";
}

void TestAddons::disagreementsKeptAsTheSourcesSay()
{
    QFETCH(QString, addon);
    QFETCH(QString, version);
    QFETCH(QString, disputedMinor);
    QFETCH(QString, status);
    QFETCH(QString, saysAlso);
    const AddonRelease &r = row(qPrintable(addon), qPrintable(version));
    QVERIFY2(r.disputed.contains(minor(qPrintable(disputedMinor))), qPrintable(r.version));
    QVERIFY2(r.disagreement.contains(saysAlso), qPrintable(r.disagreement));
    const AddonVerdict v = r.statusAt(minor(qPrintable(disputedMinor)));
    QVERIFY(v.disputed);
    QCOMPARE(addonStatusKey(v.status), status);
    // Disagreements between rows or pages stay with the add-on.
    QVERIFY(!catalog().addon(QStringLiteral("calico"))->doubts.filter(QStringLiteral("3.31")).isEmpty());
    QVERIFY(!catalog().addon(QStringLiteral("aws-ebs-csi-driver"))->doubts.filter(QStringLiteral(">= 1.20")).isEmpty());
    QVERIFY(!catalog().addon(QStringLiteral("ingress-nginx"))->projectStatus.isEmpty()); // retired
}

void TestAddons::statusKeepsTheSourcesMeaning_data()
{
    QTest::addColumn<QString>("addon");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("at");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("reason");

    QTest::addRow("calico tests 3.27 on 1.27-1.29") << "calico"
                                                    << "v3.27.3"
                                                    << "1.28"
                                                    << "tested"
                                                    << "listed";
    QTest::addRow("calico 3.27 on 1.30: not tested is not unsupported") << "calico"
                                                                        << "v3.27.3"
                                                                        << "1.30"
                                                                        << "not-tested"
                                                                        << "above-stated";
    QTest::addRow("calico 3.27 will not work on 1.20") << "calico"
                                                       << "v3.27.3"
                                                       << "1.20"
                                                       << "not-supported"
                                                       << "ruled-out";
    QTest::addRow("calico 3.25 on 1.20: only untested") << "calico"
                                                        << "v3.25.2"
                                                        << "1.20"
                                                        << "not-tested"
                                                        << "below-stated";
    QTest::addRow("cert-manager 1.12 LTS compatible with 1.32") << "cert-manager"
                                                                << "v1.12.3"
                                                                << "1.32"
                                                                << "supported"
                                                                << "listed";
    QTest::addRow("cert-manager 1.12 LTS not with 1.33") << "cert-manager"
                                                         << "v1.12.3"
                                                         << "1.33"
                                                         << "not-supported"
                                                         << "above-stated";
    QTest::addRow("cert-manager 1.21 supports 1.34") << "cert-manager"
                                                     << "v1.21.0"
                                                     << "1.34"
                                                     << "supported"
                                                     << "listed";
    QTest::addRow("cert-manager 1.21 not 1.32") << "cert-manager"
                                                << "v1.21.0"
                                                << "1.32"
                                                << "not-supported"
                                                << "below-stated";
    QTest::addRow("istio 1.22 tested but not supported on 1.24") << "istio"
                                                                 << "1.22.1"
                                                                 << "1.24"
                                                                 << "tested"
                                                                 << "listed-as-tested";
    QTest::addRow("istio 1.22 not on 1.31") << "istio"
                                            << "1.22.1"
                                            << "1.31"
                                            << "not-supported"
                                            << "above-stated";
    QTest::addRow("metrics-server 0.6 from 1.25: a floor") << "metrics-server"
                                                           << "v0.6.4"
                                                           << "1.40"
                                                           << "minimum-met"
                                                           << "meets-floor";
    QTest::addRow("metrics-server 0.6 below 1.25") << "metrics-server"
                                                   << "v0.6.4"
                                                   << "1.24"
                                                   << "not-supported"
                                                   << "below-stated";
    QTest::addRow("metrics-server 0.3 only to 1.21") << "metrics-server"
                                                     << "v0.3.6"
                                                     << "1.22"
                                                     << "not-supported"
                                                     << "above-stated";
    QTest::addRow("kube-state-metrics follows client-go") << "kube-state-metrics"
                                                          << "v2.20.0"
                                                          << "1.36"
                                                          << "no-data"
                                                          << "client-go";
    QTest::addRow("kube-state-metrics -/✓ is undefined") << "kube-state-metrics"
                                                         << "v2.4.2"
                                                         << "1.21"
                                                         << "no-data"
                                                         << "partial";
    QTest::addRow("keda 2.21 is TBD") << "keda"
                                      << "2.21.0"
                                      << "1.35"
                                      << "no-data"
                                      << "no-statement";
    QTest::addRow("keda 2.14 tested 1.27-1.29") << "keda"
                                                << "2.14.2"
                                                << "1.28"
                                                << "tested"
                                                << "listed";
    QTest::addRow("keda 2.14 on 1.33") << "keda"
                                       << "2.14.2"
                                       << "1.33"
                                       << "not-tested"
                                       << "above-stated";
    QTest::addRow("keda 2.5 tested on 1.17 or above") << "keda"
                                                      << "2.5.0"
                                                      << "1.20"
                                                      << "minimum-met"
                                                      << "meets-floor";
    QTest::addRow("velero 1.13 tested on 1.27") << "velero"
                                                << "v1.13.0"
                                                << "1.27"
                                                << "tested"
                                                << "listed";
    QTest::addRow("velero 1.13 expected from 1.18") << "velero"
                                                    << "v1.13.0"
                                                    << "1.31"
                                                    << "minimum-met"
                                                    << "meets-floor";
    QTest::addRow("velero 1.13 below its expectation") << "velero"
                                                       << "v1.13.0"
                                                       << "1.17"
                                                       << "not-tested"
                                                       << "below-stated";
    QTest::addRow("velero 1.5 expected 1.12-1.21") << "velero"
                                                   << "v1.5.4"
                                                   << "1.20"
                                                   << "minimum-met"
                                                   << "listed";
    QTest::addRow("velero 1.5 not expected on 1.22") << "velero"
                                                     << "v1.5.4"
                                                     << "1.22"
                                                     << "not-supported"
                                                     << "above-stated";
    QTest::addRow("external-dns 0.9 on 1.18 and older") << "external-dns"
                                                        << "v0.9.0"
                                                        << "1.18"
                                                        << "supported"
                                                        << "in-open-band";
    QTest::addRow("external-dns 0.9 ruled out on 1.22") << "external-dns"
                                                        << "v0.9.0"
                                                        << "1.22"
                                                        << "not-supported"
                                                        << "ruled-out";
    QTest::addRow("external-dns 0.14 compatible 1.32") << "external-dns"
                                                       << "v0.14.0"
                                                       << "1.32"
                                                       << "supported"
                                                       << "listed";
    QTest::addRow("external-dns 0.14 ruled out on 1.33") << "external-dns"
                                                         << "v0.14.0"
                                                         << "1.33"
                                                         << "not-supported"
                                                         << "ruled-out";
    QTest::addRow("external-dns 0.18 from 1.33 on") << "external-dns"
                                                    << "v0.18.0"
                                                    << "1.35"
                                                    << "minimum-met"
                                                    << "meets-floor";
    QTest::addRow("external-dns 0.18 ruled out on 1.20") << "external-dns"
                                                         << "v0.18.0"
                                                         << "1.20"
                                                         << "not-supported"
                                                         << "ruled-out";
    QTest::addRow("aws-lbc 2.7 needs 1.22") << "aws-load-balancer-controller"
                                            << "v2.7.2"
                                            << "1.21"
                                            << "not-supported"
                                            << "below-stated";
    QTest::addRow("aws-lbc 2.7 on 1.22") << "aws-load-balancer-controller"
                                         << "v2.7.2"
                                         << "1.22"
                                         << "minimum-met"
                                         << "meets-floor";
    QTest::addRow("aws-lbc 2.4 needs 1.19") << "aws-load-balancer-controller"
                                            << "v2.4.7"
                                            << "1.19"
                                            << "minimum-met"
                                            << "meets-floor";
    QTest::addRow("aws-lbc 2.1 requires 1.15-1.21") << "aws-load-balancer-controller"
                                                    << "v2.1.0"
                                                    << "1.22"
                                                    << "not-supported"
                                                    << "above-stated";
    QTest::addRow("longhorn 1.2 requires 1.18-1.24") << "longhorn"
                                                     << "1.2.4"
                                                     << "1.20"
                                                     << "minimum-met"
                                                     << "listed";
    QTest::addRow("longhorn 1.2 not on 1.25") << "longhorn"
                                              << "1.2.4"
                                              << "1.25"
                                              << "not-supported"
                                              << "above-stated";
    QTest::addRow("linkerd 2.14 up to 1.28") << "linkerd"
                                             << "2.14.10"
                                             << "1.29"
                                             << "not-supported"
                                             << "above-stated";
    QTest::addRow("argo-cd 2.13 not tested on 1.31") << "argo-cd"
                                                     << "v2.13.3"
                                                     << "1.31"
                                                     << "not-tested"
                                                     << "above-stated";
    QTest::addRow("cluster-autoscaler 1.30 tested on 1.30") << "cluster-autoscaler"
                                                            << "v1.30.2"
                                                            << "1.30"
                                                            << "tested"
                                                            << "listed";
    QTest::addRow("cluster-autoscaler 1.30 on 1.31") << "cluster-autoscaler"
                                                     << "v1.30.2"
                                                     << "1.31"
                                                     << "not-tested"
                                                     << "above-stated";
    QTest::addRow("prometheus-operator 0.79 needs 1.16") << "prometheus-operator"
                                                         << "v0.79.2"
                                                         << "1.33"
                                                         << "minimum-met"
                                                         << "meets-floor";
}

void TestAddons::statusKeepsTheSourcesMeaning()
{
    QFETCH(QString, addon);
    QFETCH(QString, version);
    QFETCH(QString, at);
    const AddonVerdict v = row(qPrintable(addon), qPrintable(version)).statusAt(minor(qPrintable(at)));
    QTEST(addonStatusKey(v.status), "status");
    QTEST(addonReasonKey(v.reason), "reason");
    QVERIFY(!addonStatusText(v.status).isEmpty());
    QVERIFY(!addonReasonText(v.reason).isEmpty());
}

void TestAddons::catalogErrorsNameFileAndLine_data()
{
    QTest::addColumn<QString>("releaseLines");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    // Lines 1-6 are the add-on; the release starts on line 7.
    QTest::addRow("misspelt key") << "        kubernets: [\"1.30\"]\n" << 8 << "unknown key “kubernets”";
    QTest::addRow("not a minor") << "        kubernetes: [\"1.3x\"]\n" << 8 << "“1.3x” is not a Kubernetes minor";
    QTest::addRow("a patch is not a minor") << "        from: \"1.30.2\"\n"
                                            << 8 << "“1.30.2” is not a Kubernetes minor";
    QTest::addRow("constraint Helm refuses") << "        match: \">=1.0 <\"\n" << 8 << "not a version constraint";
    QTest::addRow("match and chart") << "        match: \"1.0.x\"\n        chart: \"1.0.x\"\n" << 7 << "not both";
    QTest::addRow("disputed without saying how") << "        disputed: [\"1.30\"]\n" << 7 << "“disagreement”";
    QTest::addRow("unknown semantics") << "        semantics: guaranteed\n" << 8 << "“semantics: guaranteed”";
    QTest::addRow("bad date") << "        retrieved: 30.11.2026\n" << 8 << "not a date";
}

void TestAddons::catalogErrorsNameFileAndLine()
{
    QFETCH(QString, releaseLines);
    QFETCH(int, line);
    QFETCH(QString, message);
    const QString yaml = QStringLiteral("addons:\n"
                                        "  - name: demo\n"
                                        "    semantics: tested\n"
                                        "    source: \"https://example.com/compat\"\n"
                                        "    retrieved: 2026-11-30\n"
                                        "    releases:\n"
                                        "      - version: \"1.0\"\n") +
                         releaseLines;
    QString error;
    QVERIFY(!AddonCatalog::fromYaml(yaml.toUtf8(), QStringLiteral("addons.yaml"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("addons.yaml:%1: ").arg(line)), qPrintable(error));
    QVERIFY2(error.contains(message), qPrintable(error));

    // The same add-on twice, and an add-on that does not say what its source means.
    const QByteArray twice = "addons:\n"
                             "  - {name: a, semantics: tested, source: s, retrieved: 2026-11-30}\n"
                             "  - {name: a, semantics: tested, source: s, retrieved: 2026-11-30}\n";
    QVERIFY(!AddonCatalog::fromYaml(twice, QStringLiteral("x.yaml"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("x.yaml:3: ")) && error.contains(QStringLiteral("twice")),
             qPrintable(error));
    QVERIFY(!AddonCatalog::fromYaml("addons:\n  - {name: a, source: s, retrieved: 2026-11-30}\n",
                                    QStringLiteral("x.yaml"), &error));
    QVERIFY2(error.contains(QStringLiteral("semantics")), qPrintable(error));
    QVERIFY(!AddonCatalog::fromYaml("addons: [\n", QStringLiteral("x.yaml"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("x.yaml:")), qPrintable(error));
}

void TestAddons::overrideReplacesTheBuiltInCatalog()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("addon-compatibility.yaml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("addons:\n"
               "  - name: in-house-mesh\n"
               "    detect: {images: [registry.corp.example/mesh/proxy]}\n"
               "    semantics: supported\n"
               "    source: \"https://wiki.corp.example/mesh\"\n"
               "    retrieved: 2026-12-01\n"
               "    releases:\n"
               "      - {version: \"4.2\", match: \"4.2.x\", kubernetes: [\"1.33\", \"1.34\"], note: platform team}\n");
    file.close();
    QStringList warnings;
    Catalogs loaded = Catalogs::load(dir.path(), &warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    QCOMPARE(loaded.addons.addons().size(), 1);
    QCOMPARE(loaded.addons.releaseCount(), 1);

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("addons:\n  - name: broken\n    semantics: sometimes\n");
    file.close();
    loaded = Catalogs::load(dir.path(), &warnings);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.constFirst().contains(QStringLiteral("addon-compatibility.yaml:3:")), qPrintable(warnings[0]));
    QCOMPARE(loaded.addons.addons().size(), 22); // the built-in copy
}

void TestAddons::helmConstraint_data()
{
    QTest::addColumn<QString>("constraint");
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("allowed");

    QTest::addRow(">=1.20.0-0, EKS") << ">=1.20.0-0"
                                     << "v1.31.13-eks-3025e55" << true;
    QTest::addRow(">=1.20.0-0, below") << ">=1.20.0-0"
                                       << "v1.19.16" << false;
    QTest::addRow(">=1.20.0-0, exactly") << ">=1.20.0-0"
                                         << "1.20.0" << true;
    QTest::addRow(">=1.20.0 refuses EKS (no -0)") << ">=1.20.0"
                                                  << "v1.31.13-eks-3025e55" << false;
    QTest::addRow(">=1.20.0 refuses GKE (no -0)") << ">=1.20.0"
                                                  << "v1.30.5-gke.1014001" << false;
    QTest::addRow(">=1.20.0, upstream") << ">=1.20.0"
                                        << "v1.31.13" << true;
    QTest::addRow(">=1.20.0, k3s build metadata") << ">=1.20.0"
                                                  << "v1.28.9+k3s1" << true;
    QTest::addRow("range, inside on EKS") << ">=1.19.0-0 <1.29.0-0"
                                          << "v1.28.15-eks-a18cd3a" << true;
    QTest::addRow("range, upper bound") << ">=1.19.0-0 <1.29.0-0"
                                        << "v1.29.0" << false;
    QTest::addRow("range, upper bound on EKS") << ">=1.19.0-0 <1.29.0-0"
                                               << "v1.29.0-eks-a18cd3a" << false;
    QTest::addRow("range, lower bound") << ">=1.19.0-0 <1.29.0-0"
                                        << "v1.19.0" << true;
    QTest::addRow("range, below") << ">=1.19.0-0 <1.29.0-0"
                                  << "v1.18.20" << false;
    QTest::addRow("spaced operators, inside") << ">= 1.22.0-0 < 1.31.0-0"
                                              << "v1.30.5-gke.1014001" << true;
    QTest::addRow("spaced operators, at the bound") << ">= 1.22.0-0 < 1.31.0-0"
                                                    << "v1.31.0" << false;
    QTest::addRow("spaced operators, below") << ">= 1.22.0-0 < 1.31.0-0"
                                             << "v1.21.14" << false;
    QTest::addRow("comma AND") << ">=1.22.0-0, <1.31.0-0"
                               << "v1.30.1" << true;
    QTest::addRow("comma AND, out") << ">=1.22.0-0,<1.31.0-0"
                                    << "v1.31.1" << false;
    QTest::addRow("~1.28 is 1.28.x") << "~1.28"
                                     << "v1.28.15" << true;
    QTest::addRow("~1.28 from 1.28.0") << "~1.28"
                                       << "1.28.0" << true;
    QTest::addRow("~1.28 not 1.29") << "~1.28"
                                    << "v1.29.0" << false;
    QTest::addRow("~1.28 not 1.27") << "~1.28"
                                    << "v1.27.9" << false;
    QTest::addRow("~1.28 refuses a GKE pre-release") << "~1.28"
                                                     << "v1.28.3-gke.1" << false;
    QTest::addRow("~1.28.3 from the patch") << "~1.28.3"
                                            << "v1.28.2" << false;
    QTest::addRow("~> like ~") << "~>1.28.3"
                               << "v1.28.4" << true;
    QTest::addRow("~1 is 1.x") << "~1"
                               << "v1.36.0" << true;
    QTest::addRow("~1 not 2") << "~1"
                              << "v2.0.0" << false;
    QTest::addRow("^1.2 inside") << "^1.2"
                                 << "v1.36.0" << true;
    QTest::addRow("^1.2 from 1.2.0") << "^1.2"
                                     << "1.2.0" << true;
    QTest::addRow("^1.2 not 2") << "^1.2"
                                << "2.0.0" << false;
    QTest::addRow("^1.2 not 1.1") << "^1.2"
                                  << "1.1.9" << false;
    QTest::addRow("^0.2.3 within 0.2") << "^0.2.3"
                                       << "0.2.5" << true;
    QTest::addRow("^0.2.3 not 0.3") << "^0.2.3"
                                    << "0.3.0" << false;
    QTest::addRow("^0.0.3 only itself") << "^0.0.3"
                                        << "0.0.4" << false;
    QTest::addRow("^1.10.0-0 on GKE") << "^1.10.0-0"
                                      << "v1.30.5-gke.1014001" << true;
    QTest::addRow("|| first alternative") << "<1.25.0 || >=1.27.0"
                                          << "v1.24.17" << true;
    QTest::addRow("|| neither") << "<1.25.0 || >=1.27.0"
                                << "v1.26.3" << false;
    QTest::addRow("|| second alternative") << "<1.25.0 || >=1.27.0"
                                           << "v1.27.1" << true;
    QTest::addRow("|| with ranges, gap") << ">=1.19.0-0 <1.22.0-0 || >=1.24.0-0"
                                         << "v1.23.17" << false;
    QTest::addRow("|| with ranges, EKS") << ">=1.19.0-0 <1.22.0-0 || >=1.24.0-0"
                                         << "v1.24.17-eks-1" << true;
    QTest::addRow("hyphen range, upper minor") << "1.20 - 1.24"
                                               << "v1.24.9" << true;
    QTest::addRow("hyphen range, past it") << "1.20 - 1.24"
                                           << "v1.25.0" << false;
    QTest::addRow("hyphen range, before it") << "1.20 - 1.24"
                                             << "v1.19.9" << false;
    QTest::addRow("1.28.x") << "1.28.x"
                            << "v1.28.7" << true;
    QTest::addRow("1.28.x not 1.29") << "1.28.x"
                                     << "v1.29.0" << false;
    QTest::addRow("bare 1.28 is 1.28.x") << "1.28"
                                         << "v1.28.7" << true;
    QTest::addRow("* any release") << "*"
                                   << "v1.30.0" << true;
    QTest::addRow("* no pre-release") << "*"
                                      << "v1.30.0-eks-1" << false;
    QTest::addRow("!= the one") << "!=1.25.0"
                                << "v1.25.0" << false;
    QTest::addRow("!= another") << "!=1.25.0"
                                << "v1.25.1" << true;
    QTest::addRow(">1.28 needs 1.29") << ">1.28"
                                      << "v1.28.5" << false;
    QTest::addRow(">1.28 on 1.29") << ">1.28"
                                   << "v1.29.0" << true;
    QTest::addRow("<=1.28 any 1.28 patch") << "<=1.28"
                                           << "v1.28.9" << true;
    QTest::addRow("<=1.28 not 1.29") << "<=1.28"
                                     << "v1.29.0" << false;
    QTest::addRow("=> and =<") << "=>1.20, =<1.28"
                               << "v1.24.0" << true;
    QTest::addRow("v in the constraint (keda)") << ">=v1.23.0-0"
                                                << "v1.33.5" << true;
    QTest::addRow("no constraint") << ""
                                   << "v1.36.0-eks-1" << true;
    QTest::addRow("a version Helm cannot read") << ">=1.20.0-0"
                                                << "latest" << false;
    QTest::addRow("a partial version with a suffix") << ">=1.20.0-0"
                                                     << "1.30-latest" << true;
}

void TestAddons::helmConstraint()
{
    QFETCH(QString, constraint);
    QFETCH(QString, version);
    QString error;
    const auto c = HelmVersionConstraint::parse(constraint, &error);
    QVERIFY2(c, qPrintable(error));
    QTEST(c->allows(version), "allowed");
    QCOMPARE(c->toString(), constraint);
}

void TestAddons::helmConstraintErrors_data()
{
    QTest::addColumn<QString>("constraint");
    QTest::addRow("dangling operator") << ">=1.20.0-0 <";
    QTest::addRow("empty alternative") << "1.2.3 ||";
    QTest::addRow("not a version") << ">=abc";
    QTest::addRow("no separator") << ">=1.20<1.29";
    QTest::addRow("== is not an operator") << "==1.2";
    QTest::addRow("four parts") << "1.2.3.4";
    QTest::addRow("only spaces") << "   ";
    QTest::addRow("trailing comma") << ">=1.2,";
}

void TestAddons::helmConstraintErrors()
{
    QFETCH(QString, constraint);
    QString error;
    QVERIFY(!HelmVersionConstraint::parse(constraint, &error));
    QVERIFY2(error.contains(u'“' + constraint + u'”'), qPrintable(error));
}

void TestAddons::helmConstraintLowestAllowed()
{
    const auto lowest = [](const char *text) {
        return HelmVersionConstraint::parse(QString::fromLatin1(text))->lowestAllowed().toString();
    };
    QCOMPARE(lowest("1.20.x"), QStringLiteral("1.20.0"));
    QCOMPARE(lowest(">=2.5.0"), QStringLiteral("2.5.0"));
    QCOMPARE(lowest("<2"), QStringLiteral("0.0.0"));
    QCOMPARE(lowest("2.0.0 - 2.1.3"), QStringLiteral("2.0.0"));
    QCOMPARE(lowest(">=1.2 <2 || >=0.5 <0.9"), QStringLiteral("0.5.0"));
    QCOMPARE(lowest(">=28.0.0-rc.1 <39.0.5"), QStringLiteral("28.0.0"));
    QVERIFY(HelmVersionConstraint::parse(u"1.15.1")->isExact());
    QVERIFY(HelmVersionConstraint::parse(u"=1.15.1")->isExact());
    QVERIFY(!HelmVersionConstraint::parse(u"1.15")->isExact());
    QVERIFY(!HelmVersionConstraint::parse(u">=1.15.1")->isExact());
    QVERIFY(HelmVersionConstraint::parse(u"")->isEmpty());
}

void TestAddons::firstBlockedMinorAlongTheRoute_data()
{
    QTest::addColumn<QString>("kubeVersion");
    QTest::addColumn<QString>("serverVersion");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("blocksAt"); ///< empty: never

    QTest::addRow("a floor never blocks") << ">=1.20.0-0"
                                          << "v1.31.13-eks-3025e55"
                                          << "1.36"
                                          << "";
    QTest::addRow("an upper bound on EKS") << ">=1.19.0-0 <1.29.0-0"
                                           << "v1.27.16-eks-a18cd3a"
                                           << "1.31"
                                           << "1.29";
    QTest::addRow("spaced operators") << ">= 1.22.0-0 < 1.31.0-0"
                                      << "v1.29.4"
                                      << "1.33"
                                      << "1.31";
    QTest::addRow("~1.28 upstream") << "~1.28"
                                    << "v1.28.9"
                                    << "1.30"
                                    << "1.29";
    QTest::addRow("~1.28 on GKE: already now") << "~1.28"
                                               << "v1.28.9-gke.1000000"
                                               << "1.30"
                                               << "1.28";
    QTest::addRow("no -0 on EKS: already now") << ">=1.25.0"
                                               << "v1.31.13-eks-3025e55"
                                               << "1.33"
                                               << "1.31";
    QTest::addRow("no -0 upstream: fine") << ">=1.25.0"
                                          << "v1.31.4"
                                          << "1.33"
                                          << "";
    QTest::addRow("caret on GKE") << "^1.10.0-0"
                                  << "v1.30.5-gke.1014001"
                                  << "1.36"
                                  << "";
    QTest::addRow("|| with a gap") << ">=1.19.0-0 <1.22.0-0 || >=1.24.0-0"
                                   << "v1.21.14"
                                   << "1.25"
                                   << "1.22";
    QTest::addRow("pinned below the target") << ">= 1.27.0-0 < 1.36.0-0"
                                             << "v1.35.2"
                                             << "1.36"
                                             << "1.36";
    QTest::addRow("OpenShift build metadata") << ">=1.25.0 <1.28.0"
                                              << "v1.27.16+a1b2c3d"
                                              << "1.29"
                                              << "1.28";
    QTest::addRow("no kubeVersion") << ""
                                    << "v1.27.16-eks-a18cd3a"
                                    << "1.36"
                                    << "";
}

void TestAddons::firstBlockedMinorAlongTheRoute()
{
    QFETCH(QString, kubeVersion);
    QFETCH(QString, serverVersion);
    QFETCH(QString, target);
    QFETCH(QString, blocksAt);
    const Version running = *Version::parse(serverVersion);
    const QList<MinorVersion> hops = hopMinors(running.minorVersion(), minor(qPrintable(target)));
    QCOMPARE(hops.constFirst(), running.minorVersion());
    QCOMPARE(hops.constLast(), minor(qPrintable(target)));
    const auto blocked = firstBlockedMinor(*HelmVersionConstraint::parse(kubeVersion), hops, [&](MinorVersion m) {
        return clusterVersionAt(running, m, catalogs().kubernetes);
    });
    QCOMPARE(blocked ? blocked->toString() : QString(), blocksAt);
}

void TestAddons::splitChart_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("version");
    QTest::addRow("plain") << "ingress-nginx-4.7.1"
                           << "ingress-nginx"
                           << "4.7.1";
    QTest::addRow("dashes in the name") << "kube-prometheus-stack-67.8.0"
                                        << "kube-prometheus-stack"
                                        << "67.8.0";
    QTest::addRow("v version") << "cert-manager-v1.13.2"
                               << "cert-manager"
                               << "v1.13.2";
    QTest::addRow("pre-release") << "longhorn-1.8.1-rc1"
                                 << "longhorn"
                                 << "1.8.1-rc1";
    QTest::addRow("digit in the name") << "linkerd2-2.14.10"
                                       << "linkerd2"
                                       << "2.14.10";
    QTest::addRow("digit after a dash in the name") << "auth-2fa-1.0.0"
                                                    << "auth-2fa"
                                                    << "1.0.0";
    QTest::addRow("no version") << "web"
                                << "web"
                                << "";
}

void TestAddons::splitChart()
{
    QFETCH(QString, chart);
    const auto [name, version] = kirikae::splitChart(chart);
    QTEST(name, "name");
    QTEST(version, "version");
}

void TestAddons::detectsFromRealImages_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("addon");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("release"); ///< the catalog row; empty: none

    QTest::addRow("ingress-nginx") << "registry.k8s.io/ingress-nginx/controller:v1.9.4"
                                   << "ingress-nginx"
                                   << "v1.9.4"
                                   << "v1.9.4";
    QTest::addRow("ingress-nginx by digest") << "registry.k8s.io/ingress-nginx/controller:v1.9.4@sha256:"
                                                "5b161f051d017e55d358435f295f5e9a297e66158f136321d9b04520ec6c48a3"
                                             << "ingress-nginx"
                                             << "v1.9.4"
                                             << "v1.9.4";
    QTest::addRow("cert-manager") << "quay.io/jetstack/cert-manager-controller:v1.13.2"
                                  << "cert-manager"
                                  << "v1.13.2"
                                  << "1.13";
    QTest::addRow("cert-manager mirrored") << "harbor.corp.example/mirror/jetstack/cert-manager-webhook:v1.14.4"
                                           << "cert-manager"
                                           << "v1.14.4"
                                           << "1.14";
    QTest::addRow("calico") << "docker.io/calico/node:v3.26.1"
                            << "calico"
                            << "v3.26.1"
                            << "3.26";
    QTest::addRow("calico, Docker Hub implied") << "calico/node:v3.26.1"
                                                << "calico"
                                                << "v3.26.1"
                                                << "3.26";
    QTest::addRow("calico from quay") << "quay.io/calico/kube-controllers:v3.28.0"
                                      << "calico"
                                      << "v3.28.0"
                                      << "3.28";
    QTest::addRow("cilium, release not in the catalog") << "quay.io/cilium/cilium:v1.14.5"
                                                        << "cilium"
                                                        << "v1.14.5"
                                                        << "";
    QTest::addRow("cilium 1.18") << "quay.io/cilium/operator-generic:v1.18.4"
                                 << "cilium"
                                 << "v1.18.4"
                                 << "1.18";
    QTest::addRow("istio pilot") << "istio/pilot:1.20.1"
                                 << "istio"
                                 << "1.20.1"
                                 << "1.20";
    QTest::addRow("istio distroless") << "docker.io/istio/proxyv2:1.22.3-distroless"
                                      << "istio"
                                      << "1.22.3-distroless"
                                      << "1.22";
    QTest::addRow("EBS CSI from another region")
        << "602401143452.dkr.ecr.eu-west-1.amazonaws.com/eks/aws-ebs-csi-driver:v1.35.0-eksbuild.1"
        << "aws-ebs-csi-driver"
        << "v1.35.0-eksbuild.1"
        << "";
    QTest::addRow("aws-load-balancer-controller") << "public.ecr.aws/eks/aws-load-balancer-controller:v2.7.2"
                                                  << "aws-load-balancer-controller"
                                                  << "v2.7.2"
                                                  << "v2.5.0+";
    QTest::addRow("traefik: rows are chart versions") << "traefik:v2.10.4"
                                                      << "traefik"
                                                      << "v2.10.4"
                                                      << "";
    QTest::addRow("traefik official image") << "docker.io/library/traefik:v3.1.2"
                                            << "traefik"
                                            << "v3.1.2"
                                            << "";
    QTest::addRow("linkerd stable") << "cr.l5d.io/linkerd/proxy:stable-2.14.10"
                                    << "linkerd"
                                    << "2.14.10"
                                    << "2.14";
    QTest::addRow("cluster-autoscaler") << "registry.k8s.io/autoscaling/cluster-autoscaler:v1.30.2"
                                        << "cluster-autoscaler"
                                        << "v1.30.2"
                                        << "1.30.x";
    QTest::addRow("kube-state-metrics") << "registry.k8s.io/kube-state-metrics/kube-state-metrics:v2.10.1"
                                        << "kube-state-metrics"
                                        << "v2.10.1"
                                        << "v2.10.1";
    QTest::addRow("argo-cd") << "quay.io/argoproj/argocd:v2.13.3"
                             << "argo-cd"
                             << "v2.13.3"
                             << "2.13";
    QTest::addRow("keda") << "ghcr.io/kedacore/keda:2.14.2"
                          << "keda"
                          << "2.14.2"
                          << "2.14";
    QTest::addRow("velero") << "velero/velero:v1.13.0"
                            << "velero"
                            << "v1.13.0"
                            << "1.13";
    QTest::addRow("metrics-server") << "registry.k8s.io/metrics-server/metrics-server:v0.7.2"
                                    << "metrics-server"
                                    << "v0.7.2"
                                    << "0.7.x";
    QTest::addRow("external-dns") << "registry.k8s.io/external-dns/external-dns:v0.14.0"
                                  << "external-dns"
                                  << "v0.14.0"
                                  << "≥ 0.10.x and ≤ 0.17.x";
    QTest::addRow("kyverno") << "ghcr.io/kyverno/kyverno:v1.11.4"
                             << "kyverno"
                             << "v1.11.4"
                             << "1.11.x";
    QTest::addRow("longhorn") << "longhornio/longhorn-manager:v1.6.0"
                              << "longhorn"
                              << "v1.6.0"
                              << "1.6.0";
    QTest::addRow("gatekeeper: a policy") << "openpolicyagent/gatekeeper:v3.14.0"
                                          << "gatekeeper"
                                          << "v3.14.0"
                                          << "";
    QTest::addRow("prometheus-operator") << "quay.io/prometheus-operator/prometheus-operator:v0.79.2"
                                         << "prometheus-operator"
                                         << "v0.79.2"
                                         << "< v0.84.0";
    QTest::addRow("flux controllers do not carry Flux's version") << "ghcr.io/fluxcd/source-controller:v1.4.1"
                                                                  << "flux"
                                                                  << ""
                                                                  << "";
    QTest::addRow("the tigera operator is not Calico's version") << "quay.io/tigera/operator:v1.34.0"
                                                                 << "calico"
                                                                 << ""
                                                                 << "";
}

void TestAddons::detectsFromRealImages()
{
    QFETCH(QString, image);
    QFETCH(QString, addon);
    QFETCH(QString, version);
    QFETCH(QString, release);
    const QList<DetectedAddon> found = detectAddons(clusterWithImages({image}), catalog());
    QCOMPARE(found.size(), 1);
    const DetectedAddon &d = found.constFirst();
    QCOMPARE(d.name, addon);
    QVERIFY(d.known);
    QCOMPARE(d.version, version);
    QCOMPARE(d.cluster, QStringLiteral("test"));
    QCOMPARE(d.evidence.size(), 1);
    QCOMPARE(d.evidence.constFirst().kind, AddonEvidence::Kind::Image);
    QCOMPARE(d.evidence.constFirst().value, image);
    const AddonAssessment a = assessAddon(d, catalog(), minor("1.30"), minor("1.33"));
    QCOMPARE(a.release ? a.release->version : QString(), release);
    if (!a.release) {
        QCOMPARE(a.atCurrent.status, AddonStatus::NoData); // never "fine" without data
        QCOMPARE(a.atTarget.status, AddonStatus::NoData);
        QVERIFY(a.atTarget.reason == AddonReason::ReleaseNotInCatalog || a.atTarget.reason == AddonReason::PolicyOnly ||
                a.atTarget.reason == AddonReason::VersionUnknown);
    }
}

void TestAddons::unknownAddonsStayListed()
{
    ClusterSnapshot s = clusterWithImages({QStringLiteral("docker.io/kindest/kindnetd:v20250512-df8de77b"),
                                           QStringLiteral("registry.k8s.io/ingress-nginx/controller:v1.12.1")});
    ComponentInfo noImage;
    noImage.name = QStringLiteral("router-default");
    noImage.version = QStringLiteral("4.14.38");
    noImage.namespaceName = QStringLiteral("openshift-ingress");
    s.components << noImage;
    ComponentInfo apiserver;
    apiserver.kind = ComponentInfo::Kind::ControlPlane;
    apiserver.name = QStringLiteral("kube-apiserver");
    apiserver.image = QStringLiteral("registry.k8s.io/kube-apiserver:v1.30.4");
    s.components << apiserver;
    const ClusterAddons result = analyseAddons(s, catalogs(), minor("1.32"));
    QCOMPARE(result.addons.size(), 3);                                         // the control plane is not an add-on
    QCOMPARE(result.addons.at(0).addon.name, QStringLiteral("ingress-nginx")); // known ones first
    QCOMPARE(result.addons.at(0).atCurrent.status, AddonStatus::Supported);
    for (int i : {1, 2}) {
        const AddonAssessment &a = result.addons.at(i);
        QVERIFY(!a.addon.known);
        QCOMPARE(a.atCurrent.status, AddonStatus::NoData);
        QCOMPARE(a.atTarget.status, AddonStatus::NoData);
        QCOMPARE(a.atTarget.reason, AddonReason::UnknownAddon);
        QCOMPARE(a.verdictAt(minor("1.30")).status, AddonStatus::NoData);
        QVERIFY(a.minimumReleaseForTarget.isEmpty());
    }
    QCOMPARE(result.addons.at(1).addon.name, QStringLiteral("kindnetd"));
    QCOMPARE(result.addons.at(2).addon.name, QStringLiteral("router-default"));
    QCOMPARE(result.addons.at(2).addon.version, QStringLiteral("4.14.38"));
}

void TestAddons::detectsFromHelmReleases()
{
    ClusterSnapshot s = clusterWithImages({QStringLiteral("registry.k8s.io/ingress-nginx/controller:v1.9.4")});
    s.helmReleases << helm("ingress-nginx", "ingress-nginx", "ingress-nginx-4.8.3", "1.9.4", ">=1.20.0-0")
                   << helm("cert-manager", "cert-manager", "cert-manager-v1.12.0", "v1.12.0", "", 1)
                   << helm("cert-manager", "cert-manager", "cert-manager-v1.13.2", "v1.13.2", ">= 1.22.0-0", 2)
                   << helm("istio-base", "istio-system", "base-1.20.1", "1.20.1")
                   << helm("base", "default", "base-1.0.0", "1.0.0")
                   << helm("traefik", "traefik", "traefik-25.0.0", "v2.10.4")
                   << helm("calico", "tigera-operator", "tigera-operator-v3.26.1", "v1.30.4")
                   << helm("shop", "shop", "shop-3.1.0", "5.2");
    const QList<DetectedAddon> found = detectAddons(s, catalog());
    QStringList names;
    for (const DetectedAddon &d : found)
        names << d.name;
    QCOMPARE(names, (QStringList{QStringLiteral("calico"), QStringLiteral("cert-manager"),
                                 QStringLiteral("ingress-nginx"), QStringLiteral("istio"), QStringLiteral("traefik")}));
    const auto find = [&](const char *name) {
        return *std::find_if(found.cbegin(), found.cend(),
                             [&](const DetectedAddon &d) { return d.name == QLatin1StringView(name); });
    };
    // The image and its release: one add-on, both seen.
    const DetectedAddon nginx = find("ingress-nginx");
    QCOMPARE(nginx.version, QStringLiteral("v1.9.4"));
    QCOMPARE(nginx.chartVersion, QStringLiteral("4.8.3"));
    QCOMPARE(nginx.evidence.size(), 2);
    QCOMPARE(nginx.evidence.at(1).kind, AddonEvidence::Kind::HelmRelease);
    QCOMPARE(nginx.evidence.at(1).value, QStringLiteral("ingress-nginx/ingress-nginx"));
    // Only the newest revision counts.
    const DetectedAddon certManager = find("cert-manager");
    QCOMPARE(certManager.version, QStringLiteral("v1.13.2"));
    QCOMPARE(certManager.evidence.size(), 1);
    QCOMPARE(find("istio").version, QStringLiteral("1.20.1")); // "base" counts in istio-system only
    // Traefik's rows speak of chart versions: chart 25.0.0 has kubeVersion >=1.16.0-0.
    const AddonAssessment traefik = assessAddon(find("traefik"), catalog(), minor("1.30"), minor("1.33"));
    QVERIFY(traefik.release);
    QVERIFY(traefik.release->matchesChart);
    QCOMPARE(traefik.release->version, QStringLiteral("chart 20.8.0+ (until before 28.0.0-rc.1)"));
    QCOMPARE(traefik.atTarget.status, AddonStatus::MinimumMet);
    QCOMPARE(traefik.minimumReleaseForTarget, QStringLiteral("chart 20.8.0+ (until before 28.0.0-rc.1)"));
    // Calico's operator chart is versioned as Calico.
    QCOMPARE(find("calico").version, QStringLiteral("v3.26.1"));
}

void TestAddons::lowestReleaseForTarget_data()
{
    QTest::addColumn<QString>("addon");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("lowest");
    QTest::addColumn<QString>("status");

    QTest::addRow("cert-manager 1.12 to 1.34") << "cert-manager"
                                               << "v1.12.3"
                                               << "1.34"
                                               << "1.19"
                                               << "supported";
    QTest::addRow("cert-manager already there") << "cert-manager"
                                                << "v1.21.0"
                                                << "1.34"
                                                << "1.21"
                                                << "supported";
    QTest::addRow("ingress-nginx to 1.32, never a beta") << "ingress-nginx"
                                                         << "v1.8.1"
                                                         << "1.32"
                                                         << "v1.12.0"
                                                         << "supported";
    QTest::addRow("ingress-nginx is retired: nothing for 1.36") << "ingress-nginx"
                                                                << "v1.8.1"
                                                                << "1.36"
                                                                << ""
                                                                << "no-data";
    QTest::addRow("calico, tested") << "calico"
                                    << "v3.27.3"
                                    << "1.33"
                                    << "3.30"
                                    << "tested";
    QTest::addRow("cluster-autoscaler follows the minor") << "cluster-autoscaler"
                                                          << "v1.30.2"
                                                          << "1.33"
                                                          << "1.33.x"
                                                          << "tested";
    QTest::addRow("istio 1.20 to 1.31") << "istio"
                                        << "1.20.1"
                                        << "1.31"
                                        << "1.24"
                                        << "supported";
    QTest::addRow("aws-lbc: a requirement") << "aws-load-balancer-controller"
                                            << "v2.1.0"
                                            << "1.30"
                                            << "v2.4.0+"
                                            << "minimum-met";
    QTest::addRow("velero 1.13 is expected to work") << "velero"
                                                     << "v1.13.0"
                                                     << "1.33"
                                                     << "1.13"
                                                     << "minimum-met";
    QTest::addRow("never an older release") << "kyverno"
                                            << "v1.12.5"
                                            << "1.25"
                                            << ""
                                            << "no-data";
}

void TestAddons::lowestReleaseForTarget()
{
    QFETCH(QString, addon);
    QFETCH(QString, version);
    QFETCH(QString, target);
    DetectedAddon d;
    d.cluster = QStringLiteral("c");
    d.name = addon;
    d.known = true;
    d.version = version;
    const AddonAssessment a = assessAddon(d, catalog(), minor("1.30"), minor(qPrintable(target)));
    QTEST(a.minimumReleaseForTarget, "lowest");
    QTEST(a.minimumReleaseForTarget.isEmpty() ? QStringLiteral("no-data") : addonStatusKey(a.minimumReleaseStatus),
          "status");
}

void TestAddons::runningPatchTheSourceSkips()
{
    const AddonInfo *nginx = catalog().addon(QStringLiteral("ingress-nginx"));
    AddonInfo::Match m = nginx->releaseFor(QStringLiteral("v1.9.2")); // not in the README table
    QVERIFY(m.release);
    QVERIFY(m.byLine);
    QCOMPARE(m.release->version, QStringLiteral("v1.9.1"));
    m = nginx->releaseFor(QStringLiteral("v1.12.0-beta.0"));
    QCOMPARE(m.release->version, QStringLiteral("v1.12.0-beta.0"));
    QVERIFY(!m.byLine);
    QCOMPARE(nginx->releaseFor(QStringLiteral("1.12.0")).release->version, QStringLiteral("v1.12.0"));
    QVERIFY(!nginx->releaseFor(QStringLiteral("v2.0.0")).release);
    QVERIFY(!nginx->releaseFor(QStringLiteral("latest")).release);
    // An exact row wins over its line; overlapping rows are made disjoint in the catalog.
    QCOMPARE(row("kyverno", "1.4.0").version, QStringLiteral("1.4.0"));
    QCOMPARE(row("kyverno", "v1.4.3").version, QStringLiteral("1.4.x"));
    QCOMPARE(row("aws-load-balancer-controller", "v2.5.1").version, QStringLiteral("v2.5.0+"));
    QCOMPARE(row("aws-load-balancer-controller", "v2.4.7").version, QStringLiteral("v2.4.0+"));

    DetectedAddon latest;
    latest.name = QStringLiteral("ingress-nginx");
    latest.known = true;
    latest.version = QStringLiteral("latest");
    const AddonAssessment a = assessAddon(latest, catalog(), minor("1.30"), minor("1.31"));
    QCOMPARE(a.atTarget.reason, AddonReason::VersionUnknown);
    QCOMPARE(a.minimumReleaseForTarget, QStringLiteral("v1.12.0")); // the lowest of all when the running is unknown
}

void TestAddons::helmChecksOnTheRoute()
{
    ClusterSnapshot s;
    s.name = QStringLiteral("eks");
    s.serverVersion = QStringLiteral("v1.27.16-eks-a18cd3a");
    s.helmReleases << helm("reports", "batch", "reports-0.9.1", "2.3.0", ">=1.19.0-0", 2)
                   << helm("reports", "batch", "reports-0.9.2", "2.3.0", ">=1.19.0-0 <1.29.0-0", 3)
                   << helm("broken", "apps", "broken-1.0.0", "1.0", ">=1.20 <")
                   << helm("plain", "apps", "plain-1.0.0", "1.0");
    const QList<HelmKubeVersionCheck> checks =
        checkHelmReleases(s, hopMinors(minor("1.27"), minor("1.31")), catalogs().kubernetes);
    QCOMPARE(checks.size(), 3); // one per release: the newest revision
    const HelmKubeVersionCheck &broken = checks.at(0);
    QCOMPARE(broken.release, QStringLiteral("broken"));
    QVERIFY(!broken.error.isEmpty());
    QCOMPARE(broken.blocksAt, minor("1.27")); // Helm refuses what it cannot read, today already
    QCOMPARE(broken.refusedVersion, QStringLiteral("v1.27.16-eks-a18cd3a"));
    const HelmKubeVersionCheck &plain = checks.at(1);
    QVERIFY(!plain.blocksAt);
    QVERIFY(plain.error.isEmpty());
    const HelmKubeVersionCheck &reports = checks.at(2);
    QCOMPARE(reports.chart, QStringLiteral("reports"));
    QCOMPARE(reports.chartVersion, QStringLiteral("0.9.2"));
    QCOMPARE(reports.blocksAt, minor("1.29"));
    QVERIFY2(reports.refusedVersion.startsWith(QStringLiteral("v1.29.")) &&
                 reports.refusedVersion.endsWith(QStringLiteral("-eks-a18cd3a")),
             qPrintable(reports.refusedVersion));
    QCOMPARE(clusterVersionAt(*Version::parse(s.serverVersion), minor("1.29"), catalogs().kubernetes),
             reports.refusedVersion);
}

void TestAddons::demoFleetFindings()
{
    const QString dir = QStringLiteral(KIRIKAE_SOURCE_DIR "/resources/demo/snapshots/");
    const LoadedFleet fleet =
        loadSnapshots({dir + QStringLiteral("prod-eks-tokyo.yaml"), dir + QStringLiteral("staging-kubeadm.yaml"),
                       dir + QStringLiteral("aks-payments.yaml")});
    QVERIFY2(fleet.errors.isEmpty(), qPrintable(fleet.errors.join(u'\n')));
    const auto find = [](const ClusterAddons &c, const char *name) {
        for (const AddonAssessment &a : c.addons)
            if (a.addon.name == QLatin1StringView(name))
                return a;
        qFatal("%s not found", name);
    };
    const ClusterAddons prod = analyseAddons(fleet.clusters.at(0).snapshot, catalogs(), minor("1.36"));
    const AddonAssessment certManager = find(prod, "cert-manager");
    QCOMPARE(certManager.atCurrent.status, AddonStatus::Supported);
    QCOMPARE(certManager.atTarget.status, AddonStatus::NotSupported);
    QCOMPARE(certManager.minimumReleaseForTarget, QStringLiteral("1.21"));
    QCOMPARE(certManager.addon.chartVersion, QStringLiteral("v1.12.3"));
    QCOMPARE(find(prod, "ingress-nginx").atCurrent.status, AddonStatus::NotSupported);
    QCOMPARE(find(prod, "aws-ebs-csi-driver").atCurrent.reason, AddonReason::PolicyOnly);
    HelmKubeVersionCheck legacy;
    for (const HelmKubeVersionCheck &h : prod.helm)
        if (h.release == u"legacy-reports")
            legacy = h;
    QCOMPARE(legacy.blocksAt, minor("1.33"));

    const ClusterAddons staging = analyseAddons(fleet.clusters.at(1).snapshot, catalogs(), minor("1.36"));
    QCOMPARE(find(staging, "calico").atCurrent.status, AddonStatus::NotTested);
    QCOMPARE(find(staging, "calico").minimumReleaseForTarget, QStringLiteral("3.32"));
    bool storefront = false;
    for (const HelmKubeVersionCheck &h : staging.helm)
        storefront |= h.release == u"storefront" && h.blocksAt == minor("1.36");
    QVERIFY(storefront);

    const ClusterAddons aks = analyseAddons(fleet.clusters.at(2).snapshot, catalogs(), minor("1.34"));
    QCOMPARE(find(aks, "cert-manager").atCurrent.status, AddonStatus::NotSupported);
    QCOMPARE(find(aks, "keda").atCurrent.status, AddonStatus::NotTested);
}

QTEST_GUILESS_MAIN(TestAddons)
#include "tst_addons.moc"
