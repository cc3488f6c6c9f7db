#include "clusterspage.h"

#include "filteredtable.h"
#include "items/collectionmodel.h"
#include "kube/collector.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace kirikae {

ClustersPage::ClustersPage(CollectionModel *model, QWidget *parent)
    : Page(parent)
    , m_model(model)
    , m_heading(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_refresh(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_parallelLabel(new QLabel(this))
    , m_parallel(new QSpinBox(this))
    , m_progress(new QProgressBar(this))
    , m_table(new FilteredTable(model, CollectionModel::SortRole, this))
{
    styleHeading(m_heading);
    m_explanation->setWordWrap(true);
    m_progress->hide();
    // Threads, connections and memory grow with this, not with the number of contexts.
    m_parallel->setObjectName(QStringLiteral("parallel"));
    m_parallel->setRange(1, 64);
    m_parallel->setValue(QSettings().value(QStringLiteral("collect/parallel"), defaultParallelClusters).toInt());
    m_parallelLabel->setBuddy(m_parallel);
    connect(m_parallel, &QSpinBox::valueChanged, this,
            [](int n) { QSettings().setValue(QStringLiteral("collect/parallel"), n); });
    m_cancel->setEnabled(false);
    m_table->view()->horizontalHeader()->setSectionResizeMode(CollectionModel::MessageColumn, QHeaderView::Stretch);
    m_table->setKeyColumns({CollectionModel::ContextColumn, CollectionModel::StatusColumn});
    connect(m_add, &QPushButton::clicked, this, &ClustersPage::addRequested);
    connect(m_refresh, &QPushButton::clicked, this, &ClustersPage::refreshRequested);
    connect(m_cancel, &QPushButton::clicked, this, &ClustersPage::cancelRequested);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_refresh->setEnabled(m_model->rowCount() > 0); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_parallelLabel);
    buttons->addWidget(m_parallel);
    buttons->addWidget(m_progress, 1);
    buttons->addStretch(0);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_explanation);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    m_refresh->setEnabled(false);
    retranslate();
}

QString ClustersPage::title() const
{
    return tr("Live clusters");
}

int ClustersPage::parallel() const
{
    return m_parallel->value();
}

void ClustersPage::setProgress(int done, int total)
{
    const bool running = total > 0 && done < total;
    m_progress->setVisible(running);
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_cancel->setEnabled(running);
    m_add->setEnabled(!running);
    m_parallel->setEnabled(!running);
    m_refresh->setEnabled(!running && m_model->rowCount() > 0);
}

void ClustersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Page::changeEvent(event);
}

void ClustersPage::retranslate()
{
    m_heading->setText(title());
    m_explanation->setText(tr("Clusters read from kubeconfig contexts, several at once and with GET requests only. "
                              "Each collection becomes a snapshot that the other pages read as soon as it is "
                              "written, so the fleet can be reviewed later without cluster access."));
    //: How many clusters a collection reads at the same time
    m_parallelLabel->setText(tr("At once:"));
    m_parallel->setToolTip(tr("How many clusters are read at the same time. Threads, connections and memory grow "
                              "with this number, not with the number of clusters."));
    m_add->setText(tr("Add clusters…"));
    m_refresh->setText(tr("Refresh all"));
    m_cancel->setText(tr("Cancel"));
    //: Progress of a collection: %v done of %m clusters
    m_progress->setFormat(tr("%v of %m clusters"));
}

} // namespace kirikae
