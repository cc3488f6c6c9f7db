#include "timelinepage.h"

#include "items/fleetmodel.h"
#include "items/formatting.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
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

namespace {

qreal ms(QDate date)
{
    return qreal(date.startOfDay(Qt::UTC).toMSecsSinceEpoch());
}

QColor vendorColour(const QString &vendor)
{
    if (vendor == u"eks")
        return {0xe8, 0x8b, 0x00};
    if (vendor == u"gke")
        return {0x34, 0xa8, 0x53};
    if (vendor == u"aks")
        return {0x00, 0x78, 0xd4};
    if (vendor == u"openshift")
        return {0xcc, 0x00, 0x00};
    return {0x44, 0x55, 0x77};
}

// The date a cluster's support really ends: the vendor's last day where it runs on one, else upstream's.
QDate supportEnd(const ClusterStatus &status)
{
    if (status.vendor && status.vendor->supportEnds.isValid())
        return status.vendor->supportEnds;
    return status.support.endOfSupport;
}

QPen barPen(const QColor &colour, qreal width, bool dashed)
{
    return QPen(colour, width, dashed ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap);
}

const QColor upstreamColour(0x44, 0x55, 0x77);
const QColor todayColour(0xd0, 0x21, 0x21);

// Cluster markers: hues none of the vendors' bars (orange, green, blue, red, slate) use, and a shape each, so that a
// marker never reads as a piece of a bar.
QColor markerColour(int index)
{
    static const QList<QColor> colours{QColor(0x7b, 0x1f, 0xa2), QColor(0xc2, 0x18, 0x5b), QColor(0x21, 0x21, 0x21),
                                       QColor(0x79, 0x55, 0x48)};
    return colours.at(index % colours.size());
}

QScatterSeries::MarkerShape markerShape(int index)
{
    static const QList<QScatterSeries::MarkerShape> shapes{
        QScatterSeries::MarkerShapeRotatedRectangle, QScatterSeries::MarkerShapeTriangle,
        QScatterSeries::MarkerShapeStar, QScatterSeries::MarkerShapePentagon};
    return shapes.at((index / 4) % shapes.size());
}

const char *const toolTipProperty = "kirikaeToolTip";
const char *const barProperty = "kirikaeBar"; ///< "upstream" or "vendor"

// Hovering shows the series' tooltip; the text lives on the series, so it can be read back (tests).
/// A cluster the vendor upgrades before its planned upgrade is done: red, as on the cost page and the schedule.
QColor vendorFirstColour()
{
    return {0xc6, 0x28, 0x28};
}

/// Past this many clusters, markers are grouped by place: 500 markers (and legend entries) read as noise.
constexpr int maxSingleMarkers = 24;

void explain(QXYSeries *series, const QString &tip)
{
    series->setProperty(toolTipProperty, tip);
    QObject::connect(series, &QXYSeries::hovered, series, [series](const QPointF &, bool state) {
        if (state)
            QToolTip::showText(QCursor::pos(), series->property(toolTipProperty).toString());
        else
            QToolTip::hideText();
    });
}

} // namespace

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

struct TimelinePage::Chart
{
    QChart *chart = nullptr;
    QDateTimeAxis *x = nullptr;
    QCategoryAxis *y = nullptr;
    QDate from;
    QDate to;
    QHash<QString, qreal> vendorLane; ///< "row|vendor" → the y of that vendor's bar for the minor on that row
    QHash<QString, int> markersAt;    ///< markers already at one place, to set the next one apart
};

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

QList<MinorRelease> TimelinePage::minorsToShow(QStringList *vendorsInUse) const
{
    // From the oldest cluster to the minors expected within the next year.
    const QList<MinorRelease> all = m_catalogs.kubernetes.withProjection(m_today.addMonths(12));
    MinorVersion first = all.isEmpty() ? MinorVersion{} : all.at(std::max<qsizetype>(0, all.size() - 6)).minor;
    for (int row = 0; row < m_fleet->rowCount(); ++row) {
        const ClusterStatus &status = m_fleet->status(row);
        if (status.version && status.version->minorVersion() < first)
            first = status.version->minorVersion();
        if (status.vendor && !vendorsInUse->contains(status.vendor->vendor))
            *vendorsInUse << status.vendor->vendor;
    }
    QList<MinorRelease> shown;
    for (const MinorRelease &r : all)
        if (!(r.minor < first))
            shown << r;
    return shown;
}

void TimelinePage::addBar(Chart &chart, qreal y, QDate start, QDate end, const QPen &pen, const QString &name,
                          const QString &tip)
{
    auto *bar = new QLineSeries;
    bar->setProperty(barProperty, QStringLiteral("vendor"));
    bar->setName(name);
    bar->setPen(pen);
    bar->append(ms(start), y);
    bar->append(ms(end), y);
    chart.chart->addSeries(bar);
    bar->attachAxis(chart.x);
    bar->attachAxis(chart.y);
    explain(bar, tip);
    for (QLegendMarker *marker : chart.chart->legend()->markers(bar))
        marker->setVisible(false);
    chart.from = std::min(chart.from, start);
    chart.to = std::max(chart.to, end);
}

