#pragma once

#include "core/catalogs.h"
#include "page.h"
#include "snapshot/clustersnapshot.h"

#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace kirikae {

class ClusterFilterProxy;
class FleetModel;
class GroupFilter;
class VersionMatrixModel;

/// The version matrix: every component of every cluster side by side, coloured by how it stands; the clusters of
/// one group of the fleet when one is chosen.
class VersionsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionsPage)

public:
    VersionsPage(VersionMatrixModel *model, FleetModel *fleet, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("versions"); }
    QString title() const override;
    QTreeView *view() const { return m_view; }
    QComboBox *targetBox() const { return m_target; }
    /// The newest snapshot of each cluster and the minors to offer as a target for the add-on rows.
    void setFleet(const QList<ClusterSnapshot> &clusters, const QList<MinorVersion> &targets, const Catalogs &catalogs);
    GroupFilter *groupFilter() const { return m_groupFilter; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    /// Judges the add-ons at the chosen target in the background (the analysis does it; the model shows it).
    void judgeTarget();
    void fitColumns();

    VersionMatrixModel *m_model;
    QLabel *m_heading;
    QLabel *m_explanation;
    QLabel *m_legend;
    QLabel *m_targetLabel;
    QComboBox *m_target;
    QLineEdit *m_filter;
    GroupFilter *m_groupFilter;
    ClusterFilterProxy *m_proxy;
    QTreeView *m_view;
    QList<ClusterSnapshot> m_clusters;
    Catalogs m_catalogs;
    quint64 m_job = 0;
};

} // namespace kirikae
