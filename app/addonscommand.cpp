#include "addonscommand.h"

#include "analysis/addons.h"
#include "analysis/fleetanalysis.h"
#include "commandline.h"
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

QJsonValue minorOrNull(const std::optional<MinorVersion> &minor)
{
    return minor ? QJsonValue(minor->toString()) : QJsonValue();
}

QJsonArray minorsJson(const QList<MinorVersion> &minors)
{
    QJsonArray array;
    for (const MinorVersion &m : minors)
        array << m.toString();
    return array;
}

QJsonObject addonJson(const AddonAssessment &a)
{
    QJsonArray evidence;
    for (const AddonEvidence &e : a.addon.evidence)
        evidence << QJsonObject{{QStringLiteral("kind"), addonEvidenceKey(e.kind)},
                                {QStringLiteral("value"), e.value},
                                {QStringLiteral("where"), orNull(e.where)}};
    const std::optional<AddonRelease> &r = a.release;
    return {{QStringLiteral("cluster"), a.addon.cluster},
            {QStringLiteral("name"), a.addon.name},
            {QStringLiteral("known"), a.addon.known},
            {QStringLiteral("version"), orNull(a.addon.version)},
            {QStringLiteral("chartVersion"), orNull(a.addon.chartVersion)},
            {QStringLiteral("detectedFrom"), evidence},
            {QStringLiteral("release"), r ? QJsonValue(r->version) : QJsonValue()},
            {QStringLiteral("releaseByLine"), a.releaseByLine},
            {QStringLiteral("currentMinor"), minorOrNull(a.current)},
            {QStringLiteral("statusCurrent"), addonStatusKey(a.atCurrent.status)},
            {QStringLiteral("reasonCurrent"), addonReasonKey(a.atCurrent.reason)},
            {QStringLiteral("disputedCurrent"), a.atCurrent.disputed},
            {QStringLiteral("target"), a.target.toString()},
            {QStringLiteral("statusAtTarget"), addonStatusKey(a.atTarget.status)},
            {QStringLiteral("reasonAtTarget"), addonReasonKey(a.atTarget.reason)},
            {QStringLiteral("disputedAtTarget"), a.atTarget.disputed},
            {QStringLiteral("supportedMinors"), minorsJson(a.statedMinors())},
            {QStringLiteral("testedMinors"), minorsJson(r ? r->tested : QList<MinorVersion>())},
            {QStringLiteral("minimumKubernetes"), minorOrNull(r ? r->from : std::nullopt)},
            {QStringLiteral("minimumReleaseForTarget"), orNull(a.minimumReleaseForTarget)},
            {QStringLiteral("minimumReleaseStatus"),
             a.minimumReleaseForTarget.isEmpty() ? QJsonValue() : QJsonValue(addonStatusKey(a.minimumReleaseStatus))},
            {QStringLiteral("semantics"), a.addon.known ? QJsonValue(addonSemanticsKey(a.semantics)) : QJsonValue()},
            {QStringLiteral("source"), a.sources.isEmpty() ? QJsonValue() : QJsonValue(a.sources.constFirst())},
            {QStringLiteral("sources"), QJsonArray::fromStringList(a.sources)},
            {QStringLiteral("retrieved"),
             a.retrieved.isValid() ? QJsonValue(a.retrieved.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("note"), r ? orNull(r->note) : QJsonValue()},
            {QStringLiteral("disagreement"), r ? orNull(r->disagreement) : QJsonValue()},
            {QStringLiteral("policy"), orNull(a.policy)},
            {QStringLiteral("projectStatus"), orNull(a.projectStatus)}};
}

QJsonObject helmJson(const HelmKubeVersionCheck &h)
{
    return {{QStringLiteral("cluster"), h.cluster},
            {QStringLiteral("release"), h.release},
            {QStringLiteral("namespace"), h.namespaceName},
            {QStringLiteral("chart"), h.chart},
            {QStringLiteral("version"), orNull(h.chartVersion)},
            {QStringLiteral("appVersion"), orNull(h.appVersion)},
            {QStringLiteral("kubeVersion"), orNull(h.kubeVersion)},
            {QStringLiteral("blocksAt"), minorOrNull(h.blocksAt)},
            {QStringLiteral("refusedVersion"), orNull(h.refusedVersion)},
            {QStringLiteral("error"), orNull(h.error)}};
}

void printTables(const QList<ClusterAddons> &clusters)
{
    const QString dash = QStringLiteral("-");
    const auto statusCell = [](const AddonVerdict &v) -> QString {
        return v.disputed
                   ? QCoreApplication::translate("AddonsCommand", "%1 (sources disagree)").arg(addonStatusKey(v.status))
                   : addonStatusKey(v.status);
    };
    QList<QStringList> rows;
    for (const ClusterAddons &c : clusters) {
        for (const AddonAssessment &a : c.addons) {
            const QString now = a.current ? a.current->toString() + u' ' + statusCell(a.atCurrent) : dash;
            rows << QStringList{c.cluster,
                                a.addon.name,
                                a.addon.version.isEmpty() ? dash : a.addon.version,
                                now,
                                a.target.toString() + u' ' + statusCell(a.atTarget),
                                a.minimumReleaseForTarget.isEmpty() ? dash : a.minimumReleaseForTarget,
                                a.addon.known ? addonSemanticsKey(a.semantics) : dash};
        }
    }
    printTable({QCoreApplication::translate("AddonsCommand", "CLUSTER"),
                QCoreApplication::translate("AddonsCommand", "ADD-ON"),
                QCoreApplication::translate("AddonsCommand", "VERSION"),
                QCoreApplication::translate("AddonsCommand", "NOW"),
                QCoreApplication::translate("AddonsCommand", "AT TARGET"),
                QCoreApplication::translate("AddonsCommand", "LOWEST RELEASE FOR TARGET"),
                QCoreApplication::translate("AddonsCommand", "SOURCE SAYS")},
               rows);
    QList<QStringList> helm;
    for (const ClusterAddons &c : clusters) {
        for (const HelmKubeVersionCheck &h : c.helm) {
            if (h.kubeVersion.isEmpty())
                continue;
            helm << QStringList{c.cluster, h.namespaceName + u'/' + h.release, h.chart + u' ' + h.chartVersion,
                                h.kubeVersion, h.blocksAt ? h.blocksAt->toString() : dash};
        }
    }
    if (helm.isEmpty())
        return;
    out() << Qt::endl;
    printTable({QCoreApplication::translate("AddonsCommand", "CLUSTER"),
                QCoreApplication::translate("AddonsCommand", "HELM RELEASE"),
                QCoreApplication::translate("AddonsCommand", "CHART"),
                QCoreApplication::translate("AddonsCommand", "KUBEVERSION"),
                QCoreApplication::translate("AddonsCommand", "BLOCKS AT")},
               helm);
}

} // namespace

