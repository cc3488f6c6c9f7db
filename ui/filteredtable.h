#pragma once

#include "items/clusterfilterproxy.h"

#include <QWidget>

class QAbstractItemModel;
class QLineEdit;
class QTableView;

namespace kirikae {

/**
 * The wiring every list page repeats, in one place: a filter box over a sortable table. Sorting uses the
 * source model's SortRole (raw values), so numbers and dates sort as numbers and dates; the filter matches
 * the display text of every column. Columns follow their contents whenever the model or the language changes:
 * key columns (the name, the status) come first and are always shown whole; the others are capped so that a long
 * cell scrolls instead of pushing the key columns out of sight. A table of clusters can keep only some of them
 * (proxy()->setClusters()).
 */
class FilteredTable final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilteredTable)

public:
    FilteredTable(QAbstractItemModel *source, int sortRole, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    ClusterFilterProxy *proxy() const { return m_proxy; }
    QLineEdit *filterEdit() const { return m_filter; }
    /// The source row behind a view row, or -1.
    int sourceRow(int proxyRow) const;
    /// Columns (of the source model) shown first, in this order, and always wide enough for their header and cells.
    void setKeyColumns(const QList<int> &columns);
    QList<int> keyColumns() const { return m_keyColumns; }
    /// Sizes every column to its contents now (it also happens by itself after each change of the model).
    void fitColumns();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    /// Coalesces the model's signals into one fitColumns() when control returns to the event loop.
    void scheduleFit();
    /// The last column up to the table's edge when its contents would run past it.
    void fitLastColumn();

    QLineEdit *m_filter;
    QTableView *m_view;
    ClusterFilterProxy *m_proxy;
    QList<int> m_keyColumns;
    bool m_fitPending = false;
    int m_lastColumnWidth = 0; ///< what the last column's contents need
};

} // namespace kirikae
