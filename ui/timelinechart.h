#pragma once

// The support timeline's chart, shared by the page (layout, deadlines) and the chart builders (timelinechart.cpp):
// colours, shapes and the chart being built.
#include "timelinepage.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QDateTimeAxis>
#include <QHash>
#include <QPen>
#include <QScatterSeries>
#include <QToolTip>

namespace kirikae {

namespace timeline {

inline qreal ms(QDate date)
{
    return qreal(date.startOfDay(Qt::UTC).toMSecsSinceEpoch());
}

inline QColor vendorColour(const QString &vendor)
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
inline QDate supportEnd(const ClusterStatus &status)
{
    if (status.vendor && status.vendor->supportEnds.isValid())
        return status.vendor->supportEnds;
    return status.support.endOfSupport;
}

inline QPen barPen(const QColor &colour, qreal width, bool dashed)
{
    return QPen(colour, width, dashed ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap);
}

inline const QColor upstreamColour(0x44, 0x55, 0x77);
inline const QColor todayColour(0xd0, 0x21, 0x21);

// Cluster markers: hues none of the vendors' bars (orange, green, blue, red, slate) use, and a shape each, so that a
// marker never reads as a piece of a bar.
inline QColor markerColour(int index)
{
    static const QList<QColor> colours{QColor(0x7b, 0x1f, 0xa2), QColor(0xc2, 0x18, 0x5b), QColor(0x21, 0x21, 0x21),
                                       QColor(0x79, 0x55, 0x48)};
    return colours.at(index % colours.size());
}

inline QScatterSeries::MarkerShape markerShape(int index)
{
    static const QList<QScatterSeries::MarkerShape> shapes{
        QScatterSeries::MarkerShapeRotatedRectangle, QScatterSeries::MarkerShapeTriangle,
        QScatterSeries::MarkerShapeStar, QScatterSeries::MarkerShapePentagon};
    return shapes.at((index / 4) % shapes.size());
}

inline const char *const toolTipProperty = "kirikaeToolTip";
inline const char *const hoveredTipProperty = "kirikaeHoveredTip"; ///< on the chart: the tip under the mouse
inline const char *const barProperty = "kirikaeBar"; ///< "upstream" or "vendor"

/// A cluster the vendor upgrades before its planned upgrade is done: red, as on the cost page and the schedule.
inline QColor vendorFirstColour()
{
    return {0xc6, 0x28, 0x28};
}

/// Past this many clusters, markers are grouped by place: 500 markers (and legend entries) read as noise.
constexpr int maxSingleMarkers = 24;

/// Hovering shows the series' tooltip, and so does a click (a touchpad, or a grouped marker's list to read at
/// leisure); the text lives on the series, so it can be read back (tests).
inline void explain(QXYSeries *series, const QString &tip)
{
    series->setProperty(toolTipProperty, tip);
    QObject::connect(series, &QXYSeries::hovered, series, [series](const QPointF &, bool state) {
        // The chart remembers it: the view's own tooltip event, which comes a moment later, would hide it.
        const QString tip = state ? series->property(toolTipProperty).toString() : QString();
        if (QChart *chart = series->chart())
            chart->setProperty(hoveredTipProperty, tip);
        if (state)
            QToolTip::showText(QCursor::pos(), tip);
        else
            QToolTip::hideText();
    });
    QObject::connect(series, &QXYSeries::clicked, series, [series](const QPointF &) {
        QToolTip::showText(QCursor::pos(), series->property(toolTipProperty).toString());
    });
}

} // namespace timeline

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

} // namespace kirikae
