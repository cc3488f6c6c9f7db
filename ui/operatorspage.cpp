#include "operatorspage.h"

#include "analysis/bundlereader.h"
#include "analysis/operatordiagram.h"
#include "filteredtable.h"
#include "graphview.h"
#include "groupfilter.h"
#include "items/formatting.h"
#include "items/operatormodel.h"
#include "items/statuscolors.h"
#include "workers.h"

#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kirikae {

namespace {

QList<OperatorStatus> legendStatuses()
{
    return {OperatorStatus::Fine, OperatorStatus::UpdateAvailable, OperatorStatus::Blocked,
            OperatorStatus::MissingDependency, OperatorStatus::InCycle};
}

QString listItems(const QStringList &items)
{
    QString html = QStringLiteral("<ul style='margin-left:-20px'>");
    for (const auto &item : items)
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

} // namespace

OperatorsPage::OperatorsPage(FleetModel *fleet, QWidget *parent)
    : Page(parent)
    , m_heading(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_legend(new QLabel(this))
    , m_groupFilter(new GroupFilter(fleet, this))
    , m_cluster(new QComboBox(this))
    , m_target(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_addBundles(new QPushButton(this))
    , m_fit(new QPushButton(this))
    , m_exportPng(new QPushButton(this))
    , m_exportSvg(new QPushButton(this))
    , m_targetLabel(new QLabel(this))
    , m_view(new GraphView(this))
    , m_model(new OperatorModel(this))
    , m_table(new FilteredTable(m_model, OperatorModel::SortRole, this))
    , m_details(new QTextBrowser(this))
{
    styleHeading(m_heading);
    m_explanation->setWordWrap(true);
    m_legend->setWordWrap(true);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    for (QComboBox *box : {m_cluster, m_target})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_target->setObjectName(QStringLiteral("target"));
    m_table->view()->sortByColumn(OperatorModel::OrderColumn, Qt::AscendingOrder);
    m_table->view()->horizontalHeader()->setStretchLastSection(true);
    m_table->setKeyColumns({OperatorModel::OrderColumn, OperatorModel::PackageColumn, OperatorModel::StatusColumn});

    // Which clusters on one line (a group, then one of its clusters or all), what to do with them on the next.
    auto *which = new QHBoxLayout;
    which->addWidget(m_groupFilter);
    which->addWidget(m_cluster);
    which->addStretch(1);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_targetLabel);
    tools->addWidget(m_target);
    tools->addWidget(m_search, 1);
    tools->addWidget(m_addBundles);
    tools->addWidget(m_fit);
    tools->addWidget(m_exportPng);
    tools->addWidget(m_exportSvg);

    // The graph and the clicked operator's details side by side; the upgrade order across the whole width below,
    // so that all its columns show even on a laptop.
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_view);
    top->addWidget(m_details);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    // The graph keeps three fifths: the details' long lines must not push it aside.
    top->setSizes({3000, 2000});
    m_details->setMinimumWidth(260);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({3000, 2000});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_explanation);
    layout->addLayout(which);
    layout->addLayout(tools);
    layout->addWidget(m_legend);
    layout->addWidget(split, 1);

    connect(m_cluster, &QComboBox::activated, this, &OperatorsPage::refresh);
    connect(m_groupFilter, &GroupFilter::changed, this, &OperatorsPage::refresh);
    connect(m_target, &QComboBox::activated, this, &OperatorsPage::refresh);
    connect(m_search, &QLineEdit::returnPressed, this, &OperatorsPage::search);
    connect(m_addBundles, &QPushButton::clicked, this, &OperatorsPage::addBundleFolder);
    connect(m_fit, &QPushButton::clicked, m_view, &GraphView::fitAll);
    connect(m_exportPng, &QPushButton::clicked, this, [this] { exportImage(false); });
    connect(m_exportSvg, &QPushButton::clicked, this, [this] { exportImage(true); });
    connect(m_view, &GraphView::nodeClicked, this, &OperatorsPage::selectNode);
    connect(m_table->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QModelIndex source = m_table->proxy()->mapToSource(current);
                if (source.isValid() && source.data(OperatorModel::NodeRole).toInt() != m_selected) {
                    selectNode(source.data(OperatorModel::NodeRole).toInt());
                    m_view->centreOn(m_selected);
                }
            });
    retranslate();
    m_view->showMessage(tr("No operators yet: the fleet has no OLM ClusterServiceVersions."));
}

QString OperatorsPage::title() const
{
    return tr("Operators");
}

