#include "debtcommand.h"

#include "analysis/debtscore.h"
#include "commandline.h"
#include "output.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace kirikae::cli {

int runDebt(const QStringList &args)
{
    const QStringList formats{QStringLiteral("table"), QStringLiteral("json")};
    QCommandLineParser parser;
    addCommonOptions(parser, formats);
    parser.addPositionalArgument(QStringLiteral("SNAPSHOT"),
                                 QCoreApplication::translate("DebtCommand", "Snapshot files to score."),
                                 QStringLiteral("SNAPSHOT..."));
    parseOrThrow(parser, args, QStringLiteral("debt"));
    const CommonOptions options = commonOptions(parser, formats);
    const LoadedFleet fleet = loadSnapshotArguments(parser);
    QList<DebtHotspot> all;
    for (const FleetEntry &entry : fleet.clusters) {
        const ClusterStatus status = assessCluster(entry.snapshot, options.catalogs, options.today);
        all << scoreDebt(entry.snapshot, status, options.catalogs.deprecatedApis);
    }
    const QList<DebtHotspot> ranked = rankHotspots(all);

    if (options.format == u"json") {
        QJsonArray hotspots;
        for (const DebtHotspot &h : ranked) {
            QJsonArray reasons;
            for (const DebtReason &r : h.reasons)
                reasons << QJsonObject{{QStringLiteral("points"), r.points}, {QStringLiteral("reason"), r.text}};
            hotspots << QJsonObject{{QStringLiteral("cluster"), h.cluster},
                                    {QStringLiteral("area"), debtAreaKey(h.area)},
                                    {QStringLiteral("score"), h.score()},
                                    {QStringLiteral("reasons"), reasons}};
        }
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("today"), options.today.toString(Qt::ISODate)},
                                            {QStringLiteral("hotspots"), hotspots}}));
    } else {
        QList<QStringList> rows;
        for (const DebtHotspot &h : ranked) {
            rows << QStringList{QString::number(h.score()), h.cluster, debtAreaKey(h.area),
                                h.reasons.constFirst().text};
            const qsizetype shown = h.reasons.size() < 3 ? h.reasons.size() : 3;
            for (qsizetype i = 1; i < shown; ++i)
                rows << QStringList{QString(), QString(), QString(), h.reasons.at(i).text};
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
