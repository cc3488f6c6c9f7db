#pragma once

#include "analysis/operatordiagram.h"
#include "analysis/operatorgraph.h"

#include <QColor>
#include <QGraphicsView>
#include <QHash>

class QPainter;
class QTextDocument;

namespace kirikae {

/// What an exported picture says above the graph, so that it stands on its own in a slide or a ticket.
struct GraphCaption
{
    QString title;
    QStringList lines;                        ///< cluster, target, date
    QList<std::pair<QColor, QString>> legend; ///< what each colour of box means
};

/**
 * The operator graph as Graphviz laid it out: boxes coloured by status, arrows from an operator to what it
 * needs (labelled with the API or package), cluster frames. Wheel zooms, dragging pans, a click selects a
 * node and lights up everything upstream and downstream of it. Exports to PNG and SVG, with the caption (title,
 * cluster, target, date, legend) above the graph.
 */
class GraphView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphView)

public:
    explicit GraphView(QWidget *parent = nullptr);

    /// Draws nodes (indices into graph.nodes) and edges where layout put them; groups are cluster names.
    void showGraph(const OperatorGraph &graph, const QList<int> &nodes, const QList<DiagramEdge> &edges,
                   const LayoutResult &layout, const QStringList &groups);
    /// Replaces the drawing with a message ("Laying out…", "No operators").
    void showMessage(const QString &message);

    /// Lights up node and everything it needs or that needs it; -1 shows everything normally.
    void highlight(int node);
    int highlighted() const { return m_highlighted; }
    void centreOn(int node);
    /// The nodes whose package contains text (case-insensitive).
    QList<int> find(const QString &text) const;
    int nodeCount() const { return int(m_items.size()); }

    void zoomBy(double factor);
    /// Shows the whole graph as large as the view allows: a small graph is enlarged (up to a limit), a large one
    /// shrunk.
    void fitAll();
    void setCaption(const GraphCaption &caption);
    const GraphCaption &caption() const { return m_caption; }
    bool exportPng(const QString &path, QString *error) const;
    bool exportSvg(const QString &path, QString *error) const;

    /// Box size for an operator's two lines of text, in scene units (points).
    static QSizeF nodeSize(const OperatorNode &node, const QFont &font);

Q_SIGNALS:
    void nodeClicked(int node);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /// The caption laid out for a picture width wide (scene units).
    void layoutCaption(QTextDocument &doc, double width) const;
    /// Paints the caption and, below it, the scene, into a picture of the given size (scene units).
    void renderPicture(QPainter &painter, QTextDocument &caption, const QRectF &source) const;

    struct EdgeItems
    {
        int from = -1;
        int to = -1;
        QList<QGraphicsItem *> items;
    };

    QGraphicsScene *m_scene;
    OperatorGraph m_graph;
    QHash<int, QGraphicsItem *> m_items; ///< node index → its box
    QList<EdgeItems> m_edges;
    int m_highlighted = -1;
    bool m_autoFit = true; ///< follow the view's size until the user zooms
    GraphCaption m_caption;
};

} // namespace kirikae
