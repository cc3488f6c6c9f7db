#include "collector.h"

#include "apiobjects.h"
#include "execcredential.h"
#include "snapshot/distribution.h"
#include "snapshot/olmobjects.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QThread>

#include <iterator>
#include <thread>
#include <vector>

namespace kirikae {

namespace {

CollectStatus statusFor(FailureKind kind)
{
    switch (kind) {
    case FailureKind::None:
        return CollectStatus::Ok;
    case FailureKind::Unreachable:
        return CollectStatus::Unreachable;
    case FailureKind::Timeout:
        return CollectStatus::Timeout;
    case FailureKind::Tls:
        return CollectStatus::TlsError;
    case FailureKind::Unauthorized:
    case FailureKind::Credentials:
        return CollectStatus::Unauthorized;
    case FailureKind::Forbidden:
        return CollectStatus::Forbidden;
    case FailureKind::Cancelled:
        return CollectStatus::Cancelled;
    default:
        return CollectStatus::Error;
    }
}

/// Runs one list and records a failure as a part the snapshot could not see.
class PartReader
{
public:
    PartReader(KubeClient &client, ClusterSnapshot &snapshot)
        : m_client(client)
        , m_snapshot(snapshot)
    {
    }

    bool list(const QString &part, const QString &path, const std::function<void(const QJsonObject &)> &onItem,
              const std::function<void()> &onRestart, const QStringList *namespaces = nullptr)
    {
        return record(part, m_client.list(path, onItem, onRestart, namespaces));
    }

    bool record(const QString &part, const Response &r)
    {
        if (!r.ok())
            m_snapshot.errors << CollectionError{part, r.message};
        m_cancelled = m_cancelled || r.failure == FailureKind::Cancelled;
        return r.ok();
    }

