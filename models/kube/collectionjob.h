#pragma once

#include "collector.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace kirikae {

/**
 * Collects kubeconfig contexts on worker threads and writes one snapshot file per context into a folder.
 * Signals arrive on the thread that owns the job (the GUI thread); start() returns at once. A job started
 * while another runs cancels the older one, whose late results are dropped.
 */
class CollectionJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionJob)

public:
    explicit CollectionJob(QObject *parent = nullptr);
    ~CollectionJob() override;

    /// Collects contexts, at most maxParallel clusters at once.
    void start(const QStringList &kubeconfigFiles, const QStringList &contexts, const QString &outputDir,
               const ClientOptions &options = {}, int maxParallel = defaultParallelClusters);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /// Every context of a run, at its start: each waits for one of the run's workers.
    void contextQueued(const QString &context);
    /// A worker has begun reading context.
    void contextStarted(const QString &context);
    void contextFinished(const kirikae::ContextOutcome &outcome);
    /// errorText is set when nothing could be collected at all (no kubeconfig).
    void finished(const QString &errorText);

private:
    struct Run;
    std::shared_ptr<Run> m_run;
    bool m_running = false;
};

} // namespace kirikae
