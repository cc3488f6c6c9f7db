#include "mainwindow.h"

#include "addclustersdialog.h"
#include "analysis/bundlereader.h"
#include "analysis/fleetanalysis.h"
#include "clusterspage.h"
#include "core/languagemanager.h"
#include "costpage.h"
#include "debtpage.h"
#include "fleetpage.h"
#include "items/collectionmodel.h"
#include "items/costmodel.h"
#include "items/debtmodel.h"
#include "items/fleetmodel.h"
#include "items/formatting.h"
#include "items/inventorymodel.h"
#include "items/versionmatrixmodel.h"
#include "kube/collectionjob.h"
#include "operatorspage.h"
#include "planpage.h"
#include "timelinepage.h"
#include "versionspage.h"
#include "workers.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

namespace kirikae {

MainWindow::MainWindow(Catalogs catalogs, LanguageManager *language, QDate today, QWidget *parent)
    : QMainWindow(parent)
    , m_catalogs(std::move(catalogs))
    , m_language(language)
    , m_today(today)
    , m_fleetModel(new FleetModel(this))
    , m_inventoryModel(new InventoryModel(this))
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_fleetPage(new FleetPage(m_fleetModel, m_inventoryModel, this))
    , m_collectionModel(new CollectionModel(this))
    , m_collectionJob(new CollectionJob(this))
    , m_clustersPage(new ClustersPage(m_collectionModel, this))
    , m_matrixModel(new VersionMatrixModel(this))
    , m_versionsPage(new VersionsPage(m_matrixModel, m_fleetModel, this))
    , m_timelinePage(new TimelinePage(m_fleetModel, m_catalogs, m_today, this))
    , m_debtModel(new DebtModel(this))
    , m_debtPage(new DebtPage(m_debtModel, m_fleetModel, this))
    , m_operatorsPage(new OperatorsPage(m_fleetModel, this))
    , m_planPage(new PlanPage(m_catalogs, m_today, this))
    , m_costPage(new CostPage(m_catalogs, m_today, m_fleetModel, this))
    , m_ask([this](const QString &title, const QString &text, QMessageBox::StandardButtons buttons) {
        return QMessageBox::question(this, title, text, buttons);
    })
    , m_chooseSavePath([this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Save workspace"), suggested,
                                            tr("Kirikae workspaces (*.yaml *.yml)"));
    })
{
    m_nav->setFixedWidth(190);
    m_nav->setSpacing(2);
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    addPage(m_fleetPage);
    addPage(m_versionsPage);
    addPage(m_timelinePage);
    addPage(m_debtPage);
    addPage(m_operatorsPage);
    addPage(m_planPage);
    addPage(m_costPage);
    connect(m_costPage, &CostPage::computed, this,
            [this] { m_timelinePage->setVendorFirst(m_costPage->model()->vendorFirst()); });
    // The schedule's pace is the workspace's: both pages that schedule the fleet follow it.
    connect(m_planPage, &PlanPage::upgradesAtOnceChanged, this, [this](int count) {
        m_workspace.upgradesAtOnce = count;
        markModified();
        m_costPage->setUpgradesAtOnce(count);
    });
    addPage(m_clustersPage);
    connect(m_clustersPage, &ClustersPage::addRequested, this, &MainWindow::chooseClusters);
    connectWaivers();
    connectCollection();
    m_loadProgress->setInterval(200);
    connect(m_loadProgress, &QTimer::timeout, this, [this] {
        if (m_loadCounts && m_loadCounts->total > 0)
            statusBar()->showMessage(
                tr("Loading snapshot %1 of %2…").arg(m_loadCounts->done.load()).arg(m_loadCounts->total.load()));
    });

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(6, 6, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    createMenus();
    // The models re-translate their headers and cells by themselves, and the analysis keeps its findings as
    // phrases worded when shown: a language switch runs nothing again.
    retranslate();
    m_nav->setCurrentRow(0);

    // A laptop's 1366×768 screen holds the whole window, status bar included.
    QSize size(1200, 760);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() - QSize(0, 40)); // the title bar
    resize(size);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page *page)
{
    m_pages << page;
    m_stack->addWidget(page);
    m_nav->addItem(page->title());
    // Ctrl+1 … Ctrl+9: the pages in the order of the navigation list.
    const int index = int(m_pages.size()) - 1;
    if (index < 9) {
        auto *go = new QAction(this);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        connect(go, &QAction::triggered, this, [this, index] { showPage(index); });
        addAction(go);
    }
}

