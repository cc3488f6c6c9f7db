#include "graphlayout.h"

#include <QByteArray>
#include <QMap>
#include <QMutex>

#include <cmath>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

namespace kirikae {

namespace {

constexpr double pointsPerInch = 72.0;

QMutex &graphvizLock()
{
    static QMutex lock;
    return lock;
}

void set(void *object, const char *name, const QByteArray &value)
{
    agsafeset(object, const_cast<char *>(name), const_cast<char *>(value.constData()), const_cast<char *>(""));
}

/**
 * dot stacks every node without edges in one rank: a single tall column. Those nodes are put into columns
 * of about √n (rank=same subgraphs) chained by invisible edges, so they form a grid. (Graphviz's own
 * "pack" would do it, but in dot it leaves edge labels unplaced.)
 */
void arrangeUnconnected(Agraph_t *graph, const LayoutRequest &request, const QList<Agnode_t *> &nodes,
                        const QList<Agraph_t *> &clusters)
{
    QList<bool> connected(request.nodes.size(), false);
    for (const auto &e : request.edges) {
        if (e.from >= 0 && e.from < connected.size())
            connected[e.from] = true;
        if (e.to >= 0 && e.to < connected.size())
            connected[e.to] = true;
    }
    QMap<int, QList<int>> loneByGroup;
    for (int i = 0; i < request.nodes.size(); ++i) {
        if (!connected[i])
            loneByGroup[request.groups.value(i, -1)] << i;
    }
    int serial = 0;
    for (auto it = loneByGroup.cbegin(); it != loneByGroup.cend(); ++it) {
        const QList<int> &lone = it.value();
        if (lone.size() < 6)
            continue;
        Agraph_t *parent = it.key() >= 0 ? clusters.value(it.key(), graph) : graph;
        const int perColumn = std::max(3, int(std::ceil(std::sqrt(double(lone.size()) / 2))));
        Agnode_t *previousHead = nullptr;
        for (qsizetype start = 0; start < lone.size(); start += perColumn) {
            const QByteArray name = "column_" + QByteArray::number(serial++);
            Agraph_t *column = agsubg(parent, const_cast<char *>(name.constData()), 1);
            set(column, "rank", "same");
            for (qsizetype k = start; k < std::min(lone.size(), start + perColumn); ++k)
                agsubnode(column, nodes[lone[k]], 1);
            Agnode_t *head = nodes[lone[start]];
            if (previousHead) {
                Agedge_t *link = agedge(graph, previousHead, head, nullptr, 1);
                set(link, "style", "invis");
            }
            previousHead = head;
        }
    }
}

} // namespace

std::optional<LayoutResult> layoutGraph(const LayoutRequest &request)
{
    const QMutexLocker locker(&graphvizLock());
    // One context for the life of the process: freeing it frees the text-layout plugin's font cache, which that
    // plugin still reads in the next context (AddressSanitizer showed the use after free).
    static GVC_t *const gvc = gvContext();
    if (!gvc)
        return std::nullopt;
    Agraph_t *graph = agopen(const_cast<char *>("g"), Agdirected, nullptr);
    set(graph, "rankdir", "LR");
    set(graph, "nodesep", "0.25");
    set(graph, "ranksep", "0.9");
    set(graph, "splines", "true");

    QList<Agraph_t *> clusters;
    QList<Agnode_t *> nodes;
    for (int i = 0; i < request.nodes.size(); ++i) {
        const int group = request.groups.value(i, -1);
        Agraph_t *parent = graph;
        if (group >= 0) {
            while (clusters.size() <= group) {
                const QByteArray name = "cluster_" + QByteArray::number(clusters.size());
                clusters << agsubg(graph, const_cast<char *>(name.constData()), 1);
                set(clusters.last(), "label", request.groupLabels.value(clusters.size() - 1).toUtf8());
                set(clusters.last(), "labeljust", "l");
                set(clusters.last(), "fontsize", "12");
            }
            parent = clusters[group];
        }
        const QByteArray name = "n" + QByteArray::number(i);
        Agnode_t *node = agnode(parent, const_cast<char *>(name.constData()), 1);
        set(node, "shape", "box");
        set(node, "fixedsize", "true");
        set(node, "label", "");
        set(node, "width", QByteArray::number(request.nodes[i].width() / pointsPerInch));
        set(node, "height", QByteArray::number(request.nodes[i].height() / pointsPerInch));
        nodes << node;
    }
    arrangeUnconnected(graph, request, nodes, clusters);
    QList<Agedge_t *> edges;
    for (const auto &e : request.edges) {
        Agedge_t *edge = agedge(graph, nodes.value(e.from), nodes.value(e.to), nullptr, 1);
        if (!e.label.isEmpty()) {
            set(edge, "label", e.label.toUtf8());
            set(edge, "fontsize", "9");
        }
        edges << edge;
    }

    std::optional<LayoutResult> result;
    if (gvLayout(gvc, graph, "dot") == 0) {
        LayoutResult r;
        const boxf bb = GD_bb(graph);
        const double height = bb.UR.y;
        const auto toQt = [&](pointf p) { return QPointF(p.x, height - p.y); };
        r.bounds = QRectF(QPointF(bb.LL.x, 0), QPointF(bb.UR.x, height - bb.LL.y));
        for (Agnode_t *node : std::as_const(nodes))
            r.nodeCentres << toQt(ND_coord(node));
        // dot merges parallel edges between the same pair; each Agedge_t still gets its own spline.
        for (Agedge_t *edge : std::as_const(edges)) {
            LayoutResult::Edge out;
            if (const splines *spl = ED_spl(edge); spl && spl->size > 0) {
                const bezier &b = spl->list[0];
                for (int k = 0; k < b.size; ++k)
                    out.spline << toQt(b.list[k]);
                if (b.eflag)
                    out.arrowTip = toQt(b.ep);
            }
            if (const textlabel_t *label = ED_label(edge); label && label->set)
                out.labelCentre = toQt(label->pos);
            r.edges << out;
        }
        for (Agraph_t *cluster : std::as_const(clusters)) {
            const boxf cb = GD_bb(cluster);
            r.groupFrames << QRectF(toQt(cb.LL), toQt(cb.UR)).normalized();
        }
        result = r;
        gvFreeLayout(gvc, graph);
    }
    agclose(graph);
    return result;
}

} // namespace kirikae
