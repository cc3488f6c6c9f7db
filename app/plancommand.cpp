#include "plancommand.h"

#include "analysis/bundlereader.h"
#include "analysis/fleetanalysis.h"
#include "commandline.h"
#include "costjson.h"
#include "output.h"
#include "planjson.h"
#include "runbook/runbookbuilder.h"
#include "runbook/runbookwriter.h"
#include "snapshot/snapshotfile.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

namespace kirikae::cli {

namespace {

void addPlanOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(
        QStringLiteral("SNAPSHOT"),
        QCoreApplication::translate(
            "PlanCommand", "The clusters to plan: snapshot files or folders (several clusters: a fleet plan)."),
        QStringLiteral("SNAPSHOT..."));
    parser.addOption({QStringLiteral("target"),
                      QCoreApplication::translate("PlanCommand", "The Kubernetes minor to reach, e.g. 1.34."),
                      QStringLiteral("1.N")});
    parser.addOption({QStringLiteral("strategy"),
                      QCoreApplication::translate("PlanCommand", "in-place (default) or blue-green."),
                      QStringLiteral("STRATEGY"), QStringLiteral("in-place")});
    parser.addOption(
        {QStringLiteral("to-snapshot"),
         QCoreApplication::translate("PlanCommand", "Blue/green: the new cluster's snapshot, to compare API surfaces."),
         QStringLiteral("NEW")});
    parser.addOption({QStringLiteral("lang"),
                      QCoreApplication::translate("PlanCommand", "Language of the runbook: ja or en (default en)."),
                      QStringLiteral("LANG"), QStringLiteral("en")});
    parser.addOption({QStringLiteral("workspace"),
                      QCoreApplication::translate("PlanCommand", "Show the waivers of the workspace FILE."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("bundles"),
                      QCoreApplication::translate("PlanCommand",
                                                  "A folder of OLM bundles: the operators' next releases, whose CRDs "
                                                  "may stop serving a stored version (repeatable)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("at-once"),
                      QCoreApplication::translate("PlanCommand",
                                                  "The fleet schedule upgrades at most N clusters of one tier at the "
                                                  "same time (default: the workspace's upgradesAtOnce, else %1).")
                          .arg(FleetScheduleRules{}.atOnce),
                      QStringLiteral("N")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QCoreApplication::translate("PlanCommand", "Write the runbook to FILE (.pdf, .html or .md)."),
                      QStringLiteral("FILE")});
}

/// Reads the workspace's waivers, the bundle folders and the new cluster's snapshot; false after printing why one
/// failed.
bool readInputs(const QCommandLineParser &parser, FleetPlanRequest &request)
{
    QString error;
    QStringList bundleFolders;
    if (parser.isSet(QStringLiteral("workspace"))) {
        const auto workspace = Workspace::read(parser.value(QStringLiteral("workspace")), &error);
        if (!workspace) {
            err() << QCoreApplication::translate("PlanCommand", "error: %1").arg(error) << Qt::endl;
            return false;
        }
        request.waivers = workspace->waivers;
        request.prices = workspace->prices;
        if (workspace->upgradesAtOnce > 0)
            request.upgradesAtOnce = workspace->upgradesAtOnce;
        bundleFolders = workspace->bundleFolders;
    }
    bundleFolders << parser.values(QStringLiteral("bundles"));
    for (const QString &folder : std::as_const(bundleFolders)) {
        const BundleReader::Result bundles = BundleReader::readFolder(folder);
        for (const QString &warning : bundles.warnings)
            err() << QCoreApplication::translate("PlanCommand", "warning: %1").arg(warning) << Qt::endl;
        for (const QString &problem : bundles.errors)
            err() << QCoreApplication::translate("PlanCommand", "error: %1").arg(problem) << Qt::endl;
        if (!bundles.errors.isEmpty())
            return false; // a plan that misses an operator's release would mislead the review
        request.bundles << bundles.operators;
    }
    if (parser.isSet(QStringLiteral("to-snapshot"))) {
        request.newCluster = SnapshotFile::read(parser.value(QStringLiteral("to-snapshot")), &error);
        if (!request.newCluster) {
            err() << QCoreApplication::translate("PlanCommand", "error: %1").arg(error) << Qt::endl;
            return false;
        }
    }
    return true;
}

/// Writes the runbook (one cluster's, or the fleet's) to output; false after printing why it failed.
bool writeRunbook(const FleetPlan &fleet, const QList<Runbook> &books, const QString &language, QDate today,
                  const QString &output)
{
    const Runbook book = fleet.plans.size() == 1 ? books.constFirst() : buildFleetRunbook(fleet, language, today);
    QString error;
    if (RunbookWriter::write(book, output, &error))
        return true;
    err() << QCoreApplication::translate("PlanCommand", "error: %1").arg(error) << Qt::endl;
    return false;
}

} // namespace

int runPlan(const QStringList &args)
{
    QCommandLineParser parser;
    addCommonOptions(parser, {QStringLiteral("table"), QStringLiteral("json")});
    addPlanOptions(parser);
    parseOrThrow(parser, args, QStringLiteral("plan"));
    const CommonOptions options = commonOptions(parser, {QStringLiteral("table"), QStringLiteral("json")});

    const QString output = parser.value(QStringLiteral("output"));
    const bool json = options.format == u"json";
    if (output.isEmpty() && !json)
        throw UsageError{
            QCoreApplication::translate("PlanCommand", "-o FILE.pdf|.html|.md or --format json is required.")};
    if (!output.isEmpty() && !RunbookWriter::formatForPath(output))
        throw UsageError{
            QCoreApplication::translate("PlanCommand", "-o “%1”: the file name must end in .pdf, .html or .md.")
                .arg(output)};
    const auto target = MinorVersion::parse(parser.value(QStringLiteral("target")));
    if (!parser.isSet(QStringLiteral("target")) || !target)
        throw UsageError{QCoreApplication::translate("PlanCommand", "--target needs a minor such as 1.34.")};
    const auto strategy = strategyFromKey(parser.value(QStringLiteral("strategy")));
    if (!strategy)
        throw UsageError{QCoreApplication::translate("PlanCommand", "--strategy “%1” is not in-place or blue-green.")
                             .arg(parser.value(QStringLiteral("strategy")))};
    const QString language = parser.value(QStringLiteral("lang"));
    if (language != u"ja" && language != u"en")
        throw UsageError{QCoreApplication::translate("PlanCommand", "--lang “%1” is not ja or en.").arg(language)};

    int atOnce = 0; // unset: the workspace's, else the default
    if (parser.isSet(QStringLiteral("at-once"))) {
        bool ok = false;
        atOnce = parser.value(QStringLiteral("at-once")).toInt(&ok);
        if (!ok || atOnce < 1 || atOnce > Workspace::maxUpgradesAtOnce)
            throw UsageError{QCoreApplication::translate("PlanCommand", "--at-once “%1” is not a number from 1 to %2.")
                                 .arg(parser.value(QStringLiteral("at-once")))
                                 .arg(Workspace::maxUpgradesAtOnce)};
    }

    FleetPlanRequest request;
    request.target = *target;
    request.strategy = *strategy;
    request.today = options.today;
    if (!readInputs(parser, request))
        return ExitRuntimeError;
    if (atOnce > 0)
        request.upgradesAtOnce = atOnce; // the command line wins over the workspace
    LoadedFleet loaded = loadSnapshotArguments(parser);
    if (!loaded.errors.isEmpty())
        return ExitRuntimeError; // a plan from part of the evidence would mislead the review
    const FleetAnalysis analysis =
        analyseFleet(std::move(loaded), request.waivers, options.catalogs, options.today, request.prices);
    if (analysis.newest.size() == 1)
        request.focus = analysis.newest.constFirst().name;
    const FleetPlan fleet = planFleet(analysis.newest, request, options.catalogs);
    if (!fleet.errors.isEmpty()) {
        for (const QString &error : fleet.errors)
            err() << QCoreApplication::translate("PlanCommand", "error: %1").arg(error) << Qt::endl;
        return ExitRuntimeError;
    }

    QList<Runbook> books;
    for (const UpgradePlan &plan : fleet.plans)
        books << buildRunbook(plan, language, options.today);
    if (json) {
        QJsonObject document = planJson(fleet, books, options.today);
        if (fleet.plans.size() > 1) {
            // What the fleet pays in vendor fees over two years, staying or following the schedule.
            const CostOutlook outlook = costOutlook(analysis.newest, request, options.catalogs);
            document.insert(QStringLiteral("fleetCost"), fleetCostJson(outlook.stay, outlook.planned));
        }
        printJson(QJsonDocument(document));
    }
    if (output.isEmpty())
        return ExitOk;
    if (!writeRunbook(fleet, books, language, options.today, output))
        return ExitRuntimeError;
    if (json)
        return ExitOk; // stdout holds the JSON document alone
    for (const UpgradePlan &p : fleet.plans)
        out() << QCoreApplication::translate("PlanCommand", "%1: %2 → %3, %n hop(s); open blockers: %4", nullptr,
                                             int(p.hops.size()))
                     .arg(p.cluster, p.from.toString(), p.target.toString())
                     .arg(p.openBlockers())
              << Qt::endl;
    out() << QCoreApplication::translate("PlanCommand", "Runbook written to %1").arg(output) << Qt::endl;
    return ExitOk;
}

} // namespace kirikae::cli
