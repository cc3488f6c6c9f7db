#include "operatorscommand.h"

#include "analysis/bundlereader.h"
#include "analysis/fleetanalysis.h"
#include "analysis/operatorgraph.h"
#include "commandline.h"
#include "items/statuscolors.h"
#include "output.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace kirikae::cli {

namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList describe(const QList<OperatorLimit> &limits)
{
    QStringList texts;
    for (const OperatorLimit &limit : limits)
        texts << limit.describe();
    return texts;
}

QString dotQuoted(QString text)
{
    text.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'"', QStringLiteral("\\\""))
        .replace(u'\n', QStringLiteral("\\n"));
    return u'"' + text + u'"';
}

QString toDot(const OperatorGraph &graph)
{
    QString dot = QStringLiteral("digraph operators {\n  rankdir=LR;\n"
                                 "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n"
                                 "  edge [fontname=\"Helvetica\", fontsize=9];\n");
    QStringList clusters;
    for (const auto &n : graph.nodes) {
        if (!clusters.contains(n.cluster))
            clusters << n.cluster;
    }
    for (int c = 0; c < clusters.size(); ++c) {
        dot += QStringLiteral("  subgraph cluster_%1 {\n    label=%2;\n").arg(c).arg(dotQuoted(clusters[c]));
        for (const auto &n : graph.nodes) {
            if (n.cluster != clusters[c])
                continue;
            dot += QStringLiteral("    %1 [label=%2, fillcolor=\"%3\", tooltip=%4];\n")
                       .arg(dotQuoted(n.id()), dotQuoted(n.csv.package + u'\n' + n.csv.version),
                            operatorStatusColor(n.status).name(), dotQuoted(operatorStatusKey(n.status)));
        }
        dot += QStringLiteral("  }\n");
    }
    for (const auto &e : graph.edges)
        dot += QStringLiteral("  %1 -> %2 [label=%3];\n")
                   .arg(dotQuoted(graph.nodes[e.from].id()), dotQuoted(graph.nodes[e.to].id()),
                        dotQuoted(graph.describeEdge(e)));
    dot += QStringLiteral("}\n");
    return dot;
}

QJsonObject toJson(const OperatorGraph &graph, const QStringList &errors, const QStringList &warnings)
{
    const auto package = [&](int i) { return graph.nodes[i].csv.package; };
    QJsonArray operators;
    for (const auto &n : graph.nodes) {
        operators << QJsonObject{{QStringLiteral("package"), n.csv.package},
                                 {QStringLiteral("csv"), n.csv.name},
                                 {QStringLiteral("version"), n.csv.version},
                                 {QStringLiteral("cluster"), n.cluster},
                                 {QStringLiteral("status"), operatorStatusKey(n.status)},
                                 {QStringLiteral("owns"), toArray(n.csv.ownedCrds)},
                                 {QStringLiteral("requires"), toArray(n.requirements)},
                                 {QStringLiteral("replaces"), n.csv.replaces},
                                 {QStringLiteral("skips"), toArray(n.csv.skips)},
                                 {QStringLiteral("skipRange"), n.csv.skipRange},
                                 {QStringLiteral("minKubeVersion"), n.csv.minKubeVersion},
                                 {QStringLiteral("maxOpenShiftVersion"), n.csv.maxOpenShiftVersion},
                                 {QStringLiteral("installModes"), toArray(n.csv.installModes)},
                                 {QStringLiteral("subscriptionCsv"), n.subscriptionCsv},
                                 {QStringLiteral("latestCsv"), n.latestCsv},
                                 {QStringLiteral("upgradePath"), toArray(n.upgradePath)},
                                 {QStringLiteral("blockedBy"), toArray(describe(n.blockedBy))}};
    }
    QJsonArray edges;
    for (const auto &e : graph.edges)
        edges << QJsonObject{{QStringLiteral("from"), package(e.from)},
                             {QStringLiteral("to"), package(e.to)},
                             {QStringLiteral("via"), e.via},
                             {QStringLiteral("toVersion"), e.toVersion},
                             {QStringLiteral("fromVersion"), e.fromVersion},
                             {QStringLiteral("cluster"), graph.nodes[e.from].cluster}};
    QJsonArray missing;
    for (const auto &m : graph.missing)
        missing << QJsonObject{{QStringLiteral("operator"), package(m.node)},
                               {QStringLiteral("requirement"), m.requirement},
                               {QStringLiteral("detail"), m.detail},
                               {QStringLiteral("cluster"), graph.nodes[m.node].cluster}};
    QJsonArray ambiguous;
    for (const auto &a : graph.ambiguous) {
        QStringList providers;
        for (int p : a.providers)
            providers << package(p);
        ambiguous << QJsonObject{{QStringLiteral("operator"), package(a.node)},
                                 {QStringLiteral("requirement"), a.requirement},
                                 {QStringLiteral("providers"), toArray(providers)},
                                 {QStringLiteral("cluster"), graph.nodes[a.node].cluster}};
    }
    QJsonArray cycles;
    for (const auto &c : graph.cycles) {
        QStringList members;
        for (int i : c)
            members << package(i);
        cycles << toArray(members);
    }
    QStringList order;
    for (int i : graph.upgradeOrder) {
        if (!order.contains(package(i)))
            order << package(i);
    }
    return {{QStringLiteral("operators"), operators},
            {QStringLiteral("edges"), edges},
            {QStringLiteral("missing"), missing},
            {QStringLiteral("ambiguous"), ambiguous},
            {QStringLiteral("cycles"), cycles},
            {QStringLiteral("upgradeOrder"), toArray(order)},
            {QStringLiteral("errors"), toArray(errors)},
            {QStringLiteral("warnings"), toArray(warnings)}};
}

