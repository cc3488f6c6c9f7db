#include "analysis/skewpolicy.h"

#include <QTest>

using namespace kirikae;

namespace {

Version v(const char *text)
{
    return *Version::parse(QString::fromLatin1(text));
}

MinorVersion m(const char *text)
{
    return *MinorVersion::parse(QString::fromLatin1(text));
}

ClusterSnapshot cluster(const QStringList &apiservers, const QStringList &kubelets, const QString &proxy = {})
{
    ClusterSnapshot s;
    s.serverVersion = apiservers.value(0);
    for (int i = 0; i < apiservers.size(); ++i)
        s.components << ComponentInfo{
            QStringLiteral("kube-apiserver"), ComponentInfo::Kind::ControlPlane, apiservers.at(i), {}, {},
            QStringLiteral("cp-%1").arg(i)};
    for (int i = 0; i < kubelets.size(); ++i) {
        NodeInfo n;
        n.name = QStringLiteral("node-%1").arg(i);
        n.kubeletVersion = kubelets.at(i);
        n.kubeProxyVersion = proxy;
        s.nodes << n;
    }
    return s;
}

} // namespace

class TestSkewPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kubelet_data();
    void kubelet();
    void controlPlane_data();
    void controlPlane();
    void haApiServersMidUpgrade();
    void kubeProxy();
    void managedClusterUsesServerVersion();
    void whatBreaksAfterUpgrade();
};

void TestSkewPolicy::kubelet_data()
{
    QTest::addColumn<QString>("kubelet");
    QTest::addColumn<QString>("oldestApiServer");
    QTest::addColumn<bool>("ok");
    QTest::addRow("same minor") << "v1.30.4"
                                << "1.30" << true;
    QTest::addRow("one older") << "v1.29.9"
                               << "1.30" << true;
    QTest::addRow("three older (1.25+)") << "v1.27.16"
                                         << "1.30" << true;
    QTest::addRow("four older") << "v1.26.15"
                                << "1.30" << false;
    QTest::addRow("newer than apiserver") << "v1.31.0"
                                          << "1.30" << false;
    QTest::addRow("1.25 kubelet three older") << "v1.25.16"
                                              << "1.28" << true;
    QTest::addRow("1.24 kubelet two older") << "v1.24.17"
                                            << "1.26" << true;
    QTest::addRow("1.24 kubelet three older: only two allowed below 1.25") << "v1.24.17"
                                                                           << "1.27" << false;
    QTest::addRow("1.22 kubelet three older") << "v1.22.17"
                                              << "1.25" << false;
    QTest::addRow("vendor build, one older") << "v1.29.15-eks-473151a"
                                             << "1.30" << true;
    QTest::addRow("vendor build, two older") << "v1.29.15-eks-473151a"
                                             << "1.31" << true;
}

void TestSkewPolicy::kubelet()
{
    QFETCH(QString, kubelet);
    QFETCH(QString, oldestApiServer);
    const SkewCheck c = SkewPolicy::kubelet(*Version::parse(kubelet), *MinorVersion::parse(oldestApiServer));
    QTEST(c.ok, "ok");
    QCOMPARE(c.component, QStringLiteral("kubelet"));
    QVERIFY(c.against.english().contains(oldestApiServer));
    QVERIFY(!c.rule.isEmpty());
}

void TestSkewPolicy::controlPlane_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("oldest");
    QTest::addColumn<QString>("newest");
    QTest::addColumn<bool>("ok");
    QTest::addRow("matches") << "v1.31.2"
                             << "1.31"
                             << "1.31" << true;
    QTest::addRow("one older") << "v1.30.6"
                               << "1.31"
                               << "1.31" << true;
    QTest::addRow("two older") << "v1.29.6"
                               << "1.31"
                               << "1.31" << false;
    QTest::addRow("newer than the only apiserver") << "v1.32.0"
                                                   << "1.31"
                                                   << "1.31" << false;
    QTest::addRow("HA 1.31/1.32: 1.31 is fine") << "v1.31.2"
                                                << "1.31"
                                                << "1.32" << true;
    QTest::addRow("HA 1.31/1.32: 1.32 is newer than the oldest") << "v1.32.0"
                                                                 << "1.31"
                                                                 << "1.32" << false;
    QTest::addRow("HA 1.31/1.32: 1.30 is two older than the newest") << "v1.30.6"
                                                                     << "1.31"
                                                                     << "1.32" << false;
}

