#include "clusterfilterproxy.h"

namespace kirikae {

ClusterFilterProxy::ClusterFilterProxy(Axis axis, int section, int nameRole, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_axis(axis)
    , m_section(section)
    , m_nameRole(nameRole)
{
}

void ClusterFilterProxy::setNameSection(int section)
{
    m_section = section;
    if (m_clusters)
        invalidateFilter();
}

void ClusterFilterProxy::setClusters(const std::optional<QSet<QString>> &clusters)
{
    if (clusters == m_clusters)
        return;
    m_clusters = clusters;
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
