#include "versionspage.h"

#include "analysis/addontargets.h"
#include "groupfilter.h"
#include "items/clusterfilterproxy.h"
#include "items/versionmatrixmodel.h"
#include "workers.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTreeView>
#include <QVBoxLayout>

namespace kirikae {

VersionsPage::VersionsPage(VersionMatrixModel *model, FleetModel *fleet, QWidget *parent)
    : Page(parent)
    , m_model(model)
    , m_heading(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_legend(new QLabel(this))
    , m_targetLabel(new QLabel(this))
    , m_target(new QComboBox(this))
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

    m_target->addItem(QString(), QString());
    m_targetLabel->setBuddy(m_target);
    m_targetLabel->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred); // never narrower than its text
    connect(m_target, &QComboBox::currentIndexChanged, this, &VersionsPage::judgeTarget);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_explanation);
    layout->addWidget(m_legend);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_targetLabel);
    tools->addWidget(m_target);
    tools->addWidget(m_filter, 1);
    tools->addWidget(m_groupFilter);
    layout->addLayout(tools);
    layout->addWidget(m_view, 1);
    retranslate();
}

void VersionsPage::setFleet(const QList<ClusterSnapshot> &clusters, const QList<MinorVersion> &targets,
                            const Catalogs &catalogs)
{
    m_clusters = clusters;
    m_catalogs = catalogs;
    const QString chosen = m_target->currentData().toString();
    const QSignalBlocker blocker(m_target);
    while (m_target->count() > 1)
        m_target->removeItem(1);
    for (const MinorVersion &m : targets)
        m_target->addItem(m.toString(), m.toString());
    m_target->setCurrentIndex(std::max(0, m_target->findData(chosen)));
    judgeTarget();
}

void VersionsPage::fitColumns()
{
    // Wide enough for the common case; longer cells elide and show everything in their tooltip. Cells that also
    // show the add-on's verdict at a target get more room.
    const int widest = m_model->addonTarget() ? 260 : 175;
    for (int column = 0; column < m_proxy->columnCount(); ++column) {
        m_view->resizeColumnToContents(column);
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), widest));
    }
    m_view->setColumnWidth(VersionMatrixModel::ComponentColumn,
                           std::max(200, m_view->columnWidth(VersionMatrixModel::ComponentColumn)));
}

void VersionsPage::judgeTarget()
{
    const quint64 job = ++m_job;
    const auto target = MinorVersion::parse(m_target->currentData().toString());
    if (!target) {
        m_model->setAddonTarget(std::nullopt);
        fitColumns();
        return;
    }
    const QList<ClusterSnapshot> clusters = m_clusters;
    const Catalogs catalogs = m_catalogs;
    runInBackground(
        this, [clusters, catalogs, target] { return judgeAddonsAt(clusters, catalogs, *target); },
        [this, job](const AddonTargetVerdicts &verdicts) {
            if (job != m_job)
                return; // a newer choice superseded this one
            m_model->setAddonTarget(verdicts);
            fitColumns();
        });
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
    m_targetLabel->setText(tr("Add-ons at target:"));
    m_target->setItemText(0, tr("current minor only"));
    m_target->setToolTip(tr("Also judge every add-on at this Kubernetes minor, from its own compatibility table: "
                            "supported, tested, minimum met, not tested (not the same as unsupported), not "
                            "supported or no data; the tooltip names the lowest release that runs there."));
}

} // namespace kirikae
