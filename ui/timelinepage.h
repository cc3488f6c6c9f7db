#pragma once

#include "core/catalogs.h"
#include "page.h"

#include <QDate>
#include <QRectF>

class QAbstractSeries;
class QChart;
class QChartView;
class QGraphicsSimpleTextItem;
class QLabel;
class QPen;
class QSpinBox;

namespace kirikae {

class FleetModel;
struct ClusterStatus;

/**
 * The support timeline: one bar per Kubernetes minor from release to end of support, the vendors' windows
 * beside it, projected minors dashed, a line for today, each cluster as a marker on its minor's bar where its
 * support ends, and the date by which each cluster's next upgrade must start (end of support minus a lead time
 * the user sets). Every bar and marker explains itself in a tooltip. The minors' names beside the bars are drawn
 * by the page, not by the chart's axis, which elides them all once the chart is short of width.
 */
class TimelinePage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelinePage)

public:
    TimelinePage(FleetModel *fleet, const Catalogs &catalogs, QDate today, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("timeline"); }
    QString title() const override;
    /// The clusters whose vendor upgrades them before their planned upgrade is done: their markers turn red.
    void setVendorFirst(const QStringList &clusters);

    int leadDays() const;
    void setLeadDays(int days);
    /// The chart as drawn (tests and printing).
    QChart *chart() const;
    /// The "start upgrading by" table, as plain text (tests).
    QString deadlinesText() const;

    /// A minor's name beside its bar, where it is drawn (chart coordinates).
    struct AxisLabel
    {
        QString text;
        QRectF rect;
    };
    /// The minors' names as drawn now, bottom (oldest) first.
    QList<AxisLabel> minorAxisLabels() const;
    /// What hovering over a series of the chart (a bar, a cluster marker, today's line) shows.
    static QString toolTipOf(const QAbstractSeries *series);

protected:
    void changeEvent(QEvent *event) override;
    /// The chart's tooltip event shows the hovered bar's or marker's tip instead of hiding it.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Chart; // the chart being built: its axes and the dates drawn so far

    void rebuild();
    void retranslate();
    /// The minors to draw, and the vendors the fleet's clusters run on.
    QList<MinorRelease> minorsToShow(QStringList *vendorsInUse) const;
    void addBar(Chart &chart, qreal y, QDate start, QDate end, const QPen &pen, const QString &name,
                const QString &tip);
    void addMinorBars(Chart &chart, const QList<MinorRelease> &shown, const QStringList &vendorsInUse);
    void addToday(Chart &chart, qsizetype minors);
    void addClusterMarker(Chart &chart, int row, const QList<MinorRelease> &shown);
    void addClusterGroups(Chart &chart, const QList<MinorRelease> &shown);
    /// Puts the minors' names to the left of the plot area, each level with its bars, and makes the bars as thick as
    /// the rows allow.
    void fitToPlotArea();
    QString deadlineRow(const ClusterStatus &status) const;
    QString deadlinesTable() const;

    FleetModel *m_fleet;
    Catalogs m_catalogs;
    QDate m_today;
    QLabel *m_heading;
    QLabel *m_explanation;
    QLabel *m_leadLabel;
    QSpinBox *m_lead;
    QChartView *m_view;
    QLabel *m_deadlines;
    QStringList m_vendorFirst;
    QList<QGraphicsSimpleTextItem *> m_minorLabels; ///< owned by the chart
    QAbstractSeries *m_anchor = nullptr;            ///< a series on both axes, to map values to positions
    qreal m_laneGap = 0.2;                          ///< between two vendors' bars of one minor, in rows
};

} // namespace kirikae
