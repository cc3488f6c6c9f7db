#include "clusterfilterproxy.h"

#include <algorithm>

namespace kirikae {

ClusterFilterProxy::ClusterFilterProxy(Axis axis, int section, int nameRole, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_axis(axis)
    , m_section(section)
    , m_nameRole(nameRole)
{
}

void ClusterFilterProxy::setSourceModel(QAbstractItemModel *source)
{
    disconnect(m_sourceReset);
    m_kept.reset();
    // Before the proxy refilters the new rows: other columns may be the kept clusters now.
    if (source)
        m_sourceReset =
            connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_kept.reset(); });
    QSortFilterProxyModel::setSourceModel(source);
}

const QList<int> &ClusterFilterProxy::keptColumns() const
{
    if (!m_kept) {
        m_kept.emplace();
        for (int column = m_section; column < sourceModel()->columnCount(); ++column)
            if (m_clusters->contains(sourceModel()->headerData(column, Qt::Horizontal, m_nameRole).toString()))
                m_kept->append(column);
    }
    return *m_kept;
}

void ClusterFilterProxy::setNameSection(int section)
{
    m_section = section;
    m_kept.reset();
    if (m_clusters)
        invalidateFilter();
}

void ClusterFilterProxy::setClusters(const std::optional<QSet<QString>> &clusters)
{
    if (clusters == m_clusters)
        return;
    m_clusters = clusters;
    m_kept.reset();
    // Qt 6.4 has no beginFilterChange(): invalidateFilter() refilters rows and columns alike.
    invalidateFilter();
}

bool ClusterFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_axis == Axis::Rows && m_clusters && !sourceParent.isValid()) {
        const QString name = sourceModel()->index(sourceRow, m_section).data(m_nameRole).toString();
        if (!m_clusters->contains(name))
            return false;
    }
    if (m_axis == Axis::Columns && m_clusters) {
        const auto &kept = keptColumns();
        if (std::none_of(kept.cbegin(), kept.cend(), [&](int column) {
                return !sourceModel()->index(sourceRow, column, sourceParent).data().toString().isEmpty();
            }))
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

bool ClusterFilterProxy::filterAcceptsColumn(int sourceColumn, const QModelIndex &sourceParent) const
{
    if (m_axis == Axis::Columns && m_clusters && sourceColumn >= m_section) {
        const QString name = sourceModel()->headerData(sourceColumn, Qt::Horizontal, m_nameRole).toString();
        if (!m_clusters->contains(name))
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsColumn(sourceColumn, sourceParent);
}

} // namespace kirikae
