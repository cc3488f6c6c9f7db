#pragma once

#include "analysis/fleetschedule.h"
#include "analysis/upgradeplanner.h"

#include "tablemodel.h"

namespace kirikae {

/**
 * The hops of one plan, one row each, with what blocks or conditions them.
 * Display: translated text. SortRole: raw values (hop order and counts as numbers).
 */
class PlanHopModel final : public TableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanHopModel)

public:
    enum Column {
        HopColumn,
        ReleaseColumn,
        ApisColumn,
        NodesColumn,
        OperatorsColumn,
        OtherColumn, ///< add-ons and Helm charts, CRD stored versions, OpenShift's update graph
        StatusColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole, OpenRole };

    explicit PlanHopModel(QObject *parent = nullptr);

    void setPlan(const UpgradePlan &plan);
    const UpgradePlan &plan() const { return m_plan; }

private:
    int rows() const override;
    QString columnTitle(int column) const override;
    QVariant cell(int row, int column, int role) const override;

    /// Tooltip lines for the hop's CRD stored versions and its place on OpenShift's update graph.
    static QStringList extraTooltipLines(const PlanHop &hop);

    UpgradePlan m_plan;
};

/**
 * The fleet schedule: one row per cluster in the order it should go, with the day it must start by.
 * Display: translated text. SortRole: raw values (dates as dates).
 */
class ScheduleModel final : public TableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleModel)

public:
    /// Why a slot is late and what it waits for, as its tooltip says it.
    static QString timingNote(const ScheduledUpgrade &slot);
    /// What the vendor does to the cluster if it stays, and whether that comes first.
    static QString forcedNote(const UpgradePlan &plan, const ScheduledUpgrade &slot);

    enum Column {
        OrderColumn,
        ClusterColumn,
        TierColumn,
        RouteColumn,
        DeadlineColumn,
        StartColumn,
        FinishColumn,
        ForcedColumn,
        BlockersColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole };

    explicit ScheduleModel(QObject *parent = nullptr);

    void setSchedule(const QList<UpgradePlan> &plans, const QList<ScheduledUpgrade> &schedule);

private:
    int rows() const override;
    QString columnTitle(int column) const override;
    QVariant cell(int row, int column, int role) const override;

    QList<UpgradePlan> m_plans;
    QList<ScheduledUpgrade> m_schedule;
};

} // namespace kirikae
