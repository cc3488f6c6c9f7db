#include "costpage.h"

#include "filteredtable.h"
#include "groupfilter.h"
#include "items/clusterfilterproxy.h"
#include "items/costmodel.h"
#include "items/formatting.h"
#include "workers.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace kirikae {

CostPage::CostPage(Catalogs catalogs, QDate today, FleetModel *fleet, QWidget *parent)
    : Page(parent)
    , m_catalogs(std::move(catalogs))
    , m_today(today)
    , m_heading(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_targetLabel(new QLabel(this))
    , m_target(new QComboBox(this))
    , m_showLabel(new QLabel(this))
    , m_show(new QComboBox(this))
    , m_untilLabel(new QLabel(this))
    , m_until(new QDateEdit(today.addMonths(12), this))
    , m_savings(new QLabel(this))
    , m_groupFilter(new GroupFilter(fleet, this))
    , m_chart(new QChartView(this))
    , m_model(new CostModel(this))
    , m_table(new FilteredTable(m_model, CostModel::SortRole, this))
{
    styleHeading(m_heading);
    m_explanation->setWordWrap(true);
    m_savings->setWordWrap(true);
    m_show->addItem(QString(), QStringLiteral("stay"));
    m_show->addItem(QString(), QStringLiteral("plan"));
    m_show->setCurrentIndex(1);
    m_target->setObjectName(QStringLiteral("target"));
    m_show->setObjectName(QStringLiteral("show"));
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_show->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_until->setObjectName(QStringLiteral("until"));
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(dateFormat()); // a four-digit year, as every other date of the window
    m_until->setMinimumDate(today);
    m_until->setMaximumDate(today.addMonths(CostOutlook::months));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    m_table->view()->horizontalHeader()->setStretchLastSection(true);
    m_table->view()->sortByColumn(CostModel::ForcedColumn, Qt::AscendingOrder);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_targetLabel);
    tools->addWidget(m_target);
    tools->addWidget(m_showLabel);
    tools->addWidget(m_show);
    tools->addWidget(m_untilLabel);
    tools->addWidget(m_until);
    tools->addStretch(1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chart);
    split->addWidget(m_table);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_explanation);
    layout->addLayout(tools);
    layout->addWidget(m_savings);
    auto *group = new QHBoxLayout;
    group->addWidget(m_groupFilter);
    group->addStretch(1);
    layout->addLayout(group);
    layout->addWidget(split, 1);

    connect(m_target, &QComboBox::activated, this, &CostPage::recompute);
    connect(m_show, &QComboBox::activated, this, &CostPage::drawChart);
    connect(m_until, &QDateEdit::dateChanged, this, &CostPage::updateSavings);
    connect(m_groupFilter, &GroupFilter::changed, this, &CostPage::showGroup);
    retranslate();
}

QString CostPage::title() const
{
    return tr("Cost and deadlines");
}

void CostPage::setFleet(const QList<ClusterSnapshot> &clusters, const QList<ClusterCost> &costs,
                        const QList<MinorVersion> &targets, const QList<ContractPrice> &prices)
{
    m_clusters = clusters;
    m_costs = costs;
    m_prices = prices;
    const QString current = m_target->currentText();
    m_target->clear();
    for (const MinorVersion &m : targets)
        m_target->addItem(m.toString());
    const int keep = m_target->findText(current);
    m_target->setCurrentIndex(keep >= 0 ? keep : m_target->count() - 1);
    recompute();
}

void CostPage::setUpgradesAtOnce(int count)
{
    if (count == m_upgradesAtOnce)
        return;
    m_upgradesAtOnce = count;
    if (!m_clusters.isEmpty())
        recompute();
}

void CostPage::recompute()
{
    FleetPlanRequest request;
    request.upgradesAtOnce = m_upgradesAtOnce;
    request.target = MinorVersion::parse(m_target->currentText()).value_or(MinorVersion{});
    request.today = m_today;
    request.prices = m_prices;
    const QList<ClusterSnapshot> clusters = m_clusters;
    const Catalogs catalogs = m_catalogs;
    const quint64 job = ++m_job;
    m_busy = true;
    runInBackground(
        this, [clusters, request, catalogs] { return costOutlook(clusters, request, catalogs); },
        [this, job](const CostOutlook &c) {
            if (job != m_job)
                return;
            m_busy = false;
            m_stay = c.stay;
            m_planned = c.planned;
            m_model->setCosts(m_costs, c.plan);
            m_table->view()->resizeColumnsToContents();
            showGroup();
            updateSavings();
            Q_EMIT computed();
        });
}

const CostSeries &CostPage::shownSeries() const
{
    return m_show->currentData().toString() == u"stay" ? m_stay : m_planned;
}

void CostPage::showGroup()
{
    m_table->proxy()->setClusters(m_groupFilter->clusters());
    drawChart();
}

