#pragma once

#include "analysis/operatorgraph.h"

#include <QAbstractTableModel>

namespace kirikae {

/**
 * The operators of a resolved graph, one row per node, in upgrade order (dependencies first).
 * Display: translated text. SortRole: raw values (order and counts as numbers). NodeRole: the node index.
 */
class OperatorModel final : public QAbstractTableModel
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
    void retranslate();

    /// The translated name of a status, as the legend and the details panel show it.
    static QString statusName(OperatorStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    OperatorGraph m_graph;
    QList<int> m_rows;  ///< node index per row
    QList<int> m_needs; ///< distinct operators each node needs
};

} // namespace kirikae
