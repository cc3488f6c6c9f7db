#pragma once

#include "kubeconfig.h"
#include "listpage.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

typedef void CURL; // NOLINT(modernize-use-using): matches curl.h

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

/**
 * A read-only client for one API server, on libcurl (OpenSSL) with in-memory certificates.
 *
 * It can only send GET: there is no other request method in its interface, and perform() sets the method
 * for every transfer. Tests against the project's fake API server check that nothing else is ever sent.
 * A user's tokenFile (a pod's service account) is read again before every request, as client-go does.
 */
class KubeClient
{
public:
    KubeClient(Connection connection, ClientOptions options, ExecCredentialProvider *credentials);
    ~KubeClient();
    KubeClient(const KubeClient &) = delete;
    KubeClient &operator=(const KubeClient &) = delete;

    /// GET path (with its query); retries transient failures.
    Response get(const QString &path);
    /// GET path and parse a JSON object into object.
    Response getJson(const QString &path, QJsonObject *object);
    /// Lists a collection with limit/continue; onItem sees every item (with namespaces, only the items in those
    /// namespaces: the others are skipped undecoded). When a continue token has expired (410 Gone) the list starts
    /// again from the beginning, after onRestart.
    Response list(const QString &path, const std::function<void(const QJsonObject &)> &onItem,
                  const std::function<void()> &onRestart = {}, const QStringList *namespaces = nullptr);

    QString server() const { return m_connection.cluster.server; }
    bool insecure() const { return m_connection.cluster.insecureSkipTlsVerify; }
    static QString userAgent();
    /// "unreachable", "timeout", "tls-error", "unauthorized", "forbidden", … as the collect JSON uses them.
    static QString failureKey(FailureKind kind);

private:
    /// Parses r's body as a JSON object into object, or marks r malformed with Qt's reason.
    void readObject(Response &r, const QString &path, QJsonObject *object) const;
    /// One page of a list: with namespaces, by simdjson (see ListPage), otherwise by Qt. Nothing when r is malformed.
    std::optional<ListPage> readPage(Response &r, const QString &path, const QStringList *namespaces) const;

    struct Attempt
    {
        Response response;
        bool transient = false; ///< worth another try: reset connection, 429, 502, 503, 504
        int retryAfterSeconds = 0;
    };
    Attempt perform(const QString &path, const QString &bearer);
    bool setupCredentials(Response *failure);

    Connection m_connection;
    ClientOptions m_options;
    ExecCredentialProvider *m_credentials;
    CURL *m_curl;
    QString m_bearer;
    QByteArray m_certBlob;
    QByteArray m_keyBlob;
};

} // namespace kirikae