    bool cancelled() const { return m_cancelled; }

private:
    KubeClient &m_client;
    ClusterSnapshot &m_snapshot;
    bool m_cancelled = false;
};

void readDiscovery(KubeClient &client, ClusterSnapshot &s, PartReader &parts)
{
    QJsonObject core;
    if (parts.record(QStringLiteral("/api"), client.getJson(QStringLiteral("/api"), &core))) {
        for (const auto &v : core.value(QStringLiteral("versions")).toArray())
            s.groupVersions << v.toString();
    }
    QJsonObject groups;
    if (parts.record(QStringLiteral("/apis"), client.getJson(QStringLiteral("/apis"), &groups))) {
        for (const auto &g : groups.value(QStringLiteral("groups")).toArray()) {
            for (const auto &v : g.toObject().value(QStringLiteral("versions")).toArray())
                s.groupVersions << v.toObject().value(QStringLiteral("groupVersion")).toString();
        }
    }
}

bool serves(const ClusterSnapshot &s, const QString &groupVersion)
{
    return s.groupVersions.contains(groupVersion);
}

void readWorkloads(ClusterSnapshot &s, PartReader &parts)
{
    // Where kubectl apply and server-side apply leave the apiVersion a client wrote with.
    const QList<QPair<QString, QString>> workloads{
        {QStringLiteral("apps/v1"), QStringLiteral("/apis/apps/v1/deployments")},
        {QStringLiteral("apps/v1"), QStringLiteral("/apis/apps/v1/daemonsets")},
        {QStringLiteral("apps/v1"), QStringLiteral("/apis/apps/v1/statefulsets")},
        {QStringLiteral("batch/v1"), QStringLiteral("/apis/batch/v1/cronjobs")},
        {QStringLiteral("networking.k8s.io/v1"), QStringLiteral("/apis/networking.k8s.io/v1/ingresses")},
        {QStringLiteral("autoscaling/v2"), QStringLiteral("/apis/autoscaling/v2/horizontalpodautoscalers")},
        {QStringLiteral("policy/v1"), QStringLiteral("/apis/policy/v1/poddisruptionbudgets")},
    };
    for (const auto &[groupVersion, path] : workloads) {
        if (!serves(s, groupVersion) || parts.cancelled())
            continue;
        QList<ObjectUse> found;
        parts.list(
            path.section(u'/', -1), path, [&](const QJsonObject &o) { found << apiobjects::objectUses(o); },
            [&] { found.clear(); });
        s.objectUses << found;
    }
}

void readNodes(ClusterSnapshot &s, PartReader &parts)
{
    QList<NodeInfo> nodes;
    parts.list(
        QStringLiteral("nodes"), QStringLiteral("/api/v1/nodes"),
        [&](const QJsonObject &o) { nodes << apiobjects::node(o); }, [&] { nodes.clear(); });
    s.nodes = nodes;
}

// Add-ons: one entry per component, version and place (a DaemonSet's pods collapse into one).
void readAddons(ClusterSnapshot &s, PartReader &parts)
{
    QList<ComponentInfo> components;
    QSet<QString> seen;
    parts.list(
        QStringLiteral("pods"), QStringLiteral("/api/v1/pods"),
        [&](const QJsonObject &pod) {
            if (!apiobjects::isAddonPod(pod))
                return;
            for (const ComponentInfo &c : apiobjects::podComponents(pod)) {
                const QString key = c.name + u'\x1f' + c.version + u'\x1f' + c.where;
                if (!seen.contains(key)) {
                    seen.insert(key);
                    components << c;
                }
            }
        },
        [&] {
            components.clear();
            seen.clear();
        },
        &apiobjects::addonNamespaces()); // the other pods are skipped undecoded: most of a large cluster's
    s.components = components;
}

void readDeprecatedApiRequests(KubeClient &client, ClusterSnapshot &s, PartReader &parts)
{
    if (parts.cancelled())
        return;
    const Response metrics = client.get(QStringLiteral("/metrics"));
    if (parts.record(QStringLiteral("/metrics"), metrics))
        s.deprecatedApiRequests = apiobjects::deprecatedApiRequests(metrics.body);
}

void readHelmReleases(ClusterSnapshot &s, PartReader &parts)
{
    QList<HelmRelease> releases;
    if (!parts.cancelled()) {
        parts.list(
            QStringLiteral("helm releases"), QStringLiteral("/api/v1/secrets?labelSelector=owner%3Dhelm"),
            [&](const QJsonObject &secret) {
                QString error;
                if (auto release = apiobjects::helmRelease(secret, &error))
                    releases << *release;
                else
                    s.errors << CollectionError{QStringLiteral("helm releases"), error};
            },
            [&] { releases.clear(); });
    }
    s.helmReleases = releases;
}

void readCrds(ClusterSnapshot &s, PartReader &parts)
{
    if (!serves(s, QStringLiteral("apiextensions.k8s.io/v1")) || parts.cancelled())
        return;
    QList<CrdInfo> crds;
    parts.list(
        QStringLiteral("customresourcedefinitions"),
        QStringLiteral("/apis/apiextensions.k8s.io/v1/customresourcedefinitions"),
        [&](const QJsonObject &o) { crds << apiobjects::crd(o); }, [&] { crds.clear(); });
    s.crds = crds;
}

void readOperators(ClusterSnapshot &s, PartReader &parts)
{
    if (!serves(s, QStringLiteral("operators.coreos.com/v1alpha1")) || parts.cancelled())
        return;
    QList<OperatorCsv> csvs;
    parts.list(
        QStringLiteral("clusterserviceversions"),
        QStringLiteral("/apis/operators.coreos.com/v1alpha1/clusterserviceversions"),
        [&](const QJsonObject &o) {
            // OLM copies an AllNamespaces operator's CSV into every namespace; one install is one operator.
            if (!apiobjects::isCopiedCsv(o))
                csvs << apiobjects::clusterServiceVersion(o);
        },
        [&] { csvs.clear(); });
    s.operators = csvs;
    QList<OperatorSubscription> subscriptions;
    parts.list(
        QStringLiteral("subscriptions"), QStringLiteral("/apis/operators.coreos.com/v1alpha1/subscriptions"),
        [&](const QJsonObject &o) { subscriptions << apiobjects::subscription(o); }, [&] { subscriptions.clear(); });
    s.subscriptions = subscriptions;
    olm::applySubscriptions(s.operators, s.subscriptions);
}

void readOpenShiftVersion(KubeClient &client, ClusterSnapshot &s, PartReader &parts)
{
    if (!serves(s, QStringLiteral("config.openshift.io/v1")) || parts.cancelled())
        return;
    QJsonObject cv;
    if (parts.record(QStringLiteral("clusterversion"),
                     client.getJson(QStringLiteral("/apis/config.openshift.io/v1/clusterversions/version"), &cv)))
        s.openShift = apiobjects::clusterVersion(cv);
}

// Cancelled, partial (some parts could not be read) or complete.
void setVerdict(CollectResult &result, const PartReader &parts)
{
    const ClusterSnapshot &s = result.snapshot;
    if (parts.cancelled()) {
        result.status = CollectStatus::Cancelled;
        result.message = QCoreApplication::translate("Collector", "Cancelled.");
    } else if (s.isPartial()) {
        result.status = CollectStatus::Partial;
        result.message =
            QCoreApplication::translate("Collector", "%n part(s) could not be read.", nullptr, int(s.errors.size()));
    } else {
        result.status = CollectStatus::Ok;
    }
}

} // namespace

CollectResult collectCluster(KubeClient &client, const QString &context)
{
    CollectResult result;
    result.context = context;
    result.insecure = client.insecure();
    ClusterSnapshot &s = result.snapshot;
    s.name = context;
    s.context = context;
    s.server = client.server();
    s.collectedAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);

