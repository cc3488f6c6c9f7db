#include "filteredtable.h"

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QMetaObject>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace kirikae {

FilteredTable::FilteredTable(QAbstractItemModel *source, int sortRole, QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_proxy(new ClusterFilterProxy(ClusterFilterProxy::Axis::Rows, 0, Qt::DisplayRole, this))
{
    m_proxy->setSourceModel(source);
    m_proxy->setSortRole(sortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->viewport()->installEventFilter(this);

    connect(m_proxy, &QAbstractItemModel::modelReset, this, &FilteredTable::scheduleFit);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &FilteredTable::scheduleFit);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &FilteredTable::scheduleFit);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &FilteredTable::scheduleFit);
    // A new language changes the headers and the cells' words, and so their widths.
    connect(m_proxy, &QAbstractItemModel::headerDataChanged, this, &FilteredTable::scheduleFit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    retranslate();
}

int FilteredTable::sourceRow(int proxyRow) const
{
    const QModelIndex index = m_proxy->mapToSource(m_proxy->index(proxyRow, 0));
    return index.isValid() ? index.row() : -1;
}

void FilteredTable::setKeyColumns(const QList<int> &columns)
{
    m_keyColumns = columns;
    QHeaderView *header = m_view->horizontalHeader();
    for (int i = 0; i < columns.size(); ++i)
        header->moveSection(header->visualIndex(columns.at(i)), i);
    fitColumns();
}

void FilteredTable::scheduleFit()
{
    if (m_fitPending)
        return;
    m_fitPending = true;
    QMetaObject::invokeMethod(this, &FilteredTable::fitColumns, Qt::QueuedConnection);
}

void FilteredTable::fitColumns()
{
    m_fitPending = false;
    QHeaderView *header = m_view->horizontalHeader();
    // Beyond this a free-text column (a reason, a message) is cut and scrolls; its tooltip or the details pane says
    // the rest.
    const int cap = m_view->fontMetrics().averageCharWidth() * 48;
    for (int column = 0; column < m_proxy->columnCount(); ++column) {
        if (header->sectionResizeMode(column) != QHeaderView::Interactive)
            continue; // the page stretches it, or keeps it as it is
        m_view->resizeColumnToContents(column);
        if (!m_keyColumns.contains(column) && header->sectionSize(column) > cap)
            header->resizeSection(column, cap);
    }
    const int last = header->logicalIndex(header->count() - 1);
    m_lastColumnWidth = last >= 0 ? header->sectionSize(last) : 0;
    fitLastColumn();
}

void FilteredTable::fitLastColumn()
{
    // A long last column (a reason, a message) ends at the table's edge, its text elided, rather than make the
    // whole table scroll sideways; it never gets narrower than its header.
    QHeaderView *header = m_view->horizontalHeader();
    const int last = header->logicalIndex(header->count() - 1);
    if (last < 0 || !header->stretchLastSection() || m_keyColumns.contains(last) ||
        header->sectionResizeMode(last) != QHeaderView::Interactive || m_lastColumnWidth <= 0)
        return;
    const int others = header->length() - header->sectionSize(last);
    const int least = std::max(header->sectionSizeHint(last), m_view->fontMetrics().averageCharWidth() * 12);
    const int room = m_view->viewport()->width() - others;
    // When the other columns scroll anyway, the last one keeps the width of its contents.
    header->resizeSection(last, room < least ? m_lastColumnWidth : std::min(m_lastColumnWidth, room));
}

bool FilteredTable::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitLastColumn();
    return QWidget::eventFilter(watched, event);
}

void FilteredTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FilteredTable::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter…"));
}

} // namespace kirikae
