#include "versionspage.h"

#include "groupfilter.h"
#include "items/clusterfilterproxy.h"
#include "items/versionmatrixmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace kirikae {

VersionsPage::VersionsPage(VersionMatrixModel *model, FleetModel *fleet, QWidget *parent)
    : Page(parent)
    , m_model(model)
    , m_heading(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_legend(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_groupFilter(new GroupFilter(fleet, this))
    , m_proxy(new ClusterFilterProxy(ClusterFilterProxy::Axis::Columns, VersionMatrixModel::FirstClusterColumn,
                                     Qt::DisplayRole, this))
    , m_view(new QTreeView(this))
{
    styleHeading(m_heading);
    m_explanation->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(VersionMatrixModel::SortRole);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(VersionMatrixModel::ComponentColumn);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_view->setModel(m_proxy);
    m_view->setAlternatingRowColors(false);
    m_view->setUniformRowHeights(true);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setStyleSheet(QStringLiteral("QTreeView::item { padding: 3px 4px; }"));
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->header()->setStretchLastSection(false);
    connect(m_model, &QAbstractItemModel::modelReset, this, &VersionsPage::fitColumns);
    connect(m_groupFilter, &GroupFilter::changed, this, [this] {
        m_proxy->setClusters(m_groupFilter->clusters());
        fitColumns();
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_groupFilter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_explanation);
    layout->addWidget(m_legend);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    retranslate();
}

void VersionsPage::fitColumns()
{
    // Wide enough for the common case; longer cells elide and show everything in their tooltip.
    for (int column = 0; column < m_proxy->columnCount(); ++column) {
        m_view->resizeColumnToContents(column);
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), 175));
    }
    m_view->setColumnWidth(VersionMatrixModel::ComponentColumn,
                           std::max(200, m_view->columnWidth(VersionMatrixModel::ComponentColumn)));
}

QString VersionsPage::title() const
{
    return tr("Version matrix");
}

void VersionsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Page::changeEvent(event);
}

void VersionsPage::retranslate()
{
    m_heading->setText(title());
    m_explanation->setText(tr("Every component of every cluster side by side. kubelet and kube-proxy open into their "
                              "versions and nodes; hover a cell for the reason and the rule."));
    m_legend->setText(colourChip(VersionMatrixModel::statusColour(CellStatus::Current),
                                 VersionMatrixModel::statusName(CellStatus::Current)) +
                      colourChip(VersionMatrixModel::statusColour(CellStatus::Behind),
                                 VersionMatrixModel::statusName(CellStatus::Behind)) +
                      colourChip(VersionMatrixModel::statusColour(CellStatus::Violating),
                                 VersionMatrixModel::statusName(CellStatus::Violating)) +
                      colourChip(VersionMatrixModel::statusColour(CellStatus::Unsupported),
                                 VersionMatrixModel::statusName(CellStatus::Unsupported)));
    m_filter->setPlaceholderText(tr("Filter components or nodes…"));
}

} // namespace kirikae
