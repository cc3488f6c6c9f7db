#include "core/version.h"

#include <QTest>

using kirikae::MinorVersion;
using kirikae::Version;

class TestVersion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void ordering_data();
    void ordering();
    void minorVersion();
};

void TestVersion::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("major");
    QTest::addColumn<int>("minor");
    QTest::addColumn<int>("patch");
    QTest::addColumn<bool>("hasPatch");
    QTest::addColumn<QString>("preRelease");
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<QString>("normalized");

    QTest::addRow("upstream with v") << "v1.29.3" << 1 << 29 << 3 << true << ""
                                     << ""
                                     << "1.29.3";
    QTest::addRow("upstream without v") << "1.29.3" << 1 << 29 << 3 << true << ""
                                        << ""
                                        << "1.29.3";
    QTest::addRow("minor only") << "1.29" << 1 << 29 << 0 << false << ""
                                << ""
                                << "1.29";
    QTest::addRow("minor only with v") << "v1.30" << 1 << 30 << 0 << false << ""
                                       << ""
                                       << "1.30";
    QTest::addRow("capital V") << "V1.28.1" << 1 << 28 << 1 << true << ""
                               << ""
                               << "1.28.1";
    QTest::addRow("surrounding space") << "  v1.27.2 \n"
                                       << 1 << 27 << 2 << true << ""
                                       << ""
                                       << "1.27.2";
    QTest::addRow("patch zero") << "v1.31.0" << 1 << 31 << 0 << true << ""
                                << ""
                                << "1.31.0";
    QTest::addRow("old minor") << "v1.9.11" << 1 << 9 << 11 << true << ""
                               << ""
                               << "1.9.11";
    QTest::addRow("eks") << "v1.27.16-eks-a18cd3a" << 1 << 27 << 16 << true << ""
                         << "-eks-a18cd3a"
                         << "1.27.16";
    QTest::addRow("eks kubelet") << "v1.31.13-eks-113cf36" << 1 << 31 << 13 << true << ""
                                 << "-eks-113cf36"
                                 << "1.31.13";
    QTest::addRow("gke") << "v1.30.5-gke.1014001" << 1 << 30 << 5 << true << ""
                         << "-gke.1014001"
                         << "1.30.5";
    QTest::addRow("k3s") << "v1.28.9+k3s1" << 1 << 28 << 9 << true << ""
                         << "+k3s1"
                         << "1.28.9";
    QTest::addRow("rke2") << "v1.29.4+rke2r1" << 1 << 29 << 4 << true << ""
                          << "+rke2r1"
                          << "1.29.4";
    QTest::addRow("openshift") << "v1.27.16+a1b2c3d" << 1 << 27 << 16 << true << ""
                               << "+a1b2c3d"
                               << "1.27.16";
    QTest::addRow("openshift kubelet") << "v1.33.3+4df3d8c" << 1 << 33 << 3 << true << ""
                                       << "+4df3d8c"
                                       << "1.33.3";
    QTest::addRow("release candidate") << "v1.31.0-rc.1" << 1 << 31 << 0 << true << "rc.1"
                                       << ""
                                       << "1.31.0-rc.1";
    QTest::addRow("beta") << "v1.32.0-beta.0" << 1 << 32 << 0 << true << "beta.0"
                          << ""
                          << "1.32.0-beta.0";
    QTest::addRow("alpha") << "v1.33.0-alpha.3" << 1 << 33 << 0 << true << "alpha.3"
                           << ""
                           << "1.33.0-alpha.3";
    QTest::addRow("rc and k3s") << "v1.30.0-rc1+k3s1" << 1 << 30 << 0 << true << "rc1"
                                << "+k3s1"
                                << "1.30.0-rc1";
    QTest::addRow("aliyun") << "v1.30.2-aliyun.1" << 1 << 30 << 2 << true << ""
                            << "-aliyun.1"
                            << "1.30.2";
    QTest::addRow("aks vhd style") << "v1.33.5-hotfix.20251001" << 1 << 33 << 5 << true << ""
                                   << "-hotfix.20251001"
                                   << "1.33.5";
    QTest::addRow("tke") << "v1.28.3-tke.4" << 1 << 28 << 3 << true << ""
                         << "-tke.4"
                         << "1.28.3";
    QTest::addRow("dirty build") << "v1.26.0-dirty" << 1 << 26 << 0 << true << ""
                                 << "-dirty"
                                 << "1.26.0";
}

