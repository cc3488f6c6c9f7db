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

/// Progress of a multi-cluster collection: called from worker threads.
using CollectProgress = std::function<void(int index, const CollectResult &result)>;

/**
 * Collects several contexts at once, one worker per cluster (bounded by maxParallel), sharing one
 * credential-plugin cache. A context that cannot be resolved from the kubeconfig is an Error result.
 * Results are in the order of contexts.
 */
QList<CollectResult> collectContexts(const KubeConfig &config, const QStringList &contexts,
                                     const ClientOptions &options, ExecCredentialProvider *credentials,
                                     const CollectProgress &progress = {}, int maxParallel = 16);

} // namespace kirikae
