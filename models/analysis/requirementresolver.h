#pragma once

#include "analysis/operatorgraph.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

namespace kirikae {

/// A catalog's bundles of each package, newest first.
using OperatorCatalog = QHash<QString, QList<OperatorCsv>>;

/**
 * Resolves the requirements of one cluster's (or the catalog's) operators against each other, the way OLM would,
 * and records what it finds in the graph: edges, missing and ambiguous requirements. In a cluster only the installed
 * CSV of a package counts. In a catalog OLM may pick any bundle of a package: a requirement only an older bundle
 * meets is an edge to that package naming the version it needs, and that older bundle's own requirements become
 * edges too, so a cycle through old bundles is seen.
 */
class RequirementResolver
{
public:
    /// members: the indices of graph.nodes that belong to one cluster (or to the catalog).
    RequirementResolver(OperatorGraph &graph, const QList<int> &members, const OperatorCatalog &catalog,
                        bool isCatalog);

    /// Resolves every requirement of every member, then of the older bundles those requirements need.
    void resolve();

private:
    /// How a provider meets a requirement: with the bundle shown for it, or only with an older one.
    struct Provision
    {
        QString via;
        const OperatorCsv *older = nullptr; ///< the newest bundle that does, when it is not the shown one
    };
    /// Provider node → how it satisfies the requirement.
    using Providers = QMap<int, Provision>;

    /// Resolves one bundle of a node: its shown CSV (older = nullptr) or an older bundle a requirement needs.
    void resolveBundle(int node, const OperatorCsv &csv, const OperatorCsv *older);
    /// The provider's newest bundle that fits, or nothing when none does (in a cluster: the installed CSV only).
    std::optional<Provision> provision(int provider, const QString &via,
                                       const std::function<bool(const OperatorCsv &)> &fits) const;
    Providers providersOfApi(int node, const QString &api) const;
    QString apiDetail(const QString &api) const;
    void addMissing(int node, const QString &requirement, const QString &detail);
    void addAmbiguous(int node, const QString &requirement, const QList<int> &providers);
    void addEdges(int from, const Providers &providers);
    /// Evaluates a requirement; providers gets the nodes that satisfy it, detail why not when it fails.
    bool satisfied(int node, const OperatorRequirement &r, Providers &providers, QString &detail);
    bool packageSatisfied(const OperatorRequirement &r, Providers &providers, QString &detail) const;
    QSet<QString> packagesOf(const QList<int> &nodes) const;

    OperatorGraph &m_graph;
    const OperatorCatalog &m_catalog;
    bool m_isCatalog;
    QList<int> m_members;
    QHash<QString, QList<int>> m_byPackage;
    QHash<QString, QList<int>> m_byApi;
    /// The older bundle being resolved, if any: its edges carry its version, its problems are not reported.
    const OperatorCsv *m_older = nullptr;
    /// Older bundles some requirement needs, with their node, waiting to be resolved; and those already queued.
    QList<std::pair<int, const OperatorCsv *>> m_pending;
    QSet<QString> m_queued;
};

} // namespace kirikae
