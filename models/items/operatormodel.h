#pragma once

#include "analysis/operatorgraph.h"

#include "tablemodel.h"

namespace kirikae {

/**
 * The operators of a resolved graph, one row per node, in upgrade order (dependencies first).
 * Display: translated text. SortRole: raw values (order and counts as numbers). NodeRole: the node index.
 */
class OperatorModel final : public TableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperatorModel)

public:
    enum Column {
        OrderColumn,
        PackageColumn,
        ClusterColumn,
        VersionColumn,
        StatusColumn,
        NeedsColumn,
        UpdateColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole, NodeRole, StatusRole, ClusterRole };

    explicit OperatorModel(QObject *parent = nullptr);

    void setGraph(const OperatorGraph &graph);
    const OperatorGraph &graph() const { return m_graph; }

    /// The translated name of a status, as the legend and the details panel show it.
    static QString statusName(OperatorStatus status);

private:
    int rows() const override;
    QString columnTitle(int column) const override;
    QVariant cell(int row, int column, int role) const override;

    OperatorGraph m_graph;
    QList<int> m_rows;  ///< node index per row
    QList<int> m_needs; ///< distinct operators each node needs
};

} // namespace kirikae
