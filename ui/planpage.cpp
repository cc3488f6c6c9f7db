#include "planpage.h"

#include "analysis/fleetanalysis.h"
#include "filteredtable.h"
#include "items/costmodel.h"
#include "items/planmodel.h"
#include "runbook/runbookbuilder.h"
#include "runbook/runbookwriter.h"
#include "workers.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kirikae {

namespace {

struct Planned
{
    FleetPlan fleet;
    std::optional<UpgradePlan> plan; ///< the chosen cluster's
    QString error;
    QString previewHtml;
};

Planned planAll(const QList<ClusterSnapshot> &clusters, const FleetPlanRequest &request, const QString &language,
                const Catalogs &catalogs)
{
    Planned result;
    result.fleet = planFleet(clusters, request, catalogs);
    if (result.fleet.errors.contains(request.focus)) {
        result.error = result.fleet.errors.value(request.focus);
    } else if (const UpgradePlan *plan = result.fleet.planOf(request.focus)) {
        result.plan = *plan;
        // The print flavour: QTextBrowser lays it out like the PDF.
        result.previewHtml = RunbookWriter::toHtml(buildRunbook(*plan, language, request.today), true);
    }
    return result;
}

} // namespace

PlanPage::PlanPage(Catalogs catalogs, QDate today, QWidget *parent)
    : Page(parent)
    , m_catalogs(std::move(catalogs))
    , m_today(today)
    , m_heading(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_atOnceLabel(new QLabel(this))
    , m_atOnce(new QSpinBox(this))
    , m_clusterLabel(new QLabel(this))
    , m_cluster(new QComboBox(this))
    , m_targetLabel(new QLabel(this))
    , m_target(new QComboBox(this))
    , m_strategyLabel(new QLabel(this))
    , m_strategy(new QComboBox(this))
    , m_newClusterLabel(new QLabel(this))
    , m_newCluster(new QComboBox(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_verdict(new QLabel(this))
    , m_pdf(new QPushButton(this))
    , m_html(new QPushButton(this))
    , m_markdown(new QPushButton(this))
    , m_fleetPdf(new QPushButton(this))
    , m_hops(new PlanHopModel(this))
    , m_hopTable(new FilteredTable(m_hops, PlanHopModel::SortRole, this))
    , m_preview(new QTextBrowser(this))
    , m_schedule(new ScheduleModel(this))
    , m_scheduleTable(new FilteredTable(m_schedule, ScheduleModel::SortRole, this))
    , m_scheduleHeading(new QLabel(this))
{
    styleHeading(m_heading);
    m_explanation->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setWordWrap(true); // a platform change adds a long warning
    for (QComboBox *box : {m_cluster, m_target, m_strategy, m_newCluster, m_language})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // The runbook's language is chosen here, per export: the names stay in their own language.
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(QLocale().language() == QLocale::Japanese ? 0 : 1); // the interface's, to start with
    m_atOnce->setObjectName(QStringLiteral("atOnce"));
    m_atOnce->setRange(1, Workspace::maxUpgradesAtOnce);
    m_atOnce->setValue(FleetScheduleRules{}.atOnce);
    m_atOnceLabel->setBuddy(m_atOnce);
    m_strategy->addItem(QString(), strategyKey(UpgradeStrategy::InPlace));
    m_strategy->addItem(QString(), strategyKey(UpgradeStrategy::BlueGreen));
    m_hopTable->view()->horizontalHeader()->setStretchLastSection(true);
    m_hopTable->view()->sortByColumn(PlanHopModel::HopColumn, Qt::AscendingOrder);
    // The hop and what stands in its way first; the counts behind it.
    m_hopTable->setKeyColumns({PlanHopModel::HopColumn, PlanHopModel::StatusColumn});
    m_scheduleTable->view()->horizontalHeader()->setStretchLastSection(true);
    m_scheduleTable->view()->sortByColumn(ScheduleModel::OrderColumn, Qt::AscendingOrder);
    m_scheduleTable->setKeyColumns({ScheduleModel::OrderColumn, ScheduleModel::ClusterColumn,
                                    ScheduleModel::StartColumn, ScheduleModel::BlockersColumn});

    auto *form = new QGridLayout;
    form->addWidget(m_clusterLabel, 0, 0);
    form->addWidget(m_cluster, 0, 1);
    form->addWidget(m_targetLabel, 0, 2);
    form->addWidget(m_target, 0, 3);
    form->addWidget(m_strategyLabel, 0, 4);
    form->addWidget(m_strategy, 0, 5);
    form->addWidget(m_newClusterLabel, 1, 0);
    form->addWidget(m_newCluster, 1, 1);
    form->addWidget(m_languageLabel, 1, 2);
    form->addWidget(m_language, 1, 3);
    auto *exports = new QHBoxLayout;
    exports->addWidget(m_pdf);
    exports->addWidget(m_html);
    exports->addWidget(m_markdown);
    exports->addWidget(m_fleetPdf);
    form->addLayout(exports, 1, 4, 1, 2);
    form->setColumnStretch(1, 1);
    form->setColumnStretch(5, 1);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_verdict);
    leftLayout->addWidget(m_hopTable, 1);
    auto *scheduleHead = new QHBoxLayout;
    scheduleHead->addWidget(m_scheduleHeading, 1);
    scheduleHead->addWidget(m_atOnceLabel);
    scheduleHead->addWidget(m_atOnce);
    leftLayout->addLayout(scheduleHead);
    leftLayout->addWidget(m_scheduleTable, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_explanation);
    layout->addLayout(form);
    layout->addWidget(split, 1);

    connect(m_language, &QComboBox::activated, this, [this] { m_languageChosen = true; });
    connect(m_cluster, &QComboBox::activated, this, [this] { fillTargets(m_target->currentText()); });
    for (QComboBox *box : {m_cluster, m_target, m_strategy, m_newCluster, m_language})
        connect(box, &QComboBox::activated, this, &PlanPage::replan);
    connect(m_atOnce, &QSpinBox::valueChanged, this, [this](int count) {
        replan();
        Q_EMIT upgradesAtOnceChanged(count);
    });
    connect(m_pdf, &QPushButton::clicked, this, [this] { exportDialog(QStringLiteral("pdf"), false); });
    connect(m_html, &QPushButton::clicked, this, [this] { exportDialog(QStringLiteral("html"), false); });
    connect(m_markdown, &QPushButton::clicked, this, [this] { exportDialog(QStringLiteral("md"), false); });
    connect(m_fleetPdf, &QPushButton::clicked, this, [this] { exportDialog(QStringLiteral("pdf"), true); });
    retranslate();
}

QString PlanPage::title() const
{
    return tr("Upgrade plan");
}

void PlanPage::setFleet(const QList<ClusterSnapshot> &clusters, const QList<MinorVersion> &targets,
                        const QList<Waiver> &waivers)
{
    m_clusters = clusters;
    m_waivers = waivers;
    const QString cluster = m_cluster->currentText();
    const QString target = m_target->currentText();
    const QString newCluster = m_newCluster->currentData().toString();
    m_cluster->clear();
    m_newCluster->clear();
    m_newCluster->addItem(tr("(not built yet)"), QString());
    for (const ClusterSnapshot &s : clusters) {
        m_cluster->addItem(s.name);
        m_newCluster->addItem(s.name, s.name);
    }
    m_targets = targets;
    m_cluster->setCurrentIndex(std::max(0, m_cluster->findText(cluster)));
    fillTargets(target);
    m_newCluster->setCurrentIndex(std::max(0, m_newCluster->findData(newCluster)));
    replan();
}

void PlanPage::setBundles(const QList<OperatorCsv> &bundles)
{
    if (m_bundles.isEmpty() && bundles.isEmpty())
        return; // nothing changes: no need to plan again
    m_bundles = bundles;
    replan();
}

void PlanPage::choose(const QString &cluster, MinorVersion target, UpgradeStrategy strategy, const QString &language,
                      const QString &newCluster)
{
    m_cluster->setCurrentIndex(m_cluster->findText(cluster));
    fillTargets(target.toString());
    m_strategy->setCurrentIndex(m_strategy->findData(strategyKey(strategy)));
    m_language->setCurrentIndex(m_language->findData(language));
    m_languageChosen = true;
    m_newCluster->setCurrentIndex(std::max(0, m_newCluster->findData(newCluster)));
    replan();
}

void PlanPage::setUpgradesAtOnce(int count)
{
    if (count == m_atOnce->value())
        return;
    const QSignalBlocker quiet(m_atOnce); // not the user's change: no signal
    m_atOnce->setValue(count);
    replan();
}

void PlanPage::fillTargets(const QString &keep)
{
    // Only minors at or above the chosen cluster's: Kubernetes has no downgrades.
    const int index = m_cluster->currentIndex();
    const auto version =
        index >= 0 && index < m_clusters.size() ? Version::parse(m_clusters.at(index).serverVersion) : std::nullopt;
    m_target->clear();
    for (const MinorVersion &m : std::as_const(m_targets))
        if (!version || !(m < version->minorVersion()))
            m_target->addItem(m.toString());
    const int found = m_target->findText(keep);
    m_target->setCurrentIndex(found >= 0 ? found : m_target->count() - 1);
}

void PlanPage::replan()
{
    const bool blueGreen = m_strategy->currentData().toString() == strategyKey(UpgradeStrategy::BlueGreen);
    m_newCluster->setEnabled(blueGreen);
    const int index = m_cluster->currentIndex();
    const auto target = MinorVersion::parse(m_target->currentText());
    if (index < 0 || index >= m_clusters.size() || !target) {
        m_hops->setPlan({});
        m_preview->setHtml(tr("<p>Open a workspace with snapshots to plan an upgrade.</p>"));
        return;
    }
    FleetPlanRequest request;
    request.focus = m_clusters.at(index).name;
    request.target = *target;
    request.strategy = blueGreen ? UpgradeStrategy::BlueGreen : UpgradeStrategy::InPlace;
    request.waivers = m_waivers;
    request.today = m_today;
    request.bundles = m_bundles;
    request.upgradesAtOnce = m_atOnce->value();
    for (const ClusterSnapshot &s : std::as_const(m_clusters)) {
        if (blueGreen && s.name == m_newCluster->currentData().toString())
            request.newCluster = s;
    }
    const QString language = m_language->currentData().toString();
    const QList<ClusterSnapshot> clusters = m_clusters;
    const Catalogs catalogs = m_catalogs;
    const quint64 job = ++m_job;
    m_busy = true;
    runInBackground(
        this, [clusters, request, language, catalogs] { return planAll(clusters, request, language, catalogs); },
        [this, job](const Planned &result) {
            if (job != m_job)
                return;
            m_busy = false;
            m_fleet = result.fleet;
            m_schedule->setSchedule(m_fleet.plans, m_fleet.schedule);
            if (!result.plan) {
                m_hops->setPlan({});
                m_verdict->setText(colourChip(QColor(0xfb, 0xdc, 0xdc), result.error.toHtmlEscaped()));
                m_preview->clear();
            } else {
                m_hops->setPlan(*result.plan);
                const int open = result.plan->openBlockers();
                QString verdict =
                    open == 0 ? colourChip(QColor(0xdf, 0xf3, 0xe4), tr("GO: nothing blocks the route"))
                              : colourChip(QColor(0xfb, 0xdc, 0xdc), tr("NO-GO: %n open blocker(s)", nullptr, open));
                if (result.plan->warnings.contains(u"platform-change"))
                    verdict +=
                        u' ' + colourChip(QColor(0xff, 0xf0, 0xc8),
                                          tr("The new cluster runs on another platform (%1, not %2): storage, "
                                             "load balancers and identities must be mapped by hand.")
                                              .arg(result.plan->newClusterDistribution, result.plan->distribution)
                                              .toHtmlEscaped());
                if (result.plan->warnings.contains(u"target-differs"))
                    verdict +=
                        u' ' + colourChip(QColor(0xff, 0xf0, 0xc8), tr("The new cluster runs %1: the plan goes there.")
                                                                        .arg(result.plan->target.toString())
                                                                        .toHtmlEscaped());
                m_verdict->setText(verdict);
                m_preview->setHtml(result.previewHtml);
            }
            for (QPushButton *b : {m_pdf, m_html, m_markdown})
                b->setEnabled(result.plan.has_value());
            m_fleetPdf->setEnabled(!m_fleet.schedule.isEmpty());
            Q_EMIT planned();
        });
}

QString PlanPage::previewText() const
{
    return m_preview->toPlainText();
}

bool PlanPage::exportTo(const QString &path, bool fleet, QString *error) const
{
    const QString language = m_language->currentData().toString();
    if (fleet) {
        if (m_fleet.schedule.isEmpty()) {
            if (error)
                *error = tr("No cluster of the fleet is below the target.");
            return false;
        }
        return RunbookWriter::write(buildFleetRunbook(m_fleet, language, m_today), path, error);
    }
    if (m_hops->plan().cluster.isEmpty()) {
        if (error)
            *error = tr("There is no plan to export.");
        return false;
    }
    return RunbookWriter::write(buildRunbook(m_hops->plan(), language, m_today), path, error);
}

void PlanPage::exportDialog(const QString &extension, bool fleet)
{
    const QString name = (fleet ? QStringLiteral("fleet") : m_hops->plan().cluster) + QStringLiteral("-runbook-") +
                         m_language->currentData().toString() + u'.' + extension;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the runbook"), name, tr("Runbook (*.%1)").arg(extension));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, fleet, &error))
        QMessageBox::warning(this, tr("Export the runbook"), tr("The runbook could not be exported: %1").arg(error));
}

void PlanPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Until the user picks one, the runbook speaks the interface's language, also after a switch.
        const int interface = m_language->findData(QLocale().language() == QLocale::Japanese ? QStringLiteral("ja")
                                                                                             : QStringLiteral("en"));
        if (!m_languageChosen && interface != m_language->currentIndex()) {
            m_language->setCurrentIndex(interface);
            replan(); // the preview follows
        }
    }
    Page::changeEvent(event);
}

