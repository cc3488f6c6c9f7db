#include "operatorgraph.h"

#include "requirementresolver.h"
#include "versionrange.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <functional>

namespace kirikae {

namespace {

QString kindPrefix(OperatorRequirement::Kind kind)
{
    switch (kind) {
    case OperatorRequirement::Kind::All:
        return QStringLiteral("all");
    case OperatorRequirement::Kind::Any:
        return QStringLiteral("any");
    case OperatorRequirement::Kind::Not:
        return QStringLiteral("not");
    case OperatorRequirement::Kind::Cel:
        return QStringLiteral("cel");
    default:
        return {};
    }
}

std::optional<SemanticVersion> versionOf(const OperatorCsv &csv)
{
    return SemanticVersion::parse(csv.version, true);
}

OperatorCatalog buildCatalog(const QList<OperatorSource> &sources)
{
    OperatorCatalog catalog;
    for (const auto &source : sources) {
        if (!source.isCatalog)
            continue;
        for (const auto &csv : source.csvs)
            catalog[csv.package] << csv;
    }
    for (auto &bundles : catalog) {
        std::stable_sort(bundles.begin(), bundles.end(), [](const OperatorCsv &a, const OperatorCsv &b) {
            const auto va = versionOf(a);
            const auto vb = versionOf(b);
            if (va && vb)
                return *va > *vb;
            return bool(va) && !vb;
        });
    }
    return catalog;
}

/// True when bundle `to` may directly follow `from` in an upgrade: replaces, skips or skipRange.
bool upgradesFrom(const OperatorCsv &to, const OperatorCsv &from)
{
    if (to.replaces == from.name || to.skips.contains(from.name))
        return true;
    if (to.skipRange.isEmpty())
        return false;
    const auto range = VersionRange::parse(to.skipRange);
    const auto version = versionOf(from);
    return range && version && range->contains(*version);
}

/// Shortest chain of bundles from `installed` towards the newest bundle via replaces / skips / skipRange. When the
/// catalog lacks a link, the chain ends at the newest bundle that can still be reached.
QStringList upgradeChain(const OperatorCsv &installed, const QList<OperatorCsv> &bundles)
{
    QHash<QString, QString> cameFrom;
    QList<OperatorCsv> queue{installed};
    QSet<QString> seen{installed.name};
    for (qsizetype head = 0; head < queue.size(); ++head) {
        for (const auto &next : bundles) {
            if (!seen.contains(next.name) && upgradesFrom(next, queue.at(head))) {
                seen.insert(next.name);
                cameFrom.insert(next.name, queue.at(head).name);
                queue << next;
            }
        }
    }
    for (const auto &best : bundles) { // newest first
        if (!cameFrom.contains(best.name))
            continue;
        QStringList chain{best.name};
        for (QString at = cameFrom.value(best.name); at != installed.name; at = cameFrom.value(at))
            chain.prepend(at);
        return chain;
    }
    return {};
}

QList<OperatorNode> collectNodes(const QList<OperatorSource> &sources, const OperatorCatalog &catalog)
{
    const bool anyCluster = std::any_of(sources.begin(), sources.end(), [](const auto &s) { return !s.isCatalog; });
    QList<OperatorNode> nodes;
    for (const auto &source : sources) {
        if (source.isCatalog && anyCluster)
            continue;                          // with clusters present a catalog only offers versions
        QMap<QString, OperatorNode> byPackage; // sorted, so the output is stable
        for (const auto &csv : source.csvs) {
            OperatorNode node;
            node.cluster = source.cluster;
            node.csv = csv;
            node.onOpenShift = source.isOpenShift;
            if (source.isCatalog && byPackage.contains(csv.package))
                continue; // one node per package: its newest bundle is put in below
            byPackage.insert(csv.package, node);
        }
        if (source.isCatalog) {
            for (auto it = byPackage.begin(); it != byPackage.end(); ++it)
                it->csv = catalog.value(it.key()).value(0, it->csv);
        }
        for (const auto &sub : source.subscriptions) {
            if (!byPackage.contains(sub.package))
                continue;
            auto &node = byPackage[sub.package];
            if (!sub.currentCsv.isEmpty() && sub.currentCsv != node.csv.name)
                node.subscriptionCsv = sub.currentCsv;
        }
        for (auto &node : byPackage) {
            const auto bundles = catalog.value(node.csv.package);
            if (!source.isCatalog && !bundles.isEmpty()) {
                const auto installed = versionOf(node.csv);
                const auto newest = versionOf(bundles.first());
                if (installed && newest && *newest > *installed) {
                    node.latestCsv = bundles.first().name;
                    node.upgradePath = upgradeChain(node.csv, bundles);
                }
            }
            if (node.latestCsv.isEmpty() && !node.subscriptionCsv.isEmpty())
                node.upgradePath = {node.subscriptionCsv};
            nodes << node;
        }
    }
    return nodes;
}

/// Tarjan's strongly connected components; returns them in reverse topological order (sinks first).
QList<QList<int>> components(int count, const QList<QList<int>> &out)
{
    QList<int> index(count, -1), low(count, 0);
    QList<bool> onStack(count, false);
    QList<int> stack;
    QList<QList<int>> result;
    int counter = 0;
    std::function<void(int)> visit = [&](int v) {
        index[v] = low[v] = counter++;
        stack << v;
        onStack[v] = true;
        for (int w : out[v]) {
            if (index[w] < 0) {
                visit(w);
                low[v] = std::min(low[v], low[w]);
            } else if (onStack[w]) {
                low[v] = std::min(low[v], index[w]);
            }
        }
        if (low[v] == index[v]) {
            QList<int> component;
            int w = -1;
            do {
                w = stack.takeLast();
                onStack[w] = false;
                component << w;
            } while (w != v);
            std::sort(component.begin(), component.end());
            result << component;
        }
    };
    for (int v = 0; v < count; ++v) {
        if (index[v] < 0)
            visit(v);
    }
    return result;
}

void checkTarget(OperatorNode &node, const OperatorTarget &target)
{
    if (target.kubernetes && !node.csv.minKubeVersion.isEmpty()) {
        const auto min = Version::parse(node.csv.minKubeVersion);
        if (min && min->minorVersion() > *target.kubernetes)
            node.blockedBy << OperatorLimit{OperatorLimit::Kind::MinKubeVersion, node.csv.minKubeVersion,
                                            target.kubernetes->toString()};
    }
    if (node.onOpenShift && target.openShift && !node.csv.maxOpenShiftVersion.isEmpty()) {
        const auto max = MinorVersion::parse(node.csv.maxOpenShiftVersion);
        if (max && *max < *target.openShift)
            node.blockedBy << OperatorLimit{OperatorLimit::Kind::MaxOpenShiftVersion, node.csv.maxOpenShiftVersion,
                                            target.openShift->toString()};
    }
}

} // namespace

QString OperatorLimit::describe() const
{
    return kind == Kind::MinKubeVersion
               ? QStringLiteral("minKubeVersion %1 is above Kubernetes %2").arg(limit, target)
               : QStringLiteral("olm.maxOpenShiftVersion %1 blocks OpenShift %2").arg(limit, target);
}

QString operatorStatusKey(OperatorStatus status)
{
    switch (status) {
    case OperatorStatus::Fine:
        return QStringLiteral("fine");
    case OperatorStatus::UpdateAvailable:
        return QStringLiteral("update-available");
    case OperatorStatus::Blocked:
        return QStringLiteral("blocked");
    case OperatorStatus::MissingDependency:
        return QStringLiteral("missing-dependency");
    case OperatorStatus::InCycle:
        return QStringLiteral("in-cycle");
    }
    return {};
}

QString describeRequirement(const OperatorRequirement &r)
{
    switch (r.kind) {
    case OperatorRequirement::Kind::Package:
        if (r.versionRange.isEmpty())
            return QStringLiteral("package:") + r.subject;
        return QStringLiteral("package:") + r.subject + u' ' + r.versionRange;
    case OperatorRequirement::Kind::Gvk:
        return r.subject;
    case OperatorRequirement::Kind::Cel:
        return QStringLiteral("cel(%1)").arg(r.subject);
    default: {
        QStringList parts;
        for (const auto &child : r.children)
            parts << describeRequirement(child);
        return kindPrefix(r.kind) + u'(' + parts.join(QStringLiteral(", ")) + u')';
    }
    }
}

std::optional<MinorVersion> openShiftForKubernetes(MinorVersion kubernetes)
{
    if (kubernetes.major != 1 || kubernetes.minor < 14)
        return std::nullopt;
    return MinorVersion{4, kubernetes.minor - 13};
}

QString OperatorEdge::label() const
{
    QString text = via;
    if (!fromVersion.isEmpty())
        text = u'(' + fromVersion + QStringLiteral(") ") + text;
    if (!toVersion.isEmpty())
        text += QStringLiteral(" (") + toVersion + u')';
    return text;
}

QString OperatorGraph::describeEdge(const OperatorEdge &edge) const
{
    QStringList notes;
    if (!edge.fromVersion.isEmpty())
        notes << QStringLiteral("required by %1, newest is %2").arg(edge.fromVersion, nodes[edge.from].csv.version);
    if (!edge.toVersion.isEmpty())
        notes << QStringLiteral("needs %1, newest is %2").arg(edge.toVersion, nodes[edge.to].csv.version);
    return notes.isEmpty() ? edge.via : edge.via + QStringLiteral(" (") + notes.join(QStringLiteral("; ")) + u')';
}

int OperatorGraph::indexOf(const QString &cluster, const QString &package) const
{
    for (int i = 0; i < nodes.size(); ++i) {
        if (nodes[i].cluster == cluster && nodes[i].csv.package == package)
            return i;
    }
    return -1;
}

QList<int> OperatorGraph::reachable(int node, bool upstream) const
{
    QList<int> result;
    QSet<int> seen{node};
    QList<int> queue{node};
    while (!queue.isEmpty()) {
        const int at = queue.takeFirst();
        for (const auto &e : edges) {
            const int from = upstream ? e.from : e.to;
            const int to = upstream ? e.to : e.from;
            if (from == at && !seen.contains(to)) {
                seen.insert(to);
                result << to;
                queue << to;
            }
        }
    }
    return result;
}

OperatorGraph resolveOperators(const QList<OperatorSource> &sources, const OperatorTarget &target)
{
    const OperatorCatalog catalog = buildCatalog(sources);
    OperatorGraph graph;
    graph.nodes = collectNodes(sources, catalog);

    QMap<QString, QList<int>> byCluster;
    for (int i = 0; i < graph.nodes.size(); ++i)
        byCluster[graph.nodes[i].cluster] << i;
    QSet<QString> catalogs;
    for (const auto &source : sources) {
        if (source.isCatalog)
            catalogs.insert(source.cluster);
    }
    for (auto it = byCluster.cbegin(); it != byCluster.cend(); ++it) {
        RequirementResolver(graph, it.value(), catalog, catalogs.contains(it.key())).resolve();
    }
    for (auto &node : graph.nodes)
        checkTarget(node, target);

    QList<QList<int>> out(graph.nodes.size());
    for (const auto &e : std::as_const(graph.edges))
        out[e.from] << e.to;
    // Tarjan yields sinks first: exactly "dependencies before dependents".
    for (const auto &component : components(int(graph.nodes.size()), out)) {
        const bool selfLoop = component.size() == 1 && out[component.first()].contains(component.first());
        if (component.size() > 1 || selfLoop)
            graph.cycles << component;
        graph.upgradeOrder << component;
    }

    QSet<int> missing, inCycle;
    for (const auto &m : std::as_const(graph.missing))
        missing.insert(m.node);
    for (const auto &c : std::as_const(graph.cycles))
        inCycle.unite(QSet<int>(c.begin(), c.end()));
    for (int i = 0; i < graph.nodes.size(); ++i) {
        auto &node = graph.nodes[i];
        if (inCycle.contains(i))
            node.status = OperatorStatus::InCycle;
        else if (missing.contains(i))
            node.status = OperatorStatus::MissingDependency;
        else if (!node.blockedBy.isEmpty())
            node.status = OperatorStatus::Blocked;
        else if (!node.latestCsv.isEmpty() || !node.subscriptionCsv.isEmpty())
            node.status = OperatorStatus::UpdateAvailable;
    }
    return graph;
}

} // namespace kirikae
