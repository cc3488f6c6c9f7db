#include "fleetgroupmodel.h"

#include "fleetmodel.h"

#include <QFont>

#include <algorithm>

namespace kirikae {

FleetGroupModel::FleetGroupModel(FleetModel *fleet, QObject *parent)
    : QAbstractItemModel(parent)
    , m_fleet(fleet)
{
    connect(m_fleet, &QAbstractItemModel::modelReset, this, &FleetGroupModel::regroup);
    // The fleet model re-emits its headers and cells on a language change: so do the groups.
    connect(m_fleet, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    connect(m_fleet, &QAbstractItemModel::dataChanged, this, &FleetGroupModel::refreshAll);
    regroup();
}

void FleetGroupModel::setGroupKey(GroupKey key)
{
    if (key == m_key)
        return;
    m_key = key;
    regroup();
}

void FleetGroupModel::regroup()
{
    beginResetModel();
    QList<FleetEntry> clusters;
    QList<ClusterStatus> statuses;
    for (int row = 0; row < m_fleet->rowCount(); ++row) {
        clusters << m_fleet->cluster(row);
        statuses << m_fleet->status(row);
    }
    m_groups = groupClusters(clusters, statuses, m_key);
    // Worst first within a group: out of support, ending soon, unknown, supported; then fewest days left.
    const auto key = [this](int row, int column) {
        return m_fleet->index(row, column).data(FleetModel::SortRole);
    };
    for (ClusterGroup &group : m_groups)
        std::stable_sort(group.members.begin(), group.members.end(), [&](int a, int b) {
            const int sa = key(a, FleetModel::SupportColumn).toInt();
            const int sb = key(b, FleetModel::SupportColumn).toInt();
            if (sa != sb)
                return sa < sb;
            return key(a, FleetModel::DaysLeftColumn).toInt() < key(b, FleetModel::DaysLeftColumn).toInt();
        });
    endResetModel();
}

void FleetGroupModel::refreshAll()
{
    if (m_groups.isEmpty())
        return;
    const int last = columnCount() - 1;
    Q_EMIT dataChanged(index(0, 0), index(int(m_groups.size()) - 1, last));
    for (int g = 0; g < m_groups.size(); ++g)
        if (m_groups.at(g).size() > 0) {
            const QModelIndex parent = index(g, 0);
            Q_EMIT dataChanged(index(0, 0, parent), index(m_groups.at(g).size() - 1, last, parent));
        }
}

QStringList FleetGroupModel::clusterNames(int group) const
{
    QList<int> rows = m_groups.value(group).members;
    std::sort(rows.begin(), rows.end());
    QStringList names;
    for (int row : rows)
        names << m_fleet->cluster(row).snapshot.name;
    return names;
}

QString FleetGroupModel::groupTitle(int group) const
{
    const QString value = m_groups.value(group).value;
    if (value.isEmpty())
        return m_key == GroupKey::Minor ? tr("version unknown") : tr("unlabelled");
    return m_key == GroupKey::Distribution ? FleetModel::distributionName(value) : value;
}

QString FleetGroupModel::keyName(GroupKey key)
{
    switch (key) {
    case GroupKey::Tier:
        return tr("Tier or environment");
    case GroupKey::Distribution:
        return tr("Distribution");
    case GroupKey::Region:
        return tr("Region");
    case GroupKey::Minor:
        break;
    }
    return tr("Kubernetes minor");
}

QString FleetGroupModel::countsText(int clusters, const std::array<int, 4> &counts)
{
    QStringList parts{tr("%n cluster(s)", nullptr, clusters)};
    const auto count = [&](SupportStatus s) { return counts.at(std::size_t(s)); };
    if (count(SupportStatus::Unsupported) > 0)
        parts << tr("%n out of support", nullptr, count(SupportStatus::Unsupported));
    if (count(SupportStatus::EndingSoon) > 0)
        parts << tr("%n ending soon", nullptr, count(SupportStatus::EndingSoon));
    if (count(SupportStatus::Supported) > 0)
        parts << tr("%n supported", nullptr, count(SupportStatus::Supported));
    if (count(SupportStatus::Unknown) > 0)
        parts << tr("%n unknown", nullptr, count(SupportStatus::Unknown));
    return parts.join(tr(" · "));
}

QModelIndex FleetGroupModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    // A group row carries 0; a cluster row its group's number plus one.
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : quintptr(0));
}

QModelIndex FleetGroupModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int FleetGroupModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return m_groups.at(parent.row()).size();
}

int FleetGroupModel::columnCount(const QModelIndex &) const
{
    return m_fleet->columnCount();
}

QVariant FleetGroupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return groupData(index.row(), index.column(), role);
    const int sourceRow = m_groups.at(int(index.internalId() - 1)).members.at(index.row());
    if (role == SourceRowRole)
        return sourceRow;
    return m_fleet->index(sourceRow, index.column()).data(role);
}

QVariant FleetGroupModel::groupData(int group, int column, int role) const
{
    const ClusterGroup &g = m_groups.at(group);
    switch (role) {
    case Qt::DisplayRole:
        if (column != 0)
            return {};
        return QString(groupTitle(group) + tr(" · ") + countsText(g.size(), g.statusCounts));
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case GroupValueRole:
        return g.value;
    case ClusterCountRole:
        return g.size();
    case StatusCountsRole:
        return QVariant::fromValue(QList<int>(g.statusCounts.cbegin(), g.statusCounts.cend()));
    default:
        return {};
    }
}

QVariant FleetGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_fleet->headerData(section, orientation, role);
}

} // namespace kirikae
