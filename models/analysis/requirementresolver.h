#pragma once

#include "analysis/operatorgraph.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace kirikae {

/// A catalog's bundles of each package, newest first.
using OperatorCatalog = QHash<QString, QList<OperatorCsv>>;

/**
 * Resolves the requirements of one cluster's (or the catalog's) operators against each other, the way OLM would,
 * and records what it finds in the graph: edges, missing and ambiguous requirements. In a cluster only the installed
 * CSV of a package counts; in a catalog OLM may pick any bundle of a package, so every version's APIs and versions do.
 */
class RequirementResolver
{
public:
    /// members: the indices of graph.nodes that belong to one cluster (or to the catalog).
    RequirementResolver(OperatorGraph &graph, const QList<int> &members, const OperatorCatalog &catalog,
                        bool isCatalog);

    /// Resolves every requirement of one member node.
    void resolve(int node);

private:
    /// Provider node → the requirement (as an edge's "via") it satisfies.
    using Providers = QMap<int, QString>;

    QList<int> providersOfApi(int node, const QString &api) const;
    QString apiDetail(const QString &api) const;
    void link(int node, const QString &requirement, const QList<int> &providers, const QString &missingDetail);
    void addAmbiguous(int node, const QString &requirement, const QList<int> &providers);
    void addEdge(int from, int to, const QString &via);
    /// Evaluates a requirement; providers gets the nodes that satisfy it, detail why not when it fails.
    bool satisfied(int node, const OperatorRequirement &r, Providers &providers, QString &detail);
    bool packageSatisfied(const OperatorRequirement &r, Providers &providers, QString &detail) const;
    QSet<QString> packagesOf(const QList<int> &nodes) const;

    OperatorGraph &m_graph;
    const OperatorCatalog &m_catalog;
    bool m_isCatalog;
    QHash<QString, QList<int>> m_byPackage;
    QHash<QString, QList<int>> m_byApi;
};

} // namespace kirikae
