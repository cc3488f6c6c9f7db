#include "incluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace kirikae::InCluster {

namespace {

constexpr qint64 maxFileBytes = 1024 * 1024; // a token is about 1 KB, a CA bundle a few

QByteArray readSmallFile(const QString &path, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = file.errorString();
        return {};
    }
    return file.read(maxFileBytes);
}

} // namespace

QString defaultServiceAccountDir()
{
    return QStringLiteral("/var/run/secrets/kubernetes.io/serviceaccount");
}

QString serverUrl(const QString &host, const QString &port)
{
    const bool ipv6 = host.contains(u':') && !host.startsWith(u'[');
    return QStringLiteral("https://") + (ipv6 ? u'[' + host + u']' : host) + u':' + port;
}

std::optional<Connection> connection(const QString &serviceAccountDir, const QString &host, const QString &port,
                                     QStringList *warnings, QString *error)
{
    const auto fail = [&](const QString &message) -> std::optional<Connection> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (host.isEmpty() || port.isEmpty())
        return fail(QCoreApplication::translate("InCluster",
                                                "Not running in a cluster: KUBERNETES_SERVICE_HOST and "
                                                "KUBERNETES_SERVICE_PORT must both be set (Kubernetes sets them in "
                                                "every pod)."));
    const QDir dir(serviceAccountDir);
    Connection c;
    c.cluster.name = QStringLiteral("in-cluster");
    c.cluster.server = serverUrl(host, port);

    // The client reads the token file again before each request; reading it now makes a missing token one clear
    // error before any request.
    c.user.name = QStringLiteral("service-account");
    c.user.tokenFile = dir.filePath(QStringLiteral("token"));
    QString problem;
    c.user.token = QString::fromUtf8(readSmallFile(c.user.tokenFile, &problem)).trimmed();
    if (!problem.isEmpty() || c.user.token.isEmpty())
        return fail(QCoreApplication::translate("InCluster",
                                                "The service account token %1 cannot be read (%2); is a service "
                                                "account token mounted in the pod?")
                        .arg(QDir::toNativeSeparators(c.user.tokenFile),
                             problem.isEmpty() ? QCoreApplication::translate("InCluster", "it is empty") : problem));

    const QString caFile = dir.filePath(QStringLiteral("ca.crt"));
    problem.clear();
    c.cluster.certificateAuthorityData = readSmallFile(caFile, &problem);
    if (problem.isEmpty()) {
        c.cluster.certificateAuthority = caFile;
    } else if (warnings) {
        *warnings << QCoreApplication::translate("InCluster", "%1 cannot be read (%2): the server's certificate is "
                                                              "checked against the system's trusted CAs instead.")
                         .arg(QDir::toNativeSeparators(caFile), problem);
    }

    problem.clear();
    c.namespaceName = QString::fromUtf8(readSmallFile(dir.filePath(QStringLiteral("namespace")), &problem)).trimmed();
    return c;
}

std::optional<Connection> fromEnvironment(const QString &serviceAccountDir, QStringList *warnings, QString *error)
{
    return connection(serviceAccountDir, qEnvironmentVariable("KUBERNETES_SERVICE_HOST"),
                      qEnvironmentVariable("KUBERNETES_SERVICE_PORT"), warnings, error);
}

} // namespace kirikae::InCluster
