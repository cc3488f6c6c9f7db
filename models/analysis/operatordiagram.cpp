#include "operatordiagram.h"

#include <QMap>

namespace kirikae {

namespace {

// Edge labels make dot reserve room for each of them; past this many arrows the labels go into tooltips.
constexpr int maxLabelledEdges = 150;

} // namespace

OperatorDiagram diagramOperators(const QList<OperatorSource> &sources, const OperatorTarget &target,
                                 const NodeSizer &sizeOf)
{
    OperatorDiagram d;
    d.graph = resolveOperators(sources, target);
    QMap<std::pair<int, int>, QStringList> merged;
    for (const auto &e : std::as_const(d.graph.edges))
        merged[{e.from, e.to}] << e.label();
    LayoutRequest request;
    for (int i = 0; i < d.graph.nodes.size(); ++i) {
        const OperatorNode &node = d.graph.nodes[i];
        if (!d.groups.contains(node.cluster))
            d.groups << node.cluster;
        d.nodes << i;
        request.nodes << sizeOf(node);
        request.groups << int(d.groups.indexOf(node.cluster));
    }
    request.groupLabels = d.groups;
    if (d.groups.size() < 2)
        request.groups.clear(); // one cluster needs no frame
    const bool labelled = merged.size() <= maxLabelledEdges;
    for (auto it = merged.cbegin(); it != merged.cend(); ++it) {
        d.edges << DiagramEdge{it.key().first, it.key().second, it.value()};
        const QString label =
            it.value().size() > 2 ? QStringLiteral("%1 APIs").arg(it.value().size()) : it.value().join(u'\n');
        request.edges << LayoutRequest::Edge{it.key().first, it.key().second, labelled ? label : QString()};
    }
    if (!d.nodes.isEmpty())
        d.layout = layoutGraph(request);
    return d;
}

} // namespace kirikae
