#pragma once

#include "page.h"

#include <QStringList>

class QComboBox;
class QGroupBox;
class QLabel;
class QStackedWidget;
class QTreeView;

namespace kirikae {

class FilteredTable;
class FleetGroupModel;
class FleetModel;
class InventoryModel;

/// The fleet overview: one row per cluster with its support status — or the clusters grouped by tier, distribution,
/// region or minor, each group with its counts — and what runs in the selected cluster.
class FleetPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetPage)

public:
    FleetPage(FleetModel *fleet, InventoryModel *inventory, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("fleet"); }
    QString title() const override;

    /// Files that could not be loaded, shown in a banner above the table.
    void setLoadErrors(const QStringList &errors);
    /// What loading noted without failing (files skipped in folders, clusters renamed apart), shown below them.
    void setLoadNotes(const QStringList &notes);
    FilteredTable *fleetTable() const { return m_fleetTable; }
    QComboBox *groupBox() const { return m_groupBy; }
    QTreeView *groupView() const { return m_groupView; }
    FleetGroupModel *groupModel() const { return m_groupModel; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSummary();
    void showCluster(int sourceRow);
    /// The Group by box and the grouped tree beside the flat table.
    void setUpGroups();
    void groupingChosen(int choice);
    /// Group rows span the tree; small fleets open with every group expanded.
    void layoutGroups();
    void fitGroupColumns();

    FleetModel *m_fleet;
    InventoryModel *m_inventory;
    QLabel *m_heading;
    QLabel *m_summary;
    QLabel *m_errors;
    QLabel *m_notes;
    FilteredTable *m_fleetTable;
    QLabel *m_groupLabel;
    QComboBox *m_groupBy;
    FleetGroupModel *m_groupModel;
    QTreeView *m_groupView;
    QStackedWidget *m_views;
    QGroupBox *m_details;
    QLabel *m_detailSummary;
    FilteredTable *m_inventoryTable;
    QStringList m_loadErrors;
    int m_selectedRow = -1;
};

} // namespace kirikae