void printTableOf(const OperatorGraph &graph)
{
    QList<QStringList> rows;
    for (int i : graph.upgradeOrder) {
        const auto &n = graph.nodes[i];
        QStringList needs;
        for (const auto &e : graph.edges) {
            // "etcd 0.9.0" when only an older bundle of it will do.
            const QString needed = e.toVersion.isEmpty() ? graph.nodes[e.to].csv.package
                                                         : graph.nodes[e.to].csv.package + u' ' + e.toVersion;
            if (e.from == i && !needs.contains(needed))
                needs << needed;
        }
        rows << QStringList{n.cluster, n.csv.package, n.csv.version, operatorStatusKey(n.status),
                            needs.join(QStringLiteral(", "))};
    }
    printTable({QCoreApplication::translate("OperatorsCommand", "CLUSTER"),
                QCoreApplication::translate("OperatorsCommand", "PACKAGE"),
                QCoreApplication::translate("OperatorsCommand", "VERSION"),
                QCoreApplication::translate("OperatorsCommand", "STATUS"),
                QCoreApplication::translate("OperatorsCommand", "NEEDS")},
               rows);
    for (const auto &m : graph.missing)
        out() << QCoreApplication::translate("OperatorsCommand", "missing: %1 (%2) needs %3: %4")
                     .arg(graph.nodes[m.node].csv.package, graph.nodes[m.node].cluster, m.requirement, m.detail)
              << Qt::endl;
    for (const auto &n : graph.nodes) {
        for (const QString &reason : describe(n.blockedBy))
            out() << QCoreApplication::translate("OperatorsCommand", "blocked: %1 (%2): %3")
                         .arg(n.csv.package, n.cluster, reason)
                  << Qt::endl;
    }
    for (const auto &c : graph.cycles) {
        QStringList members;
        for (int i : c)
            members << graph.nodes[i].csv.package;
        out() << QCoreApplication::translate("OperatorsCommand", "cycle: %1").arg(members.join(QStringLiteral(" → ")))
              << Qt::endl;
    }
}

} // namespace

int runOperators(const QStringList &args)
{
    const QStringList formats{QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("dot")};
    QCommandLineParser parser;
    addCommonOptions(parser, formats);
    parser.addPositionalArgument(
        QStringLiteral("INPUT"),
        QCoreApplication::translate("OperatorsCommand", "Snapshot files and folders of OLM bundles."),
        QStringLiteral("(SNAPSHOT | BUNDLE_DIR)..."));
    parser.addOption({QStringLiteral("target"),
                      QCoreApplication::translate("OperatorsCommand",
                                                  "Check operators against Kubernetes minor VERSION (e.g. 1.30)."),
                      QStringLiteral("VERSION")});
    parseOrThrow(parser, args, QStringLiteral("operators"));
    const CommonOptions options = commonOptions(parser, formats);
    if (parser.positionalArguments().isEmpty())
        throw UsageError{
            QCoreApplication::translate("OperatorsCommand", "give at least one snapshot or bundle folder.")};
    OperatorTarget target;
    if (parser.isSet(QStringLiteral("target"))) {
        target.kubernetes = MinorVersion::parse(parser.value(QStringLiteral("target")));
        if (!target.kubernetes)
            throw UsageError{
                QCoreApplication::translate("OperatorsCommand", "--target: “%1” is not a minor such as 1.30.")
                    .arg(parser.value(QStringLiteral("target")))};
        target.openShift = openShiftForKubernetes(*target.kubernetes);
    }

    // Files are snapshots, analysed as every command analyses them (the newest of each cluster counts); folders
    // are OLM bundles, read together as one catalog.
    QStringList snapshotFiles;
    QStringList bundleFolders;
    for (const QString &path : parser.positionalArguments())
        (QFileInfo(path).isDir() ? bundleFolders : snapshotFiles) << path;
    const FleetAnalysis analysis = analyseFleet(loadSnapshots(snapshotFiles), {}, options.catalogs, options.today);
    const BundleReader::Catalog catalog = BundleReader::readCatalog(bundleFolders);
    const QStringList errors = analysis.fleet.errors + catalog.errors;
    for (const QString &e : errors)
        err() << QCoreApplication::translate("OperatorsCommand", "error: %1").arg(e) << Qt::endl;
    for (const QString &w : catalog.warnings)
        err() << QCoreApplication::translate("OperatorsCommand", "warning: %1").arg(w) << Qt::endl;
    const QList<OperatorSource> sources = analysis.operators + catalog.sources;
    if (sources.isEmpty())
        return ExitRuntimeError;
    const OperatorGraph graph = resolveOperators(sources, target);
    if (options.format == u"json")
        printJson(QJsonDocument(toJson(graph, errors, catalog.warnings)));
    else if (options.format == u"dot")
        out() << toDot(graph);
    else
        printTableOf(graph);
    return errors.isEmpty() ? ExitOk : ExitRuntimeError;
}

} // namespace kirikae::cli
