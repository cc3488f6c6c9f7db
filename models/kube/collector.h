#pragma once

#include "kubeclient.h"
#include "kubeconfig.h"
#include "snapshot/clustersnapshot.h"
#include "snapshot/collectionoutcome.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace kirikae {

class ExecCredentialProvider;

/// One context's collection: a snapshot (complete or partial), or why there is none.
struct CollectResult
{
    QString context;
    CollectStatus status = CollectStatus::Error;
    QString message;
    ClusterSnapshot snapshot; ///< meaningful when status is Ok or Partial
    bool insecure = false;    ///< the context skips TLS verification
    bool hasSnapshot() const { return status == CollectStatus::Ok || status == CollectStatus::Partial; }
};

/**
 * Reads one cluster into a ClusterSnapshot with GET requests only. /version decides whether the cluster is
 * reachable at all; any later part that fails (403 on /metrics, a 404, a malformed list) is recorded in
 * snapshot.errors and the collection goes on: the result is then Partial.
 */
CollectResult collectCluster(KubeClient &client, const QString &context);

/// collectCluster() for the cluster this process runs in (InCluster): the snapshot is called name and has no
/// kubeconfig context.
CollectResult collectInCluster(KubeClient &client, const QString &name);

/// How many clusters a collection reads at once unless told otherwise.
constexpr int defaultParallelClusters = 8;

/// Progress of a multi-cluster collection: called from worker threads.
using CollectProgress = std::function<void(int index, const CollectResult &result)>;
/// Takes each cluster's result as soon as it is collected, on the worker thread that collected it. The result is
/// the sink's: the collector keeps nothing once the sink returns.
using CollectSink = std::function<void(int index, CollectResult &&result)>;

/**
 * Collects several contexts with at most maxParallel worker threads (each reads one cluster at a time), sharing
 * one credential-plugin cache, and hands each result to sink when its cluster is done. A context that cannot be
 * resolved from the kubeconfig is an Error result. Threads and memory are bounded by maxParallel: a sink that
 * writes a result out and drops it keeps at most maxParallel snapshots alive, however many contexts there are.
 */
void collectEach(const KubeConfig &config, const QStringList &contexts, const ClientOptions &options,
                 ExecCredentialProvider *credentials, const CollectSink &sink,
                 int maxParallel = defaultParallelClusters, const std::function<void(int)> &started = {});

/**
 * collectEach() keeping every result: in the order of contexts, each also passed to progress when it ends. For a
 * handful of clusters; a fleet is written out as it goes with collectEach().
 */
QList<CollectResult> collectContexts(const KubeConfig &config, const QStringList &contexts,
                                     const ClientOptions &options, ExecCredentialProvider *credentials,
                                     const CollectProgress &progress = {}, int maxParallel = defaultParallelClusters);

} // namespace kirikae
