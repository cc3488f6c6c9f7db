#pragma once

#include <QAbstractTableModel>

namespace kirikae {

/**
 * The base of Kirikae's table models: row and column counts, index checks, header data and retranslation live
 * here; a model gives its row count, its column titles and its cells. Headers and cells are re-emitted by
 * themselves when the application's language changes (see ModelRetranslator).
 */
class TableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableModel)

public:
    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    /// A valid index of this model → cell(row, column, role); anything else → an invalid QVariant.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    /// Horizontal headers: columnTitle() for the display role, columnToolTip() for the tooltip role.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Re-emits header and data, so views show the current translation (done by itself on a language change).
    void retranslate();

protected:
    explicit TableModel(int columns, QObject *parent = nullptr);

    virtual int rows() const = 0;
    /// The translated title of a column in [0, columns).
    virtual QString columnTitle(int column) const = 0;
    /// The translated tooltip of a column header; none by default.
    virtual QString columnToolTip(int column) const;
    /// The value of a cell for role; row and column are in range.
    virtual QVariant cell(int row, int column, int role) const = 0;

private:
    const int m_columns;
};

} // namespace kirikae
