#pragma once

#include "kubeconfig.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace kirikae {

/**
 * The cluster a pod runs in, read as client-go's rest.InClusterConfig() reads it: the API server from
 * KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT, the pod's service account from its folder (token, ca.crt,
 * namespace). The token is a file the client reads again before every request, because projected service-account
 * tokens rotate (about hourly) while the pod runs.
 */
namespace InCluster {

/// Where the kubelet mounts the pod's service account.
QString defaultServiceAccountDir();

/// https://HOST:PORT, an IPv6 host in brackets (as net.JoinHostPort writes it).
QString serverUrl(const QString &host, const QString &port);

/**
 * The connection for host and port with the service account in serviceAccountDir. Fails (error says why) when
 * host or port is empty or the token cannot be read. A CA file that cannot be read is a warning, as in client-go:
 * the system's trusted CAs are used instead.
 */
std::optional<Connection> connection(const QString &serviceAccountDir, const QString &host, const QString &port,
                                     QStringList *warnings, QString *error);

/// connection() with host and port from the environment.
std::optional<Connection> fromEnvironment(const QString &serviceAccountDir, QStringList *warnings, QString *error);

} // namespace InCluster
} // namespace kirikae
