#include "debtpage.h"

#include "filteredtable.h"
#include "groupfilter.h"
#include "items/debtmodel.h"
#include "items/hotspotmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace kirikae {

DebtPage::DebtPage(DebtModel *model, FleetModel *fleet, QWidget *parent)
    : Page(parent)
    , m_model(model)
    , m_heading(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_groupFilter(new GroupFilter(fleet, this))
    , m_table(new FilteredTable(model, DebtModel::SortRole, this))
    , m_hotspotModel(new HotspotModel(this))
    , m_hotspotTable(new FilteredTable(m_hotspotModel, HotspotModel::SortRole, this))
    , m_details(new QTextBrowser(this))
    , m_waive(new QPushButton(this))
{
    styleHeading(m_heading);
    m_explanation->setWordWrap(true);
    QTableView *view = m_table->view();
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 16);
    view->sortByColumn(DebtModel::TotalColumn, Qt::DescendingOrder);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const QModelIndex source = m_table->proxy()->mapToSource(current);
        showCell(source.row(), source.column());
    });
    // The heatmap and the hotspots show the chosen group's clusters.
    m_hotspotTable->proxy()->setNameSection(HotspotModel::ClusterColumn);
    connect(m_groupFilter, &GroupFilter::changed, this, &DebtPage::showGroup);
    m_hotspotTable->view()->sortByColumn(HotspotModel::RankColumn, Qt::AscendingOrder);
    m_hotspotTable->view()->horizontalHeader()->setStretchLastSection(true);
    connect(m_hotspotTable->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QModelIndex source = m_hotspotTable->proxy()->mapToSource(current);
                if (source.isValid())
                    showCell(source.data(HotspotModel::ClusterRowRole).toInt(),
                             DebtModel::FirstAreaColumn + source.data(HotspotModel::AreaRole).toInt());
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_hotspotModel->setDebt(m_model->debt());
        m_hotspotTable->view()->resizeColumnsToContents();
        // Open on the worst cell, so the page says something at once.
        int bestRow = -1;
        int bestColumn = -1;
        int best = 0;
        for (int row = 0; row < m_model->rowCount(); ++row)
            for (int column = DebtModel::FirstAreaColumn; column < DebtModel::TotalColumn; ++column)
                if (const int score = m_model->index(row, column).data(DebtModel::SortRole).toInt(); score > best) {
                    best = score;
                    bestRow = row;
                    bestColumn = column;
                }
        showCell(bestRow, bestColumn);
    });

    m_details->setOpenLinks(false);
    connect(m_details, &QTextBrowser::anchorClicked, this, &DebtPage::openLink);
    connect(m_waive, &QPushButton::clicked, this, [this] {
        if (m_row < 0 || m_column < DebtModel::FirstAreaColumn || m_column >= DebtModel::TotalColumn)
            return;
        const ClusterDebt &debt = m_model->debt().at(m_row);
        QList<DebtReason> reasons;
        for (const DebtReason &r : debt.areas.at(m_column - DebtModel::FirstAreaColumn).reasons)
            if (!r.waiver)
                reasons << r;
        Q_EMIT waiverRequested(debt.cluster, reasons);
    });

    // The heatmap across the top; the ranked hotspots and the selected cell's reasons side by side below.
    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details, 1);
    detailsLayout->addWidget(m_waive, 0, Qt::AlignLeft);
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_hotspotTable);
    bottom->addWidget(details);
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_explanation);
    layout->addWidget(m_groupFilter);
    layout->addWidget(splitter, 1);
    retranslate();
}

void DebtPage::showGroup()
{
    m_table->proxy()->setClusters(m_groupFilter->clusters());
    m_hotspotTable->proxy()->setClusters(m_groupFilter->clusters());
}

QString DebtPage::title() const
{
    return tr("Upgrade debt");
}

QString DebtPage::detailsText() const
{
    return m_details->toPlainText();
}

QList<Waiver> DebtPage::shownWaivers() const
{
    QList<Waiver> waivers;
    for (const DebtReason &r : m_waived)
        waivers << *r.waiver;
    return waivers;
}

