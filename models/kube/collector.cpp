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

/// The parts of a cluster, fetched together; each failure recorded as a part the snapshot could not see, in the
/// order the parts were added, whatever order the answers came in.
class PartReader
{
public:
    PartReader(KubeClient &client, ClusterSnapshot &snapshot)
        : m_client(client)
        , m_snapshot(snapshot)
    {
    }

    /// A list: each item to onItem, and onRestart when it starts again from its first page.
    void list(const QString &part, const QString &path, const std::function<void(const QJsonObject &)> &onItem,
              const std::function<void()> &onRestart, const QStringList *namespaces = nullptr)
    {
        m_parts << Part{part, Fetch{path, onItem, onRestart, namespaces}, {}};
    }

    /// One GET; then reads its answer (it may mark it malformed) before it is recorded.
    void get(const QString &part, const QString &path, const std::function<void(Response &)> &then)
    {
        m_parts << Part{part, Fetch{path}, then};
    }

    /// A JSON object's GET: object is set when it could be read.
    void getObject(const QString &part, const QString &path, const std::function<void(const QJsonObject &)> &then)
    {
        get(part, path, [this, path, then](Response &r) {
            QJsonObject object;
            if (r.ok())
                m_client.readObject(r, path, &object);
            if (r.ok())
                then(object);
        });
    }

    /// Fetches what was added (nothing once cancelled), then records each part in order.
    void run()
    {
        QList<Fetch> fetches;
        for (const Part &part : std::as_const(m_parts))
            fetches << part.fetch;
        if (!m_cancelled)
            m_client.fetchAll(fetches);
        for (qsizetype i = 0; i < m_parts.size() && !m_cancelled; ++i) {
            Response &r = fetches[i].response;
            if (m_parts.at(i).then)
                m_parts.at(i).then(r);
            record(m_parts.at(i).name, r);
        }
        m_parts.clear();
    }

    bool cancelled() const { return m_cancelled; }

private:
    void record(const QString &part, const Response &r)
    {
        if (!r.ok())
            m_snapshot.errors << CollectionError{part, r.message};
        m_cancelled = m_cancelled || r.failure == FailureKind::Cancelled;
    }

    struct Part
    {
        QString name;
        Fetch fetch;
        std::function<void(Response &)> then;
    };
    KubeClient &m_client;
    ClusterSnapshot &m_snapshot;
    QList<Part> m_parts;
    bool m_cancelled = false;
};

void readDiscovery(ClusterSnapshot &s, PartReader &parts)
{
    parts.getObject(QStringLiteral("/api"), QStringLiteral("/api"), [&s](const QJsonObject &core) {
        for (const auto &v : core.value(QStringLiteral("versions")).toArray())
            s.groupVersions << v.toString();
    });
    parts.getObject(QStringLiteral("/apis"), QStringLiteral("/apis"), [&s](const QJsonObject &groups) {
        for (const auto &g : groups.value(QStringLiteral("groups")).toArray()) {
            for (const auto &v : g.toObject().value(QStringLiteral("versions")).toArray())
                s.groupVersions << v.toObject().value(QStringLiteral("groupVersion")).toString();
        }
    });
}

bool serves(const ClusterSnapshot &s, const QString &groupVersion)
{
    return s.groupVersions.contains(groupVersion);
}

/// What lists gather while they run, before it goes into the snapshot in a fixed order.
struct Gathered
{
    std::vector<QList<ObjectUse>> workloads; ///< one list per workload kind
    QSet<QString> seenComponents;
    QList<CollectionError> helmErrors;
};

void readWorkloads(ClusterSnapshot &s, PartReader &parts, Gathered &gathered)
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
    gathered.workloads.resize(size_t(workloads.size()));
    for (qsizetype i = 0; i < workloads.size(); ++i) {
        const auto &[groupVersion, path] = workloads.at(i);
        if (!serves(s, groupVersion))
            continue;
        QList<ObjectUse> &found = gathered.workloads[size_t(i)];
        parts.list(
            path.section(u'/', -1), path, [&found](const QJsonObject &o) { found << apiobjects::objectUses(o); },
            [&found] { found.clear(); });
    }
}

void readNodes(ClusterSnapshot &s, PartReader &parts)
{
    parts.list(
        QStringLiteral("nodes"), QStringLiteral("/api/v1/nodes"),
        [&s](const QJsonObject &o) { s.nodes << apiobjects::node(o); }, [&s] { s.nodes.clear(); });
}

