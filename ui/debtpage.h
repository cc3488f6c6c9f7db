#pragma once

#include "analysis/debtscore.h"
#include "page.h"

class QLabel;
class QPushButton;
class QTextBrowser;

namespace kirikae {

class DebtModel;
class FilteredTable;
class HotspotModel;

/// Upgrade debt: a heatmap of clusters × areas, and the reasons and evidence behind the selected cell.
class DebtPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DebtPage)

public:
    DebtPage(DebtModel *model, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("debt"); }
    QString title() const override;
    /// Shows the reasons (and, for APIs, the evidence) of a cluster and area column of the model.
    void showCell(int sourceRow, int column);
    QString detailsText() const;
    FilteredTable *table() const { return m_table; }
    FilteredTable *hotspots() const { return m_hotspotTable; }

Q_SIGNALS:
    /// The user wants to accept one of these reasons of a cluster.
    void waiverRequested(const QString &cluster, const QList<kirikae::DebtReason> &reasons);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    DebtModel *m_model;
    QLabel *m_heading;
    QLabel *m_explanation;
    FilteredTable *m_table;
    HotspotModel *m_hotspotModel;
    FilteredTable *m_hotspotTable;
    QTextBrowser *m_details;
    QPushButton *m_waive;
    int m_row = -1;
    int m_column = -1;
};

} // namespace kirikae
