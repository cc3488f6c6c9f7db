#include "operatormodel.h"

#include "statuscolors.h"

#include <QSet>

namespace kirikae {

OperatorModel::OperatorModel(QObject *parent)
    : TableModel(ColumnCount, parent)
{
}

void OperatorModel::setGraph(const OperatorGraph &graph)
{
    beginResetModel();
    m_graph = graph;
    m_rows = graph.upgradeOrder;
    QList<QSet<int>> needs(graph.nodes.size());
    for (const auto &e : graph.edges)
        needs[e.from].insert(e.to);
    m_needs.clear();
    for (const auto &n : needs)
        m_needs << int(n.size());
    endResetModel();
}

QString OperatorModel::statusName(OperatorStatus status)
{
    switch (status) {
    case OperatorStatus::Fine:
        return tr("Fine");
    case OperatorStatus::UpdateAvailable:
        return tr("Update available");
    case OperatorStatus::Blocked:
        return tr("Blocked for the target");
    case OperatorStatus::MissingDependency:
        return tr("Missing dependency");
    case OperatorStatus::InCycle:
        return tr("In a dependency cycle");
    }
    return {};
}

int OperatorModel::rows() const
{
    return int(m_rows.size());
}

QVariant OperatorModel::cell(int row, int column, int role) const
{
    const int node = m_rows.at(row);
    const OperatorNode &n = m_graph.nodes.at(node);
    switch (role) {
    case NodeRole:
        return node;
    case StatusRole:
        return int(n.status);
    case ClusterRole:
        return n.cluster;
    case Qt::BackgroundRole:
        return column == StatusColumn ? QVariant(operatorStatusColor(n.status)) : QVariant();
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool sort = role == SortRole;
    switch (column) {
    case OrderColumn:
        return row + 1;
    case PackageColumn:
        return n.csv.package;
    case ClusterColumn:
        return n.cluster;
    case VersionColumn:
        return n.csv.version;
    case StatusColumn:
        return sort ? QVariant(int(n.status)) : QVariant(statusName(n.status));
    case NeedsColumn:
        return m_needs.value(node);
    case UpdateColumn:
        return n.latestCsv.isEmpty() ? n.subscriptionCsv : n.latestCsv;
    default:
        return {};
    }
}

QString OperatorModel::columnTitle(int column) const
{
    switch (column) {
    case OrderColumn:
        //: Column: position in the upgrade order
        return tr("Order");
    case PackageColumn:
        return tr("Operator");
    case ClusterColumn:
        return tr("Cluster");
    case VersionColumn:
        return tr("Version");
    case StatusColumn:
        return tr("Status");
    case NeedsColumn:
        //: Column: how many other operators this one depends on
        return tr("Needs");
    case UpdateColumn:
        return tr("Newer version");
    default:
        return {};
    }
}

} // namespace kirikae
