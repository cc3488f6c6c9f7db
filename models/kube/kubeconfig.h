#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace kirikae {

/// users[].user.exec: a client-go credential plugin (client.authentication.k8s.io v1 or v1beta1).
struct ExecConfig
{
    QString apiVersion;
    QString command;
    QStringList args;
    QList<QPair<QString, QString>> env;
    QString installHint;
    QString interactiveMode; ///< "Never", "IfAvailable", "Always" (v1 requires it; empty means IfAvailable)
    bool provideClusterInfo = false;
    QString baseDir; ///< the folder of the kubeconfig that named it: relative commands resolve against it
};

struct KubeCluster
{
    QString name;
    QString server;
    QString certificateAuthority; ///< file path, already resolved against its kubeconfig
    QByteArray certificateAuthorityData;
    bool insecureSkipTlsVerify = false;
    QString tlsServerName;
    QString proxyUrl;
    QString problem; ///< why this entry cannot be used (bad base64): only its contexts fail
};

/// A user entry. Secrets (token, password, key data) live only in memory and are never written anywhere.
struct KubeUser
{
    QString name;
    QString clientCertificate; ///< file path
    QByteArray clientCertificateData;
    QString clientKey; ///< file path
    QByteArray clientKeyData;
    QString token;
    QString tokenFile; ///< read again before every request (as client-go does): projected tokens rotate
    QString username;
    QString password;
    std::optional<ExecConfig> exec;
    QString authProvider; ///< legacy auth-provider name ("gcp", "azure", "oidc"): not supported, reported
    QString problem;      ///< why this entry cannot be used (bad base64): only its contexts fail
};

struct KubeContext
{
    QString name;
    QString cluster;
    QString user;
    QString namespaceName;
};

/// Everything needed to talk to one context's API server, with certificate and token files already read.
struct Connection
{
    QString context; ///< empty in a cluster (InCluster)
    KubeCluster cluster;
    KubeUser user;
    QString namespaceName; ///< the service account's namespace in a cluster; informational, lists are cluster-wide
};

/**
 * A kubeconfig as kubectl reads it: several files merged with kubectl's rules (the first file to define a
 * context, cluster or user name wins, and so does the first current-context), relative paths resolved
 * against the file that names them.
 */
class KubeConfig
{
public:
    /// The files kubectl would read: $KUBECONFIG split on ':' (empty entries dropped), else ~/.kube/config.
    static QStringList defaultFiles();
    /// Reads and merges files; a listed file that does not exist is skipped (as kubectl does). Errors name
    /// the file and line; the error is returned only when no file could be read.
    static std::optional<KubeConfig> load(const QStringList &files, QString *error);
    /// One document; path names it in errors and anchors its relative paths.
    static std::optional<KubeConfig> fromYaml(const QByteArray &data, const QString &path, QString *error);

    QStringList contextNames() const;
    const QList<KubeContext> &contexts() const { return m_contexts; }
    QString currentContext() const { return m_currentContext; }
    std::optional<KubeContext> context(const QString &name) const;
    std::optional<KubeCluster> cluster(const QString &name) const;
    std::optional<KubeUser> user(const QString &name) const;
    /// Problems in files that were otherwise read (one per file), for the user to see.
    QStringList warnings() const { return m_warnings; }

    /// Resolves a context to its cluster and user and reads the files they name; errors say which.
    std::optional<Connection> connection(const QString &contextName, QString *error) const;

private:
    void merge(const KubeConfig &other);

    QList<KubeContext> m_contexts;
    QList<KubeCluster> m_clusters;
    QList<KubeUser> m_users;
    QString m_currentContext;
    QStringList m_warnings;
};

} // namespace kirikae
