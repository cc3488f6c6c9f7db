#pragma once

#include "snapshot/clustersnapshot.h"

#include "tablemodel.h"

namespace kirikae {

/**
 * What runs in one cluster: control-plane components, add-ons and nodes, one row each.
 * Display role: translated text. SortRole: raw values (category order, version text).
 */
class InventoryModel final : public TableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryModel)

public:
    enum Column { CategoryColumn, NameColumn, VersionColumn, DetailColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole };
    enum class Category { ControlPlane, Addon, Node };

    explicit InventoryModel(QObject *parent = nullptr);

    void setSnapshot(const ClusterSnapshot &snapshot);
    void clear();

private:
    int rows() const override;
    QString columnTitle(int column) const override;
    QVariant cell(int rowNumber, int column, int role) const override;

    struct Row
    {
        Category category;
        QString name;
        QString version;
        int source; ///< index into components or nodes
    };
    QString detail(const Row &row) const;

    ClusterSnapshot m_snapshot;
    QList<Row> m_rows;
};

} // namespace kirikae
