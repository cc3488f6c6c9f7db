#pragma once

#include "page.h"

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace kirikae {

class VersionMatrixModel;

/// The version matrix: every component of every cluster side by side, coloured by how it stands.
class VersionsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionsPage)

public:
    VersionsPage(VersionMatrixModel *model, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("versions"); }
    QString title() const override;
    QTreeView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    VersionMatrixModel *m_model;
    QLabel *m_heading;
    QLabel *m_explanation;
    QLabel *m_legend;
    QLineEdit *m_filter;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
};

} // namespace kirikae
