#include "collectionjob.h"

#include "execcredential.h"
#include "snapshot/snapshotfile.h"

#include <QDir>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace kirikae {

struct CollectionJob::Run
{
    std::atomic<bool> cancelled{false};
};

CollectionJob::CollectionJob(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ContextOutcome>();
}

CollectionJob::~CollectionJob()
{
    cancel();
}

void CollectionJob::cancel()
{
    if (m_run)
        m_run->cancelled = true;
}

void CollectionJob::start(const QStringList &kubeconfigFiles, const QStringList &contexts, const QString &outputDir,
                          const ClientOptions &options, int maxParallel)
{
    cancel();
    auto run = std::make_shared<Run>();
    m_run = run;
    m_running = true;
    for (const QString &context : contexts)
        Q_EMIT contextQueued(context);

    QPointer<CollectionJob> self(this);
    const auto deliver = [self, run](auto function) {
        // Back to the job's thread; dropped when the job is gone or a newer run replaced this one.
        QMetaObject::invokeMethod(
            self.data(),
            [self, run, function] {
                if (self && self->m_run == run)
                    function(self.data());
            },
            Qt::QueuedConnection);
    };

    std::ignore = QtConcurrent::run([=] {
        QString error;
        const auto config = KubeConfig::load(kubeconfigFiles, &error);
        if (!config) {
            deliver([error](CollectionJob *job) {
                job->m_running = false;
                Q_EMIT job->finished(error);
            });
            return;
        }
        QDir().mkpath(outputDir);
        ClientOptions runOptions = options;
        runOptions.cancel = &run->cancelled;
        ExecCredentialProvider credentials;
        // Each snapshot is written as soon as its cluster is read and then dropped: a large fleet never sits in
        // memory whole, and what was collected survives a crash or a cancel.
        collectEach(*config, contexts, runOptions, &credentials, [&](int, CollectResult &&result) {
            ContextOutcome outcome;
            outcome.context = result.context;
            outcome.status = result.status;
            outcome.message = result.message;
            outcome.insecure = result.insecure;
            outcome.finishedAt = QDateTime::currentDateTimeUtc();
            if (result.hasSnapshot()) {
                for (const CollectionError &e : result.snapshot.errors)
                    outcome.notCollected << e.part + QStringLiteral(": ") + e.message;
                const QString file = QDir(outputDir).filePath(SnapshotFile::fileNameForContext(result.context));
                QString writeError;
                if (SnapshotFile::write(result.snapshot, file, &writeError)) {
                    outcome.file = file;
                } else {
                    outcome.status = CollectStatus::Error;
                    outcome.message = writeError;
                }
            }
            deliver([outcome](CollectionJob *job) { Q_EMIT job->contextFinished(outcome); });
        }, maxParallel, [&](int i) {
            deliver([context = contexts.at(i)](CollectionJob *job) { Q_EMIT job->contextStarted(context); });
        });
        deliver([](CollectionJob *job) {
            job->m_running = false;
            Q_EMIT job->finished(QString());
        });
    });
}

} // namespace kirikae
