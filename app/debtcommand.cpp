#include "debtcommand.h"

#include "analysis/fleetanalysis.h"
#include "commandline.h"
#include "output.h"
#include "planjson.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace kirikae::cli {

namespace {

/// hotspots[] ranked, each with its reasons (and the waiver that accepts one); trends[] per cluster.
QJsonObject debtJson(const QList<DebtHotspot> &ranked, const QList<ClusterDebt> &latest, QDate today)
{
    QJsonArray hotspots;
    for (const DebtHotspot &h : ranked) {
        QJsonArray reasons;
        for (const DebtReason &r : h.reasons) {
            QJsonObject reason{{QStringLiteral("points"), r.points}, {QStringLiteral("reason"), r.text()}};
            if (r.waiver)
                reason.insert(QStringLiteral("waived"), waiverJson(*r.waiver));
            reasons << reason;
        }
        hotspots << QJsonObject{{QStringLiteral("cluster"), h.cluster},
                                {QStringLiteral("area"), debtAreaKey(h.area)},
                                {QStringLiteral("score"), h.score()},
                                {QStringLiteral("reasons"), reasons}};
    }
    QJsonArray trends;
    for (const ClusterDebt &d : latest) {
        QJsonArray points;
        for (const DebtTrendPoint &p : d.trend)
            points << QJsonObject{{QStringLiteral("collectedAt"), p.collectedAt.isValid()
                                                                      ? QJsonValue(p.collectedAt.toString(Qt::ISODate))
                                                                      : QJsonValue()},
                                  {QStringLiteral("score"), p.score}};
        trends << QJsonObject{{QStringLiteral("cluster"), d.cluster}, {QStringLiteral("points"), points}};
    }
    return {{QStringLiteral("today"), today.toString(Qt::ISODate)},
            {QStringLiteral("hotspots"), hotspots},
            {QStringLiteral("trends"), trends}};
}

} // namespace

int runDebt(const QStringList &args)
{
    const QStringList formats{QStringLiteral("table"), QStringLiteral("json")};
    QCommandLineParser parser;
    addCommonOptions(parser, formats);
    parser.addPositionalArgument(
        QStringLiteral("SNAPSHOT"),
        QCoreApplication::translate("DebtCommand", "Snapshot files, or folders of snapshots, to score."),
        QStringLiteral("SNAPSHOT..."));
    parser.addOption({QStringLiteral("workspace"),
                      QCoreApplication::translate("DebtCommand", "Apply the waivers of the workspace FILE."),
                      QStringLiteral("FILE")});
    parseOrThrow(parser, args, QStringLiteral("debt"));
    const CommonOptions options = commonOptions(parser, formats);
    QList<Waiver> waivers;
    if (parser.isSet(QStringLiteral("workspace"))) {
        QString error;
        const auto workspace = Workspace::read(parser.value(QStringLiteral("workspace")), &error);
        if (!workspace) {
            err() << QCoreApplication::translate("DebtCommand", "error: %1").arg(error) << Qt::endl;
            return ExitRuntimeError;
        }
        waivers = workspace->waivers;
    }
    // Several snapshots of one cluster: its newest is scored, the others make its trend.
    const FleetAnalysis analysis =
        analyseFleet(loadSnapshotArguments(parser), waivers, options.catalogs, options.today);
    const LoadedFleet &fleet = analysis.fleet;
    const QList<ClusterDebt> &latest = analysis.debt;
    QList<DebtHotspot> all;
    for (const ClusterDebt &d : latest)
        all << d.areas;
    const QList<DebtHotspot> ranked = rankHotspots(all);

    if (options.format == u"json") {
        printJson(QJsonDocument(debtJson(ranked, latest, options.today)));
    } else {
        QList<QStringList> rows;
        for (const DebtHotspot &h : ranked) {
            rows << QStringList{QString::number(h.score()), h.cluster, debtAreaKey(h.area),
                                h.reasons.constFirst().text()};
            const qsizetype shown = h.reasons.size() < 3 ? h.reasons.size() : 3;
            for (qsizetype i = 1; i < shown; ++i)
                rows << QStringList{QString(), QString(), QString(), h.reasons.at(i).text()};
            if (h.reasons.size() > 3) {
                const int more = int(h.reasons.size() - 3);
                const QString andMore = QCoreApplication::translate("DebtCommand", "and %n more", nullptr, more);
                rows << QStringList{QString(), QString(), QString(), andMore};
            }
        }
        printTable(
            {QCoreApplication::translate("DebtCommand", "SCORE"), QCoreApplication::translate("DebtCommand", "CLUSTER"),
             QCoreApplication::translate("DebtCommand", "AREA"), QCoreApplication::translate("DebtCommand", "REASONS")},
            rows);
    }
    return fleet.errors.isEmpty() ? ExitOk : ExitRuntimeError;
}

} // namespace kirikae::cli
