#include "fleetpage.h"

#include "filteredtable.h"
#include "items/fleetgroupmodel.h"
#include "items/fleetmodel.h"
#include "items/formatting.h"
#include "items/inventorymodel.h"

#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace kirikae {

FleetPage::FleetPage(FleetModel *fleet, InventoryModel *inventory, QWidget *parent)
    : Page(parent)
    , m_fleet(fleet)
    , m_inventory(inventory)
    , m_heading(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_errors(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_fleetTable(new FilteredTable(fleet, FleetModel::SortRole, this))
    , m_groupLabel(new QLabel(this))
    , m_groupBy(new QComboBox(this))
    , m_groupModel(new FleetGroupModel(fleet, this))
    , m_groupView(new QTreeView(this))
    , m_views(new QStackedWidget(this))
    , m_details(new QGroupBox(this))
    , m_detailSummary(new QLabel(m_details))
    , m_inventoryTable(new FilteredTable(inventory, InventoryModel::SortRole, m_details))
{
    styleHeading(m_heading);
    m_summary->setWordWrap(true);
    m_errors->setWordWrap(true);
    m_errors->setTextFormat(Qt::PlainText);
    m_errors->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0; "
                                           "border-radius: 4px; padding: 6px; }"));
    m_errors->hide();
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setStyleSheet(QStringLiteral("QLabel { background: #eef4fb; color: #1c3d5a; border: 1px solid #c6dbf0; "
                                          "border-radius: 4px; padding: 6px; }"));
    m_notes->hide();
    m_detailSummary->setWordWrap(true);

    auto *detailLayout = new QVBoxLayout(m_details);
    detailLayout->addWidget(m_detailSummary);
    detailLayout->addWidget(m_inventoryTable);

    setUpGroups();
    auto *grouping = new QHBoxLayout;
    grouping->addWidget(m_groupLabel);
    grouping->addWidget(m_groupBy);
    grouping->addStretch(1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_views);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_errors);
    layout->addWidget(m_notes);
    layout->addLayout(grouping);
    layout->addWidget(splitter, 1);

    QTableView *view = m_fleetTable->view();
    view->sortByColumn(FleetModel::SupportColumn, Qt::AscendingOrder);
    // Which cluster, what it runs, whether it is supported: the rest scrolls.
    m_fleetTable->setKeyColumns({FleetModel::NameColumn, FleetModel::VersionColumn, FleetModel::SupportColumn});
    m_inventoryTable->setKeyColumns(
        {InventoryModel::CategoryColumn, InventoryModel::NameColumn, InventoryModel::VersionColumn});
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showCluster(m_fleetTable->sourceRow(current.row())); });
    connect(m_fleet, &QAbstractItemModel::modelReset, this, [this] {
        updateSummary();
        if (m_fleet->rowCount() > 0)
            m_fleetTable->view()->selectRow(0);
        else
            showCluster(-1);
    });
    connect(m_fleet, &QAbstractItemModel::dataChanged, this, &FleetPage::updateSummary);
    retranslate();
}

QString FleetPage::title() const
{
    return tr("Fleet overview");
}

void FleetPage::setUpGroups()
{
    // Entry 0 lists every cluster; entry k + 1 groups them by GroupKey k.
    for (int i = 0; i <= groupKeyCount; ++i)
        m_groupBy->addItem(QString());
    m_groupBy->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_groupLabel->setBuddy(m_groupBy);
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, &FleetPage::groupingChosen);
    m_groupView->setModel(m_groupModel);
    m_groupView->setUniformRowHeights(true);
    m_groupView->setAlternatingRowColors(true);
    m_groupView->setTextElideMode(Qt::ElideRight);
    connect(m_groupModel, &QAbstractItemModel::modelReset, this, &FleetPage::layoutGroups);
    // Columns fit the rows on show: a group opened later brings clusters whose cells may be wider.
    connect(m_groupView, &QTreeView::expanded, this, &FleetPage::fitGroupColumns);
    connect(m_groupView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.parent().isValid())
                    showCluster(current.data(FleetGroupModel::SourceRowRole).toInt());
            });
    m_views->addWidget(m_fleetTable);
    m_views->addWidget(m_groupView);
}

void FleetPage::groupingChosen(int choice)
{
    m_views->setCurrentWidget(choice > 0 ? static_cast<QWidget *>(m_groupView) : m_fleetTable);
    if (choice <= 0)
        return;
    if (m_groupModel->groupKey() == GroupKey(choice - 1))
        layoutGroups();
    else
        m_groupModel->setGroupKey(GroupKey(choice - 1)); // resets, which lays the groups out
}

