#include "analysis/openshiftupdates.h"
#include "analysis/upgradeplanner.h"
#include "core/catalogs.h"
#include "snapshot/snapshotfile.h"

#include <QTest>

using namespace kirikae;

/// OpenShift's update graph as ClusterVersion shows it: channels, offered and conditional updates, EUS-to-EUS paths.
class TestOpenShiftUpdates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void channels_data();
    void channels();
    void recommendedUpdateIsReachable();
    void conditionalUpdateCarriesItsRisks();
    void notOnTheGraph();
    void lowerChannelLeavesItUnknown();
    void eusToEusPaths();
    void demoPlanFollowsTheGraph();
    void malformedConditionalUpdateNamesTheLine();

private:
    static OpenShiftClusterVersion version414(const QString &channel);
    Catalogs m_catalogs;
};

void TestOpenShiftUpdates::initTestCase()
{
    m_catalogs = Catalogs::builtIn();
}

OpenShiftClusterVersion TestOpenShiftUpdates::version414(const QString &channel)
{
    OpenShiftClusterVersion cv;
    cv.version = QStringLiteral("4.14.38");
    cv.channel = channel;
    cv.availableUpdates = {QStringLiteral("4.14.39"), QStringLiteral("4.15.40"), QStringLiteral("4.15.44")};
    return cv;
}

void TestOpenShiftUpdates::channels_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("minor");
    QTest::addRow("stable") << QStringLiteral("stable-4.15") << QStringLiteral("stable") << QStringLiteral("4.15");
    QTest::addRow("eus") << QStringLiteral("eus-4.16") << QStringLiteral("eus") << QStringLiteral("4.16");
    QTest::addRow("no minor") << QStringLiteral("stable") << QString() << QString();
    QTest::addRow("empty") << QString() << QString() << QString();
}

void TestOpenShiftUpdates::channels()
{
    QFETCH(QString, channel);
    QFETCH(QString, prefix);
    QFETCH(QString, minor);
    const auto split = splitChannel(channel);
    QCOMPARE(split.has_value(), !prefix.isEmpty());
    if (split) {
        QCOMPARE(split->first, prefix);
        QCOMPARE(split->second.toString(), minor);
    }
}

void TestOpenShiftUpdates::recommendedUpdateIsReachable()
{
    const auto route = openShiftRoute(version414(QStringLiteral("stable-4.15")), {{4, 15}});
    QCOMPARE(route.size(), 1);
    QCOMPARE(route.first().channel, QStringLiteral("stable-4.15"));
    QCOMPARE(route.first().reachable, std::optional<bool>(true));
    QCOMPARE(route.first().recommended, std::optional<bool>(true));
    QCOMPARE(route.first().updateTo, QStringLiteral("4.15.44")); // the newest offered, not the first listed
    QCOMPARE(route.first().openBlockers(), 0);
}

void TestOpenShiftUpdates::conditionalUpdateCarriesItsRisks()
{
    OpenShiftClusterVersion cv = version414(QStringLiteral("stable-4.15"));
    cv.availableUpdates = {QStringLiteral("4.14.39")};
    OpenShiftConditionalUpdate u{QStringLiteral("4.15.45"), QStringLiteral("False"), QStringLiteral("ExposedToRisks"),
                                 QStringLiteral("…"), {}};
    u.risks << OpenShiftUpdateRisk{QStringLiteral("AROBrokenDNSMasq"),
                                   QStringLiteral("Adding a new worker node will fail for clusters running on ARO."),
                                   QStringLiteral("https://issues.redhat.com/browse/MCO-958"),
                                   {QStringLiteral("PromQL: group(cluster_operator_conditions{name=\"aro\"})")}}
            << OpenShiftUpdateRisk{QStringLiteral("Other"), {}, {}, {QStringLiteral("Always")}};
    cv.conditionalUpdates << u;
    const auto route = openShiftRoute(cv, {{4, 15}});
    QCOMPARE(route.first().reachable, std::optional<bool>(true));
    QCOMPARE(route.first().recommended, std::optional<bool>(false));
    QCOMPARE(route.first().updateTo, QStringLiteral("4.15.45"));
    QCOMPARE(route.first().conditionalReason, QStringLiteral("ExposedToRisks"));
    QCOMPARE(route.first().risks.size(), 2);
    QCOMPARE(route.first().openBlockers(), 2); // each risk to review
    // A conditional update whose risks do not apply is recommended: nothing to block.
    cv.conditionalUpdates.first().recommended = QStringLiteral("True");
    QCOMPARE(openShiftRoute(cv, {{4, 15}}).first().openBlockers(), 0);
}

void TestOpenShiftUpdates::notOnTheGraph()
{
    OpenShiftClusterVersion cv = version414(QStringLiteral("stable-4.15"));
    cv.availableUpdates = {QStringLiteral("4.14.39")};
    const auto route = openShiftRoute(cv, {{4, 15}, {4, 16}});
    QCOMPARE(route.first().reachable, std::optional<bool>(false));
    QCOMPARE(route.first().openBlockers(), 1);
    // Past the first hop the graph is not known yet: neither reachable nor not.
    QVERIFY(!route.at(1).reachable.has_value());
    QCOMPARE(route.at(1).openBlockers(), 0);
}

