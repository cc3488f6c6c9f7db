// KubeClient's requests: several at once on one curl multi handle, retries, re-authentication, and lists read page
// by page (limit/continue, a restart on 410 Gone, each page read as ListPage does).
#include "kubeclient.h"

#include "execcredential.h"
#include "transfer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrlQuery>

#include <chrono>
#include <memory>
#include <vector>

namespace kirikae {

namespace {

using Clock = std::chrono::steady_clock;

// A list's page: the path with limit and, after the first page, continue.
QString pagePath(const QString &path, int pageSize, const QString &continueToken)
{
    QUrlQuery query(path.section(u'?', 1));
    query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
    if (!continueToken.isEmpty())
        query.addQueryItem(QStringLiteral("continue"), continueToken);
    return path.section(u'?', 0, 0) + u'?' + query.toString(QUrl::FullyEncoded);
}

} // namespace

/// A fetch on its way: the request it makes now (a page, for a list), its tries, and its restarts.
struct KubeClient::Step
{
    Fetch *fetch = nullptr;
    QString requestPath;
    QString continueToken;
    int tries = 0; ///< of the current request, after the first
    bool reauthenticated = false;
    int restarts = 0;
    Clock::time_point notBefore{};
    std::unique_ptr<GetTransfer> transfer; ///< while its request runs
    bool done = false;
};

Response KubeClient::list(const QString &path, const std::function<void(const QJsonObject &)> &onItem,
                          const std::function<void()> &onRestart, const QStringList *namespaces)
{
    QList<Fetch> one{Fetch{path, onItem, onRestart, namespaces}};
    fetchAll(one);
    return std::move(one.first().response);
}

void KubeClient::fetchAll(QList<Fetch> &fetches)
{
    Response credentialFailure;
    if (!setupCredentials(&credentialFailure)) {
        for (Fetch &fetch : fetches)
            fetch.response = credentialFailure;
        return;
    }
    std::vector<Step> steps(size_t(fetches.size()));
    for (size_t i = 0; i < steps.size(); ++i) {
        Fetch &fetch = fetches[qsizetype(i)];
        steps[i].fetch = &fetch;
        steps[i].requestPath = fetch.onItem ? pagePath(fetch.path, m_options.pageSize, {}) : fetch.path;
    }
    const int most = std::max(1, m_options.concurrentRequests);
    int running = 0;
    size_t unfinished = steps.size();
    while (unfinished > 0) {
        const bool cancelled = m_options.cancel && m_options.cancel->load();
        for (Step &step : steps) {
            if (running >= most)
                break;
            if (step.done || step.transfer || step.notBefore > Clock::now())
                continue;
            if (cancelled) {
                Response r;
                r.failure = FailureKind::Cancelled;
                r.message = QCoreApplication::translate("KubeClient", "%1: cancelled.")
                                .arg(server() + step.fetch->path.section(u'?', 0, 0));
                step.fetch->response = std::move(r);
                step.done = true;
                --unfinished;
                continue;
            }
            step.transfer = std::make_unique<GetTransfer>(m_connection, step.requestPath, m_bearer, m_certBlob,
                                                          m_keyBlob, m_options);
            curl_easy_setopt(step.transfer->handle(), CURLOPT_PRIVATE, &step);
            curl_multi_add_handle(m_multi, step.transfer->handle());
            ++running;
        }
        int active = 0;
        curl_multi_perform(m_multi, &active);
        int queued = 0;
        while (CURLMsg *message = curl_multi_info_read(m_multi, &queued)) {
            if (message->msg != CURLMSG_DONE)
                continue;
            CURL *handle = message->easy_handle;
            const CURLcode code = message->data.result; // the message is gone once its handle is removed
            Step *step = nullptr;
            curl_easy_getinfo(handle, CURLINFO_PRIVATE, &step);
            curl_multi_remove_handle(m_multi, handle);
            Attempt attempt = step->transfer->finish(code);
            step->transfer.reset();
            --running;
            advance(*step, std::move(attempt.response), attempt.transient, attempt.retryAfterSeconds);
            unfinished -= step->done ? 1 : 0;
        }
        if (unfinished == 0)
            break;
        // Wait for the network, or until the next step that waits (a retry's back-off) may start.
        auto wait = std::chrono::milliseconds(200);
        if (running < most) {
            for (const Step &step : steps) {
                if (!step.done && !step.transfer)
                    wait = std::min(wait, std::chrono::duration_cast<std::chrono::milliseconds>(
                                              std::max(Clock::duration::zero(), step.notBefore - Clock::now())));
            }
        }
        if (wait.count() > 0 || running == most)
            curl_multi_poll(m_multi, nullptr, 0, int(wait.count()), nullptr);
    }
}

void KubeClient::advance(Step &step, Response &&response, bool transient, int retryAfterSeconds)
{
    if (response.failure == FailureKind::Unauthorized && m_connection.user.exec && !step.reauthenticated) {
        // The plugin's token may have been revoked before its expiry: ask the plugin again, once.
        m_credentials->invalidate(*m_connection.user.exec);
        step.reauthenticated = true;
        Response failure;
        if (setupCredentials(&failure)) {
            step.notBefore = Clock::now();
            return;
        }
        response = std::move(failure);
    } else if (transient && step.tries < m_options.maxRetries && !(m_options.cancel && m_options.cancel->load())) {
        // Back off, or wait as long as a 429's Retry-After asks (bounded).
        const auto pause = retryAfterSeconds > 0 ? std::chrono::milliseconds(std::min(retryAfterSeconds, 10) * 1000)
                                                 : std::chrono::milliseconds(200 << step.tries);
        ++step.tries;
        step.notBefore = Clock::now() + pause;
        return;
    } else if (step.fetch->onItem && takePage(step, response)) {
        step.tries = 0;
        step.reauthenticated = false;
        step.notBefore = Clock::now();
        return;
    }
    step.fetch->response = std::move(response);
    step.done = true;
}

bool KubeClient::takePage(Step &step, Response &r)
{
    constexpr int maxRestarts = 2;
    Fetch &fetch = *step.fetch;
    if (r.failure == FailureKind::Gone && !step.continueToken.isEmpty() && step.restarts < maxRestarts) {
        // The continue token expired (etcd compacted): the list must be read again from the start.
        ++step.restarts;
        step.continueToken.clear();
        if (fetch.onRestart)
            fetch.onRestart();
        step.requestPath = pagePath(fetch.path, m_options.pageSize, {});
        return true;
    }
    if (!r.ok())
        return false;
    const std::optional<ListPage> page = readPage(r, step.requestPath, fetch.namespaces);
    if (!page)
        return false;
    if (!page->hasItems) {
        r.failure = FailureKind::Malformed;
        r.message = QCoreApplication::translate("KubeClient", "%1: the answer is not a list (no “items”).")
                        .arg(server() + fetch.path.section(u'?', 0, 0));
        return false;
    }
    for (const QJsonObject &item : page->items)
        fetch.onItem(item);
    step.continueToken = page->continueToken;
    if (step.continueToken.isEmpty())
        return false;
    step.requestPath = pagePath(fetch.path, m_options.pageSize, step.continueToken);
    return true;
}

std::optional<ListPage> KubeClient::readPage(Response &r, const QString &path, const QStringList *namespaces) const
{
    if (namespaces) {
        if (auto page = ListPage::read(r.body, *namespaces)) {
            r.body.clear();
            return page;
        }
    } // else, or when simdjson refuses it: Qt reads it and words what is wrong
    QJsonObject object;
    readObject(r, path, &object);
    if (!r.ok())
        return std::nullopt;
    ListPage page;
    const QJsonValue items = object.value(QStringLiteral("items"));
    page.hasItems = items.isArray() || items.isNull();
    for (const QJsonValue &item : items.toArray())
        page.items << item.toObject();
    page.continueToken =
        object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("continue")).toString();
    return page;
}

} // namespace kirikae
