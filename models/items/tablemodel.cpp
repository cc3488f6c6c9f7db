#include "tablemodel.h"

#include "modelretranslator.h"

namespace kirikae {

TableModel::TableModel(int columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(columns)
{
    new ModelRetranslator(this);
}

int TableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

int TableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant TableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cell(index.row(), index.column(), role);
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= m_columns)
        return {};
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    const QString tip = columnToolTip(section);
    return tip.isEmpty() ? QVariant() : QVariant(tip);
}

QString TableModel::columnToolTip(int /*column*/) const
{
    return {};
}

void TableModel::retranslate()
{
    ModelRetranslator::retranslate(*this);
}

} // namespace kirikae
