#include "clusterspage.h"

#include "filteredtable.h"
#include "items/collectionmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
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
    , m_progress(new QProgressBar(this))
    , m_table(new FilteredTable(model, CollectionModel::SortRole, this))
{
    styleHeading(m_heading);
    m_explanation->setWordWrap(true);
    m_progress->hide();
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

void ClustersPage::setProgress(int done, int total)
{
    const bool running = total > 0 && done < total;
    m_progress->setVisible(running);
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_cancel->setEnabled(running);
    m_add->setEnabled(!running);
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
    m_explanation->setText(tr("Clusters read from kubeconfig contexts, all at once and with GET requests only. Each "
                              "collection becomes a snapshot that the other pages read, so the fleet can be "
                              "reviewed later without cluster access."));
    m_add->setText(tr("Add clusters…"));
    m_refresh->setText(tr("Refresh all"));
    m_cancel->setText(tr("Cancel"));
    //: Progress of a collection: %v done of %m clusters
    m_progress->setFormat(tr("%v of %m clusters"));
}

} // namespace kirikae
