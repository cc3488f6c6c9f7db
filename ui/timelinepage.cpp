#include "timelinepage.h"

#include "items/fleetmodel.h"
#include "items/formatting.h"
#include "timelinechart.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHelpEvent>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QHash>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMap>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTextDocument>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace kirikae {

using namespace timeline;

TimelinePage::TimelinePage(FleetModel *fleet, const Catalogs &catalogs, QDate today, QWidget *parent)
    : Page(parent)
    , m_fleet(fleet)
    , m_catalogs(catalogs)
    , m_today(today)
    , m_heading(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_leadLabel(new QLabel(this))
    , m_lead(new QSpinBox(this))
    , m_view(new QChartView(this))
    , m_deadlines(new QLabel(this))
{
    styleHeading(m_heading);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    m_lead->setRange(0, 730);
    m_lead->setSingleStep(30);
    m_lead->setValue(QSettings().value(QStringLiteral("timeline/leadDays"), 90).toInt());
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(340);
    m_view->viewport()->installEventFilter(this);
    m_deadlines->setTextFormat(Qt::RichText);
    // No word wrap: a wrapping label lays its whole table out again for every width it is asked about, which at 500
    // clusters is most of the window's start-up. The table keeps its natural width and scrolls.
    m_deadlines->setWordWrap(false);
    connect(m_lead, &QSpinBox::valueChanged, this, [this](int days) {
        QSettings().setValue(QStringLiteral("timeline/leadDays"), days);
        rebuild();
    });
    connect(m_fleet, &QAbstractItemModel::modelReset, this, &TimelinePage::rebuild);

    auto *leadRow = new QHBoxLayout;
    leadRow->addWidget(m_leadLabel);
    leadRow->addWidget(m_lead);
    leadRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_explanation);
    layout->addLayout(leadRow);
    layout->addWidget(m_view, 1);
    // The deadlines scroll: a fleet of hundreds must not grow the window (or a screenshot) a row per cluster.
    auto *deadlines = new QScrollArea(this);
    deadlines->setWidget(m_deadlines);
    deadlines->setWidgetResizable(true);
    deadlines->setFrameShape(QFrame::NoFrame);
    deadlines->setMaximumHeight(260);
    deadlines->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    layout->addWidget(deadlines);
    retranslate();
}

QString TimelinePage::title() const
{
    return tr("Support timeline");
}

int TimelinePage::leadDays() const
{
    return m_lead->value();
}

void TimelinePage::setLeadDays(int days)
{
    m_lead->setValue(days);
}

QChart *TimelinePage::chart() const
{
    return m_view->chart();
}

QString TimelinePage::deadlinesText() const
{
    QTextDocument doc;
    doc.setHtml(m_deadlines->text());
    return doc.toPlainText();
}

QList<TimelinePage::AxisLabel> TimelinePage::minorAxisLabels() const
{
    QList<AxisLabel> labels;
    for (const QGraphicsSimpleTextItem *item : m_minorLabels)
        labels << AxisLabel{item->text(), item->mapRectToParent(item->boundingRect())};
    return labels;
}

QString TimelinePage::toolTipOf(const QAbstractSeries *series)
{
    return series ? series->property(toolTipProperty).toString() : QString();
}

bool TimelinePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::ToolTip && m_view->chart()) {
        const QString tip = m_view->chart()->property(timeline::hoveredTipProperty).toString();
        if (!tip.isEmpty()) {
            QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), tip, m_view->viewport());
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

void TimelinePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Page::changeEvent(event);
}

void TimelinePage::retranslate()
{
    m_heading->setText(title());
    m_explanation->setText(
        tr("Each bar is a Kubernetes minor from its release to the end of its support; the thinner bars beside it are "
           "the vendors' windows (extended support lighter). Projected minors are dashed. The red line is today. Each "
           "cluster is a marker on its minor, on its vendor's bar where it has one, at the day its support ends: the "
           "distance to the red line is the time left. Hover over a bar or a marker for its dates.")
            .toHtmlEscaped() +
        QStringLiteral("<br>") + colourChip(upstreamColour, tr("upstream")) +
        colourChip(vendorColour(QStringLiteral("eks")), tr("Amazon EKS")) +
        colourChip(vendorColour(QStringLiteral("gke")), tr("Google GKE")) +
        colourChip(vendorColour(QStringLiteral("aks")), tr("Azure AKS")) +
        colourChip(vendorColour(QStringLiteral("openshift")), tr("Red Hat OpenShift")) +
        QStringLiteral("<span style=\"color:%1;\"><b>│</b></span>&nbsp;%2&nbsp;&nbsp;&nbsp;")
            .arg(todayColour.name(), tr("today").toHtmlEscaped()) +
        QStringLiteral("<span style=\"color:%1;\">◆</span>&nbsp;%2&nbsp;&nbsp;&nbsp;")
            .arg(markerColour(0).name(), tr("a cluster, where its support ends").toHtmlEscaped()) +
        QStringLiteral("<span style=\"color:%1;\">◆</span>&nbsp;%2")
            .arg(vendorFirstColour().name(),
                 tr("the vendor upgrades it before its planned upgrade is done").toHtmlEscaped()));
    m_leadLabel->setText(tr("Lead time before the end of support:"));
    m_lead->setSuffix(tr(" days"));
    rebuild();
}

