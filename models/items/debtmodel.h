#pragma once

#include "analysis/debtscore.h"

#include <QAbstractTableModel>
#include <QList>

namespace kirikae {

/**
 * The debt heatmap: one row per cluster, one column per area and a total. Display: the score. SortRole: the
 * score as a number. Background: white to deep red with the score. ToolTip: the reasons that add up to it, and
 * for a waived one who accepted the waiver and when.
 */
class DebtModel final : public QAbstractTableModel
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
    void retranslate();

    static QString areaName(DebtArea area);
    /// "Waived by OWNER until END: REASON", in the interface's language.
    static QString waiverText(const Waiver &waiver);
    /// Who accepted a waiver and when, and its last edit: empty for a waiver saved before Kirikae recorded them.
    static QString waiverAudit(const Waiver &waiver);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ClusterDebt> m_debt;
};

} // namespace kirikae
