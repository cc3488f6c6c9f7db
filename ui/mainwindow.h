#pragma once

#include "core/catalogs.h"
#include "workspace/workspace.h"

#include <QDate>
#include <QList>
#include <QMainWindow>
#include <QMessageBox>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QActionGroup;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace kirikae {

class ClustersPage;
class CostPage;
class CollectionJob;
class CollectionModel;
class FleetModel;
class FleetPage;
class InventoryModel;
class LanguageManager;
class DebtModel;
class DebtPage;
class OperatorsPage;
class PlanPage;
class Page;
class TimelinePage;
class VersionMatrixModel;
class VersionsPage;

/**
 * The main window: navigation on the left, one page per job on the right. Workspaces load on a worker
 * thread; a newer load makes an older one's result stale, and it is dropped.
 *
 * What the user adds (snapshots, contexts, waivers) marks the workspace modified ("[*]" in the title); quitting or
 * opening another workspace first offers to save it. The questions and the file dialog go through replaceable
 * functions, so tests answer them without a modal box.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// Shows a question with these buttons and returns the one chosen (a QMessageBox unless replaced).
    using AskFunction = std::function<QMessageBox::StandardButton(const QString &title, const QString &text,
                                                                  QMessageBox::StandardButtons buttons)>;
    /// Returns where to save the workspace, starting from suggested; empty when the user cancels.
    using SavePathFunction = std::function<QString(const QString &suggested)>;

    MainWindow(Catalogs catalogs, LanguageManager *language, QDate today, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows the workspace's clusters once its snapshots have loaded (asynchronously).
    void openWorkspace(const Workspace &workspace);
    /// Adds snapshot files to the current workspace and reloads.
    void importSnapshots(const QStringList &files);
    /// Adds kubeconfig contexts to the workspace and collects them (in the background).
    void addContexts(const QString &kubeconfig, const QStringList &contexts);
    /// Accepts a finding: the waiver joins the workspace and the debt is scored again.
    void addWaiver(const Waiver &waiver);
    /// Gives a waiver of the workspace new terms, recording that by changed it now; the debt is scored again.
    void editWaiver(const Waiver &current, const Waiver &changed, const QString &by);
    /// Takes a waiver back (the workspace keeps a record of it and of the removal); the debt is scored again.
    void removeWaiver(const Waiver &waiver, const QString &by);
    /// Saves to the workspace's file, or asks for one when it has none (never saved, or the built-in demo).
    /// False when it was not saved.
    bool save();
    /// Asks for a file (starting from the current one) and saves there. False when it was not saved.
    bool saveAs();
    /// True when nothing is unsaved or the user saved or discarded it; false when they cancelled (or saving failed).
    bool maybeSave();
    void setAskFunction(AskFunction ask) { m_ask = std::move(ask); }
    void setSavePathFunction(SavePathFunction choose) { m_chooseSavePath = std::move(choose); }
    /// Collects every context of the workspace again.
    void refreshClusters();
    void cancelCollection();
    bool isCollecting() const;

    QList<Page *> pages() const { return m_pages; }
    void showPage(int index);
    bool isLoading() const { return m_loading; }
    const Workspace &workspace() const { return m_workspace; }
    /// What Help › About says: version, build, catalogs with their dates and origin, licences.
    QString aboutText() const;

Q_SIGNALS:
    /// A load finished and its result is on screen.
    void fleetLoaded();
    /// The workspace's bundle folders were read and handed to the Plan and Operators pages.
    void bundlesLoaded();
    /// A live collection ended (finished or cancelled).
    void collectionFinished();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void connectWaivers();    ///< the debt page's accept, edit and remove
    void connectCollection(); ///< the collection job's progress into the Clusters page and the workspace
    void retranslate();
    /// Reads the workspace's snapshots and analyses them, off the GUI thread.
    void reload();
    /// Analyses the snapshots already read again (a new waiver): no file is read.
    void reanalyse();
    void analyse(const std::optional<LoadedFleet> &loaded);
    /// Reads the workspace's OLM bundle folders in the background and hands them to the plan page.
    void loadBundles();
    /// The files that could not be read, and what is worth a note (an empty folder is not an error here).
    void showLoadProblems(const LoadedFleet &fleet);
    void chooseWorkspace();
    void chooseFolder();
    void chooseSnapshots();
    void chooseClusters();
    void collect(const QStringList &contexts);
    bool writeWorkspace(const QString &path);
    /// Marks the workspace as changed since it was opened or saved.
    void markModified();
    void showAbout();
    void addPage(Page *page);

    Catalogs m_catalogs;
    LanguageManager *m_language;
    QDate m_today;
    Workspace m_workspace;
    LoadedFleet m_loaded; ///< the snapshots as last read
    quint64 m_loadJob = 0;
    bool m_loading = false;
    /// Files read by the load running now, counted by its worker.
    struct LoadCounts
    {
        std::atomic<int> done{0};
        std::atomic<int> total{0};
    };
    std::shared_ptr<LoadCounts> m_loadCounts;
    QTimer *m_loadProgress = new QTimer(this);

    FleetModel *m_fleetModel;
    InventoryModel *m_inventoryModel;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    FleetPage *m_fleetPage;
    CollectionModel *m_collectionModel;
    CollectionJob *m_collectionJob;
    ClustersPage *m_clustersPage;
    VersionMatrixModel *m_matrixModel;
    VersionsPage *m_versionsPage;
    TimelinePage *m_timelinePage;
    DebtModel *m_debtModel;
    DebtPage *m_debtPage;
    OperatorsPage *m_operatorsPage;
    PlanPage *m_planPage;
    CostPage *m_costPage;
    int m_collectDone = 0;
    int m_collectTotal = 0;
    QList<Page *> m_pages;
    AskFunction m_ask;
    SavePathFunction m_chooseSavePath;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openFolderAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_addClustersAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace kirikae
