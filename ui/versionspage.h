#pragma once

#include "page.h"

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
    GroupFilter *groupFilter() const { return m_groupFilter; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fitColumns();

    VersionMatrixModel *m_model;
    QLabel *m_heading;
    QLabel *m_explanation;
    QLabel *m_legend;
    QLineEdit *m_filter;
    GroupFilter *m_groupFilter;
    ClusterFilterProxy *m_proxy;
    QTreeView *m_view;
};

} // namespace kirikae
