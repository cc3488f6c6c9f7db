#include "versionscommand.h"

#include "analysis/addontargets.h"
#include "analysis/fleetanalysis.h"
#include "commandline.h"
#include "costjson.h"
#include "items/versionmatrixmodel.h"
#include "jsonstream.h"
#include "output.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace kirikae::cli {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue orNull(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject supportJson(const SupportAssessment &s)
{
    return {
        {QStringLiteral("status"), supportStatusKey(s.status)},
        {QStringLiteral("eol"),
         s.endOfSupport.isValid() ? QJsonValue(s.endOfSupport.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("daysLeft"), orNull(s.daysLeft)},
        {QStringLiteral("latestPatch"), orNull(s.latestPatch)},
        {QStringLiteral("minorsBehind"), orNull(s.minorsBehind)},
        {QStringLiteral("newestMinor"), s.newestMinor.major > 0 ? QJsonValue(s.newestMinor.toString()) : QJsonValue()},
        {QStringLiteral("newestMinorProjected"), false}, // minors behind count only published releases
        {QStringLiteral("projectedMinor"), s.projectedMinor ? QJsonValue(s.projectedMinor->toString()) : QJsonValue()},
        {QStringLiteral("projected"), s.projected},
    };
}

QJsonValue dateOrNull(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue vendorJson(const std::optional<VendorAssessment> &vendor)
{
    if (!vendor)
        return QJsonValue();
    return QJsonObject{
        {QStringLiteral("vendor"), vendor->vendor},
        {QStringLiteral("release"), vendor->release.version},
        {QStringLiteral("kubernetesMinor"),
         vendor->release.kubernetes.major > 0 ? QJsonValue(vendor->release.kubernetes.toString()) : QJsonValue()},
        {QStringLiteral("phase"), vendorPhaseKey(vendor->phase)},
        {QStringLiteral("phaseEnds"), dateOrNull(vendor->phaseEnds)},
        {QStringLiteral("endOfStandardSupport"), dateOrNull(vendor->release.endOfStandardSupport)},
        {QStringLiteral("endOfExtendedSupport"), dateOrNull(vendor->release.endOfExtendedSupport)},
        {QStringLiteral("daysLeft"), orNull(vendor->daysLeft)},
    };
}

/// The add-on catalog's verdict at --target for one add-on component (only with --target: a key of its own).
QJsonObject atTargetJson(const AddonTargetCell &cell, MinorVersion target)
{
    return {{QStringLiteral("target"), target.toString()},
            {QStringLiteral("addon"), cell.addon},
            {QStringLiteral("status"), addonStatusKey(cell.verdict.status)},
            {QStringLiteral("reason"), addonReasonKey(cell.verdict.reason)},
            {QStringLiteral("lowestRelease"), cell.lowestRelease.isEmpty() ? QJsonValue() : QJsonValue(cell.lowestRelease)},
            {QStringLiteral("lowestReleaseStatus"),
             cell.lowestRelease.isEmpty() ? QJsonValue() : QJsonValue(addonStatusKey(cell.lowestStatus))}};
}

QJsonObject componentJson(const ComponentVersion &c, const ClusterStatus &status, const AddonTargetVerdicts *targets)
{
    // The verdict the matrix colours the cell with, and its reasons as the matrix's tooltip words them.
    const ComponentVerdict verdict = judgeComponent(c.name, c.version, &c, status);
    QJsonArray reasons;
    for (const CellFinding &f : verdict.findings)
        reasons << VersionMatrixModel::reasonText(f);
    QJsonObject o{{QStringLiteral("name"), c.name},
                  {QStringLiteral("category"), c.category},
                  {QStringLiteral("version"), c.version},
                  {QStringLiteral("where"), c.where},
                  {QStringLiteral("status"), cellStatusKey(verdict.status)},
                  {QStringLiteral("reasons"), reasons}};
    if (!c.expected.isEmpty()) {
        o.insert(QStringLiteral("expected"), c.expected);
        o.insert(QStringLiteral("olderThanExpected"), c.olderThanExpected);
    }
    if (const AddonTargetCell *cell = targets ? targets->cell(status.name, c.name) : nullptr)
        o.insert(QStringLiteral("atTarget"), atTargetJson(*cell, targets->target));
    return o;
}

QJsonObject skewJson(const SkewCheck &c)
{
    return {{QStringLiteral("component"), c.component},
            {QStringLiteral("version"), c.version},
            {QStringLiteral("against"), c.against.english()},
            {QStringLiteral("rule"), c.rule.english()},
            {QStringLiteral("ok"), c.ok},
            {QStringLiteral("count"), int(c.where.size())},
            {QStringLiteral("where"), QJsonArray::fromStringList(c.where)}};
}

/// One cluster's object, its components and skew checks (one per node in a large cluster) written one by one.
void writeCluster(JsonStream &json, const FleetEntry &entry, const ClusterStatus &status, const ClusterCost *cost,
                  const AddonTargetVerdicts *targets)
{
    json.beginObject();
    json.members({
        {QStringLiteral("cost"), cost ? costJson(*cost) : QJsonValue()},
        {QStringLiteral("forcedUpgrade"), cost ? forcedUpgradeJson(*cost) : QJsonValue()},
        {QStringLiteral("vendorSupport"), vendorJson(status.vendor)},
        {QStringLiteral("name"), entry.snapshot.name},
        {QStringLiteral("file"), entry.file},
        {QStringLiteral("distribution"), entry.snapshot.distribution},
        {QStringLiteral("serverVersion"), entry.snapshot.serverVersion},
        {QStringLiteral("minor"),
         status.version ? QJsonValue(status.version->minorVersion().toString()) : QJsonValue()},
        {QStringLiteral("versionError"), orNull(status.versionError)},
        {QStringLiteral("support"), supportJson(status.support)},
        {QStringLiteral("collectedAt"), entry.snapshot.collectedAt.isValid()
                                            ? QJsonValue(entry.snapshot.collectedAt.toString(Qt::ISODate))
                                            : QJsonValue()},
    });
    json.key(u"components");
    json.beginArray();
    for (const ComponentVersion &c : status.components)
        json.value(componentJson(c, status, targets));
    json.end();
    json.key(u"skew");
    json.beginArray();
    for (const SkewCheck &c : status.skew)
        json.value(skewJson(c));
    json.end();
    json.end();
}

/// The cost of the cluster an entry is a snapshot of (figured on its newest snapshot).
const ClusterCost *costOf(const FleetAnalysis &analysis, const FleetEntry &entry)
{
    for (const ClusterCost &c : analysis.costs)
        if (c.cluster == entry.snapshot.name)
            return &c;
    return nullptr;
}

QStringList tableRow(const FleetEntry &entry, const ClusterStatus &status)
{
    const SupportAssessment &s = status.support;
    const QString dash = QStringLiteral("-");
    QString eol = s.endOfSupport.isValid() ? s.endOfSupport.toString(Qt::ISODate) : dash;
    if (s.projected && s.endOfSupport.isValid())
        eol += u'~';
    return {entry.snapshot.name,
            entry.snapshot.distribution,
            entry.snapshot.serverVersion.isEmpty() ? dash : entry.snapshot.serverVersion,
            supportStatusKey(s.status),
            eol,
            s.daysLeft ? QString::number(*s.daysLeft) : dash,
            s.minorsBehind ? QString::number(*s.minorsBehind) : dash,
            s.latestPatch.isEmpty() ? dash : s.latestPatch};
}

} // namespace

int runVersions(const QStringList &args)
{
    const QStringList formats{QStringLiteral("table"), QStringLiteral("json")};
    QCommandLineParser parser;
    addCommonOptions(parser, formats);
    parser.addPositionalArgument(
        QStringLiteral("SNAPSHOT"),
        QCoreApplication::translate("VersionsCommand", "Snapshot files, or folders of snapshots, to report on."),
        QStringLiteral("SNAPSHOT..."));
    parser.addOption({QStringLiteral("target"),
                      QCoreApplication::translate("VersionsCommand",
                                                  "JSON: also judge each add-on at Kubernetes minor 1.N (atTarget)."),
                      QStringLiteral("1.N")});
    parseOrThrow(parser, args, QStringLiteral("versions"));
    const CommonOptions options = commonOptions(parser, formats);
    const std::optional<MinorVersion> target = minorOption(parser, QStringLiteral("target"));
    const FleetAnalysis analysis = analyseFleet(loadSnapshotArguments(parser), {}, options.catalogs, options.today);
    const std::optional<AddonTargetVerdicts> targets =
        target ? std::optional(judgeAddonsAt(analysis.newest, options.catalogs, *target)) : std::nullopt;
    const LoadedFleet &fleet = analysis.fleet;
    // Each cluster as it is now: its newest snapshot (older ones are its history, which debt shows as a trend).
    const QList<FleetEntry> &current = analysis.current;
    const QList<ClusterStatus> &statuses = analysis.currentStatuses;

    if (options.format == u"json") {
        JsonStream json;
        json.beginObject();
        json.key(u"today");
        json.value(options.today.toString(Qt::ISODate));
        json.key(u"clusters");
        json.beginArray();
        for (qsizetype i = 0; i < current.size(); ++i)
            writeCluster(json, current.at(i), statuses.at(i), costOf(analysis, current.at(i)),
                         targets ? &*targets : nullptr);
        json.end();
        json.key(u"errors");
        json.value(QJsonArray::fromStringList(fleet.errors));
        json.end();
    } else {
        QList<QStringList> rows;
        for (qsizetype i = 0; i < current.size(); ++i)
            rows << tableRow(current.at(i), statuses.at(i));
        printTable({QCoreApplication::translate("VersionsCommand", "CLUSTER"),
                    QCoreApplication::translate("VersionsCommand", "DISTRIBUTION"),
                    QCoreApplication::translate("VersionsCommand", "VERSION"),
                    QCoreApplication::translate("VersionsCommand", "SUPPORT"),
                    QCoreApplication::translate("VersionsCommand", "END OF SUPPORT"),
                    QCoreApplication::translate("VersionsCommand", "DAYS LEFT"),
                    QCoreApplication::translate("VersionsCommand", "MINORS BEHIND"),
                    QCoreApplication::translate("VersionsCommand", "LATEST PATCH")},
                   rows);
    }
    return fleet.errors.isEmpty() ? ExitOk : ExitRuntimeError;
}

} // namespace kirikae::cli
