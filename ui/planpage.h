#pragma once

#include "analysis/fleetanalysis.h"
#include "core/catalogs.h"
#include "page.h"

#include <QDate>

class QComboBox;
class QSpinBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace kirikae {

class FilteredTable;
class PlanHopModel;
class ScheduleModel;

/**
 * Plan the route: cluster, target minor, strategy (and for blue/green the new cluster), the hops with what
 * blocks them, a live preview of the runbook in the language chosen for it (independent of the interface),
 * export to PDF, HTML or Markdown, and the fleet schedule. Planning runs on a worker thread.
 */
class PlanPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanPage)

public:
    PlanPage(Catalogs catalogs, QDate today, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("plan"); }
    QString title() const override;
    bool isBusy() const override { return m_busy; }

    /// The newest snapshot of each cluster, the targets to offer (oldest first) and the workspace's waivers.
    void setFleet(const QList<ClusterSnapshot> &clusters, const QList<MinorVersion> &targets,
                  const QList<Waiver> &waivers);
    /// OLM bundles (the workspace's bundle folders): the operators' next releases, for CRD stored versions.
    void setBundles(const QList<OperatorCsv> &bundles);
    /// How many clusters of one tier the fleet schedule upgrades at the same time (the workspace's setting).
    void setUpgradesAtOnce(int count);
    QSpinBox *upgradesAtOnceBox() const { return m_atOnce; }
    /// Chooses cluster, target, strategy and runbook language as the combo boxes would.
    void choose(const QString &cluster, MinorVersion target, UpgradeStrategy strategy, const QString &language,
                const QString &newCluster = {});

    QString previewText() const;
    PlanHopModel *hopModel() const { return m_hops; }
    ScheduleModel *scheduleModel() const { return m_schedule; }
    /// Writes the runbook of the current plan (fleet: every cluster) to path; the format follows the extension.
    bool exportTo(const QString &path, bool fleet, QString *error) const;

Q_SIGNALS:
    void planned();
    /// The user changed how many clusters of one tier are upgraded at once.
    void upgradesAtOnceChanged(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void replan();
    void fillTargets(const QString &keep);
    void exportDialog(const QString &extension, bool fleet);

    Catalogs m_catalogs;
    QDate m_today;
    QList<ClusterSnapshot> m_clusters;
    QList<Waiver> m_waivers;
    QList<OperatorCsv> m_bundles;
    QList<MinorVersion> m_targets; ///< every target of the fleet; the list offers those of the chosen cluster
    FleetPlan m_fleet;
    quint64 m_job = 0;
    bool m_busy = false;
    bool m_languageChosen = false; ///< the user picked the runbook's language: it no longer follows the interface

    QLabel *m_heading;
    QLabel *m_explanation;
    QLabel *m_atOnceLabel;
    QSpinBox *m_atOnce;
    QLabel *m_clusterLabel;
    QComboBox *m_cluster;
    QLabel *m_targetLabel;
    QComboBox *m_target;
    QLabel *m_strategyLabel;
    QComboBox *m_strategy;
    QLabel *m_newClusterLabel;
    QComboBox *m_newCluster;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_verdict;
    QPushButton *m_pdf;
    QPushButton *m_html;
    QPushButton *m_markdown;
    QPushButton *m_fleetPdf;
    PlanHopModel *m_hops;
    FilteredTable *m_hopTable;
    QTextBrowser *m_preview;
    ScheduleModel *m_schedule;
    FilteredTable *m_scheduleTable;
    QLabel *m_scheduleHeading;
};

} // namespace kirikae
