#pragma once

#include "kubeconfig.h"
#include "listpage.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

typedef void CURLM; // NOLINT(modernize-use-using): matches curl/multi.h

namespace kirikae {

class ExecCredentialProvider;

enum class FailureKind {
    None,
    Unreachable, ///< refused, no route, name not found
    Timeout,
    Tls,          ///< certificate not trusted, wrong name, handshake refused
    Unauthorized, ///< 401
    Forbidden,    ///< 403
    NotFound,     ///< 404
    Gone,         ///< 410 (an expired continue token)
    Http,         ///< any other HTTP error
    Malformed,    ///< the body is not what the API promises
    TooLarge,
    Credentials, ///< the kubeconfig's credentials could not be had (plugin missing, failed)
    Cancelled,
};

struct ClientOptions
{
    int connectTimeoutMs = 10000;
    int requestTimeoutMs = 60000;
    int maxRetries = 3; ///< for transient failures only: reset connections, 429, 502, 503, 504
    int pageSize = 500;
    int concurrentRequests = 4; ///< requests to one server at once (fetchAll), each on a connection of its own
    qint64 maxResponseBytes = 512LL * 1024 * 1024;
    const std::atomic<bool> *cancel = nullptr;
};

struct Response
{
    int status = 0;
    QByteArray body;
    FailureKind failure = FailureKind::None;
    QString message; ///< one sentence naming the URL and the cause; never a credential
    bool ok() const { return failure == FailureKind::None; }
};

/// One list or one GET of fetchAll().
struct Fetch
{
    /// One GET.
    explicit Fetch(QString getPath)
        : path(std::move(getPath))
    {
    }
    /// A list.
    Fetch(QString listPath, std::function<void(const QJsonObject &)> onListItem, std::function<void()> onListRestart,
          const QStringList *onlyNamespaces)
        : path(std::move(listPath))
        , onItem(std::move(onListItem))
        , onRestart(std::move(onListRestart))
        , namespaces(onlyNamespaces)
    {
    }

    QString path;
    /// Set: path is a list, read page by page, each item handed here. Unset: one GET, its body left in response.
    std::function<void(const QJsonObject &)> onItem;
    std::function<void()> onRestart; ///< a list starts again from its first page (its continue token expired)
    const QStringList *namespaces = nullptr; ///< a list's items outside these are skipped undecoded
    Response response;                       ///< how it ended
};

/**
 * A read-only client for one API server, on libcurl (OpenSSL) with in-memory certificates.
 *
 * It can only send GET: there is no other request method in its interface, and GetTransfer (transfer.h) sets the
 * method for every transfer. Tests against the project's fake API server check that nothing else is ever sent.
 * Requests run on one curl multi handle in the caller's thread, several at once (fetchAll), on connections kept
 * between them. A user's tokenFile (a pod's service account) is read again before every fetchAll, get() and list(),
 * as client-go reads it again: a rotated token is used from the next collection on.
 */
class KubeClient
{
public:
    KubeClient(Connection connection, ClientOptions options, ExecCredentialProvider *credentials);
    ~KubeClient();
    KubeClient(const KubeClient &) = delete;
    KubeClient &operator=(const KubeClient &) = delete;

    /**
     * Runs every fetch together, in this thread, on at most concurrentRequests connections: a cluster's
     * independent lists need not wait for each other. Each page, retry and re-authentication is as get() and
     * list() do it; the callbacks are called in this thread, pages of one list in order.
     */
    void fetchAll(QList<Fetch> &fetches);
    /// GET path (with its query); retries transient failures.
    Response get(const QString &path);
    /// GET path and parse a JSON object into object.
    Response getJson(const QString &path, QJsonObject *object);
    /// Lists a collection with limit/continue; onItem sees every item (with namespaces, only the items in those
    /// namespaces: the others are skipped undecoded). When a continue token has expired (410 Gone) the list starts
    /// again from the beginning, after onRestart.
    Response list(const QString &path, const std::function<void(const QJsonObject &)> &onItem,
                  const std::function<void()> &onRestart = {}, const QStringList *namespaces = nullptr);

    /// Parses r's body as a JSON object into object, or marks r malformed with Qt's reason.
    void readObject(Response &r, const QString &path, QJsonObject *object) const;

    QString server() const { return m_connection.cluster.server; }
    bool insecure() const { return m_connection.cluster.insecureSkipTlsVerify; }
    static QString userAgent();
    /// "unreachable", "timeout", "tls-error", "unauthorized", "forbidden", … as the collect JSON uses them.
    static QString failureKey(FailureKind kind);

private:
    /// One page of a list: with namespaces, by simdjson (see ListPage), otherwise by Qt. Nothing when r is malformed.
    std::optional<ListPage> readPage(Response &r, const QString &path, const QStringList *namespaces) const;

    struct Step;
    /// What a finished try of step's request leads to: another try, the next page, or the end of its fetch.
    void advance(Step &step, Response &&response, bool transient, int retryAfterSeconds);
    /// A list page arrived: hands its items over; true when there is a next page to ask for.
    bool takePage(Step &step, Response &response);
    bool setupCredentials(Response *failure);

    Connection m_connection;
    ClientOptions m_options;
    ExecCredentialProvider *m_credentials;
    CURLM *m_multi;
    QString m_bearer;
    QByteArray m_certBlob;
    QByteArray m_keyBlob;
};

} // namespace kirikae