void PlanPage::retranslate()
{
    m_heading->setText(tr("Upgrade plan"));
    m_explanation->setText(tr("The route to a target version, one control-plane minor per hop, and what blocks each "
                              "hop. The runbook on the right is what the review meeting reads; its language is "
                              "chosen here, independently of the interface."));
    m_clusterLabel->setText(tr("Cluster:"));
    m_targetLabel->setText(tr("Target:"));
    m_strategyLabel->setText(tr("Strategy:"));
    m_strategy->setItemText(0, tr("In place"));
    m_strategy->setItemText(1, tr("Blue/green (new cluster)"));
    m_newClusterLabel->setText(tr("New cluster:"));
    if (m_newCluster->count() > 0)
        m_newCluster->setItemText(0, tr("(not built yet)"));
    m_languageLabel->setText(tr("Runbook language:"));
    m_pdf->setText(tr("Export PDF…"));
    m_html->setText(tr("Export HTML…"));
    m_markdown->setText(tr("Export Markdown…"));
    m_fleetPdf->setText(tr("Fleet runbook (PDF)…"));
    m_atOnceLabel->setText(tr("&At once per tier:"));
    m_atOnce->setToolTip(tr("How many clusters of one tier the schedule upgrades at the same time; the next tier "
                            "starts when the whole tier has soaked. Saved in the workspace."));
    m_scheduleHeading->setText(tr("<b>Fleet schedule</b> — development, staging, production; the day each must start"));
}

} // namespace kirikae