    QJsonObject version;
    const Response versionResponse = client.getJson(QStringLiteral("/version"), &version);
    if (!versionResponse.ok()) {
        result.status = statusFor(versionResponse.failure);
        result.message = versionResponse.message;
        return result;
    }
    s.serverVersion = version.value(QStringLiteral("gitVersion")).toString();
    s.platform = version.value(QStringLiteral("platform")).toString();

    PartReader parts(client, s);
    readDiscovery(client, s, parts);
    readNodes(s, parts);
    readAddons(s, parts);
    readDeprecatedApiRequests(client, s, parts);
    readWorkloads(s, parts);
    readHelmReleases(s, parts);
    readCrds(s, parts);
    readOperators(s, parts);
    readOpenShiftVersion(client, s, parts);

    s.distribution = detectDistribution(s).distribution;
    setVerdict(result, parts);
    return result;
}

CollectResult collectInCluster(KubeClient &client, const QString &name)
{
    CollectResult result = collectCluster(client, name);
    result.snapshot.context.clear();
    return result;
}

void collectEach(const KubeConfig &config, const QStringList &contexts, const ClientOptions &options,
                 ExecCredentialProvider *credentials, const CollectSink &sink, int maxParallel,
                 const std::function<void(int)> &started)
{
    std::atomic<int> next{0};
    const auto work = [&] {
        for (int i = next++; i < contexts.size(); i = next++) {
            if (started)
                started(i);
            QString error;
            const auto connection = config.connection(contexts.at(i), &error);
            CollectResult result;
            if (!connection) {
                result.context = contexts.at(i);
                result.status = CollectStatus::Error;
                result.message = error;
            } else {
                KubeClient client(*connection, options, credentials);
                result = collectCluster(client, contexts.at(i));
            }
            sink(i, std::move(result));
        }
    };
    // One thread per cluster being read: each waits on its own server, so slow clusters do not hold up the others.
    const int threads = std::max(1, std::min<int>(maxParallel, int(contexts.size())));
    std::vector<std::thread> pool;
    pool.reserve(size_t(threads));
    for (int t = 0; t < threads; ++t)
        pool.emplace_back(work);
    for (auto &thread : pool)
        thread.join();
}

QList<CollectResult> collectContexts(const KubeConfig &config, const QStringList &contexts,
                                     const ClientOptions &options, ExecCredentialProvider *credentials,
                                     const CollectProgress &progress, int maxParallel)
{
    // Each index is written by one worker only, and the list is never resized meanwhile.
    std::vector<CollectResult> results(size_t(contexts.size()));
    collectEach(
        config, contexts, options, credentials,
        [&](int index, CollectResult &&result) {
            if (progress)
                progress(index, result);
            results[size_t(index)] = std::move(result);
        },
        maxParallel);
    return QList<CollectResult>(std::make_move_iterator(results.begin()), std::make_move_iterator(results.end()));
}

} // namespace kirikae