void OperatorsPage::setFleet(const QList<OperatorSource> &clusters, const QList<MinorVersion> &targets)
{
    m_clusters.clear();
    for (const auto &c : clusters) {
        if (!c.csvs.isEmpty())
            m_clusters << c;
    }
    const QString current = m_target->currentText();
    m_target->clear();
    for (const auto &m : targets)
        m_target->addItem(m.toString());
    const int keep = m_target->findText(current);
    m_target->setCurrentIndex(keep >= 0 ? keep : m_target->count() - 1);
    refresh(); // once: each refresh is a resolution and a Graphviz layout
}

void OperatorsPage::setCatalog(const OperatorSource &catalog)
{
    m_catalog = catalog;
    refresh();
}

void OperatorsPage::setWorkspaceCatalog(const OperatorSource &catalog)
{
    const bool same = catalog.csvs.isEmpty() && m_workspaceCatalog.csvs.isEmpty();
    m_workspaceCatalog = catalog;
    if (!same) // a workspace without bundle folders: the graph on screen stands
        refresh();
}

QString OperatorsPage::allText() const
{
    if (m_clusters.isEmpty() && !(m_catalog.csvs.isEmpty() && m_workspaceCatalog.csvs.isEmpty()))
        return tr("Bundle folders");
    if (m_shownClusters > mostFrames)
        return tr("All %n clusters: too many frames, choose a group or a cluster", nullptr, m_shownClusters);
    return tr("All clusters");
}

void OperatorsPage::refresh()
{
    // The cluster list follows the data and the chosen group; the choice survives when the cluster is still there.
    const std::optional<QSet<QString>> group = m_groupFilter->clusters();
    QList<OperatorSource> shown;
    for (const auto &c : std::as_const(m_clusters)) {
        if (!group || group->contains(c.cluster))
            shown << c;
    }
    m_shownClusters = int(shown.size());
    const bool tooMany = shown.size() > mostFrames;
    QString chosen = m_cluster->currentData().toString();
    m_cluster->clear();
    m_cluster->addItem(allText(), QString());
    for (const auto &c : std::as_const(shown))
        m_cluster->addItem(c.cluster, c.cluster);
    OperatorSource catalog = m_workspaceCatalog.csvs.isEmpty() ? m_catalog : m_workspaceCatalog;
    if (!m_workspaceCatalog.csvs.isEmpty())
        catalog.csvs << m_catalog.csvs;
    if (tooMany) {
        // Hundreds of frames side by side are a thin strip nobody can read: one cluster at a time.
        if (auto *items = qobject_cast<QStandardItemModel *>(m_cluster->model()))
            items->item(0)->setEnabled(false);
        if (m_cluster->findData(chosen) <= 0)
            chosen = shown.constFirst().cluster;
    }
    m_cluster->setCurrentIndex(std::max(0, m_cluster->findData(chosen)));

    QList<OperatorSource> sources;
    for (const auto &c : std::as_const(shown)) {
        if (chosen.isEmpty() || c.cluster == chosen)
            sources << c;
    }
    if (!catalog.csvs.isEmpty())
        sources << catalog;
    OperatorTarget target;
    target.kubernetes = MinorVersion::parse(m_target->currentText());
    if (target.kubernetes)
        target.openShift = openShiftForKubernetes(*target.kubernetes);

    const quint64 job = ++m_job;
    m_busy = true;
    if (sources.isEmpty()) {
        m_model->setGraph({});
        m_view->showMessage(tr("No operators yet: the fleet has no OLM ClusterServiceVersions."));
        m_busy = false;
        Q_EMIT graphShown();
        return;
    }
    m_view->showMessage(tr("Laying out the graph…"));
    const QFont font = m_view->font();
    runInBackground(
        this,
        [sources, target, font] {
            return diagramOperators(sources, target,
                                    [&font](const OperatorNode &node) { return GraphView::nodeSize(node, font); });
        },
        [this, job](const OperatorDiagram &d) {
            if (job != m_job)
                return; // a newer request is on its way
            m_busy = false;
            m_model->setGraph(d.graph);
            updateCaption();
            if (d.layout)
                m_view->showGraph(d.graph, d.nodes, d.edges, *d.layout, d.groups);
            else
                m_view->showMessage(tr("Graphviz could not lay this graph out."));
            m_selected = -1;
            // Open on the first operator that needs attention, so the panel says something at once; the graph
            // stays fully lit until the user picks a box.
            for (int i : d.graph.upgradeOrder) {
                if (d.graph.nodes[i].status != OperatorStatus::Fine) {
                    selectNode(i);
                    m_view->highlight(-1);
                    break;
                }
            }
            if (m_selected < 0)
                m_details->setHtml(tr("<p>Click an operator to see what it needs and what needs it.</p>"));
            Q_EMIT graphShown();
        });
}