void TestVersion::parse()
{
    QFETCH(QString, text);
    QString error;
    const auto v = Version::parse(text, &error);
    QVERIFY2(v.has_value(), qPrintable(error));
    QVERIFY(v->isValid());
    QTEST(v->major(), "major");
    QTEST(v->minor(), "minor");
    QTEST(v->patch(), "patch");
    QTEST(v->hasPatch(), "hasPatch");
    QTEST(v->preRelease(), "preRelease");
    QTEST(v->vendorSuffix(), "vendor");
    QTEST(v->toString(), "normalized");
    QCOMPARE(v->original(), text.trimmed());
}

void TestVersion::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("empty") << "";
    QTest::addRow("blank") << "   ";
    QTest::addRow("word") << "latest";
    QTest::addRow("major only") << "v1";
    QTest::addRow("four parts") << "1.29.3.4";
    QTest::addRow("trailing dot") << "1.29.";
    QTest::addRow("leading zero") << "v1.029.1";
    QTest::addRow("negative") << "v1.-2.3";
    QTest::addRow("letters in minor") << "v1.2x.3";
    QTest::addRow("huge number") << "v1.99999999999.0";
    QTest::addRow("garbage suffix") << "v1.29.3 beta";
    QTest::addRow("binary") << QString::fromLatin1("\x01\x02\x03");
    QTest::addRow("too long") << QString(u"v1.29.3-" + QString(300, u'a'));
}

void TestVersion::rejects()
{
    QFETCH(QString, text);
    QString error;
    QVERIFY(!Version::parse(text, &error).has_value());
    QVERIFY2(!error.isEmpty(), "a rejected version must say why");
}

void TestVersion::ordering_data()
{
    QTest::addColumn<QString>("older");
    QTest::addColumn<QString>("newer");
    QTest::addRow("minor numeric, not text") << "v1.9.0"
                                             << "v1.10.0";
    QTest::addRow("patch numeric") << "v1.29.9"
                                   << "v1.29.10";
    QTest::addRow("rc before release") << "v1.31.0-rc.1"
                                       << "v1.31.0";
    QTest::addRow("rc.2 after rc.1") << "v1.31.0-rc.1"
                                     << "v1.31.0-rc.2";
    QTest::addRow("rc.10 after rc.2") << "v1.31.0-rc.2"
                                      << "v1.31.0-rc.10";
    QTest::addRow("alpha before beta") << "v1.31.0-alpha.3"
                                       << "v1.31.0-beta.0";
    QTest::addRow("beta before rc") << "v1.31.0-beta.2"
                                    << "v1.31.0-rc.0";
    QTest::addRow("release before next patch") << "v1.30.14-eks-abc"
                                               << "v1.30.15";
    QTest::addRow("minor only before patch") << "1.29"
                                             << "1.29.1";
}

void TestVersion::ordering()
{
    QFETCH(QString, older);
    QFETCH(QString, newer);
    const auto a = Version::parse(older);
    const auto b = Version::parse(newer);
    QVERIFY(a && b);
    QVERIFY(*a < *b);
    QVERIFY(*b > *a);
    QVERIFY(!(*a == *b));
}

void TestVersion::minorVersion()
{
    // The vendor build of a version is the same Kubernetes version.
    QCOMPARE(*Version::parse(u"v1.29.3-eks-1"), *Version::parse(u"1.29.3"));
    QCOMPARE(Version::parse(u"v1.30.5-gke.1014001")->minorVersion(), (MinorVersion{1, 30}));
    QCOMPARE(MinorVersion::parse(u"1.29")->toString(), QStringLiteral("1.29"));
    QVERIFY(!MinorVersion::parse(u"one.two"));
    QVERIFY((MinorVersion{1, 9}) < (MinorVersion{1, 10}));
    QCOMPARE((MinorVersion{1, 27}).distanceTo({1, 31}), 4);
    QCOMPARE((MinorVersion{1, 36}).next(2), (MinorVersion{1, 38}));
}

QTEST_GUILESS_MAIN(TestVersion)
#include "tst_version.moc"