void FleetPage::layoutGroups()
{
    QHeaderView *header = m_groupView->header();
    const QList<int> keys = {FleetModel::NameColumn, FleetModel::VersionColumn, FleetModel::SupportColumn};
    for (int i = 0; i < keys.size(); ++i)
        header->moveSection(header->visualIndex(keys.at(i)), i);
    for (int row = 0; row < m_groupModel->rowCount(); ++row)
        m_groupView->setFirstColumnSpanned(row, {}, true);
    // A handful of clusters reads best all open; hundreds read by their groups first.
    if (m_fleet->rowCount() <= 50)
        m_groupView->expandAll();
    fitGroupColumns();
}

void FleetPage::fitGroupColumns()
{
    for (int column = 0; column < m_groupModel->columnCount(); ++column)
        m_groupView->resizeColumnToContents(column);
}

void FleetPage::setLoadErrors(const QStringList &errors)
{
    m_loadErrors = errors;
    retranslate();
}

void FleetPage::setLoadNotes(const QStringList &notes)
{
    m_notes->setVisible(!notes.isEmpty());
    m_notes->setText(notes.join(u'\n'));
}

void FleetPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Page::changeEvent(event);
}

void FleetPage::retranslate()
{
    m_heading->setText(title());
    m_groupLabel->setText(tr("&Group by:"));
    const QString groupings[] = {tr("Nothing: one row per cluster"), FleetGroupModel::keyName(GroupKey::Tier),
                                 FleetGroupModel::keyName(GroupKey::Distribution),
                                 FleetGroupModel::keyName(GroupKey::Region), FleetGroupModel::keyName(GroupKey::Minor)};
    for (int i = 0; i <= groupKeyCount; ++i)
        m_groupBy->setItemText(i, groupings[i]);
    m_errors->setVisible(!m_loadErrors.isEmpty());
    if (!m_loadErrors.isEmpty())
        m_errors->setText(tr("%n snapshot file(s) could not be read; the other clusters are shown:", nullptr,
                             int(m_loadErrors.size())) +
                          u'\n' + m_loadErrors.join(u'\n'));
    updateSummary();
    showCluster(m_selectedRow);
}

void FleetPage::updateSummary()
{
    std::array<int, 4> counts{};
    QDate today;
    for (int row = 0; row < m_fleet->rowCount(); ++row) {
        ++counts.at(std::size_t(m_fleet->status(row).support.status));
        today = m_fleet->status(row).support.today;
    }
    if (m_fleet->rowCount() == 0) {
        m_summary->setText(tr("No clusters yet. Open a workspace or import snapshot files from the File menu."));
        return;
    }
    m_summary->setText(FleetGroupModel::countsText(m_fleet->rowCount(), counts) + u"  —  " +
                       tr("judged on %1 against the upstream Kubernetes support window.").arg(formatDate(today)));
}

void FleetPage::showCluster(int sourceRow)
{
    m_selectedRow = sourceRow;
    if (sourceRow < 0 || sourceRow >= m_fleet->rowCount()) {
        m_inventory->clear();
        m_details->setTitle(tr("Cluster details"));
        m_detailSummary->setText(tr("Select a cluster to see its control plane, add-ons and nodes."));
        return;
    }
    const FleetEntry &entry = m_fleet->cluster(sourceRow);
    const ClusterSnapshot &s = entry.snapshot;
    m_inventory->setSnapshot(s);
    m_details->setTitle(tr("Cluster details: %1").arg(s.name));
    QString text = FleetModel::statusExplanation(m_fleet->status(sourceRow));
    if (s.collectedAt.isValid())
        text += u'\n' + tr("Snapshot taken %1 from %2.")
                            .arg(formatDateTime(s.collectedAt), s.server.isEmpty() ? entry.file : s.server);
    if (!s.labels.isEmpty()) {
        QStringList labels;
        for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it)
            labels << it.key() + u'=' + it.value();
        text += u'\n' + tr("Labels: %1").arg(labels.join(QStringLiteral(", ")));
    }
    for (const auto &error : s.errors)
        text += u'\n' + tr("Not collected: %1 — %2").arg(error.part, error.message);
    m_detailSummary->setText(text);
}

} // namespace kirikae
