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
    , m_members(members)
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

void RequirementResolver::resolve()
{
    for (int node : std::as_const(m_members)) {
        const OperatorCsv csv = m_graph.nodes[node].csv;
        resolveBundle(node, csv, nullptr);
    }
    // An older bundle OLM would have to install brings its own requirements, which may need older bundles again.
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        const auto [node, bundle] = m_pending.at(i);
        resolveBundle(node, *bundle, bundle);
    }
}

void RequirementResolver::resolveBundle(int node, const OperatorCsv &csv, const OperatorCsv *older)
{
    m_older = older;
    for (const auto &crd : csv.requiredCrds) {
        if (!older)
            m_graph.nodes[node].requirements << crd;
        if (m_byApi.value(crd).contains(node)) // an operator may require an API it owns itself
            continue;
        const Providers providers = providersOfApi(node, crd);
        if (providers.isEmpty())
            addMissing(node, crd, apiDetail(crd));
        else if (packagesOf(providers.keys()).size() > 1)
            addAmbiguous(node, crd, providers.keys());
        addEdges(node, providers);
    }
    for (const auto &dependency : csv.dependencies) {
        if (!older)
            m_graph.nodes[node].requirements << describeRequirement(dependency);
        QString detail;
        Providers providers;
        if (!satisfied(node, dependency, providers, detail))
            addMissing(node, describeRequirement(dependency), detail);
        addEdges(node, providers);
    }
    m_older = nullptr;
}

std::optional<RequirementResolver::Provision>
RequirementResolver::provision(int provider, const QString &via,
                               const std::function<bool(const OperatorCsv &)> &fits) const
{
    const OperatorCsv &shown = m_graph.nodes[provider].csv;
    const auto bundles = m_catalog.constFind(shown.package);
    if (!m_isCatalog || bundles == m_catalog.cend())
        return fits(shown) ? std::optional(Provision{via}) : std::nullopt;
    for (const OperatorCsv &bundle : *bundles) { // newest first: the one OLM would pick
        if (fits(bundle))
            return Provision{via, bundle.name == shown.name ? nullptr : &bundle};
    }
    return std::nullopt;
}

RequirementResolver::Providers RequirementResolver::providersOfApi(int node, const QString &api) const
{
    Providers providers;
    for (int p : m_byApi.value(api)) {
        if (p == node) // an operator may require an API it owns itself
            continue;
        if (const auto found = provision(p, api, [&](const OperatorCsv &csv) { return csv.ownedCrds.contains(api); }))
            providers.insert(p, *found);
    }
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

void RequirementResolver::addMissing(int node, const QString &requirement, const QString &detail)
{
    // An older bundle is only one choice OLM has: what it lacks is not a problem of the node as shown.
    if (!m_older)
        m_graph.missing << MissingRequirement{node, requirement, detail};
}

void RequirementResolver::addAmbiguous(int node, const QString &requirement, const QList<int> &providers)
{
    if (m_older)
        return;
    for (const auto &a : std::as_const(m_graph.ambiguous)) {
        if (a.node == node && a.requirement == requirement)
            return;
    }
    m_graph.ambiguous << AmbiguousRequirement{node, requirement, providers};
}

void RequirementResolver::addEdges(int from, const Providers &providers)
{
    const QString fromVersion = m_older ? m_older->version : QString();
    for (auto it = providers.cbegin(); it != providers.cend(); ++it) {
        const int to = it.key();
        const Provision &p = it.value();
        const bool known = std::any_of(m_graph.edges.cbegin(), m_graph.edges.cend(), [&](const OperatorEdge &e) {
            return e.from == from && e.to == to && e.via == p.via;
        });
        if (!known)
            m_graph.edges << OperatorEdge{from, to, p.via, p.older ? p.older->version : QString(), fromVersion};
        if (p.older && !m_queued.contains(p.older->name)) {
            m_queued.insert(p.older->name);
            m_pending << std::pair{to, p.older};
        }
    }
}

bool RequirementResolver::satisfied(int node, const OperatorRequirement &r, Providers &providers, QString &detail)
{
    switch (r.kind) {
    case OperatorRequirement::Kind::Gvk: {
        if (m_byApi.value(r.subject).contains(node))
            return true;
        const Providers found = providersOfApi(node, r.subject);
        if (found.isEmpty())
            detail = r.failureMessage.isEmpty() ? apiDetail(r.subject) : r.failureMessage;
        else if (packagesOf(found.keys()).size() > 1)
            addAmbiguous(node, r.subject, found.keys());
        for (auto it = found.cbegin(); it != found.cend(); ++it)
            providers.insert(it.key(), it.value());
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
        const auto found = provision(c, via(r), [&](const OperatorCsv &csv) {
            const auto version = versionOf(csv);
            return !range || (version && range->contains(*version));
        });
        if (found)
            providers.insert(c, *found);
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
