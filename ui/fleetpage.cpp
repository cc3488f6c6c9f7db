#include "fleetpage.h"

#include "filteredtable.h"
#include "items/fleetmodel.h"
#include "items/formatting.h"
#include "items/inventorymodel.h"

#include <QEvent>
#include <QGroupBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
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

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_fleetTable);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_errors);
    layout->addWidget(m_notes);
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
    int counts[4] = {0, 0, 0, 0};
    QDate today;
    for (int row = 0; row < m_fleet->rowCount(); ++row) {
        ++counts[int(m_fleet->status(row).support.status)];
        today = m_fleet->status(row).support.today;
    }
    if (m_fleet->rowCount() == 0) {
        m_summary->setText(tr("No clusters yet. Open a workspace or import snapshot files from the File menu."));
        return;
    }
    QStringList parts;
    parts << tr("%n cluster(s)", nullptr, m_fleet->rowCount());
    if (counts[int(SupportStatus::Unsupported)] > 0)
        parts << tr("%n out of support", nullptr, counts[int(SupportStatus::Unsupported)]);
    if (counts[int(SupportStatus::EndingSoon)] > 0)
        parts << tr("%n ending soon", nullptr, counts[int(SupportStatus::EndingSoon)]);
    if (counts[int(SupportStatus::Supported)] > 0)
        parts << tr("%n supported", nullptr, counts[int(SupportStatus::Supported)]);
    if (counts[int(SupportStatus::Unknown)] > 0)
        parts << tr("%n unknown", nullptr, counts[int(SupportStatus::Unknown)]);
    m_summary->setText(parts.join(tr(" · ")) + u"  —  " +
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
    for (const auto &error : s.errors)
        text += u'\n' + tr("Not collected: %1 — %2").arg(error.part, error.message);
    m_detailSummary->setText(text);
}

} // namespace kirikae
