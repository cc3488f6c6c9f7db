#pragma once

#include "analysis/fleetanalysis.h"
#include "analysis/supportcost.h"

#include "tablemodel.h"

#include <QDate>

namespace kirikae {

/**
 * Each cluster's vendor fee today, when it changes, and what the vendor does if the cluster stays: the forced
 * upgrade's date, what moves, what breaks then, and whether it comes before the planned upgrade (red).
 * Display: translated text. SortRole: raw values (amounts as numbers, dates as dates).
 */
class CostModel final : public TableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostModel)

public:
    enum Column {
        ClusterColumn,
        VendorColumn,
        PhaseColumn,
        FeeColumn,
        ChangesColumn,
        ForcedColumn,
        MovesColumn,
        BreaksColumn,
        PlannedColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole };

    explicit CostModel(QObject *parent = nullptr);

    /// The costs of the fleet's clusters and, when there is one, the plan their upgrades follow.
    void setCosts(const QList<ClusterCost> &costs, const FleetPlan &plan);

    /// The clusters whose vendor forces an upgrade before their planned upgrade is done (or with none planned).
    QStringList vendorFirst() const;

    /// "USD 438.00 a month", with how sure the amount is; "unknown" never reads as zero.
    static QString feeText(const SupportFee &fee);
    static QString phaseName(const QString &phase);
    /// "Amazon EKS" for "eks": product names, the same in every language.
    static QString vendorName(const QString &vendor);
    /// What breaks when the vendor moves first, worded in the interface's language.
    static QStringList breaksText(const ForcedUpgrade &forced);

private:
    int rows() const override;
    QString columnTitle(int column) const override;
    QVariant cell(int row, int column, int role) const override;
    QVariant display(const ClusterCost &c, QDate finishBy, int column, bool sort) const;

    QList<ClusterCost> m_costs;
    QList<QDate> m_finishBy; ///< per row: when the plan's upgrade is done (invalid: not planned)
};

} // namespace kirikae