void DebtPage::openLink(const QUrl &url)
{
    if (url.scheme() != u"waiver")
        return;
    const QStringList parts = url.path().split(u'/');
    bool ok = false;
    const int i = parts.value(1).toInt(&ok);
    if (parts.size() != 2 || !ok || i < 0 || i >= m_waived.size())
        return;
    const DebtReason &reason = m_waived.at(i);
    if (parts.constFirst() == u"edit")
        Q_EMIT waiverEditRequested(*reason.waiver, reason.label());
    else if (parts.constFirst() == u"remove")
        Q_EMIT waiverRemoveRequested(*reason.waiver);
}

void DebtPage::showCell(int row, int column)
{
    m_row = row;
    m_column = column;
    m_waived.clear();
    if (row < 0 || row >= m_model->rowCount() || column < DebtModel::FirstAreaColumn ||
        column >= DebtModel::TotalColumn) {
        m_details->setHtml(tr("<p>Select a cell to see the reasons behind its score.</p>"));
        return;
    }
    const ClusterDebt &debt = m_model->debt().at(row);
    const DebtArea area = DebtArea(column - DebtModel::FirstAreaColumn);
    const DebtHotspot &hotspot = debt.areas.at(int(area));
    QString html = QStringLiteral("<h3>%1 — %2: %3</h3>")
                       .arg(debt.cluster.toHtmlEscaped(), DebtModel::areaName(area).toHtmlEscaped())
                       .arg(hotspot.score());
    if (hotspot.reasons.isEmpty())
        html += tr("<p>No debt here.</p>");
    html += QStringLiteral("<table cellpadding=\"2\">");
    for (const DebtReason &r : hotspot.reasons) {
        QString text = r.label().toHtmlEscaped();
        if (r.waiver) {
            const qsizetype i = m_waived.size();
            m_waived << r;
            text = QStringLiteral("<s>%1</s><br><i>%2</i>").arg(text, DebtModel::waiverText(*r.waiver).toHtmlEscaped());
            if (const QString audit = DebtModel::waiverAudit(*r.waiver); !audit.isEmpty())
                text += QStringLiteral("<br><small>%1</small>").arg(audit.toHtmlEscaped());
            text += QStringLiteral("<br><a href=\"waiver:edit/%1\">%2</a> &nbsp; <a href=\"waiver:remove/%1\">%3</a>")
                        .arg(i)
                        .arg(tr("Edit the waiver…").toHtmlEscaped(), tr("Remove the waiver").toHtmlEscaped());
        }
        html += QStringLiteral("<tr><td align=\"right\"><b>+%1</b></td><td>%2</td></tr>").arg(r.points).arg(text);
    }
    html += QStringLiteral("</table>");
    if (area == DebtArea::Apis && !debt.apiFindings.isEmpty()) {
        html += tr("<h4>Evidence</h4>");
        html += QStringLiteral("<table cellpadding=\"2\"><tr><th align=\"left\">%1</th><th align=\"left\">%2</th>"
                               "<th align=\"left\">%3</th><th align=\"left\">%4</th><th align=\"left\">%5</th></tr>")
                    .arg(tr("Object"), tr("API"), tr("Replacement"), tr("Seen in"), tr("How sure"));
        for (const ApiFinding &f : debt.apiFindings) {
            html += QStringLiteral("<tr><td>%1 %2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                        .arg(f.kind.toHtmlEscaped(),
                             (f.namespaceName.isEmpty() ? f.name : f.namespaceName + u'/' + f.name).toHtmlEscaped(),
                             f.apiVersion.toHtmlEscaped(), f.api.replacement.toHtmlEscaped(),
                             describeEvidence(f).toHtmlEscaped(),
                             f.confidence == u"certain" ? tr("certain") : tr("possible"));
        }
        html += QStringLiteral("</table>");
        html += tr("<p><i>The version an object is stored at in etcd proves nothing: the API server serves every "
                   "object at every version it knows. What counts is what clients send — manifests, Helm releases, "
                   "last-applied configurations and the API server's own count of deprecated requests. "
                   "managedFields only show that some client once wrote the object so: possible, not certain.</i></p>");
    }
    m_details->setHtml(html);
}

void DebtPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Page::changeEvent(event);
}

void DebtPage::retranslate()
{
    m_heading->setText(title());
    m_waive->setText(tr("Accept a finding…"));
    m_explanation->setText(tr("Where the fleet's upgrade debt sits: each cell adds up its reasons (the formula is in "
                              "the README). Deeper red is more debt; select a cell for the reasons and the evidence."));
    showCell(m_row, m_column);
}

} // namespace kirikae