// Add-ons: one entry per component, version and place (a DaemonSet's pods collapse into one).
void readAddons(ClusterSnapshot &s, PartReader &parts, Gathered &gathered)
{
    QSet<QString> &seen = gathered.seenComponents;
    parts.list(
        QStringLiteral("pods"), QStringLiteral("/api/v1/pods"),
        [&s, &seen](const QJsonObject &pod) {
            if (!apiobjects::isAddonPod(pod))
                return;
            for (const ComponentInfo &c : apiobjects::podComponents(pod)) {
                const QString key = c.name + u'\x1f' + c.version + u'\x1f' + c.where;
                if (!seen.contains(key)) {
                    seen.insert(key);
                    s.components << c;
                }
            }
        },
        [&s, &seen] {
            s.components.clear();
            seen.clear();
        },
        &apiobjects::addonNamespaces()); // the other pods are skipped undecoded: most of a large cluster's
}

void readDeprecatedApiRequests(ClusterSnapshot &s, PartReader &parts)
{
    parts.get(QStringLiteral("/metrics"), QStringLiteral("/metrics"), [&s](Response &metrics) {
        if (metrics.ok())
            s.deprecatedApiRequests = apiobjects::deprecatedApiRequests(metrics.body);
    });
}

void readHelmReleases(ClusterSnapshot &s, PartReader &parts, Gathered &gathered)
{
    parts.list(
        QStringLiteral("helm releases"), QStringLiteral("/api/v1/secrets?labelSelector=owner%3Dhelm"),
        [&s, &gathered](const QJsonObject &secret) {
            QString error;
            if (auto release = apiobjects::helmRelease(secret, &error))
                s.helmReleases << *release;
            else
                gathered.helmErrors << CollectionError{QStringLiteral("helm releases"), error};
        },
        [&s, &gathered] {
            s.helmReleases.clear();
            gathered.helmErrors.clear();
        });
}

void readCrds(ClusterSnapshot &s, PartReader &parts)
{
    if (!serves(s, QStringLiteral("apiextensions.k8s.io/v1")))
        return;
    parts.list(
        QStringLiteral("customresourcedefinitions"),
        QStringLiteral("/apis/apiextensions.k8s.io/v1/customresourcedefinitions"),
        [&s](const QJsonObject &o) { s.crds << apiobjects::crd(o); }, [&s] { s.crds.clear(); });
}

void readOperators(ClusterSnapshot &s, PartReader &parts)
{
    if (!serves(s, QStringLiteral("operators.coreos.com/v1alpha1")))
        return;
    parts.list(
        QStringLiteral("clusterserviceversions"),
        QStringLiteral("/apis/operators.coreos.com/v1alpha1/clusterserviceversions"),
        [&s](const QJsonObject &o) {
            // OLM copies an AllNamespaces operator's CSV into every namespace; one install is one operator.
            if (!apiobjects::isCopiedCsv(o))
                s.operators << apiobjects::clusterServiceVersion(o);
        },
        [&s] { s.operators.clear(); });
    parts.list(
        QStringLiteral("subscriptions"), QStringLiteral("/apis/operators.coreos.com/v1alpha1/subscriptions"),
        [&s](const QJsonObject &o) { s.subscriptions << apiobjects::subscription(o); },
        [&s] { s.subscriptions.clear(); });
}

void readOpenShiftVersion(ClusterSnapshot &s, PartReader &parts)
{
    if (!serves(s, QStringLiteral("config.openshift.io/v1")))
        return;
    parts.getObject(QStringLiteral("clusterversion"),
                    QStringLiteral("/apis/config.openshift.io/v1/clusterversions/version"),
                    [&s](const QJsonObject &cv) { s.openShift = apiobjects::clusterVersion(cv); });
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

    // Discovery first (what the server serves decides what is asked), then every other part at once.
    PartReader parts(client, s);
    readDiscovery(s, parts);
    parts.run();
    Gathered gathered;
    readNodes(s, parts);
    readAddons(s, parts, gathered);
    readDeprecatedApiRequests(s, parts);
    readWorkloads(s, parts, gathered);
    readHelmReleases(s, parts, gathered);
    readCrds(s, parts);
    readOperators(s, parts);
    readOpenShiftVersion(s, parts);
    parts.run();
    for (const QList<ObjectUse> &uses : gathered.workloads)
        s.objectUses << uses;
    s.errors << gathered.helmErrors;
    olm::applySubscriptions(s.operators, s.subscriptions);

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