void TestSkewPolicy::controlPlane()
{
    QFETCH(QString, version);
    QFETCH(QString, oldest);
    QFETCH(QString, newest);
    for (const char *name : {"kube-controller-manager", "kube-scheduler", "cloud-controller-manager"}) {
        const SkewCheck c =
            SkewPolicy::controlPlaneComponent(QLatin1StringView(name), *Version::parse(version),
                                              *MinorVersion::parse(oldest), *MinorVersion::parse(newest));
        QTEST(c.ok, "ok");
        QVERIFY(c.rule.english().startsWith(QLatin1StringView(name)));
    }
}

void TestSkewPolicy::haApiServersMidUpgrade()
{
    QVERIFY(SkewPolicy::apiServer(v("v1.31.2"), m("1.32")).ok);
    QVERIFY(!SkewPolicy::apiServer(v("v1.30.6"), m("1.32")).ok);
    // apiservers at 1.32 and 1.31: kubelets are judged against the oldest (1.31), so 1.28 is fine, 1.32 is not.
    const auto checks = SkewPolicy::check(cluster({QStringLiteral("v1.32.0"), QStringLiteral("v1.31.4")},
                                                  {QStringLiteral("v1.28.15"), QStringLiteral("v1.32.0")}));
    int kubeletViolations = 0;
    for (const SkewCheck &c : checks) {
        if (c.component == u"kubelet" && !c.ok) {
            ++kubeletViolations;
            QCOMPARE(c.version, QStringLiteral("v1.32.0"));
            QCOMPARE(c.where, QStringList{QStringLiteral("node-1")});
        }
    }
    QCOMPARE(kubeletViolations, 1);
}

void TestSkewPolicy::kubeProxy()
{
    QVERIFY(SkewPolicy::kubeProxyAgainstKubelet(v("v1.28.0"), v("v1.31.0")).ok);
    QVERIFY(!SkewPolicy::kubeProxyAgainstKubelet(v("v1.27.0"), v("v1.31.0")).ok);
    QVERIFY(SkewPolicy::kubeProxyAgainstKubelet(v("v1.31.0"), v("v1.28.0")).ok);
    // From the node's report: a kube-proxy newer than the apiserver is a violation.
    const auto checks =
        SkewPolicy::check(cluster({QStringLiteral("v1.30.2")}, {QStringLiteral("v1.30.2")}, QStringLiteral("v1.31.0")));
    bool flagged = false;
    for (const SkewCheck &c : checks)
        flagged |= c.component == u"kube-proxy" && !c.ok && c.against.english().contains(QStringLiteral("kube-apiserver"));
    QVERIFY(flagged);
}

void TestSkewPolicy::managedClusterUsesServerVersion()
{
    ClusterSnapshot s;
    s.serverVersion = QStringLiteral("v1.31.13-eks-3025e55");
    QCOMPARE(SkewPolicy::apiServers(s), QList<MinorVersion>{m("1.31")});
    NodeInfo n;
    n.name = QStringLiteral("legacy");
    n.kubeletVersion = QStringLiteral("v1.27.16-eks-1");
    s.nodes << n;
    const auto checks = SkewPolicy::check(s);
    QCOMPARE(checks.size(), 1);
    QVERIFY(!checks.constFirst().ok); // four minors behind
}

void TestSkewPolicy::whatBreaksAfterUpgrade()
{
    // Control plane 1.31, kubelets 1.31 and 1.29: moving the control plane to 1.32 leaves 1.29 three behind (fine),
    // to 1.33 four behind (illegal): those nodes must move first.
    const ClusterSnapshot s =
        cluster({QStringLiteral("v1.31.4")}, {QStringLiteral("v1.31.4"), QStringLiteral("v1.29.15")});
    QVERIFY(SkewPolicy::violationsAfterUpgrade(s, m("1.32")).isEmpty());
    const auto after = SkewPolicy::violationsAfterUpgrade(s, m("1.33"));
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.constFirst().component, QStringLiteral("kubelet"));
    QCOMPARE(after.constFirst().where, QStringList{QStringLiteral("node-1")});
    QVERIFY(after.constFirst().against.english().contains(QStringLiteral("1.33")));
}

QTEST_GUILESS_MAIN(TestSkewPolicy)
#include "tst_skewpolicy.moc"
