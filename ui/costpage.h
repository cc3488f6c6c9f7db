#pragma once

#include "analysis/costseries.h"
#include "page.h"

#include <QDate>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;

namespace kirikae {

class CostModel;
class FilteredTable;
class FleetModel;
class GroupFilter;

/**
 * The price and the deadline of staying behind: each cluster's vendor fee today, when it changes, and what the
 * vendor does if it stays (in red where that comes before the planned upgrade); the fleet's monthly fees over two
 * years, staying or following the fleet schedule to a target, stacked by cluster (the dearest on their own, the rest
 * as one stack; for a group of the fleet when one is chosen); what the schedule saves the fleet until a chosen date. Plans and series are computed on a worker thread.
 */
class CostPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostPage)

public:
    CostPage(Catalogs catalogs, QDate today, FleetModel *fleet, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("cost"); }
    QString title() const override;
    bool isBusy() const override { return m_busy; }

    /// The newest snapshot of each cluster, their costs, the targets a schedule may aim at, the contract prices.
    void setFleet(const QList<ClusterSnapshot> &clusters, const QList<ClusterCost> &costs,
                  const QList<MinorVersion> &targets, const QList<ContractPrice> &prices);

    /// How many clusters of one tier the schedule upgrades at the same time (the workspace's setting).
    void setUpgradesAtOnce(int count);

    CostModel *model() const { return m_model; }
    /// The series drawn: staying, or following the schedule.
    const CostSeries &shownSeries() const;
    QString savingsText() const;
    GroupFilter *groupFilter() const { return m_groupFilter; }
    FilteredTable *table() const { return m_table; }
    /// The names of the chart's stacks, bottom to top.
    QStringList chartStackNames() const;
    /// How many stacks the chart draws at most: the dearest clusters on their own, the rest as one.
    static constexpr int chartStacks = 10;

Q_SIGNALS:
    void computed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void recompute();
    void drawChart();
    void showChart(QChart *chart);
    void showGroup();
    void updateSavings();

    Catalogs m_catalogs;
    QDate m_today;
    QList<ClusterSnapshot> m_clusters;
    QList<ClusterCost> m_costs;
    QList<ContractPrice> m_prices;
    int m_upgradesAtOnce = FleetScheduleRules{}.atOnce;
    CostSeries m_stay;
    CostSeries m_planned;
    quint64 m_job = 0;
    bool m_busy = false;

    QLabel *m_heading;
    QLabel *m_explanation;
    QLabel *m_targetLabel;
    QComboBox *m_target;
    QLabel *m_showLabel;
    QComboBox *m_show;
    QLabel *m_untilLabel;
    QDateEdit *m_until;
    QLabel *m_savings;
    GroupFilter *m_groupFilter;
    QChartView *m_chart;
    CostModel *m_model;
    FilteredTable *m_table;
};

} // namespace kirikae
