#include "core/catalogs.h"
#include "core/releasecalendar.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kirikae;

class TestReleaseCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void builtInCoversEveryMinor();
    void statusAtBoundaries_data();
    void statusAtBoundaries();
    void endingSoonIsConfigurable();
    void minorsBehind();
    void olderThanCatalog();
    void projection();
    void projectedMinorAssessment();
    void notYetReleased();
    void malformedCatalog_data();
    void malformedCatalog();
    void overrideFolder();

private:
    ReleaseCalendar m_calendar;
};

void TestReleaseCalendar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_calendar = Catalogs::builtIn().kubernetes;
    QVERIFY(!m_calendar.isEmpty());
}

void TestReleaseCalendar::builtInCoversEveryMinor()
{
    const auto &releases = m_calendar.published();
    QCOMPARE(releases.constFirst().minor, (MinorVersion{1, 16}));
    QCOMPARE(releases.constLast().minor, (MinorVersion{1, 36}));
    QCOMPARE(releases.size(), 21);
    for (const auto &r : releases) {
        QVERIFY2(r.released.isValid() && r.endOfSupport > r.released, qPrintable(r.minor.toString()));
        QVERIFY2(!r.latestPatch.isEmpty(), qPrintable(r.minor.toString()));
        QVERIFY(!r.projected);
    }
    // Spot checks against the published calendar.
    const auto r129 = m_calendar.release({1, 29});
    QVERIFY(r129);
    QCOMPARE(r129->released, QDate(2023, 12, 13));
    QCOMPARE(r129->endOfSupport, QDate(2025, 2, 28));
    QCOMPARE(r129->latestPatch, QStringLiteral("1.29.15"));
}

void TestReleaseCalendar::statusAtBoundaries_data()
{
    QTest::addColumn<QString>("minor");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("daysLeft");

    // 1.34: end of support 2026-10-27.
    QTest::addRow("1.34 on the day before its end") << "1.34" << QDate(2026, 10, 26) << "ending-soon" << 1;
    QTest::addRow("1.34 on its last day") << "1.34" << QDate(2026, 10, 27) << "ending-soon" << 0;
    QTest::addRow("1.34 on the day after") << "1.34" << QDate(2026, 10, 28) << "unsupported" << -1;
    // 1.29: end of support 2025-02-28; the ending-soon threshold is 90 days.
    QTest::addRow("1.29 91 days before") << "1.29" << QDate(2024, 11, 29) << "supported" << 91;
    QTest::addRow("1.29 90 days before") << "1.29" << QDate(2024, 11, 30) << "ending-soon" << 90;
    QTest::addRow("1.29 long after") << "1.29" << QDate(2026, 11, 25) << "unsupported" << -635;
    QTest::addRow("1.36 on release day") << "1.36" << QDate(2026, 4, 22) << "supported" << 432;
}

void TestReleaseCalendar::statusAtBoundaries()
{
    QFETCH(QString, minor);
    QFETCH(QDate, today);
    const auto a = m_calendar.assess(*MinorVersion::parse(minor), today);
    QTEST(supportStatusKey(a.status), "status");
    QVERIFY(a.daysLeft.has_value());
    QTEST(*a.daysLeft, "daysLeft");
    QVERIFY(!a.projected);
}

void TestReleaseCalendar::endingSoonIsConfigurable()
{
    ReleaseCalendar calendar = m_calendar;
    calendar.setEndingSoonDays(30);
    QCOMPARE(calendar.assess({1, 34}, QDate(2026, 9, 26)).status, SupportStatus::Supported);  // 31 days left
    QCOMPARE(calendar.assess({1, 34}, QDate(2026, 9, 27)).status, SupportStatus::EndingSoon); // 30 days left
    QCOMPARE(m_calendar.assess({1, 34}, QDate(2026, 9, 27)).status, SupportStatus::EndingSoon);
    QCOMPARE(m_calendar.assess({1, 34}, QDate(2026, 7, 28)).status, SupportStatus::Supported); // 91 days left
}

void TestReleaseCalendar::minorsBehind()
{
    // On 2026-06-01 the newest release is 1.36 (published); 1.33 is three behind.
    auto a = m_calendar.assess({1, 33}, QDate(2026, 6, 1));
    QCOMPARE(a.newestMinor, (MinorVersion{1, 36}));
    QCOMPARE(a.minorsBehind.value_or(-1), 3);
    QCOMPARE(a.latestPatch, QStringLiteral("1.33.13"));
    // On 2024-01-01 the newest was 1.29.
    a = m_calendar.assess({1, 27}, QDate(2024, 1, 1));
    QCOMPARE(a.newestMinor, (MinorVersion{1, 29}));
    QCOMPARE(a.minorsBehind.value_or(-1), 2);
    // After the last published release, the projected 1.37 is shown as projected but never makes a cluster
    // behind: only published releases count.
    a = m_calendar.assess({1, 36}, QDate(2026, 11, 25));
    QCOMPARE(a.newestMinor, (MinorVersion{1, 36}));
    QCOMPARE(a.projectedMinor.value_or(MinorVersion{}), (MinorVersion{1, 37}));
    QCOMPARE(a.minorsBehind.value_or(-1), 0);
    a = m_calendar.assess({1, 35}, QDate(2026, 11, 25));
    QCOMPARE(a.minorsBehind.value_or(-1), 1);
}