int runAddons(const QStringList &args)
{
    const QStringList formats{QStringLiteral("table"), QStringLiteral("json")};
    QCommandLineParser parser;
    addCommonOptions(parser, formats);
    parser.addPositionalArgument(QStringLiteral("SNAPSHOT"),
                                 QCoreApplication::translate("AddonsCommand", "Snapshot files to check."),
                                 QStringLiteral("SNAPSHOT..."));
    parser.addOption(
        {QStringLiteral("target"),
         QCoreApplication::translate("AddonsCommand", "Judge add-ons at Kubernetes minor VERSION (e.g. 1.34); default: "
                                                      "the newest released minor."),
         QStringLiteral("VERSION")});
    parseOrThrow(parser, args, QStringLiteral("addons"));
    const CommonOptions options = commonOptions(parser, formats);
    std::optional<MinorVersion> target = minorOption(parser, QStringLiteral("target"));
    const FleetAnalysis analysis = analyseFleet(loadSnapshotArguments(parser), {}, options.catalogs, options.today);
    if (!target) {
        target = newestReleasedMinor(options.catalogs.kubernetes, options.today);
        if (!target) {
            err() << QCoreApplication::translate("AddonsCommand",
                                                 "error: the release catalog has no minor released by %1; give "
                                                 "--target.")
                         .arg(options.today.toString(Qt::ISODate))
                  << Qt::endl;
            return ExitRuntimeError;
        }
    }
    QList<ClusterAddons> clusters;
    for (const ClusterSnapshot &s : analysis.newest)
        clusters << analyseAddons(s, options.catalogs, *target);

    if (options.format == u"json") {
        QJsonArray addons;
        QJsonArray helm;
        for (const ClusterAddons &c : std::as_const(clusters)) {
            for (const AddonAssessment &a : c.addons)
                addons << addonJson(a);
            for (const HelmKubeVersionCheck &h : c.helm)
                helm << helmJson(h);
        }
        printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("today"), options.today.toString(Qt::ISODate)},
                                      {QStringLiteral("target"), target->toString()},
                                      {QStringLiteral("targetGiven"), parser.isSet(QStringLiteral("target"))},
                                      {QStringLiteral("addons"), addons},
                                      {QStringLiteral("helm"), helm},
                                      {QStringLiteral("errors"), QJsonArray::fromStringList(analysis.fleet.errors)}}));
    } else {
        printTables(clusters);
    }
    return analysis.fleet.errors.isEmpty() ? ExitOk : ExitRuntimeError;
}

} // namespace kirikae::cli
