#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace kirikae {

/**
 * The wiring every list page repeats, in one place: a filter box over a sortable table. Sorting uses the
 * source model's SortRole (raw values), so numbers and dates sort as numbers and dates; the filter matches
 * the display text of every column.
 */
class FilteredTable final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilteredTable)

public:
    FilteredTable(QAbstractItemModel *source, int sortRole, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *filterEdit() const { return m_filter; }
    /// The source row behind a view row, or -1.
    int sourceRow(int proxyRow) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLineEdit *m_filter;
    QTableView *m_view;
    QSortFilterProxyModel *m_proxy;
};

} // namespace kirikae