void TestReleaseCalendar::olderThanCatalog()
{
    const auto a = m_calendar.assess({1, 12}, QDate(2026, 1, 1));
    QCOMPARE(a.status, SupportStatus::Unsupported);
    QVERIFY(a.olderThanCatalog);
    QVERIFY(!a.endOfSupport.isValid());
    QVERIFY(a.minorsBehind.value_or(0) > 20);
}

void TestReleaseCalendar::projection()
{
    const auto list = m_calendar.withProjection(QDate(2027, 12, 31));
    QCOMPARE(list.at(20).minor, (MinorVersion{1, 36}));
    QVERIFY(list.size() >= 25);
    // One release every 4 months after 1.36 (2026-04-22), each supported for 14 months.
    const MinorRelease &p137 = list.at(21);
    QCOMPARE(p137.minor, (MinorVersion{1, 37}));
    QVERIFY(p137.projected);
    QCOMPARE(p137.released, QDate(2026, 8, 22));
    QCOMPARE(p137.endOfSupport, QDate(2027, 10, 22));
    QCOMPARE(list.at(22).released, QDate(2026, 12, 22));
    QVERIFY(list.constLast().released <= QDate(2027, 12, 31));
    for (int i = 21; i < list.size(); ++i)
        QVERIFY(list.at(i).projected && list.at(i).latestPatch.isEmpty());
}

void TestReleaseCalendar::projectedMinorAssessment()
{
    const auto a = m_calendar.assess({1, 37}, QDate(2027, 9, 1));
    QVERIFY(a.projected);
    QCOMPARE(a.endOfSupport, QDate(2027, 10, 22));
    QCOMPARE(a.status, SupportStatus::EndingSoon);
}

void TestReleaseCalendar::notYetReleased()
{
    const auto a = m_calendar.assess({1, 40}, QDate(2026, 11, 25));
    QCOMPARE(a.status, SupportStatus::Unknown);
    QVERIFY(a.newerThanReleased);
    QCOMPARE(m_calendar.assess({2, 0}, QDate(2026, 11, 25)).status, SupportStatus::Unknown);
}

void TestReleaseCalendar::malformedCatalog_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected");
    QTest::addRow("not YAML") << QByteArray("releases: [\n  - minor: \"1.2\n") << "cal.yaml:";
    QTest::addRow("not a mapping") << QByteArray("- 1\n- 2\n") << "cal.yaml:1: ";
    QTest::addRow("no releases") << QByteArray("kind: KubernetesReleases\nreleases: []\n") << "lists no releases";
    QTest::addRow("bad minor") << QByteArray("releases:\n  - minor: one\n    released: 2020-01-01\n"
                                             "    endOfSupport: 2021-01-01\n")
                               << "cal.yaml:2: “one” is not a minor";
    QTest::addRow("bad date") << QByteArray("releases:\n  - minor: \"1.20\"\n    released: 2020-13-45\n"
                                            "    endOfSupport: 2021-01-01\n")
                              << "cal.yaml:3: “2020-13-45” is not a date";
    QTest::addRow("missing end") << QByteArray("releases:\n  - minor: \"1.20\"\n    released: 2020-01-01\n")
                                 << "cal.yaml:2: the required date “endOfSupport” is missing";
    QTest::addRow("releases not a list") << QByteArray("releases: 3\n") << "cal.yaml:1: “releases” must be a list";
}

void TestReleaseCalendar::malformedCatalog()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!ReleaseCalendar::fromYaml(yaml, QStringLiteral("cal.yaml"), &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestReleaseCalendar::overrideFolder()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("kubernetes-releases.yaml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("releases:\n  - minor: \"1.40\"\n    released: 2027-12-01\n    endOfSupport: 2029-02-28\n"
               "    latestPatch: \"1.40.1\"\n");
    file.close();
    QStringList warnings;
    auto catalogs = Catalogs::load(dir.path(), &warnings);
    QVERIFY(warnings.isEmpty());
    QCOMPARE(catalogs.kubernetes.published().constLast().minor, (MinorVersion{1, 40}));

    // A broken override is reported by name and line; the built-in catalog stays in use.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("releases:\n  - minor: [\n");
    file.close();
    catalogs = Catalogs::load(dir.path(), &warnings);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.constFirst().contains(QStringLiteral("kubernetes-releases.yaml:")),
             qPrintable(warnings.constFirst()));
    QCOMPARE(catalogs.kubernetes.published().constLast().minor, (MinorVersion{1, 36}));

    // The same holds for every catalog: a broken vendor calendar is named, and the built-in one answers.
    QFile vendors(dir.filePath(QStringLiteral("vendor-releases.yaml")));
    QVERIFY(vendors.open(QIODevice::WriteOnly));
    vendors.write("vendors:\n  eks:\n    releases:\n      - version: \"1.31\"\n        released: someday\n");
    vendors.close();
    warnings.clear();
    catalogs = Catalogs::load(dir.path(), &warnings);
    QVERIFY2(warnings.join(u'\n').contains(QStringLiteral("vendor-releases.yaml:5: “someday” is not a date")),
             qPrintable(warnings.join(u'\n')));
    QVERIFY(catalogs.vendors.release(QStringLiteral("eks"), QStringLiteral("1.36")));
}

QTEST_GUILESS_MAIN(TestReleaseCalendar)
#include "tst_releasecalendar.moc"
