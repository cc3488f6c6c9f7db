#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <optional>

namespace kirikae {

/// What to lay out: boxes of a given size (in points) and directed edges between them, optionally labelled.
struct LayoutRequest
{
    struct Edge
    {
        int from = -1;
        int to = -1;
        QString label; ///< empty: no label, so no room is made for one
    };
    QList<QSizeF> nodes;
    QList<Edge> edges;
    QList<int> groups;       ///< per node: nodes with the same group are drawn inside one frame (-1: none)
    QStringList groupLabels; ///< per group: the frame's title, for which Graphviz makes room
};

/// Where Graphviz put everything, in points with y growing downwards (Qt's convention).
struct LayoutResult
{
    struct Edge
    {
        QList<QPointF> spline; ///< cubic Bézier: start, then (control, control, end) triples
        std::optional<QPointF> arrowTip;
        std::optional<QPointF> labelCentre;
    };
    QRectF bounds;
    QList<QPointF> nodeCentres;
    QList<Edge> edges;
    QList<QRectF> groupFrames; ///< indexed by group number
};

/**
 * Lays a directed graph out with Graphviz's dot engine (left to right). Graphviz keeps global state, so calls
 * are serialised; it is safe to call from a worker thread. Returns nothing if Graphviz fails.
 */
std::optional<LayoutResult> layoutGraph(const LayoutRequest &request);

} // namespace kirikae
