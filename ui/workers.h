#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>

namespace kirikae {

/**
 * Runs work on the thread pool and hands its result to done on receiver's thread — or to nobody, when the receiver
 * is gone by then. (QFuture::then(context, …) would be the obvious tool, but Qt 6.4 asserts when the context dies
 * while the worker runs, which happens whenever a window closes in the middle of a load.)
 */
template <typename Work, typename Done> void runInBackground(QObject *receiver, Work work, Done done)
{
    using Result = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<Result>(receiver);
    QObject::connect(watcher, &QFutureWatcherBase::finished, receiver, [watcher, done = std::move(done)]() mutable {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace kirikae
