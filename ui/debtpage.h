#pragma once

#include "analysis/debtscore.h"
#include "page.h"

class QLabel;
class QPushButton;
class QTextBrowser;
class QUrl;

namespace kirikae {

class DebtModel;
class FilteredTable;
class FleetModel;
class GroupFilter;
class HotspotModel;

/// Upgrade debt: a heatmap of clusters × areas (of one group of the fleet when one is chosen), and the reasons and
/// evidence behind the selected cell.
class DebtPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DebtPage)

public:
    DebtPage(DebtModel *model, FleetModel *fleet, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("debt"); }
    QString title() const override;
    /// Shows the reasons (and, for APIs, the evidence) of a cluster and area column of the model.
    void showCell(int sourceRow, int column);
    QString detailsText() const;
    /// The waivers of the reasons shown, in the order they are listed (what the Edit and Remove links act on).
    QList<Waiver> shownWaivers() const;
    /// Follows a link of the details: "waiver:edit/N" or "waiver:remove/N" for the Nth shown waiver.
    void openLink(const QUrl &url);
    FilteredTable *table() const { return m_table; }
    FilteredTable *hotspots() const { return m_hotspotTable; }
    GroupFilter *groupFilter() const { return m_groupFilter; }

Q_SIGNALS:
    /// The user wants to accept one of these reasons of a cluster.
    void waiverRequested(const QString &cluster, const QList<kirikae::DebtReason> &reasons);
    /// The user wants to change the terms of a waiver; findingLabel is the reason it covers, as shown.
    void waiverEditRequested(const kirikae::Waiver &waiver, const QString &findingLabel);
    /// The user wants to take a waiver back.
    void waiverRemoveRequested(const kirikae::Waiver &waiver);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showGroup();

    DebtModel *m_model;
    QLabel *m_heading;
    QLabel *m_explanation;
    GroupFilter *m_groupFilter;
    FilteredTable *m_table;
    HotspotModel *m_hotspotModel;
    FilteredTable *m_hotspotTable;
    QTextBrowser *m_details;
    QPushButton *m_waive;
    QList<DebtReason> m_waived; ///< the waived reasons shown, in order
    int m_row = -1;
    int m_column = -1;
};

} // namespace kirikae
