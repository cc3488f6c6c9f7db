#include "graphview.h"

#include "items/statuscolors.h"

#include <QFile>
#include <QFontMetricsF>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QSvgGenerator>
#include <QTextDocument>
#include <QtMath>
#include <QWheelEvent>

namespace kirikae {

namespace {

constexpr int NodeKey = 0;
constexpr double padding = 8;

QColor statusBorder(OperatorStatus status)
{
    return operatorStatusColor(status).darker(160);
}

} // namespace

GraphView::GraphView(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
{
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setBackgroundBrush(Qt::white);
}

QSizeF GraphView::nodeSize(const OperatorNode &node, const QFont &font)
{
    const QFontMetricsF metrics(font);
    QFont bold = font;
    bold.setBold(true);
    const double width =
        std::max(QFontMetricsF(bold).horizontalAdvance(node.csv.package), metrics.horizontalAdvance(node.csv.version));
    return {width + 2 * padding, 2 * metrics.height() + padding};
}

void GraphView::showMessage(const QString &message)
{
    m_scene->clear();
    m_items.clear();
    m_edges.clear();
    m_highlighted = -1;
    auto *text = m_scene->addSimpleText(message);
    text->setBrush(palette().color(QPalette::PlaceholderText));
    m_scene->setSceneRect(text->boundingRect().adjusted(-20, -20, 20, 20));
    resetTransform();
}

namespace {

// A rounded box in the node's status colour, its package in bold over its version.
QGraphicsPathItem *nodeBox(const OperatorNode &node, const QFont &font)
{
    const QSizeF size = GraphView::nodeSize(node, font);
    auto *box = new QGraphicsPathItem;
    QPainterPath path;
    path.addRoundedRect(QRectF(QPointF(), size), 6, 6);
    box->setPath(path);
    box->setBrush(operatorStatusColor(node.status));
    box->setPen(QPen(statusBorder(node.status), 1.2));
    box->setToolTip(node.csv.name);
    box->setCursor(Qt::PointingHandCursor);
    QFont bold = font;
    bold.setBold(true);
    auto *name = new QGraphicsSimpleTextItem(node.csv.package, box);
    name->setFont(bold);
    name->setPos((size.width() - QFontMetricsF(bold).horizontalAdvance(node.csv.package)) / 2, padding / 2);
    const QFontMetricsF metrics(font);
    auto *version = new QGraphicsSimpleTextItem(node.csv.version, box);
    version->setFont(font);
    version->setBrush(QColor(0x44, 0x4c, 0x58));
    version->setPos((size.width() - metrics.horizontalAdvance(node.csv.version)) / 2, padding / 2 + metrics.height());
    return box;
}

} // namespace

void GraphView::showGraph(const OperatorGraph &graph, const QList<int> &nodes, const QList<DiagramEdge> &edges,
                          const LayoutResult &layout, const QStringList &groups)
{
    m_scene->clear();
    m_items.clear();
    m_edges.clear();
    m_highlighted = -1;
    m_graph = graph;

    QFont groupFont = font();
    groupFont.setBold(true);
    for (int g = 0; g < layout.groupFrames.size() && groups.size() > 1; ++g) {
        auto *frame = m_scene->addRect(layout.groupFrames[g], QPen(QColor(0xb0, 0xb8, 0xc4), 1, Qt::DashLine));
        frame->setZValue(-2);
        auto *label = m_scene->addSimpleText(groups.value(g), groupFont);
        label->setBrush(QColor(0x44, 0x4c, 0x58));
        label->setPos(layout.groupFrames[g].topLeft() + QPointF(6, 2));
    }

    for (int i = 0; i < nodes.size() && i < layout.nodeCentres.size(); ++i) {
        QGraphicsPathItem *box = nodeBox(graph.nodes[nodes[i]], font());
        const QSizeF size = box->path().boundingRect().size();
        box->setPos(layout.nodeCentres[i] - QPointF(size.width() / 2, size.height() / 2));
        box->setData(NodeKey, nodes[i]);
        m_scene->addItem(box);
        m_items.insert(nodes[i], box);
    }

    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.8);
    for (int e = 0; e < edges.size() && e < layout.edges.size(); ++e) {
        const LayoutResult::Edge &drawn = layout.edges[e];
        if (drawn.spline.size() < 4)
            continue;
        EdgeItems items{edges[e].from, edges[e].to, {}};
        QPainterPath path(drawn.spline.first());
        for (qsizetype k = 1; k + 2 < drawn.spline.size(); k += 3)
            path.cubicTo(drawn.spline[k], drawn.spline[k + 1], drawn.spline[k + 2]);
        const QColor ink(0x5a, 0x64, 0x70);
        auto *line = m_scene->addPath(path, QPen(ink, 1.1));
        line->setZValue(-1);
        items.items << line;
        if (drawn.arrowTip) {
            const QPointF tip = *drawn.arrowTip;
            const QPointF from = drawn.spline.last();
            const double angle = std::atan2(tip.y() - from.y(), tip.x() - from.x());
            const QPointF left = tip - QPointF(std::cos(angle - 0.4), std::sin(angle - 0.4)) * 9;
            const QPointF right = tip - QPointF(std::cos(angle + 0.4), std::sin(angle + 0.4)) * 9;
            QPainterPath head;
            head.moveTo(tip);
            head.lineTo(left);
            head.lineTo(right);
            head.closeSubpath();
            items.items << m_scene->addPath(head, QPen(ink), ink);
        }
        if (drawn.labelCentre) {
            const QString text = edges[e].via.size() > 2 ? tr("%n APIs", nullptr, int(edges[e].via.size()))
                                                         : edges[e].via.join(QStringLiteral("\n"));
            auto *label = m_scene->addSimpleText(text, small);
            label->setBrush(QColor(0x2f, 0x55, 0x8a));
            const QRectF r = label->boundingRect();
            label->setPos(*drawn.labelCentre - QPointF(r.width() / 2, r.height() / 2));
            label->setToolTip(edges[e].via.join(u'\n'));
            items.items << label;
        }
        m_edges << items;
    }
    m_scene->setSceneRect(layout.bounds.adjusted(-20, -20, 20, 20));
    fitAll();
}

void GraphView::highlight(int node)
{
    m_highlighted = m_items.contains(node) ? node : -1;
    QSet<int> lit;
    if (m_highlighted >= 0) {
        lit.insert(node);
        for (int n : m_graph.reachable(node, true))
            lit.insert(n);
        for (int n : m_graph.reachable(node, false))
            lit.insert(n);
    }
    for (auto it = m_items.begin(); it != m_items.end(); ++it) {
        const bool on = m_highlighted < 0 || lit.contains(it.key());
        it.value()->setOpacity(on ? 1.0 : 0.18);
        auto *box = static_cast<QGraphicsPathItem *>(it.value());
        box->setPen(
            QPen(it.key() == m_highlighted ? QColor(0x1f, 0x4e, 0xd8) : statusBorder(m_graph.nodes[it.key()].status),
                 it.key() == m_highlighted ? 3 : 1.2));
    }
    for (const auto &e : std::as_const(m_edges)) {
        const bool on = m_highlighted < 0 || (lit.contains(e.from) && lit.contains(e.to));
        for (auto *item : e.items)
            item->setOpacity(on ? 1.0 : 0.12);
    }
}

void GraphView::centreOn(int node)
{
    if (auto *item = m_items.value(node))
        centerOn(item);
}

QList<int> GraphView::find(const QString &text) const
{
    QList<int> found;
    if (text.trimmed().isEmpty())
        return found;
    for (auto it = m_items.begin(); it != m_items.end(); ++it) {
        if (m_graph.nodes[it.key()].csv.package.contains(text.trimmed(), Qt::CaseInsensitive))
            found << it.key();
    }
    std::sort(found.begin(), found.end());
    return found;
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitAll();
}

void GraphView::zoomBy(double factor)
{
    m_autoFit = false;
    const double current = transform().m11();
    const double next = std::clamp(current * factor, 0.05, 8.0);
    scale(next / current, next / current);
}

void GraphView::fitAll()
{
    m_autoFit = true;
    resetTransform();
    fitInView(sceneRect(), Qt::KeepAspectRatio);
    // A small graph grows to fill the view, but not so far that two boxes look like a poster.
    constexpr double largest = 2.5;
    if (transform().m11() > largest) {
        resetTransform();
        scale(largest, largest);
    }
    // A tall graph (a frame per cluster, one under another) shrunk whole is unreadable: fit its width, from the top.
    constexpr double readable = 0.6;
    const double byWidth = std::min(1.0, viewport()->width() / std::max(1.0, sceneRect().width()));
    if (transform().m11() < readable && byWidth > transform().m11()) {
        resetTransform();
        scale(byWidth, byWidth);
        centerOn(sceneRect().center().x(), sceneRect().top() + viewport()->height() / (2 * byWidth));
    }
}

void GraphView::setCaption(const GraphCaption &caption)
{
    m_caption = caption;
}

void GraphView::layoutCaption(QTextDocument &doc, double width) const
{
    QString html = QStringLiteral("<p style=\"font-size:large;\"><b>%1</b></p>").arg(m_caption.title.toHtmlEscaped());
    QStringList lines;
    for (const QString &line : m_caption.lines)
        lines << line.toHtmlEscaped();
    html += QStringLiteral("<p>%1</p>").arg(lines.join(QStringLiteral("<br>")));
    if (!m_caption.legend.isEmpty()) {
        html += QStringLiteral("<table cellspacing=\"4\"><tr>");
        for (const auto &[colour, text] : m_caption.legend)
            html += QStringLiteral("<td bgcolor=\"%1\" width=\"14\">&nbsp;&nbsp;&nbsp;</td><td>%2&nbsp;&nbsp;</td>")
                        .arg(colour.name(), text.toHtmlEscaped());
        html += QStringLiteral("</tr></table>");
    }
    doc.setDefaultFont(font());
    doc.setDocumentMargin(12);
    doc.setHtml(html);
    doc.setTextWidth(width);
}

void GraphView::renderPicture(QPainter &painter, QTextDocument &caption, const QRectF &source) const
{
    const double captionHeight = m_caption.title.isEmpty() ? 0 : caption.size().height();
    if (captionHeight > 0)
        caption.drawContents(&painter);
    m_scene->render(&painter, QRectF(QPointF(0, captionHeight), source.size()), source);
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    zoomBy(std::pow(1.0015, event->angleDelta().y()));
    event->accept();
}

void GraphView::mousePressEvent(QMouseEvent *event)
{
    for (QGraphicsItem *item = itemAt(event->position().toPoint()); item; item = item->parentItem()) {
        if (item->data(NodeKey).isValid()) {
            Q_EMIT nodeClicked(item->data(NodeKey).toInt());
            break;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

bool GraphView::exportPng(const QString &path, QString *error) const
{
    const QRectF source = m_scene->sceneRect();
    QTextDocument caption;
    layoutCaption(caption, source.width());
    // The caption may be wider than a small graph: the picture takes the wider of the two.
    const double width = std::max(source.width(), caption.idealWidth());
    caption.setTextWidth(width);
    const double height = source.height() + (m_caption.title.isEmpty() ? 0 : caption.size().height());
    // Twice the screen size for print, but no side beyond 16,000 pixels (300 operators stay within memory).
    const double scale = std::min(2.0, 16000.0 / std::max(width, height));
    QImage image(QSizeF(width * scale, height * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    renderPicture(painter, caption, QRectF(source.topLeft(), QSizeF(width, source.height())));
    painter.end();
    if (!image.save(path, "PNG")) {
        if (error)
            *error = tr("%1 could not be written.").arg(path);
        return false;
    }
    return true;
}

bool GraphView::exportSvg(const QString &path, QString *error) const
{
    const QRectF source = m_scene->sceneRect();
    QTextDocument caption;
    layoutCaption(caption, source.width());
    const double width = std::max(source.width(), caption.idealWidth());
    caption.setTextWidth(width);
    const double height = source.height() + (m_caption.title.isEmpty() ? 0 : caption.size().height());
    QSvgGenerator svg;
    svg.setFileName(path);
    // The screen's resolution: text keeps the size it has in its boxes on screen.
    svg.setResolution(logicalDpiX());
    svg.setSize(QSizeF(width, height).toSize());
    svg.setViewBox(QRectF(0, 0, width, height));
    svg.setTitle(m_caption.title.isEmpty() ? tr("Operator dependencies") : m_caption.title);
    svg.setDescription(m_caption.lines.join(u'\n'));
    QPainter painter;
    if (!painter.begin(&svg)) {
        if (error)
            *error = tr("%1 could not be written.").arg(path);
        return false;
    }
    painter.fillRect(QRectF(0, 0, width, height), Qt::white);
    renderPicture(painter, caption, QRectF(source.topLeft(), QSizeF(width, source.height())));
    painter.end();
    if (!QFile::exists(path)) {
        if (error)
            *error = tr("%1 could not be written.").arg(path);
        return false;
    }
    return true;
}

} // namespace kirikae