void TimelinePage::rebuild()
{
    Chart c;
    c.chart = new QChart;
    // The page's heading names the chart: its height goes to the minors.
    c.chart->legend()->setAlignment(Qt::AlignBottom);
    c.chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    c.x = new QDateTimeAxis;
    c.x->setFormat(QStringLiteral("yyyy-MM"));
    c.x->setTickCount(9);
    c.y = new QCategoryAxis;
    c.y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // The axis would elide the minors to "…" as soon as it thinks itself short of room; the page draws them.
    c.y->setLabelsVisible(false);
    c.chart->addAxis(c.x, Qt::AlignBottom);
    c.chart->addAxis(c.y, Qt::AlignLeft);
    c.from = m_today;
    c.to = m_today.addMonths(6);

    QStringList vendorsInUse;
    const QList<MinorRelease> shown = minorsToShow(&vendorsInUse);
    m_minorLabels.clear();
    m_anchor = nullptr;
    const QFont labelFont = c.x->labelsFont();
    const QFontMetricsF metrics(labelFont);
    qreal labelWidth = 0;
    for (const MinorRelease &r : shown) {
        //: Axis label of a projected (not yet released) minor, e.g. ~1.38
        const QString text = r.projected ? tr("~%1").arg(r.minor.toString()) : r.minor.toString();
        auto *label = new QGraphicsSimpleTextItem(text, c.chart);
        label->setFont(labelFont);
        label->setBrush(c.x->labelsBrush());
        label->setToolTip(r.projected ? tr("Kubernetes %1 (projected: not released yet)").arg(r.minor.toString())
                                      : tr("Kubernetes %1").arg(r.minor.toString()));
        m_minorLabels << label;
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(text));
    }
    // Room for the names left of the plot area: the hidden axis takes none of its own.
    c.chart->setMargins(QMargins(int(std::ceil(labelWidth)) + 12, 4, 8, 4));
    addMinorBars(c, shown, vendorsInUse);
    // Today, and each cluster on its minor.
    addToday(c, shown.size());
    if (m_fleet->rowCount() <= maxSingleMarkers) {
        for (int row = 0; row < m_fleet->rowCount(); ++row)
            addClusterMarker(c, row, shown);
    } else {
        addClusterGroups(c, shown); // hundreds of clusters: one marker per place, with its count
    }
    c.x->setRange(c.from.addMonths(-1).startOfDay(Qt::UTC), c.to.addMonths(1).startOfDay(Qt::UTC));
    c.y->setRange(-0.5, qreal(shown.size()) - 0.5);
    c.y->setStartValue(-0.5);

    QChart *old = m_view->chart();
    m_view->setChart(c.chart);
    delete old;
    connect(c.chart, &QChart::plotAreaChanged, this, &TimelinePage::fitToPlotArea);
    fitToPlotArea();
    m_deadlines->setText(deadlinesTable());
}

void TimelinePage::fitToPlotArea()
{
    QChart *chart = m_view->chart();
    if (!m_anchor || !chart)
        return;
    const QRectF plot = chart->plotArea();
    // Bars as thick as a row allows: a laptop's short chart must not pile the vendors' lanes on top of each other.
    const qreal row = std::abs(chart->mapToPosition(QPointF(ms(m_today), 1), m_anchor).y() -
                               chart->mapToPosition(QPointF(ms(m_today), 0), m_anchor).y());
    const qreal upstreamWidth = std::clamp(row * 0.3, 3.0, 9.0);
    const qreal vendorWidth = std::clamp(row * m_laneGap - 1, 1.5, 4.0);
    for (QAbstractSeries *series : chart->series()) {
        const QVariant kind = series->property(barProperty);
        if (!kind.isValid())
            continue; // today's line, a cluster
        auto *bar = static_cast<QLineSeries *>(series);
        QPen pen = bar->pen();
        pen.setWidthF(kind.toString() == u"upstream" ? upstreamWidth : vendorWidth);
        bar->setPen(pen);
    }
    for (int i = 0; i < m_minorLabels.size(); ++i) {
        QGraphicsSimpleTextItem *label = m_minorLabels.at(i);
        const QRectF box = label->boundingRect();
        const QPointF at = chart->mapToPosition(QPointF(ms(m_today), qreal(i)), m_anchor);
        label->setPos(plot.left() - 6 - box.width(), at.y() - box.height() / 2);
    }
}

QString TimelinePage::deadlineRow(const ClusterStatus &status) const
{
    const QDate end = supportEnd(status);
    QString startBy = tr("unknown");
    QString left;
    QString colour = QStringLiteral("#1e6b34");
    if (end.isValid()) {
        const QDate deadline = end.addDays(-m_lead->value());
        startBy = formatDate(deadline);
        const qint64 days = m_today.daysTo(deadline);
        left = days >= 0 ? tr("in %n day(s)", nullptr, int(days)) : tr("%n day(s) late", nullptr, int(-days));
        colour = days < 0 ? QStringLiteral("#a31b1b") : days < 90 ? QStringLiteral("#8a5a00") : colour;
    }
    return QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td style=\"color:%5\"><b>%6</b> "
                          "%7</td></tr>")
        .arg(status.name.toHtmlEscaped(), status.version->toString(),
             status.vendor ? tr("%1 %2").arg(status.vendor->vendorName, status.vendor->release.version)
                           : tr("upstream"),
             end.isValid() ? formatDate(end) : tr("unknown"), colour, startBy, left);
}

QString TimelinePage::deadlinesTable() const
{
    QStringList rows;
    for (int row = 0; row < m_fleet->rowCount(); ++row) {
        const ClusterStatus &status = m_fleet->status(row);
        if (status.version)
            rows << deadlineRow(status);
    }
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\"><tr><th align=\"left\">%1</th>"
                          "<th align=\"left\">%2</th><th align=\"left\">%3</th><th align=\"left\">%4</th>"
                          "<th align=\"left\">%5</th></tr>%6</table>")
        .arg(tr("Cluster"), tr("Version"), tr("Support by"), tr("Support ends"), tr("Start the next upgrade by"),
             rows.join(QString()));
}

} // namespace kirikae
