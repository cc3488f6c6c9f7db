#pragma once

#include "analysis/debtscore.h"

#include "tablemodel.h"

namespace kirikae {

/**
 * The ranked hotspot list: every cluster and area with debt, highest score first, with its heaviest reason.
 * Display: translated text. SortRole: raw values (rank and score as numbers).
 */
class HotspotModel final : public TableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HotspotModel)

public:
    enum Column { RankColumn, ScoreColumn, ClusterColumn, AreaColumn, ReasonColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole, ClusterRowRole, AreaRole };

    explicit HotspotModel(QObject *parent = nullptr);

    /// Ranks the hotspots of debt (one ClusterDebt per cluster).
    void setDebt(const QList<ClusterDebt> &debt);

private:
    int rows() const override;
    QString columnTitle(int column) const override;
    QVariant cell(int rowNumber, int column, int role) const override;

    struct Row
    {
        DebtHotspot hotspot;
        int clusterRow = 0; ///< the cluster's row in the debt it came from
    };
    QList<Row> m_rows;
};

} // namespace kirikae
