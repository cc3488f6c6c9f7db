// One GET as a curl easy handle: read-only options, TLS from memory, and failures named for a person.
#include "transfer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrl>

namespace kirikae {

namespace {

struct Transfer
{
    QByteArray body;
    qint64 limit = 0;
    bool tooLarge = false;
    int retryAfterSeconds = 0;
    const std::atomic<bool> *cancel = nullptr;
};

size_t writeBody(char *data, size_t size, size_t count, void *user)
{
    auto *transfer = static_cast<Transfer *>(user);
    const size_t bytes = size * count;
    if (transfer->body.size() + qint64(bytes) > transfer->limit) {
        transfer->tooLarge = true;
        return 0; // makes curl stop with CURLE_WRITE_ERROR
    }
    transfer->body.append(data, qsizetype(bytes));
    return bytes;
}

size_t readHeader(char *data, size_t size, size_t count, void *user)
{
    auto *transfer = static_cast<Transfer *>(user);
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    if (line.toLower().startsWith("retry-after:"))
        transfer->retryAfterSeconds = line.mid(12).trimmed().toInt();
    return size * count;
}

int progress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto *transfer = static_cast<Transfer *>(user);
    return transfer->cancel && transfer->cancel->load() ? 1 : 0;
}

void setBlob(CURL *curl, CURLoption option, const QByteArray &data)
{
    curl_blob blob{const_cast<char *>(data.constData()), size_t(data.size()), CURL_BLOB_COPY};
    curl_easy_setopt(curl, option, &blob);
}

// The message of a Kubernetes Status object, if the body is one.
QString statusMessage(const QByteArray &body)
{
    const QJsonObject status = QJsonDocument::fromJson(body).object();
    if (status.value(QStringLiteral("kind")).toString() == u"Status")
        return status.value(QStringLiteral("message")).toString().left(300);
    return {};
}

bool transient(const Response &r, CURLcode code)
{
    if (code == CURLE_SEND_ERROR || code == CURLE_RECV_ERROR || code == CURLE_GOT_NOTHING || code == CURLE_PARTIAL_FILE)
        return r.failure != FailureKind::Tls;
    return r.status == 429 || r.status == 502 || r.status == 503 || r.status == 504;
}

// Everything curl points into during one transfer; the lists are freed after it.
struct RequestBuffers
{
    QByteArray url;
    QByteArray connectTo;
    QByteArray agent;
    QByteArray authorization;
    QByteArray username;
    QByteArray password;
    QByteArray proxy;
    curl_slist *headers = nullptr;
    curl_slist *connectToList = nullptr;

    RequestBuffers() = default;
    RequestBuffers(const RequestBuffers &) = delete;
    RequestBuffers &operator=(const RequestBuffers &) = delete;
    ~RequestBuffers()
    {
        curl_slist_free_all(headers);
        curl_slist_free_all(connectToList);
    }
};

// The URL, the address actually connected to (tls-server-name) and the proxy.
void setTarget(CURL *curl, RequestBuffers &buffers, const QString &server, const QString &path,
               const KubeCluster &cluster)
{
    const QByteArray url = (server.endsWith(u'/') ? server.chopped(1) : server).toUtf8() + path.toUtf8();
    buffers.url = url;
    if (!cluster.tlsServerName.isEmpty()) {
        // Verify (and send SNI for) tls-server-name while connecting to the real address.
        const QUrl parsed(QString::fromUtf8(url));
        const int port = parsed.port(443);
        QUrl named = parsed;
        named.setHost(cluster.tlsServerName);
        buffers.url = named.toString(QUrl::FullyEncoded).toUtf8();
        buffers.connectTo = cluster.tlsServerName.toUtf8() + ':' + QByteArray::number(port) + ':' +
                            parsed.host().toUtf8() + ':' + QByteArray::number(port);
    }
    curl_easy_setopt(curl, CURLOPT_URL, buffers.url.constData());
    if (!buffers.connectTo.isEmpty()) {
        buffers.connectToList = curl_slist_append(nullptr, buffers.connectTo.constData());
        curl_easy_setopt(curl, CURLOPT_CONNECT_TO, buffers.connectToList);
    }
    buffers.proxy = cluster.proxyUrl.toUtf8();
    if (!buffers.proxy.isEmpty())
        curl_easy_setopt(curl, CURLOPT_PROXY, buffers.proxy.constData());
}

// Read-only, enforced for every transfer: GET, no redirects, bounded in time.
void setReadOnlyGet(CURL *curl, RequestBuffers &buffers, const ClientOptions &options)
{
    curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "https,http");
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");
    buffers.agent = KubeClient::userAgent().toUtf8();
    curl_easy_setopt(curl, CURLOPT_USERAGENT, buffers.agent.constData());
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(options.connectTimeoutMs));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(options.requestTimeoutMs));
}

