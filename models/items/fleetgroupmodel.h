#pragma once

#include "analysis/fleetgroups.h"

#include <QAbstractItemModel>
#include <QStringList>

namespace kirikae {

class FleetModel;

/**
 * The fleet overview grouped: one top row per group (by tier, distribution, region or minor) that reads
 * "prod · 120 clusters · 14 out of support · 30 ending soon", and under it the group's clusters, worst first, with
 * the fleet model's columns and roles. Follows the fleet model: a new fleet or language shows here by itself.
 *
 * Group rows: display (column 0) the summary in bold, GroupValueRole the raw value (empty: unlabelled), ClusterCountRole
 * the count, StatusCountsRole the counts per SupportStatus (QList<int>). Cluster rows: every role of the fleet
 * model, and SourceRowRole its row there.
 */
class FleetGroupModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetGroupModel)

public:
    enum Role { GroupValueRole = Qt::UserRole + 100, ClusterCountRole, StatusCountsRole, SourceRowRole };

    explicit FleetGroupModel(FleetModel *fleet, QObject *parent = nullptr);

    void setGroupKey(GroupKey key);
    GroupKey groupKey() const { return m_key; }
    const QList<ClusterGroup> &groups() const { return m_groups; }
    /// The names of the clusters of a group, in the fleet's order.
    QStringList clusterNames(int group) const;
    /// A group's value in words: the label, the distribution's name, the minor, or "unlabelled".
    QString groupTitle(int group) const;

    /// The name of a grouping key in words ("Tier or environment").
    static QString keyName(GroupKey key);
    /// "120 clusters · 14 out of support · 30 ending soon · 76 supported": the statuses no cluster has left out.
    static QString countsText(int clusters, const std::array<int, 4> &statusCounts);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void regroup();
    QVariant groupData(int group, int column, int role) const;
    /// Re-emits every cell, so views ask again (the fleet model's words changed with the language).
    void refreshAll();

    FleetModel *m_fleet;
    GroupKey m_key = GroupKey::Tier;
    QList<ClusterGroup> m_groups; ///< members sorted worst first
};

} // namespace kirikae
