#pragma once

#include "page.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace kirikae {

class CollectionModel;
class FilteredTable;

/// Live clusters: the kubeconfig contexts of the workspace, their last collection, progress and cancel.
class ClustersPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClustersPage)

public:
    ClustersPage(CollectionModel *model, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("clusters"); }
    QString title() const override;

    /// Shows progress: done of total contexts; total 0 hides it.
    void setProgress(int done, int total);
    FilteredTable *table() const { return m_table; }
    /// How many clusters a collection reads at once (remembered between sessions).
    int parallel() const;

Q_SIGNALS:
    void addRequested();
    void refreshRequested();
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    CollectionModel *m_model;
    QLabel *m_heading;
    QLabel *m_explanation;
    QPushButton *m_add;
    QPushButton *m_refresh;
    QPushButton *m_cancel;
    QLabel *m_parallelLabel;
    QSpinBox *m_parallel;
    QProgressBar *m_progress;
    FilteredTable *m_table;
};

} // namespace kirikae