void TestOpenShiftUpdates::lowerChannelLeavesItUnknown()
{
    // stable-4.14 does not offer 4.15 at all: the channel must change first, then the graph tells.
    const auto route = openShiftRoute(version414(QStringLiteral("stable-4.14")), {{4, 15}});
    QVERIFY(!route.first().reachable.has_value());
    QCOMPARE(route.first().channel, QStringLiteral("stable-4.15"));
}

void TestOpenShiftUpdates::eusToEusPaths()
{
    // 4.14 → 4.17: 4.15 and 4.16 are one EUS-to-EUS update in eus-4.16; 4.17 follows on its own.
    auto route = openShiftRoute(version414(QStringLiteral("eus-4.14")), {{4, 15}, {4, 16}, {4, 17}});
    const QStringList path{QStringLiteral("4.14"), QStringLiteral("4.15"), QStringLiteral("4.16")};
    QCOMPARE(route.at(0).eusPath, path);
    QCOMPARE(route.at(1).eusPath, path);
    QCOMPARE(route.at(0).channel, QStringLiteral("eus-4.16"));
    QCOMPARE(route.at(1).channel, QStringLiteral("eus-4.16"));
    QVERIFY(route.at(2).eusPath.isEmpty());
    QCOMPARE(route.at(2).channel, QStringLiteral("stable-4.17")); // no EUS channel for an odd minor
    // eus-4.14 does not offer 4.15: unknown until the channel is eus-4.16.
    QVERIFY(!route.at(0).reachable.has_value());
    // From an odd minor the pair starts at the next even one.
    OpenShiftClusterVersion cv = version414(QStringLiteral("stable-4.15"));
    cv.version = QStringLiteral("4.15.2");
    route = openShiftRoute(cv, {{4, 16}, {4, 17}, {4, 18}});
    QVERIFY(route.at(0).eusPath.isEmpty());
    QCOMPARE(route.at(1).eusPath, QStringList({QStringLiteral("4.16"), QStringLiteral("4.17"), QStringLiteral("4.18")}));
    QCOMPARE(route.at(2).eusPath, route.at(1).eusPath);
    // A single hop from an even minor is no EUS-to-EUS update.
    QVERIFY(openShiftRoute(version414(QStringLiteral("stable-4.15")), {{4, 15}}).first().eusPath.isEmpty());
}

void TestOpenShiftUpdates::demoPlanFollowsTheGraph()
{
    QString error;
    const auto s = SnapshotFile::read(QStringLiteral(KIRIKAE_SOURCE_DIR "/resources/demo/snapshots/ocp-factory.yaml"),
                                      &error);
    QVERIFY2(s, qPrintable(error));
    PlanRequest r;
    r.snapshot = *s;
    r.target = {1, 29}; // OpenShift 4.16
    r.today = QDate(2026, 11, 25);
    const auto p = planUpgrade(r, m_catalogs, &error);
    QVERIFY2(p, qPrintable(error));
    QCOMPARE(p->hops.size(), 2);
    QVERIFY(p->hops.at(0).openShift && p->hops.at(1).openShift);
    const OpenShiftHop &first = *p->hops.at(0).openShift;
    QCOMPARE(first.release, QStringLiteral("4.15"));
    QCOMPARE(first.channel, QStringLiteral("eus-4.16"));
    QCOMPARE(first.eusPath, QStringList({QStringLiteral("4.14"), QStringLiteral("4.15"), QStringLiteral("4.16")}));
    QCOMPARE(first.reachable, std::optional<bool>(true));
    QCOMPARE(first.recommended, std::optional<bool>(false)); // only a conditional update reaches 4.15
    QCOMPARE(first.updateTo, QStringLiteral("4.15.45"));
    QCOMPARE(first.risks.size(), 1);
    QCOMPARE(first.risks.first().name, QStringLiteral("NetPolicyTimeoutsHostNetworkedPodTraffic"));
    // The risk is an open blocker of the hop, so the plan is no-go until it is reviewed.
    QVERIFY(p->hops.at(0).openBlockers() >= 1);
    QVERIFY(!p->isGo());
    // Blue/green builds a new cluster: the old one's graph says nothing about it.
    r.strategy = UpgradeStrategy::BlueGreen;
    const auto green = planUpgrade(r, m_catalogs, &error);
    QVERIFY(green && !green->hops.first().openShift);
}

void TestOpenShiftUpdates::malformedConditionalUpdateNamesTheLine()
{
    const QByteArray yaml = "kirikaeSnapshot: 1\nname: ocp\nserverVersion: v1.27.16\nopenshift:\n  version: 4.14.38\n"
                            "  conditionalUpdates:\n  - recommended: \"False\"\n";
    QString error;
    QVERIFY(!SnapshotFile::fromYaml(yaml, QStringLiteral("ocp.yaml"), &error));
    QVERIFY2(error.contains(QStringLiteral("ocp.yaml:7")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("version")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestOpenShiftUpdates)
#include "tst_openshiftupdates.moc"