QString OperatorsPage::edgeText(const OperatorEdge &edge, int other) const
{
    const OperatorGraph &g = m_model->graph();
    QStringList notes;
    if (!edge.fromVersion.isEmpty())
        //: An older bundle of the operator needs this, not the newest one: "required by 0.9.0, not by 1.0.0"
        notes << tr("required by %1 %2, not by %3")
                     .arg(g.nodes[edge.from].csv.package, edge.fromVersion, g.nodes[edge.from].csv.version);
    if (!edge.toVersion.isEmpty())
        //: Only an older bundle of the operator it points to will do: "needs etcd 0.9.0, the newest is 1.0.0"
        notes << tr("needs %1 %2, the newest is %3")
                     .arg(g.nodes[edge.to].csv.package, edge.toVersion, g.nodes[edge.to].csv.version);
    if (notes.isEmpty())
        return tr("%1 (via %2)").arg(g.nodes[other].csv.package, edge.via);
    return tr("%1 (via %2; %3)").arg(g.nodes[other].csv.package, edge.via, notes.join(QStringLiteral("; ")));
}

void OperatorsPage::selectNode(int node)
{
    const OperatorGraph &g = m_model->graph();
    if (node < 0 || node >= g.nodes.size())
        return;
    m_selected = node;
    m_view->highlight(node);
    const OperatorNode &n = g.nodes[node];
    QString html = QStringLiteral("<h3>%1 <span style='font-weight:normal'>%2</span></h3>")
                       .arg(n.csv.package.toHtmlEscaped(), n.csv.version.toHtmlEscaped());
    html += QStringLiteral("<p>%1<br>%2<br>%3</p>")
                .arg(colourChip(operatorStatusColor(n.status), OperatorModel::statusName(n.status)),
                     tr("Cluster: %1").arg(n.cluster.toHtmlEscaped()), tr("CSV: %1").arg(n.csv.name.toHtmlEscaped()));
    QStringList needs, neededBy;
    for (const auto &e : g.edges) {
        if (e.from == node)
            needs << edgeText(e, e.to);
        if (e.to == node)
            neededBy << edgeText(e, e.from);
    }
    QStringList missing;
    for (const auto &m : g.missing) {
        if (m.node == node)
            missing << tr("%1: %2").arg(m.requirement, m.detail);
    }
    const auto section = [&](const QString &title, const QStringList &items) {
        if (!items.isEmpty())
            html += QStringLiteral("<p><b>%1</b></p>").arg(title.toHtmlEscaped()) + listItems(items);
    };
    section(tr("Missing"), missing);
    QStringList blocked;
    for (const OperatorLimit &limit : n.blockedBy)
        // describe() is the JSON's English; the page words it in the interface's language.
        blocked << (limit.kind == OperatorLimit::Kind::MinKubeVersion
                        ? tr("minKubeVersion %1 is above Kubernetes %2")
                        : tr("olm.maxOpenShiftVersion %1 blocks OpenShift %2"))
                       .arg(limit.limit, limit.target);
    section(tr("Blocked for the target"), blocked);
    section(tr("Needs"), needs);
    section(tr("Needed by"), neededBy);
    if (!n.subscriptionCsv.isEmpty())
        section(tr("Subscription wants"), {n.subscriptionCsv});
    if (!n.latestCsv.isEmpty())
        section(tr("Newest in the catalog"), {n.latestCsv});
    if (!n.upgradePath.isEmpty())
        section(tr("Upgrade path (replaces / skips / skipRange)"), n.upgradePath);
    QStringList upgrade;
    if (!n.csv.replaces.isEmpty())
        upgrade << tr("replaces %1").arg(n.csv.replaces);
    if (!n.csv.skips.isEmpty())
        upgrade << tr("skips %1").arg(n.csv.skips.join(QStringLiteral(", ")));
    if (!n.csv.skipRange.isEmpty())
        upgrade << tr("skipRange %1").arg(n.csv.skipRange);
    if (!n.csv.minKubeVersion.isEmpty())
        upgrade << tr("minKubeVersion %1").arg(n.csv.minKubeVersion);
    if (!n.csv.maxOpenShiftVersion.isEmpty())
        upgrade << tr("maxOpenShiftVersion %1").arg(n.csv.maxOpenShiftVersion);
    if (!n.csv.installModes.isEmpty())
        upgrade << tr("install modes: %1").arg(n.csv.installModes.join(QStringLiteral(", ")));
    section(tr("Upgrade metadata"), upgrade);
    section(tr("Owns %n API(s)", nullptr, int(n.csv.ownedCrds.size())), n.csv.ownedCrds);
    m_details->setHtml(html);
}