void MainWindow::showPage(int index)
{
    m_nav->setCurrentRow(index);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseWorkspace);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openFolderAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseFolder);
    m_importAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseSnapshots);
    m_addClustersAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseClusters);
    m_refreshAction = m_fileMenu->addAction(QString(), this, &MainWindow::refreshClusters);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_saveAction = m_fileMenu->addAction(QString(), this, &MainWindow::save);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAsAction = m_fileMenu->addAction(QString(), this, &MainWindow::saveAs);
    // QKeySequence::SaveAs is empty on some desktops: say Ctrl+Shift+S outright.
    m_saveAsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_demoAction = m_fileMenu->addAction(QString(), this, [this] {
        if (maybeSave())
            openWorkspace(Workspace::demo());
    });
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    for (const QString &code : LanguageManager::availableLanguages()) {
        QAction *action = m_languageMenu->addAction(QString());
        action->setData(code);
        action->setCheckable(true);
        action->setChecked(code == m_language->language());
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            m_language->setLanguage(code);
            QSettings().setValue(QStringLiteral("ui/language"), code);
        });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

void MainWindow::retranslate()
{
    // "[*]" is where Qt shows the modified mark (setWindowModified); it is not part of the translations.
    const QString modifiedMark = QStringLiteral("[*]");
    // The built-in demo's name is the product's words, in the interface's language; a user's name stays as written.
    const QString name = m_workspace.isDemo() ? tr("Demo fleet") : m_workspace.name;
    setWindowTitle(name.isEmpty() ? QString(tr("Kirikae") + modifiedMark)
                                  : tr("%1 — Kirikae").arg(name + modifiedMark));
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open workspace…"));
    m_openFolderAction->setText(tr("Open &folder…"));
    m_importAction->setText(tr("&Import snapshots…"));
    m_addClustersAction->setText(tr("Add &clusters from kubeconfig…"));
    m_refreshAction->setText(tr("&Refresh live clusters"));
    m_saveAction->setText(tr("&Save workspace"));
    m_saveAsAction->setText(tr("Save workspace &as…"));
    m_demoAction->setText(tr("Open the &demo fleet"));
    m_quitAction->setText(tr("&Quit"));
    //: Menu title for choosing the user interface language
    m_languageMenu->setTitle(tr("&Language"));
    for (QAction *action : m_languageGroup->actions()) {
        //: The name of the Japanese language, always written in Japanese
        action->setText(action->data().toString() == u"ja" ? tr("日本語") : tr("English"));
        action->setChecked(action->data().toString() == m_language->language());
    }
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Kirikae"));
    for (int i = 0; i < m_pages.size(); ++i)
        m_nav->item(i)->setText(m_pages.at(i)->title());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::reload()
{
    analyse(std::nullopt);
}

void MainWindow::reanalyse()
{
    analyse(m_loaded);
}

void MainWindow::analyse(const std::optional<LoadedFleet> &loaded)
{
    const quint64 job = ++m_loadJob;
    m_loading = true;
    statusBar()->showMessage(tr("Loading the snapshots…"));
    const QStringList files = m_workspace.snapshotFiles;
    // The worker counts the files it has read; the window shows the count a few times a second. Nothing but the
    // counters crosses threads.
    auto counts = std::make_shared<LoadCounts>();
    m_loadCounts = counts;
    m_loadProgress->start();
    const auto progress = [counts](int done, int total) {
        counts->total = total;
        counts->done = done;
    };
    const Catalogs catalogs = m_catalogs; // implicitly shared: a cheap copy the worker owns
    const QDate today = m_today;
    const QList<Waiver> waivers = m_workspace.waivers;
    const QList<ContractPrice> prices = m_workspace.prices;
    runInBackground(
        this,
        [files, loaded, catalogs, today, waivers, prices, progress] {
            // Files are read again only when they may have changed.
            return analyseFleet(loaded ? *loaded : loadSnapshots(files, progress), waivers, catalogs, today, prices);
        },
        [this, job](const FleetAnalysis &result) {
            if (job != m_loadJob)
                return; // a newer load superseded this one
            m_loading = false;
            m_loadProgress->stop();
            m_loaded = result.fleet;
            // Each cluster as it is now; its older snapshots feed only the debt trend.
            m_fleetModel->setFleet(result.current, result.currentStatuses);
            m_collectionModel->setFromSnapshots(result.current);
            m_matrixModel->setMatrix(result.matrix);
            m_versionsPage->setFleet(result.newest, result.targets, m_catalogs);
            m_debtModel->setDebt(result.debt);
            m_operatorsPage->setFleet(result.operators, result.targets);
            const int atOnce =
                m_workspace.upgradesAtOnce > 0 ? m_workspace.upgradesAtOnce : FleetScheduleRules{}.atOnce;
            m_planPage->setUpgradesAtOnce(atOnce);
            m_costPage->setUpgradesAtOnce(atOnce);
            m_planPage->setFleet(result.newest, result.targets, m_workspace.waivers);
            loadBundles();
            m_costPage->setFleet(result.newest, result.costs, result.targets, result.prices);
            showLoadProblems(result.fleet);
            statusBar()->showMessage(tr("%n cluster(s) loaded.", nullptr, int(result.current.size())), 5000);
            Q_EMIT fleetLoaded();
        });
}

void MainWindow::showLoadProblems(const LoadedFleet &fleet)
{
    QStringList errors = fleet.errors;
    QStringList notes = fleet.notes;
    if (!fleet.emptyFolders.isEmpty() && fleet.emptyFolders.size() == errors.size()) {
        // A folder opened to collect clusters into holds nothing yet: nothing went wrong.
        errors.clear();
        notes << tr("No snapshot here yet: add clusters from a kubeconfig (File menu) or copy snapshots into %1.")
                     .arg(QDir::toNativeSeparators(fleet.emptyFolders.join(QStringLiteral(", "))));
    }
    m_fleetPage->setLoadErrors(errors);
    m_fleetPage->setLoadNotes(notes);
}

void MainWindow::loadBundles()
{
    // The workspace's bundle folders: the operators' next releases, whose CRDs the plan checks stored versions against.
    const QStringList folders = m_workspace.bundleFolders;
    runInBackground(
        this, [folders] { return BundleReader::readCatalog(folders); },
        [this](const BundleReader::Catalog &catalog) {
            // One catalog, as `kirikae operators` and `plan --bundles` read the same folders.
            const OperatorSource bundles = catalog.sources.isEmpty() ? OperatorSource{} : catalog.sources.constFirst();
            m_planPage->setBundles(bundles.csvs);
            m_operatorsPage->setWorkspaceCatalog(bundles);
            if (!catalog.errors.isEmpty())
                statusBar()->showMessage(catalog.errors.join(QStringLiteral("; ")), 10000);
            Q_EMIT bundlesLoaded();
        });
}

void MainWindow::addContexts(const QString &kubeconfig, const QStringList &contexts)
{
    if (m_workspace.kubeconfig != kubeconfig) {
        m_workspace.kubeconfig = kubeconfig;
        markModified();
    }
    for (const QString &context : contexts) {
        if (!m_workspace.contexts.contains(context)) {
            m_workspace.contexts << context;
            markModified();
        }
    }
    m_collectionModel->setContexts(m_workspace.contexts);
    collect(contexts);
}

void MainWindow::connectCollection()
{
    connect(m_clustersPage, &ClustersPage::refreshRequested, this, &MainWindow::refreshClusters);
    connect(m_clustersPage, &ClustersPage::cancelRequested, this, &MainWindow::cancelCollection);
    connect(m_collectionJob, &CollectionJob::contextQueued, m_collectionModel, &CollectionModel::markWaiting);
    connect(m_collectionJob, &CollectionJob::contextStarted, m_collectionModel, &CollectionModel::markCollecting);
    connect(m_collectionJob, &CollectionJob::contextFinished, this, [this](const ContextOutcome &outcome) {
        m_collectionModel->setOutcome(outcome);
        if (!outcome.file.isEmpty() && !m_workspace.snapshotFiles.contains(outcome.file)) {
            m_workspace.snapshotFiles << outcome.file;
            markModified();
        }
        m_clustersPage->setProgress(++m_collectDone, m_collectTotal);
    });
    connect(m_collectionJob, &CollectionJob::finished, this, [this](const QString &error) {
        // An error here means nothing could start (no kubeconfig): what was known before stays.
        if (error.isEmpty())
            m_collectionModel->markCancelled();
        else
            m_collectionModel->restoreQueued();
        m_clustersPage->setProgress(0, 0);
        statusBar()->showMessage(tr("Collection finished."), 5000);
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Add clusters"), error);
        reload();
        Q_EMIT collectionFinished();
    });
}

void MainWindow::refreshClusters()
{
    collect(m_workspace.contexts);
}

void MainWindow::cancelCollection()
{
    if (m_collectionJob->isRunning())
        m_collectionJob->cancel();
}

bool MainWindow::isCollecting() const
{
    return m_collectionJob->isRunning();
}

void MainWindow::collect(const QStringList &contexts)
{
    if (contexts.isEmpty())
        return;
    m_collectDone = 0;
    m_collectTotal = int(contexts.size());
    m_clustersPage->setProgress(0, m_collectTotal);
    statusBar()->showMessage(tr("Collecting %n cluster(s)…", nullptr, m_collectTotal));
    m_collectionJob->start(m_workspace.kubeconfigFiles(KubeConfig::defaultFiles()), contexts,
                           m_workspace.snapshotDir(), {}, m_clustersPage->parallel());
}

void MainWindow::chooseClusters()
{
    AddClustersDialog dialog(m_workspace.kubeconfig, this);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedContexts().isEmpty())
        return;
    showPage(int(m_pages.indexOf(m_clustersPage)));
    addContexts(dialog.kubeconfig(), dialog.selectedContexts());
}

