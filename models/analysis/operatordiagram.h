#pragma once

#include "analysis/graphlayout.h"
#include "analysis/operatorgraph.h"

#include <QList>
#include <QSizeF>
#include <QStringList>

#include <functional>
#include <optional>

namespace kirikae {

/// An edge as drawn: parallel requirements between two operators are merged into one arrow.
struct DiagramEdge
{
    int from = -1; ///< node index in the graph
    int to = -1;
    QStringList via;
};

/// The operator graph resolved for a target and laid out: what the Operators page draws.
struct OperatorDiagram
{
    OperatorGraph graph;
    QList<int> nodes; ///< indices into graph.nodes, in layout order
    QList<DiagramEdge> edges;
    QStringList groups; ///< cluster names, one frame each
    std::optional<LayoutResult> layout;
};

/// The size a box needs for a node, measured by whoever draws it (the font is the view's business).
using NodeSizer = std::function<QSizeF(const OperatorNode &)>;

/**
 * Resolves the operators of sources at target and lays them out with Graphviz: one frame per cluster, parallel
 * requirements merged into one labelled arrow (past a limit the labels are left to tooltips). Safe on a worker
 * thread as long as sizeOf is.
 */
OperatorDiagram diagramOperators(const QList<OperatorSource> &sources, const OperatorTarget &target,
                                 const NodeSizer &sizeOf);

} // namespace kirikae
