#include "timelinepage.h"

#include "items/fleetmodel.h"
#include "items/formatting.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSettings>
#include <QSpinBox>
#include <QTextDocument>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

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
    m_view->setMinimumHeight(360);
    m_deadlines->setTextFormat(Qt::RichText);
    m_deadlines->setWordWrap(true);
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
    layout->addWidget(m_deadlines);
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
           "the vendors' windows (extended support lighter). Projected minors are dashed. The red line is today; each "
           "cluster sits on its minor.")
            .toHtmlEscaped() +
        QStringLiteral("<br>") + colourChip(QColor(0x44, 0x55, 0x77), tr("upstream")) +
        colourChip(vendorColour(QStringLiteral("eks")), tr("Amazon EKS")) +
        colourChip(vendorColour(QStringLiteral("gke")), tr("Google GKE")) +
        colourChip(vendorColour(QStringLiteral("aks")), tr("Azure AKS")) +
        colourChip(vendorColour(QStringLiteral("openshift")), tr("Red Hat OpenShift")));
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
};

void TimelinePage::rebuild()
{
    Chart c;
    c.chart = new QChart;
    c.chart->setTitle(title());
    c.chart->legend()->setAlignment(Qt::AlignBottom);
    c.chart->setMargins(QMargins(4, 4, 4, 4));
    c.x = new QDateTimeAxis;
    c.x->setFormat(QStringLiteral("yyyy-MM"));
    c.x->setTickCount(9);
    c.y = new QCategoryAxis;
    c.y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    c.chart->addAxis(c.x, Qt::AlignBottom);
    c.chart->addAxis(c.y, Qt::AlignLeft);
    c.from = m_today;
    c.to = m_today.addMonths(6);

    QStringList vendorsInUse;
    const QList<MinorRelease> shown = minorsToShow(&vendorsInUse);
    addMinorBars(c, shown, vendorsInUse);
    // Today, and each cluster on its minor.
    addToday(c, shown.size());
    for (int row = 0; row < m_fleet->rowCount(); ++row)
        addClusterMarker(c, row, shown);
    c.x->setRange(c.from.addMonths(-1).startOfDay(Qt::UTC), c.to.addMonths(1).startOfDay(Qt::UTC));
    c.y->setRange(-0.9, qreal(shown.size()) - 0.2);
    c.y->setStartValue(-0.9);

    QChart *old = m_view->chart();
    m_view->setChart(c.chart);
    delete old;
    m_deadlines->setText(deadlinesTable());
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

void TimelinePage::addBar(Chart &chart, qreal y, QDate start, QDate end, const QPen &pen, const QString &name)
{
    auto *bar = new QLineSeries;
    bar->setName(name);
    bar->setPen(pen);
    bar->append(ms(start), y);
    bar->append(ms(end), y);
    chart.chart->addSeries(bar);
    bar->attachAxis(chart.x);
    bar->attachAxis(chart.y);
    const QString tip = tr("%1: %2 to %3").arg(name, formatDate(start), formatDate(end));
    connect(bar, &QLineSeries::hovered, this, [tip](const QPointF &, bool state) {
        if (state)
            QToolTip::showText(QCursor::pos(), tip);
    });
    for (QLegendMarker *marker : chart.chart->legend()->markers(bar))
        marker->setVisible(false);
    chart.from = std::min(chart.from, start);
    chart.to = std::max(chart.to, end);
}

void TimelinePage::addMinorBars(Chart &chart, const QList<MinorRelease> &shown, const QStringList &vendorsInUse)
{
    const qreal laneGap = 0.22;
    for (int i = 0; i < shown.size(); ++i) {
        const MinorRelease &r = shown.at(i);
        const qreal y = i;
        //: Axis label of a projected (not yet released) minor, e.g. ~1.38
        chart.y->append(r.projected ? tr("~%1").arg(r.minor.toString()) : r.minor.toString(), y);
        addBar(chart, y, r.released, r.endOfSupport, barPen(QColor(0x44, 0x55, 0x77), 9, r.projected),
               tr("Kubernetes %1 upstream").arg(r.minor.toString()));
        int lane = 1;
        for (const QString &vendor : vendorsInUse) {
            std::optional<VendorRelease> vr = vendor == u"openshift"
                                                  ? m_catalogs.vendors.openShiftFor(r.minor)
                                                  : m_catalogs.vendors.release(vendor, r.minor.toString());
            if (!vr)
                continue;
            const QColor colour = vendorColour(vendor);
            const qreal vy = y - lane * laneGap;
            const QString name = vendor == u"openshift"
                                     ? tr("%1 %2").arg(m_catalogs.vendors.vendorName(vendor), vr->version)
                                     : tr("%1 %2").arg(m_catalogs.vendors.vendorName(vendor), vr->version);
            addBar(chart, vy, vr->released, vr->endOfStandardSupport, barPen(colour, 4, false), name);
            if (vr->endOfExtendedSupport.isValid())
                addBar(chart, vy, vr->endOfStandardSupport, vr->endOfExtendedSupport,
                       barPen(colour.lighter(160), 4, false), tr("%1 extended").arg(name));
            ++lane;
        }
    }
}

void TimelinePage::addToday(Chart &chart, qsizetype minors)
{
    auto *todayLine = new QLineSeries;
    todayLine->setName(tr("Today (%1)").arg(formatDate(m_today)));
    todayLine->setPen(QPen(QColor(0xd0, 0x21, 0x21), 2));
    todayLine->append(ms(m_today), -0.8);
    todayLine->append(ms(m_today), qreal(minors) - 0.2);
    chart.chart->addSeries(todayLine);
    todayLine->attachAxis(chart.x);
    todayLine->attachAxis(chart.y);
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
    const QList<QColor> markerColours{QColor(0x1f, 0x77, 0xb4), QColor(0x9e, 0x3b, 0xd8), QColor(0x2c, 0xa0, 0x2c),
                                      QColor(0xe3, 0x77, 0xc2), QColor(0x8c, 0x56, 0x4b), QColor(0x17, 0xbe, 0xcf),
                                      QColor(0xbc, 0xbd, 0x22), QColor(0x7f, 0x7f, 0x7f)};
    const QDate end = supportEnd(status);
    auto *marker = new QScatterSeries;
    marker->setName(status.name);
    marker->setMarkerSize(11);
    marker->setColor(markerColours.at(row % markerColours.size()));
    // Clusters on the same minor sit side by side just after today.
    marker->append(ms(m_today.addDays(20 * row)), qreal(it - shown.cbegin()) + 0.25);
    chart.chart->addSeries(marker);
    marker->attachAxis(chart.x);
    marker->attachAxis(chart.y);
    const QString tip =
        tr("%1: Kubernetes %2, supported until %3")
            .arg(status.name, status.version->toString(), end.isValid() ? formatDate(end) : tr("unknown"));
    connect(marker, &QScatterSeries::hovered, this, [tip](const QPointF &, bool state) {
        if (state)
            QToolTip::showText(QCursor::pos(), tip);
    });
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