// Headers with the bearer token, or basic authentication when there is no token.
void setAuthorization(CURL *curl, RequestBuffers &buffers, const QString &bearer, const KubeUser &user)
{
    buffers.headers = curl_slist_append(nullptr, "Accept: application/json, */*");
    if (!bearer.isEmpty()) {
        buffers.authorization = "Authorization: Bearer " + bearer.toUtf8();
        buffers.headers = curl_slist_append(buffers.headers, buffers.authorization.constData());
    }
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, buffers.headers);
    buffers.username = user.username.toUtf8();
    buffers.password = user.password.toUtf8();
    if (bearer.isEmpty() && !buffers.username.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_HTTPAUTH, long(CURLAUTH_BASIC));
        curl_easy_setopt(curl, CURLOPT_USERNAME, buffers.username.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, buffers.password.constData());
    }
}

// The trusted CA, skipping verification when the kubeconfig says so, and the client certificate.
void setTls(CURL *curl, const KubeCluster &cluster, const QByteArray &certBlob, const QByteArray &keyBlob)
{
    if (!cluster.certificateAuthorityData.isEmpty())
        setBlob(curl, CURLOPT_CAINFO_BLOB, cluster.certificateAuthorityData);
    if (cluster.insecureSkipTlsVerify) {
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);
    }
    if (!certBlob.isEmpty() && !keyBlob.isEmpty()) {
        setBlob(curl, CURLOPT_SSLCERT_BLOB, certBlob);
        curl_easy_setopt(curl, CURLOPT_SSLCERTTYPE, "PEM");
        setBlob(curl, CURLOPT_SSLKEY_BLOB, keyBlob);
        curl_easy_setopt(curl, CURLOPT_SSLKEYTYPE, "PEM");
    }
}

// Body, headers and cancellation go through transfer; curl's own error text into errorBuffer.
void setCallbacks(CURL *curl, Transfer &transfer, char *errorBuffer)
{
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, writeBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, readHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, progress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
}

// Names a transfer that did not complete: unreachable, timed out, TLS, too large, cancelled.
void describeTransferFailure(Response &r, CURLcode code, const QString &where, const QString &detail,
                             const Transfer &transfer, qint64 maxResponseBytes)
{
    switch (code) {
    case CURLE_COULDNT_CONNECT:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        r.failure = FailureKind::Unreachable;
        r.message =
            QCoreApplication::translate("KubeClient", "%1: the server cannot be reached (%2).").arg(where, detail);
        return;
    case CURLE_OPERATION_TIMEDOUT:
        r.failure = FailureKind::Timeout;
        r.message =
            QCoreApplication::translate("KubeClient", "%1: no answer within the time limit (%2).").arg(where, detail);
        return;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CIPHER:
        r.failure = FailureKind::Tls;
        r.message = QCoreApplication::translate("KubeClient", "%1: TLS failed (%2).").arg(where, detail);
        return;
    case CURLE_WRITE_ERROR:
        if (transfer.tooLarge) {
            r.failure = FailureKind::TooLarge;
            r.message =
                QCoreApplication::translate("KubeClient", "%1: the answer is larger than %2 MB; it was not read.")
                    .arg(where)
                    .arg(maxResponseBytes >> 20);
            return;
        }
        break;
    case CURLE_ABORTED_BY_CALLBACK:
        r.failure = FailureKind::Cancelled;
        r.message = QCoreApplication::translate("KubeClient", "%1: cancelled.").arg(where);
        return;
    default:
        break;
    }
    // A server that demands a client certificate under TLS 1.3 ends the connection after the handshake:
    // curl reports a receive error whose text names the TLS alert.
    r.failure = detail.contains(QStringLiteral("alert"), Qt::CaseInsensitive) ||
                        detail.contains(QStringLiteral("certificate"), Qt::CaseInsensitive)
                    ? FailureKind::Tls
                    : FailureKind::Unreachable;
    r.message = r.failure == FailureKind::Tls
                    ? QCoreApplication::translate("KubeClient", "%1: TLS failed (%2).").arg(where, detail)
                    : QCoreApplication::translate("KubeClient", "%1: the connection failed (%2).").arg(where, detail);
}

