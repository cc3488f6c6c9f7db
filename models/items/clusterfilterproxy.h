#pragma once

#include <QSet>
#include <QSortFilterProxyModel>
#include <QString>

#include <optional>

namespace kirikae {

/**
 * A sort and filter proxy that can also keep only some clusters: the rows (a table of clusters such as the debt
 * heatmap, whose cluster name is in a column) or the columns (the version matrix, one column per cluster named in
 * its header). Without a set of clusters it is a plain QSortFilterProxyModel. With columns kept, a row left empty in
 * all of them (a component none of those clusters runs) goes too.
 */
class ClusterFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterFilterProxy)

public:
    enum class Axis { Rows, Columns };

    /// Clusters are rows (named by nameColumn's nameRole), or columns from firstSection on (named by their header).
    explicit ClusterFilterProxy(Axis axis, int section = 0, int nameRole = Qt::DisplayRole, QObject *parent = nullptr);

    /// Rows: the column whose nameRole names the cluster; Columns: the first column that is a cluster.
    void setNameSection(int section);
    /// Keeps only these clusters; nothing keeps every cluster.
    void setClusters(const std::optional<QSet<QString>> &clusters);
    const std::optional<QSet<QString>> &clusters() const { return m_clusters; }

    void setSourceModel(QAbstractItemModel *source) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool filterAcceptsColumn(int sourceColumn, const QModelIndex &sourceParent) const override;

private:
    /// Columns: the source columns of the clusters kept (cached until the clusters or the source change).
    const QList<int> &keptColumns() const;

    Axis m_axis;
    int m_section; ///< Rows: the column with the name; Columns: the first cluster column
    int m_nameRole;
    std::optional<QSet<QString>> m_clusters;
    mutable std::optional<QList<int>> m_kept;
    QMetaObject::Connection m_sourceReset;
};

} // namespace kirikae
