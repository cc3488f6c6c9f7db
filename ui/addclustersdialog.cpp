#include "addclustersdialog.h"

#include "kube/kubeconfig.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace kirikae {

namespace {
constexpr int ContextRole = Qt::UserRole + 1;
}

AddClustersDialog::AddClustersDialog(const QString &kubeconfig, QWidget *parent)
    : QDialog(parent)
    , m_kubeconfig(kubeconfig)
    , m_source(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_contexts(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QListView(this))
    , m_help(new QLabel(this))
    , m_browse(new QPushButton(this))
    , m_checkShown(new QPushButton(this))
    , m_uncheckAll(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_source->setWordWrap(true);
    m_source->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(QStringLiteral("color: #8a1c1c;"));
    m_help->setWordWrap(true);
    m_search->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_contexts);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setUniformItemSizes(true); // hundreds of contexts scroll smoothly
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_browse, &QPushButton::clicked, this, &AddClustersDialog::browse);
    connect(m_checkShown, &QPushButton::clicked, this, [this] { checkShown(true); });
    connect(m_uncheckAll, &QPushButton::clicked, this, [this] {
        for (int row = 0; row < m_contexts->rowCount(); ++row)
            m_contexts->item(row)->setCheckState(Qt::Unchecked);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(m_browse);
    auto *selectRow = new QHBoxLayout;
    selectRow->addWidget(m_checkShown);
    selectRow->addWidget(m_uncheckAll);
    selectRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sourceRow);
    layout->addWidget(m_problems);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addLayout(selectRow);
    layout->addWidget(m_help);
    layout->addWidget(m_buttons);
    resize(640, 520);
    retranslate();
    load();
}

void AddClustersDialog::load()
{
    m_contexts->clear();
    const QStringList files = m_kubeconfig.isEmpty() ? KubeConfig::defaultFiles() : QStringList{m_kubeconfig};
    QStringList shown;
    for (const QString &file : files)
        shown << QDir::toNativeSeparators(file);
    m_source->setText(tr("Contexts from %1").arg(shown.join(QStringLiteral(", "))));
    QString error;
    const auto config = KubeConfig::load(files, &error);
    QStringList problems = config ? config->warnings() : QStringList{error};
    if (config) {
        for (const KubeContext &context : config->contexts()) {
            const auto cluster = config->cluster(context.cluster);
            const bool insecure = cluster && cluster->insecureSkipTlsVerify;
            auto *item = new QStandardItem(
                insecure ? tr("%1 — %2 ⚠ skips TLS verification").arg(context.name, cluster->server)
                         : tr("%1 — %2").arg(context.name, cluster ? cluster->server : tr("(no cluster)")));
            item->setData(context.name, ContextRole);
            item->setCheckable(true);
            item->setEditable(false);
            item->setCheckState(context.name == config->currentContext() ? Qt::Checked : Qt::Unchecked);
            if (insecure)
                item->setForeground(QColor(0x8a, 0x5a, 0x00));
            m_contexts->appendRow(item);
        }
    }
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
}

void AddClustersDialog::browse()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a kubeconfig"), QDir::homePath());
    if (file.isEmpty())
        return;
    m_kubeconfig = file;
    load();
}

QStringList AddClustersDialog::selectedContexts() const
{
    QStringList list;
    for (int row = 0; row < m_contexts->rowCount(); ++row) {
        const QStandardItem *item = m_contexts->item(row);
        if (item->checkState() == Qt::Checked)
            list << item->data(ContextRole).toString();
    }
    return list;
}

void AddClustersDialog::checkShown(bool checked)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex source = m_proxy->mapToSource(m_proxy->index(row, 0));
        m_contexts->itemFromIndex(source)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

void AddClustersDialog::setFilter(const QString &text)
{
    m_search->setText(text);
}

int AddClustersDialog::shownCount() const
{
    return m_proxy->rowCount();
}

void AddClustersDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        load();
    }
    QDialog::changeEvent(event);
}

void AddClustersDialog::retranslate()
{
    setWindowTitle(tr("Add clusters"));
    m_browse->setText(tr("Other kubeconfig…"));
    m_search->setPlaceholderText(tr("Search contexts…"));
    m_checkShown->setText(tr("Check all shown"));
    m_uncheckAll->setText(tr("Uncheck all"));
    m_help->setText(tr("Kirikae reads the checked clusters with GET requests only and keeps no credentials: the "
                       "workspace remembers the context names, the snapshots what was read."));
}

} // namespace kirikae
