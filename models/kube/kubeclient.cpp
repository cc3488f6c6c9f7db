#include "kubeclient.h"

#include "execcredential.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <curl/curl.h>

#include <mutex>

namespace kirikae {

KubeClient::KubeClient(Connection connection, ClientOptions options, ExecCredentialProvider *credentials)
    : m_connection(std::move(connection))
    , m_options(options)
    , m_credentials(credentials)
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    m_multi = curl_multi_init();
    // Connections are kept between requests (and pages), at most one per request running at once.
    const long connections = std::max(1, m_options.concurrentRequests);
    curl_multi_setopt(m_multi, CURLMOPT_MAXCONNECTS, connections);
    curl_multi_setopt(m_multi, CURLMOPT_MAX_HOST_CONNECTIONS, connections);
}

KubeClient::~KubeClient()
{
    curl_multi_cleanup(m_multi);
}

QString KubeClient::userAgent()
{
    return QStringLiteral("kirikae/" KIRIKAE_VERSION);
}

QString KubeClient::failureKey(FailureKind kind)
{
    switch (kind) {
    case FailureKind::None:
        return QStringLiteral("ok");
    case FailureKind::Unreachable:
        return QStringLiteral("unreachable");
    case FailureKind::Timeout:
        return QStringLiteral("timeout");
    case FailureKind::Tls:
        return QStringLiteral("tls-error");
    case FailureKind::Unauthorized:
        return QStringLiteral("unauthorized");
    case FailureKind::Forbidden:
        return QStringLiteral("forbidden");
    case FailureKind::Cancelled:
        return QStringLiteral("cancelled");
    default:
        return QStringLiteral("error");
    }
}

bool KubeClient::setupCredentials(Response *failure)
{
    KubeUser &user = m_connection.user;
    if (!user.tokenFile.isEmpty()) {
        // As client-go: the file wins over a token read earlier, which stays in use while the file cannot be
        // read (a rotation replaces it through a symlink swap, never leaving it half-written).
        QFile file(user.tokenFile);
        if (file.open(QIODevice::ReadOnly)) {
            const QString token = QString::fromUtf8(file.read(1024 * 1024)).trimmed();
            if (!token.isEmpty())
                user.token = token;
        }
    }
    m_bearer = user.token;
    m_certBlob = user.clientCertificateData;
    m_keyBlob = user.clientKeyData;
    if (!user.exec)
        return true;
    const ExecCredential credential = m_credentials->credential(*user.exec, server());
    if (!credential.ok()) {
        failure->failure = FailureKind::Credentials;
        failure->message = QCoreApplication::translate("KubeClient", "%1: %2").arg(server(), credential.error);
        return false;
    }
    if (!credential.token.isEmpty())
        m_bearer = credential.token;
    if (!credential.clientCertificateData.isEmpty()) {
        m_certBlob = credential.clientCertificateData;
        m_keyBlob = credential.clientKeyData;
    }
    return true;
}

Response KubeClient::get(const QString &path)
{
    QList<Fetch> one{Fetch{path}};
    fetchAll(one);
    return std::move(one.first().response);
}

Response KubeClient::getJson(const QString &path, QJsonObject *object)
{
    Response r = get(path);
    if (r.ok())
        readObject(r, path, object);
    return r;
}

void KubeClient::readObject(Response &r, const QString &path, QJsonObject *object) const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
    if (!doc.isObject()) {
        r.failure = FailureKind::Malformed;
        r.message = QCoreApplication::translate("KubeClient", "%1: the answer is not a JSON object (%2 at byte %3).")
                        .arg(server() + path.section(u'?', 0, 0), error.errorString())
                        .arg(error.offset);
        return;
    }
    *object = doc.object();
    r.body.clear();
}

} // namespace kirikae
