#pragma once

#include "analysis/operatorgraph.h"
#include "page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace kirikae {

class FleetModel;
class GroupFilter;

class FilteredTable;
class GraphView;
class OperatorModel;

/**
 * The operator dependency graph of the fleet (or of bundle folders): Graphviz layout, status colours, details of
 * the clicked operator, upstream/downstream highlight, per-cluster filter, search, upgrade order, PNG/SVG export.
 * Resolution and layout run on a worker thread; a newer request drops the results of an older one.
 */
class OperatorsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperatorsPage)

public:
    explicit OperatorsPage(FleetModel *fleet, QWidget *parent = nullptr);

    /// "All clusters" draws one frame per cluster: beyond this many a group or one cluster must be chosen.
    static constexpr int mostFrames = 8;

    QString pageId() const override { return QStringLiteral("operators"); }
    QString title() const override;

    /// The installed operators of the fleet (one source per cluster) and the Kubernetes minors offered as
    /// targets, oldest first (the last is chosen unless the current choice is still offered).
    void setFleet(const QList<OperatorSource> &clusters, const QList<MinorVersion> &targets);
    /// Bundle folders read by the user: a catalog of versions (newer versions, upgrade chains).
    void setCatalog(const OperatorSource &catalog);
    /// The workspace's bundle folders, the catalog the plan reads too; the user's folders are added to it.
    void setWorkspaceCatalog(const OperatorSource &catalog);

    void selectNode(int node);
    QString detailsText() const;
    GraphView *graphView() const { return m_view; }
    OperatorModel *model() const { return m_model; }
    QComboBox *clusterFilter() const { return m_cluster; }
    GroupFilter *groupFilter() const { return m_groupFilter; }
    QLineEdit *searchEdit() const { return m_search; }
    bool isBusy() const override { return m_busy; }

Q_SIGNALS:
    /// The graph on screen is up to date with the last request.
    void graphShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    /// The first entry of the cluster box: all clusters, too many of them, or the bundle folders alone.
    QString allText() const;
    void addBundleFolder();
    void exportImage(bool svg);
    void search();
    /// What an exported picture says above the graph: the cluster, the target, the date, the legend.
    void updateCaption();
    /// One line of "Needs" / "Needed by": the other operator, the requirement, an older bundle when one is meant.
    QString edgeText(const OperatorEdge &edge, int other) const;

    QList<OperatorSource> m_clusters;
    OperatorSource m_catalog;          ///< folders the user added
    OperatorSource m_workspaceCatalog; ///< the workspace's bundle folders
    quint64 m_job = 0;
    bool m_busy = false;
    QLabel *m_heading;
    QLabel *m_explanation;
    QLabel *m_legend;
    GroupFilter *m_groupFilter;
    QComboBox *m_cluster;
    QComboBox *m_target;
    QLineEdit *m_search;
    QPushButton *m_addBundles;
    QPushButton *m_fit;
    QPushButton *m_exportPng;
    QPushButton *m_exportSvg;
    QLabel *m_targetLabel;
    GraphView *m_view;
    OperatorModel *m_model;
    FilteredTable *m_table;
    QTextBrowser *m_details;
    int m_selected = -1;
    int m_shownClusters = 0; ///< clusters with operators in the chosen group
};

} // namespace kirikae
