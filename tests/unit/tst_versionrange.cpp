#include "analysis/versionrange.h"

#include <QTest>

using namespace kirikae;

class TestVersionRange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void semverOrder_data();
    void semverOrder();
    void contains_data();
    void contains();
    void rejects_data();
    void rejects();
};

void TestVersionRange::semverOrder_data()
{
    QTest::addColumn<QString>("lower");
    QTest::addColumn<QString>("higher");
    QTest::addRow("patch") << "1.16.1"
                           << "1.16.5";
    QTest::addRow("pre-release before release") << "1.16.0-beta.0"
                                                << "1.16.0";
    QTest::addRow("numeric pre-release identifiers compare as numbers") << "1.0.0-rc.2"
                                                                        << "1.0.0-rc.10";
    QTest::addRow("numeric identifier below alphanumeric") << "1.0.0-1"
                                                           << "1.0.0-alpha";
    QTest::addRow("date-like minor beyond six digits") << "0.11.4"
                                                       << "0.20250209.0";
    QTest::addRow("build-id suffix (hive)") << "2.5.3514-4052426"
                                            << "2.5.3516-a2ed9b3";
    QTest::addRow("leading v") << "v2.8.0"
                               << "2.9.0";
    QTest::addRow("build metadata ignored, next patch higher") << "1.2.3+build.7"
                                                               << "1.2.4";
}

void TestVersionRange::semverOrder()
{
    QFETCH(QString, lower);
    QFETCH(QString, higher);
    const auto a = SemanticVersion::parse(lower);
    const auto b = SemanticVersion::parse(higher);
    QVERIFY(a && b);
    QVERIFY(*a < *b);
    QVERIFY(*b > *a);
    QVERIFY(*a == *a);
}

void TestVersionRange::contains_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("inside");
    QTest::addRow("at least, equal") << ">=1.12.2"
                                     << "1.12.2" << true;
    QTest::addRow("at least, below") << ">=1.12.2"
                                     << "1.12.1" << false;
    QTest::addRow("skipRange lower edge") << ">=0.10.0 <0.12.0"
                                          << "0.10.0" << true;
    QTest::addRow("skipRange upper edge excluded") << ">=0.10.0 <0.12.0"
                                                   << "0.12.0" << false;
    QTest::addRow("bare version is exact") << "0.12.0"
                                           << "0.12.0" << true;
    QTest::addRow("bare version, other patch") << "0.12.0"
                                               << "0.12.1" << false;
    QTest::addRow("v prefix in range (percona)") << "<v2.9.0"
                                                 << "2.8.3" << true;
    QTest::addRow("partial version filled with zeros") << ">=4.6 <4.9"
                                                       << "4.8.2" << true;
    QTest::addRow("inclusive upper bound") << ">=0.0.27 <=0.1.3"
                                           << "0.1.3" << true;
    QTest::addRow("inclusive upper bound, above") << ">=0.0.27 <=0.1.3"
                                                  << "1.11.1" << false;
    QTest::addRow("strictly greater") << ">24.0.0"
                                      << "24.0.0" << false;
    QTest::addRow("or: second alternative") << "<1.0.0 || >=2.0.0"
                                            << "2.1.0" << true;
    QTest::addRow("or: between alternatives") << "<1.0.0 || >=2.0.0"
                                              << "1.5.0" << false;
    QTest::addRow("not equal") << "!=1.3.0"
                               << "1.3.0" << false;
    QTest::addRow("wildcard minor") << "1.2.x"
                                    << "1.2.9" << true;
    QTest::addRow("wildcard minor, next minor") << "1.2.x"
                                                << "1.3.0" << false;
    QTest::addRow("wildcard major") << "1.x"
                                    << "1.99.0" << true;
    QTest::addRow("operator and version apart") << ">= 1.0.0"
                                                << "1.0.0" << true;
    QTest::addRow("pre-release below its release range") << ">=1.16.0"
                                                         << "1.16.0-beta.0" << false;
}

void TestVersionRange::contains()
{
    QFETCH(QString, range);
    QFETCH(QString, version);
    QFETCH(bool, inside);
    QString error;
    const auto r = VersionRange::parse(range, &error);
    QVERIFY2(r, qPrintable(error));
    const auto v = SemanticVersion::parse(version);
    QVERIFY(v);
    QCOMPARE(r->contains(*v), inside);
}

void TestVersionRange::rejects_data()
{
    QTest::addColumn<QString>("range");
    QTest::addRow("empty") << "";
    QTest::addRow("words") << "latest please";
    QTest::addRow("empty alternative") << ">=1.0.0 ||";
    QTest::addRow("four numbers") << "1.2.3.4";
    QTest::addRow("negative") << ">=-1.0.0";
}

void TestVersionRange::rejects()
{
    QFETCH(QString, range);
    QString error;
    QVERIFY(!VersionRange::parse(range, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestVersionRange)
#include "tst_versionrange.moc"
