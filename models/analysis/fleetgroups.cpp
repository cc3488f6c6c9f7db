#include "fleetgroups.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace kirikae {

namespace {

const QString regionLabel = QStringLiteral("topology.kubernetes.io/region");

QString firstLabel(const QMap<QString, QString> &labels, std::initializer_list<const char16_t *> keys)
{
    for (const char16_t *key : keys)
        if (const QString value = labels.value(QString::fromUtf16(key)).trimmed(); !value.isEmpty())
            return value;
    return {};
}

QString nodeRegion(const QList<NodeInfo> &nodes)
{
    // The region most nodes are in: a cluster stretched over two regions is named by its larger part.
    QHash<QString, int> counts;
    QString best;
    for (const NodeInfo &node : nodes) {
        const QString region = node.labels.value(regionLabel).trimmed();
        if (region.isEmpty())
            continue;
        const int count = ++counts[region];
        if (count > counts.value(best) || (count == counts.value(best) && region < best))
            best = region;
    }
    return best;
}

} // namespace

QString groupKeyName(GroupKey key)
{
    switch (key) {
    case GroupKey::Tier:
        return QStringLiteral("tier");
    case GroupKey::Distribution:
        return QStringLiteral("distribution");
    case GroupKey::Region:
        return QStringLiteral("region");
    case GroupKey::Minor:
        break;
    }
    return QStringLiteral("minor");
}

QString tierLabel(const ClusterSnapshot &snapshot)
{
    return firstLabel(snapshot.labels, {u"tier", u"environment", u"env"});
}

QString groupValue(const ClusterSnapshot &snapshot, const ClusterStatus &status, GroupKey key)
{
    switch (key) {
    case GroupKey::Tier:
        return tierLabel(snapshot);
    case GroupKey::Distribution:
        return snapshot.distribution;
    case GroupKey::Region:
        if (const QString region = firstLabel(snapshot.labels, {u"region", u"topology.kubernetes.io/region"});
            !region.isEmpty())
            return region;
        return nodeRegion(snapshot.nodes);
    case GroupKey::Minor:
        break;
    }
    return status.version ? status.version->minorVersion().toString() : QString();
}

QList<ClusterGroup> groupClusters(const QList<FleetEntry> &clusters, const QList<ClusterStatus> &statuses,
                                  GroupKey key)
{
    Q_ASSERT(clusters.size() == statuses.size());
    QList<ClusterGroup> groups;
    QHash<QString, int> byValue;
    for (int i = 0; i < clusters.size(); ++i) {
        const QString value = groupValue(clusters.at(i).snapshot, statuses.at(i), key);
        auto it = byValue.constFind(value);
        if (it == byValue.constEnd()) {
            it = byValue.insert(value, int(groups.size()));
            groups << ClusterGroup{value, {}, {}};
        }
        ClusterGroup &group = groups[*it];
        group.members << i;
        ++group.statusCounts.at(std::size_t(statuses.at(i).support.status));
    }
    const auto before = [key](const ClusterGroup &a, const ClusterGroup &b) {
        if (a.value.isEmpty() != b.value.isEmpty())
            return b.value.isEmpty();
        if (key == GroupKey::Minor) {
            const auto ma = MinorVersion::parse(a.value);
            const auto mb = MinorVersion::parse(b.value);
            if (ma && mb && *ma != *mb)
                return *ma < *mb;
        }
        const int c = a.value.compare(b.value, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.value < b.value;
    };
    std::sort(groups.begin(), groups.end(), before);
    return groups;
}

} // namespace kirikae
