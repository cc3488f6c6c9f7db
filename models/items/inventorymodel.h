#pragma once

#include "snapshot/clustersnapshot.h"

#include <QAbstractTableModel>

namespace kirikae {

/**
 * What runs in one cluster: control-plane components, add-ons and nodes, one row each.
 * Display role: translated text. SortRole: raw values (category order, version text).
 */
class InventoryModel final : public QAbstractTableModel
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
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
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