void TimelinePage::addMinorBars(Chart &chart, const QList<MinorRelease> &shown, const QStringList &vendorsInUse)
{
    // A minor's bars form a group centred on its row (where its name is), upstream's on top, each vendor on a lane
    // of its own below; the groups keep four tenths of a row apart.
    m_laneGap = std::min(0.2, 0.6 / std::max<qsizetype>(1, vendorsInUse.size()));
    const qreal top = m_laneGap * qreal(vendorsInUse.size()) / 2;
    for (int i = 0; i < shown.size(); ++i) {
        const MinorRelease &r = shown.at(i);
        const qreal y = i + top;
        chart.y->append(m_minorLabels.at(i)->text(), i + 0.5); // the grid line between two groups
        const QString upstream = tr("Kubernetes %1 upstream").arg(r.minor.toString());
        addBar(chart, y, r.released, r.endOfSupport, barPen(upstreamColour, 9, r.projected), upstream,
               (r.projected ? tr("%1 (projected)\nReleased about %2\nSupport ends about %3")
                            : tr("%1\nReleased %2\nSupport ends %3"))
                   .arg(upstream, formatDate(r.released), formatDate(r.endOfSupport)));
        chart.chart->series().constLast()->setProperty(barProperty, QStringLiteral("upstream"));
        if (!m_anchor)
            m_anchor = chart.chart->series().constLast();
        for (int lane = 1; lane <= vendorsInUse.size(); ++lane) {
            const QString &vendor = vendorsInUse.at(lane - 1);
            std::optional<VendorRelease> vr = vendor == u"openshift"
                                                  ? m_catalogs.vendors.openShiftFor(r.minor)
                                                  : m_catalogs.vendors.release(vendor, r.minor.toString());
            if (!vr)
                continue;
            const QColor colour = vendorColour(vendor);
            const qreal vy = y - lane * m_laneGap;
            chart.vendorLane.insert(QString::number(i) + u'|' + vendor, vy);
            const QString name = tr("%1 %2").arg(m_catalogs.vendors.vendorName(vendor), vr->version);
            QString standard =
                tr("%1 (Kubernetes %2): standard support\nReleased %3\nStandard support ends %4")
                    .arg(name, r.minor.toString(), formatDate(vr->released), formatDate(vr->endOfStandardSupport));
            if (vr->endOfExtendedSupport.isValid())
                standard += u'\n' + tr("Extended support until %1").arg(formatDate(vr->endOfExtendedSupport));
            addBar(chart, vy, vr->released, vr->endOfStandardSupport, barPen(colour, 4, false), name, standard);
            if (vr->endOfExtendedSupport.isValid())
                addBar(chart, vy, vr->endOfStandardSupport, vr->endOfExtendedSupport,
                       barPen(colour.lighter(160), 4, false), tr("%1 extended").arg(name),
                       tr("%1 (Kubernetes %2): extended support\nFrom %3\nSupport ends %4")
                           .arg(name, r.minor.toString(), formatDate(vr->endOfStandardSupport),
                                formatDate(vr->endOfExtendedSupport)));
        }
    }
}

void TimelinePage::addToday(Chart &chart, qsizetype minors)
{
    auto *todayLine = new QLineSeries;
    todayLine->setName(tr("Today (%1)").arg(formatDate(m_today)));
    todayLine->setPen(QPen(todayColour, 2));
    todayLine->append(ms(m_today), -0.5);
    todayLine->append(ms(m_today), qreal(minors) - 0.5);
    chart.chart->addSeries(todayLine);
    todayLine->attachAxis(chart.x);
    todayLine->attachAxis(chart.y);
    explain(todayLine, tr("Today: %1").arg(formatDate(m_today)));
}

void TimelinePage::setVendorFirst(const QStringList &clusters)
{
    if (clusters == m_vendorFirst)
        return;
    m_vendorFirst = clusters;
    rebuild();
}

