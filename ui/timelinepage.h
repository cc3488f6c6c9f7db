#pragma once

#include "core/catalogs.h"
#include "page.h"

#include <QDate>

class QChart;
class QChartView;
class QLabel;
class QSpinBox;

namespace kirikae {

class FleetModel;

/**
 * The support timeline: one bar per Kubernetes minor from release to end of support, the vendors' windows
 * beside it, projected minors dashed, a line for today, each cluster on its minor, and the date by which each
 * cluster's next upgrade must start (end of support minus a lead time the user sets).
 */
class TimelinePage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelinePage)

public:
    TimelinePage(FleetModel *fleet, const Catalogs &catalogs, QDate today, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("timeline"); }
    QString title() const override;

    int leadDays() const;
    void setLeadDays(int days);
    /// The chart as drawn (tests and printing).
    QChart *chart() const;
    /// The "start upgrading by" table, as plain text (tests).
    QString deadlinesText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();

    FleetModel *m_fleet;
    Catalogs m_catalogs;
    QDate m_today;
    QLabel *m_heading;
    QLabel *m_explanation;
    QLabel *m_leadLabel;
    QSpinBox *m_lead;
    QChartView *m_view;
    QLabel *m_deadlines;
};

} // namespace kirikae
