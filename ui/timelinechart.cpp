// Builds the support timeline's chart: the minors' bars, today, the clusters' markers and groups.
#include "items/fleetmodel.h"
#include "items/formatting.h"
#include "timelinechart.h"

#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace kirikae {

using namespace timeline;

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

} // namespace kirikae