void TimelinePage::addClusterGroups(Chart &chart, const QList<MinorRelease> &shown)
{
    // Clusters that sit at one place (one minor and platform lane, one end of support) share a marker whose
    // size grows with the count; its tooltip names them.
    QMap<std::pair<qreal, QDate>, QList<int>> groups;
    for (int row = 0; row < m_fleet->rowCount(); ++row) {
        const ClusterStatus &status = m_fleet->status(row);
        if (!status.version)
            continue;
        const auto it = std::find_if(shown.cbegin(), shown.cend(),
                                     [&](const MinorRelease &r) { return r.minor == status.version->minorVersion(); });
        if (it == shown.cend())
            continue;
        qreal y = qreal(it - shown.cbegin());
        if (status.vendor)
            y = chart.vendorLane.value(QString::number(int(y)) + u'|' + status.vendor->vendor, y);
        const QDate end = supportEnd(status);
        groups[{y, end.isValid() ? end : m_today}] << row;
    }
    for (auto g = groups.cbegin(); g != groups.cend(); ++g) {
        const QList<int> &rows = g.value();
        auto *marker = new QScatterSeries;
        marker->setName(tr("%n cluster(s)", nullptr, int(rows.size())));
        marker->setMarkerSize(std::min(30.0, 11.0 + 3.0 * std::log2(double(rows.size()))));
        const qsizetype first = std::count_if(
            rows.cbegin(), rows.cend(), [&](int row) { return m_vendorFirst.contains(m_fleet->status(row).name); });
        marker->setColor(first > 0 ? vendorFirstColour() : markerColour(0));
        marker->setBorderColor(Qt::white);
        marker->append(ms(g.key().second), g.key().first);
        // The count badge: the marker's point label, drawn by the chart wherever the marker moves.
        marker->setPointLabelsFormat(QString::number(rows.size()));
        marker->setPointLabelsVisible(true);
        marker->setPointLabelsClipping(false);
        chart.chart->addSeries(marker);
        marker->attachAxis(chart.x);
        marker->attachAxis(chart.y);
        for (QLegendMarker *legend : chart.chart->legend()->markers(marker))
            legend->setVisible(false);
        chart.from = std::min(chart.from, g.key().second);
        chart.to = std::max(chart.to, g.key().second);
        constexpr int named = 12;
        QStringList names;
        for (int i = 0; i < rows.size() && i < named; ++i)
            names << m_fleet->status(rows.at(i)).name;
        QString tip = tr("%n cluster(s), support ends %1:", nullptr, int(rows.size())).arg(formatDate(g.key().second)) +
                      u'\n' + names.join(u'\n');
        if (rows.size() > named)
            tip += u'\n' + tr("and %n more", nullptr, int(rows.size() - named));
        if (first > 0)
            tip += u'\n' +
                   tr("Red: the vendor upgrades %n of them before their planned upgrade is done.", nullptr, int(first));
        explain(marker, tip);
    }
}

void TimelinePage::addClusterMarker(Chart &chart, int row, const QList<MinorRelease> &shown)
{
    const ClusterStatus &status = m_fleet->status(row);
    if (!status.version)
        return;
    const auto it = std::find_if(shown.cbegin(), shown.cend(),
                                 [&](const MinorRelease &r) { return r.minor == status.version->minorVersion(); });
    if (it == shown.cend())
        return;
    const int minorRow = int(it - shown.cbegin());
    const QDate end = supportEnd(status);
    // On the vendor's bar where the cluster runs on one, else on upstream's; at the day its support ends.
    qreal y = minorRow;
    if (status.vendor)
        y = chart.vendorLane.value(QString::number(minorRow) + u'|' + status.vendor->vendor, y);
    const QDate at = end.isValid() ? end : m_today;
    const QString place = QString::number(y) + u'|' + at.toString(Qt::ISODate);
    const int before = chart.markersAt.value(place);
    chart.markersAt.insert(place, before + 1);

    auto *marker = new QScatterSeries;
    marker->setName(status.name);
    marker->setMarkerSize(13);
    marker->setMarkerShape(markerShape(row));
    const bool vendorFirst = m_vendorFirst.contains(status.name);
    marker->setColor(vendorFirst ? vendorFirstColour() : markerColour(row));
    marker->setBorderColor(Qt::white);
    // A second cluster at the same place sits just above the first.
    marker->append(ms(at), y + 0.14 * before);
    chart.chart->addSeries(marker);
    marker->attachAxis(chart.x);
    marker->attachAxis(chart.y);
    chart.from = std::min(chart.from, at);
    chart.to = std::max(chart.to, at);

    const QString platform =
        status.vendor ? tr("%1 %2").arg(status.vendor->vendorName, status.vendor->release.version) : tr("upstream");
    QString left = tr("unknown");
    if (end.isValid()) {
        const qint64 days = m_today.daysTo(end);
        left = days >= 0 ? tr("%n day(s) left", nullptr, int(days)) : tr("ended %n day(s) ago", nullptr, int(-days));
    }
    explain(marker, tr("%1\nKubernetes %2 (%3)\nSupport ends %4: %5")
                            .arg(status.name, status.version->toString(), platform,
                                 end.isValid() ? formatDate(end) : tr("unknown"), left) +
                        (vendorFirst ? u'\n' + tr("Red: the vendor upgrades it before its planned upgrade is done.")
                                     : QString()));
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