QString OperatorsPage::detailsText() const
{
    return m_details->toPlainText();
}

void OperatorsPage::search()
{
    const QList<int> found = m_view->find(m_search->text());
    if (found.isEmpty()) {
        // Nothing stays selected that the search did not find: the graph lights up whole, the details say why
        // they are empty.
        m_view->highlight(-1);
        m_selected = -1;
        m_table->view()->clearSelection();
        m_table->view()->setCurrentIndex({});
        m_details->setHtml(
            m_search->text().trimmed().isEmpty()
                ? tr("<p>Click an operator to see what it needs and what needs it.</p>")
                : QStringLiteral("<p>%1</p>")
                      .arg(tr("No operator’s name contains “%1”.").arg(m_search->text().trimmed()).toHtmlEscaped()));
        return;
    }
    // Each Return moves to the next match.
    const qsizetype next = (found.indexOf(m_selected) + 1) % found.size();
    selectNode(found[next]);
    m_view->centreOn(found[next]);
}

void OperatorsPage::addBundleFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder of OLM bundles"));
    if (folder.isEmpty())
        return;
    m_addBundles->setEnabled(false);
    runInBackground(
        this, [folder] { return BundleReader::readFolder(folder); },
        [this, folder](const BundleReader::Result &result) {
            m_addBundles->setEnabled(true);
            const QStringList problems = result.errors + result.warnings;
            if (!problems.isEmpty())
                QMessageBox::warning(
                    this, tr("Folder of OLM bundles"),
                    tr("%n file(s) could not be read; the other bundles were read:", nullptr, int(problems.size())) +
                        u"\n\n" + problems.mid(0, 10).join(u'\n'));
            OperatorSource catalog = m_catalog;
            catalog.cluster = tr("bundles");
            catalog.isCatalog = true;
            catalog.isOpenShift = true;
            catalog.csvs << result.operators;
            setCatalog(catalog);
        });
}

void OperatorsPage::exportImage(bool svg)
{
    const QString filter = svg ? tr("SVG image (*.svg)") : tr("PNG image (*.png)");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export the graph"), svg ? QStringLiteral("operators.svg") : QStringLiteral("operators.png"), filter);
    if (path.isEmpty())
        return;
    updateCaption(); // today's date
    QString error;
    if (!(svg ? m_view->exportSvg(path, &error) : m_view->exportPng(path, &error)))
        QMessageBox::warning(this, tr("Export the graph"), tr("The graph could not be exported: %1").arg(error));
}

void OperatorsPage::updateCaption()
{
    GraphCaption caption;
    caption.title = tr("Operator dependencies");
    caption.lines << tr("Cluster: %1").arg(m_cluster->currentText())
                  << tr("Target: Kubernetes %1").arg(m_target->currentText())
                  << tr("Exported on %1").arg(formatDate(QDate::currentDate()));
    for (auto status : legendStatuses())
        caption.legend.append({operatorStatusColor(status), OperatorModel::statusName(status)});
    m_view->setCaption(caption);
}

void OperatorsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_selected >= 0)
            selectNode(m_selected);
    }
    Page::changeEvent(event);
}

void OperatorsPage::retranslate()
{
    m_heading->setText(tr("Operators"));
    m_explanation->setText(
        tr("OLM operators and what they need: an arrow points from an operator to the one that provides an API or "
           "package it requires. Upgrade from the right to the left: dependencies first. Click a box to light up "
           "everything upstream and downstream of it."));
    QStringList chips;
    for (auto status : legendStatuses())
        chips << colourChip(operatorStatusColor(status), OperatorModel::statusName(status));
    m_legend->setText(chips.join(QStringLiteral("&nbsp;&nbsp;&nbsp;")));
    m_targetLabel->setText(tr("Target:"));
    m_target->setToolTip(tr("Kubernetes minor the operators must run on (minKubeVersion, maxOpenShiftVersion)"));
    m_search->setPlaceholderText(tr("Find an operator (Return for the next match)"));
    m_addBundles->setText(tr("Add bundle folder…"));
    m_fit->setText(tr("Fit"));
    m_exportPng->setText(tr("Export PNG…"));
    m_exportSvg->setText(tr("Export SVG…"));
    if (m_cluster->count() > 0)
        m_cluster->setItemText(0, allText());
    updateCaption();
}

} // namespace kirikae
