#pragma once

#include "analysis/debtscore.h"

#include "tablemodel.h"

#include <QList>

namespace kirikae {

/**
 * The debt heatmap: one row per cluster, one column per area and a total. Display: the score. SortRole: the
 * score as a number. Background: white to deep red with the score. ToolTip: the reasons that add up to it, and
 * for a waived one who accepted the waiver and when.
 */
class DebtModel final : public TableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DebtModel)

public:
    enum Column {
        ClusterColumn,
        FirstAreaColumn,
        TotalColumn = FirstAreaColumn + debtAreaCount,
        TrendColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole };

    explicit DebtModel(QObject *parent = nullptr);

    void setDebt(const QList<ClusterDebt> &debt);
    const QList<ClusterDebt> &debt() const { return m_debt; }

    static QString areaName(DebtArea area);
    /// "Waived by OWNER until END: REASON", in the interface's language.
    static QString waiverText(const Waiver &waiver);
    /// Who accepted a waiver and when, and its last edit: empty for a waiver saved before Kirikae recorded them.
    static QString waiverAudit(const Waiver &waiver);

private:
    int rows() const override;
    QString columnTitle(int column) const override;
    QVariant cell(int row, int column, int role) const override;

    QList<ClusterDebt> m_debt;
};

} // namespace kirikae