// Names an HTTP error status, with the message of the Kubernetes Status in the body when there is one.
void describeHttpFailure(Response &r, const QString &where)
{
    const QString serverSays = statusMessage(r.body);
    const QString because = serverSays.isEmpty()
                                ? QString()
                                : QCoreApplication::translate("KubeClient", " The server says: %1").arg(serverSays);
    switch (r.status) {
    case 401:
        r.failure = FailureKind::Unauthorized;
        r.message =
            QCoreApplication::translate("KubeClient", "%1: 401 Unauthorized — the credentials were not accepted.")
                .arg(where) +
            because;
        break;
    case 403:
        r.failure = FailureKind::Forbidden;
        r.message =
            QCoreApplication::translate("KubeClient", "%1: 403 Forbidden — the user may not read this.").arg(where) +
            because;
        break;
    case 404:
        r.failure = FailureKind::NotFound;
        r.message = QCoreApplication::translate("KubeClient", "%1: 404 Not Found.").arg(where) + because;
        break;
    case 410:
        r.failure = FailureKind::Gone;
        r.message = QCoreApplication::translate("KubeClient", "%1: 410 Gone.").arg(where) + because;
        break;
    default:
        r.failure = FailureKind::Http;
        r.message = QCoreApplication::translate("KubeClient", "%1: HTTP %2.").arg(where).arg(r.status) + because;
        break;
    }
}

} // namespace

struct GetTransfer::State
{
    RequestBuffers buffers;
    Transfer transfer;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    QString where;
    qint64 maxResponseBytes = 0;
};

GetTransfer::GetTransfer(const Connection &connection, const QString &path, const QString &bearer,
                         const QByteArray &certBlob, const QByteArray &keyBlob, const ClientOptions &options)
    : m_curl(curl_easy_init())
    , m_state(new State)
{
    const QString &server = connection.cluster.server;
    m_state->where = server + path.section(u'?', 0, 0);
    m_state->maxResponseBytes = options.maxResponseBytes;
    setTarget(m_curl, m_state->buffers, server, path, connection.cluster);
    setReadOnlyGet(m_curl, m_state->buffers, options);
    setAuthorization(m_curl, m_state->buffers, bearer, connection.user);
    setTls(m_curl, connection.cluster, certBlob, keyBlob);
    m_state->transfer.limit = options.maxResponseBytes;
    m_state->transfer.cancel = options.cancel;
    setCallbacks(m_curl, m_state->transfer, m_state->errorBuffer);
}

GetTransfer::~GetTransfer()
{
    curl_easy_cleanup(m_curl);
    delete m_state;
}

Attempt GetTransfer::finish(CURLcode code)
{
    Attempt attempt;
    Response &r = attempt.response;
    long status = 0;
    curl_easy_getinfo(m_curl, CURLINFO_RESPONSE_CODE, &status);
    r.status = int(status);
    Transfer &transfer = m_state->transfer;
    r.body = std::move(transfer.body);
    if (code != CURLE_OK) {
        const char *error = m_state->errorBuffer;
        const QString detail = QString::fromUtf8(error[0] ? error : curl_easy_strerror(code));
        describeTransferFailure(r, code, m_state->where, detail, transfer, m_state->maxResponseBytes);
        attempt.transient = transient(r, code);
        return attempt;
    }
    if (r.status >= 200 && r.status < 300)
        return attempt;
    describeHttpFailure(r, m_state->where);
    attempt.transient = transient(r, code);
    attempt.retryAfterSeconds = transfer.retryAfterSeconds;
    r.body.clear();
    return attempt;
}

} // namespace kirikae
