#include "requirementresolver.h"

#include "versionrange.h"

#include <algorithm>

namespace kirikae {

namespace {

std::optional<SemanticVersion> versionOf(const OperatorCsv &csv)
{
    return SemanticVersion::parse(csv.version, true);
}

QString via(const OperatorRequirement &r)
{
    return r.kind == OperatorRequirement::Kind::Package ? QStringLiteral("package:") + r.subject : r.subject;
}

} // namespace

RequirementResolver::RequirementResolver(OperatorGraph &graph, const QList<int> &members,
                                         const OperatorCatalog &catalog, bool isCatalog)
    : m_graph(graph)
    , m_catalog(catalog)
    , m_isCatalog(isCatalog)
{
    for (int i : members) {
        const auto &csv = m_graph.nodes[i].csv;
        m_byPackage[csv.package] << i;
        // In a catalog OLM may pick any bundle of a package, so every version's APIs count.
        const QList<OperatorCsv> versions = isCatalog ? catalog.value(csv.package, {csv}) : QList<OperatorCsv>{csv};
        QSet<QString> owned;
        for (const auto &version : versions)
            owned.unite(QSet<QString>(version.ownedCrds.begin(), version.ownedCrds.end()));
        for (const auto &api : std::as_const(owned))
            m_byApi[api] << i;
    }
}

void RequirementResolver::resolve(int node)
{
    const OperatorCsv csv = m_graph.nodes[node].csv;
    for (const auto &crd : csv.requiredCrds) {
        m_graph.nodes[node].requirements << crd;
        if (!m_byApi.value(crd).contains(node)) // an operator may require an API it owns itself
            link(node, crd, providersOfApi(node, crd), apiDetail(crd));
    }
    for (const auto &dependency : csv.dependencies) {
        m_graph.nodes[node].requirements << describeRequirement(dependency);
        QString detail;
        Providers providers;
        if (!satisfied(node, dependency, providers, detail))
            m_graph.missing << MissingRequirement{node, describeRequirement(dependency), detail};
        for (auto it = providers.cbegin(); it != providers.cend(); ++it)
            addEdge(node, it.key(), it.value());
    }
}

QList<int> RequirementResolver::providersOfApi(int node, const QString &api) const
{
    QList<int> providers = m_byApi.value(api);
    providers.removeAll(node); // an operator may require an API it owns itself
    return providers;
}

// Same group and kind at another version: tell the user, OLM would still refuse it.
QString RequirementResolver::apiDetail(const QString &api) const
{
    const QString group = api.section(u'/', 0, 0);
    const QString kind = api.section(u'/', 2);
    for (auto it = m_byApi.begin(); it != m_byApi.end(); ++it) {
        if (it.key().section(u'/', 0, 0) == group && it.key().section(u'/', 2) == kind)
            return QStringLiteral("only %1 is served, by %2").arg(it.key(), m_graph.nodes[it->first()].csv.package);
    }
    return QStringLiteral("no operator here owns this API");
}

void RequirementResolver::link(int node, const QString &requirement, const QList<int> &providers,
                               const QString &missingDetail)
{
    if (providers.isEmpty()) {
        m_graph.missing << MissingRequirement{node, requirement, missingDetail};
        return;
    }
    QSet<QString> packages;
    for (int p : providers) {
        addEdge(node, p, requirement);
        packages.insert(m_graph.nodes[p].csv.package);
    }
    if (packages.size() > 1)
        addAmbiguous(node, requirement, providers);
}

void RequirementResolver::addAmbiguous(int node, const QString &requirement, const QList<int> &providers)
{
    for (const auto &a : std::as_const(m_graph.ambiguous)) {
        if (a.node == node && a.requirement == requirement)
            return;
    }
    m_graph.ambiguous << AmbiguousRequirement{node, requirement, providers};
}

void RequirementResolver::addEdge(int from, int to, const QString &via)
{
    for (const auto &e : std::as_const(m_graph.edges)) {
        if (e.from == from && e.to == to && e.via == via)
            return;
    }
    m_graph.edges << OperatorEdge{from, to, via};
}

bool RequirementResolver::satisfied(int node, const OperatorRequirement &r, Providers &providers, QString &detail)
{
    switch (r.kind) {
    case OperatorRequirement::Kind::Gvk: {
        if (m_byApi.value(r.subject).contains(node))
            return true;
        const auto found = providersOfApi(node, r.subject);
        if (found.isEmpty())
            detail = r.failureMessage.isEmpty() ? apiDetail(r.subject) : r.failureMessage;
        else if (packagesOf(found).size() > 1)
            addAmbiguous(node, r.subject, found);
        for (int p : found)
            providers.insert(p, r.subject);
        return !found.isEmpty();
    }
    case OperatorRequirement::Kind::Package:
        return packageSatisfied(r, providers, detail);
    case OperatorRequirement::Kind::Cel:
        return true; // shown as text, not evaluated
    case OperatorRequirement::Kind::Not: {
        Providers conflicting;
        QString ignored;
        for (const auto &child : r.children) {
            if (satisfied(node, child, conflicting, ignored)) {
                detail = r.failureMessage.isEmpty()
                             ? QStringLiteral("conflicts with %1").arg(describeRequirement(child))
                             : r.failureMessage;
                return false;
            }
        }
        return true;
    }
    case OperatorRequirement::Kind::All:
    case OperatorRequirement::Kind::Any: {
        const bool any = r.kind == OperatorRequirement::Kind::Any;
        QStringList reasons;
        bool result = !any;
        for (const auto &child : r.children) {
            QString childDetail;
            const bool ok = satisfied(node, child, providers, childDetail);
            if (!ok)
                reasons << childDetail;
            result = any ? (result || ok) : (result && ok);
        }
        if (!result)
            detail = r.failureMessage.isEmpty() ? reasons.join(QStringLiteral("; ")) : r.failureMessage;
        return result;
    }
    }
    return false;
}

bool RequirementResolver::packageSatisfied(const OperatorRequirement &r, Providers &providers, QString &detail) const
{
    const QList<int> candidates = m_byPackage.value(r.subject);
    std::optional<VersionRange> range;
    if (!r.versionRange.isEmpty()) {
        QString error;
        range = VersionRange::parse(r.versionRange, &error);
        if (!range) {
            detail = QStringLiteral("unreadable version range: %1").arg(error);
            return false;
        }
    }
    QStringList outside;
    for (int c : candidates) {
        // In a catalog any bundle of the package may be chosen; in a cluster only the installed one counts.
        QList<OperatorCsv> versions{m_graph.nodes[c].csv};
        if (m_isCatalog)
            versions = m_catalog.value(r.subject, versions);
        bool fits = false;
        for (const auto &csv : std::as_const(versions)) {
            const auto version = versionOf(csv);
            fits = fits || !range || (version && range->contains(*version));
        }
        if (fits)
            providers.insert(c, via(r));
        else
            outside << m_graph.nodes[c].csv.version;
    }
    if (std::any_of(candidates.begin(), candidates.end(), [&](int c) { return providers.contains(c); }))
        return true;
    if (!r.failureMessage.isEmpty())
        detail = r.failureMessage;
    else if (!outside.isEmpty())
        detail =
            QStringLiteral("%1 %2 is outside %3").arg(r.subject, outside.join(QStringLiteral(", ")), r.versionRange);
    else
        detail = (m_isCatalog ? QStringLiteral("package %1 is not in the catalog")
                              : QStringLiteral("package %1 is not installed"))
                     .arg(r.subject);
    // Point at a catalog version that would do.
    for (const auto &bundle : m_catalog.value(r.subject)) {
        const auto version = versionOf(bundle);
        if (version && (!range || range->contains(*version))) {
            detail += QStringLiteral(" (the catalog offers %1)").arg(bundle.name);
            break;
        }
    }
    return false;
}

QSet<QString> RequirementResolver::packagesOf(const QList<int> &nodes) const
{
    QSet<QString> packages;
    for (int n : nodes)
        packages.insert(m_graph.nodes[n].csv.package);
    return packages;
}

} // namespace kirikae