QString MainWindow::aboutText() const
{
    QString catalogs;
    for (const CatalogOrigin &origin : m_catalogs.origins)
        catalogs += QStringLiteral("<li>%1 — %2 (%3)</li>")
                        .arg(origin.file.toHtmlEscaped(),
                             origin.updated.isValid() ? formatDate(origin.updated)
                                                      : tr("no date"),
                             origin.path.startsWith(u':') ? tr("built in") : origin.path.toHtmlEscaped());
    return tr("<h3>Kirikae %1</h3><p>Plan Kubernetes upgrades across a fleet: versions, support windows, blockers, "
              "costs and runbooks. Reads clusters, never writes to them.</p>"
              "<p>Built %2 with Qt %3.</p>"
              "<p><b>Catalogs</b> (when their facts were last checked):</p><ul>%4</ul>"
              "<p>Your own catalogs are read from <code>%5</code> (or the folder given with --data) and win over the "
              "built-in ones.</p>"
              "<p>Licence: MIT. Uses Qt (LGPL 3), yaml-cpp (MIT), libcurl (curl licence), Graphviz (EPL) and the "
              "Noto Sans CJK fonts (OFL).</p>")
        .arg(QStringLiteral(KIRIKAE_VERSION), QStringLiteral(__DATE__), QString::fromLatin1(qVersion()), catalogs,
             QDir::toNativeSeparators(Catalogs::userDataDir()).toHtmlEscaped());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Kirikae"), aboutText());
}

} // namespace kirikae