void CostPage::drawChart()
{
    const CostSeries &series = shownSeries();
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignRight);
    const QStringList currencies = series.allCurrencies();
    const QString currency = currencies.isEmpty() ? QStringLiteral("USD") : currencies.constFirst();
    // Past chartStacks clusters, one stack per vendor: hundreds of slivers read as noise.
    QHash<QString, QString> vendorOf;
    for (const ClusterCost &c : std::as_const(m_costs))
        vendorOf.insert(c.cluster, CostModel::vendorName(c.vendor));
    const CostStacks stacks = costStacks(series, currency, m_groupFilter->clusters(), chartStacks, vendorOf);
    if (stacks.names.isEmpty()) { // an empty chart with an axis of zeros would look like a fee of nothing
        chart->setTitle(tr("No cluster shown here pays its vendor a support fee."));
        showChart(chart);
        return;
    }
    auto *bars = new QStackedBarSeries(chart);
    for (qsizetype c = 0; c < stacks.names.size(); ++c) {
        const QString name = stacks.grouped
                                 ? tr("%1 (%n cluster(s))", nullptr, stacks.clusterCounts.at(c)).arg(stacks.names.at(c))
                                 : stacks.names.at(c);
        auto *set = new QBarSet(name, bars);
        set->append(stacks.fees.at(c)); // unknown fees are not drawn; the savings line says so
        bars->append(set);
    }
    if (stacks.otherClusters > 0) {
        auto *set = new QBarSet(tr("%n other cluster(s)", nullptr, stacks.otherClusters), bars);
        set->append(stacks.others);
        set->setColor(QColor(0x9e, 0x9e, 0x9e));
        bars->append(set);
    }
    double highest = 0;
    for (qsizetype m = 0; m < series.months.size(); ++m) {
        double total = 0;
        for (const QList<double> &fees : stacks.fees)
            total += fees.at(m);
        highest = std::max(highest, total + (stacks.others.isEmpty() ? 0 : stacks.others.at(m)));
    }
    chart->addSeries(bars);
    QStringList months;
    for (const QDate &m : series.months)
        months << m.toString(QStringLiteral("yyyy-MM")); // unambiguous in every language
    auto *x = new QBarCategoryAxis(chart);
    x->append(months);
    x->setLabelsAngle(-90);
    auto *y = new QValueAxis(chart);
    y->setRange(0, std::max(1.0, highest * 1.1));
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->applyNiceNumbers();
    y->setTitleText(tr("%1 a month").arg(currency));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    chart->setTitle(m_show->currentData().toString() == u"stay"
                        ? tr("Vendor fees if every cluster stays (the vendors' forced upgrades included)")
                        : tr("Vendor fees following the fleet schedule to %1").arg(m_target->currentText()));
    showChart(chart);
}

void CostPage::showChart(QChart *chart)
{
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

QStringList CostPage::chartStackNames() const
{
    QStringList names;
    for (QAbstractSeries *series : m_chart->chart()->series())
        if (auto *bars = qobject_cast<QStackedBarSeries *>(series))
            for (const QBarSet *set : bars->barSets())
                names << set->label();
    return names;
}

QString CostPage::savingsText() const
{
    return m_savings->text();
}

void CostPage::updateSavings()
{
    QStringList lines;
    for (const QString &currency : m_stay.allCurrencies()) {
        const double saved = savings(m_stay, m_planned, currency, m_until->date());
        const QString until = formatDate(m_until->date());
        const QString amount = QLocale().toString(std::abs(saved), 'f', 2);
        if (std::abs(saved) < 0.005)
            lines << tr("Following the schedule to %1 changes no %2 vendor fee until %3.")
                         .arg(m_target->currentText(), currency, until);
        else if (saved > 0)
            lines << tr("Following the schedule to %1 saves %2 %3 in vendor fees until %4.")
                         .arg(m_target->currentText(), currency, amount, until);
        else
            lines << tr("Following the schedule to %1 costs %2 %3 more in vendor fees until %4.")
                         .arg(m_target->currentText(), currency, amount, until);
    }
    bool incomplete = false;
    for (qsizetype m = 0; m < m_stay.months.size(); ++m)
        for (const QString &currency : m_stay.allCurrencies())
            m_stay.total(m, currency, &incomplete);
    if (incomplete)
        lines << tr("Some fees are unknown (no source states them) and are not counted: enter your contract's price "
                    "in the workspace.");
    if (lines.isEmpty())
        lines << tr("No cluster of the fleet pays a vendor support fee.");
    m_savings->setText(lines.join(u' '));
}

void CostPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The date editor reads its format once, from the language it was made in.
        m_until->setLocale(QLocale());
        m_until->setDisplayFormat(dateFormat());
        if (m_chart->chart() && !m_stay.months.isEmpty())
            drawChart();
        if (!m_stay.months.isEmpty())
            updateSavings();
    }
    Page::changeEvent(event);
}

void CostPage::retranslate()
{
    m_heading->setText(tr("Cost and deadlines"));
    m_explanation->setText(tr("What each cluster pays its vendor today, when that changes, and what the vendor does "
                              "if the cluster stays behind: the day it upgrades the cluster itself and what breaks "
                              "then. Red: the vendor moves before the planned upgrade is done."));
    m_targetLabel->setText(tr("Schedule to:"));
    m_showLabel->setText(tr("Chart:")); // "Show:" is the group filter's
    m_show->setItemText(0, tr("Staying where they are"));
    m_show->setItemText(1, tr("Following the schedule"));
    m_untilLabel->setText(tr("Savings until:"));
}

} // namespace kirikae
