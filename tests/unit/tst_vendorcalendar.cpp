#include "analysis/clusterstatus.h"
#include "core/catalogs.h"

#include <QTest>

using namespace kirikae;

class TestVendorCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_catalogs = Catalogs::builtIn(); }
    void phases_data();
    void phases();
    void openShiftShipsAKubernetesMinor();
    void clusterVendorSupport();
    void componentDefaults();
    void malformed();

private:
    Catalogs m_catalogs;
};

void TestVendorCalendar::phases_data()
{
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<QString>("release");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("phase");
    QTest::addColumn<QDate>("phaseEnds");
    // EKS 1.31: standard support to 2025-11-26, extended to 2026-11-26.
    QTest::addRow("EKS last day of standard") << "eks"
                                              << "1.31" << QDate(2025, 11, 26) << "standard" << QDate(2025, 11, 26);
    QTest::addRow("EKS first day of extended") << "eks"
                                               << "1.31" << QDate(2025, 11, 27) << "extended" << QDate(2026, 11, 26);
    QTest::addRow("EKS last day of extended") << "eks"
                                              << "1.31" << QDate(2026, 11, 26) << "extended" << QDate(2026, 11, 26);
    QTest::addRow("EKS the day after") << "eks"
                                       << "1.31" << QDate(2026, 11, 27) << "end-of-life" << QDate(2026, 11, 26);
    // AKS 1.33: standard to 2026-07-31, long-term support to 2027-07-31.
    QTest::addRow("AKS in LTS") << "aks"
                                << "1.33" << QDate(2026, 11, 25) << "extended" << QDate(2027, 7, 31);
    // GKE 1.35: standard to 2027-04-11, no extended phase in the catalog.
    QTest::addRow("GKE standard") << "gke"
                                  << "1.35" << QDate(2026, 11, 25) << "standard" << QDate(2027, 4, 11);
    QTest::addRow("GKE after standard") << "gke"
                                        << "1.31" << QDate(2026, 11, 25) << "end-of-life" << QDate(2026, 1, 16);
    // OpenShift 4.16: full support to 2025-01-01, maintenance to 2025-12-27, EUS to 2026-06-27.
    QTest::addRow("OpenShift full support") << "openshift"
                                            << "4.16" << QDate(2024, 12, 31) << "standard" << QDate(2025, 1, 1);
    QTest::addRow("OpenShift maintenance") << "openshift"
                                           << "4.16" << QDate(2025, 1, 2) << "maintenance" << QDate(2025, 12, 27);
    QTest::addRow("OpenShift EUS") << "openshift"
                                   << "4.16" << QDate(2026, 1, 1) << "extended" << QDate(2026, 6, 27);
}

void TestVendorCalendar::phases()
{
    QFETCH(QString, vendor);
    QFETCH(QString, release);
    QFETCH(QDate, today);
    const auto a = m_catalogs.vendors.assess(vendor, release, today);
    QVERIFY(a);
    QTEST(vendorPhaseKey(a->phase), "phase");
    QTEST(a->phaseEnds, "phaseEnds");
    QVERIFY(!a->vendorName.isEmpty());
}

void TestVendorCalendar::openShiftShipsAKubernetesMinor()
{
    QCOMPARE(m_catalogs.vendors.openShiftFor({1, 27})->version, QStringLiteral("4.14"));
    QCOMPARE(m_catalogs.vendors.openShiftFor({1, 29})->version, QStringLiteral("4.16"));
    QCOMPARE(m_catalogs.vendors.release(QStringLiteral("openshift"), QStringLiteral("4.22"))->kubernetes,
             (MinorVersion{1, 35}));
    QVERIFY(!m_catalogs.vendors.assess(QStringLiteral("eks"), QStringLiteral("1.5"), QDate(2026, 1, 1)));
    QVERIFY(!m_catalogs.vendors.knows(QStringLiteral("upstream")));
}

void TestVendorCalendar::clusterVendorSupport()
{
    ClusterSnapshot s;
    s.distribution = QStringLiteral("openshift");
    s.serverVersion = QStringLiteral("v1.27.16+03a907c");
    // Without a ClusterVersion the release comes from the Kubernetes minor.
    QCOMPARE(vendorSupport(s, m_catalogs.vendors, QDate(2026, 11, 25))->release.version, QStringLiteral("4.14"));
    s.openShift = OpenShiftClusterVersion{QStringLiteral("4.15.46"), {}, {}, {}, {}};
    QCOMPARE(vendorSupport(s, m_catalogs.vendors, QDate(2026, 11, 25))->release.version, QStringLiteral("4.15"));
    s.distribution = QStringLiteral("upstream");
    QVERIFY(!vendorSupport(s, m_catalogs.vendors, QDate(2026, 11, 25)));
}

void TestVendorCalendar::componentDefaults()
{
    QCOMPARE(m_catalogs.components.expected({1, 29}, QStringLiteral("coredns")), QStringLiteral("v1.11.1"));
    QCOMPARE(m_catalogs.components.expected({1, 29}, QStringLiteral("etcd")), QStringLiteral("3.5.10-0"));
    QCOMPARE(m_catalogs.components.expected({1, 99}, QStringLiteral("etcd")), QString());
    ClusterSnapshot s;
    s.distribution = QStringLiteral("upstream");
    s.serverVersion = QStringLiteral("v1.30.2");
    s.components
        << ComponentInfo{QStringLiteral("coredns"), ComponentInfo::Kind::Addon, QStringLiteral("v1.9.3"), {}, {}, {}}
        << ComponentInfo{
               QStringLiteral("etcd"), ComponentInfo::Kind::ControlPlane, QStringLiteral("3.5.15-0"), {}, {}, {}};
    const auto list = componentVersions(s, m_catalogs.components);
    QCOMPARE(list.size(), 3);               // kube-apiserver from the server version, coredns, etcd
    QVERIFY(list.at(1).olderThanExpected);  // v1.9.3 < v1.11.1
    QVERIFY(!list.at(2).olderThanExpected); // 3.5.15 ≥ 3.5.12
}

void TestVendorCalendar::malformed()
{
    QString error;
    QVERIFY(!VendorCalendar::fromYaml("vendors:\n  eks:\n    releases:\n      - version: \"1.30\"\n",
                                      QStringLiteral("v.yaml"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("v.yaml:4: the required date “released” is missing")), qPrintable(error));
    QVERIFY(!ComponentDefaults::fromYaml("minors:\n  - minor: x\n", QStringLiteral("c.yaml"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("c.yaml:2:")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestVendorCalendar)
#include "tst_vendorcalendar.moc"
