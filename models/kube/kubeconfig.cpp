#include "kubeconfig.h"

#include "core/yamlreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace kirikae {

namespace {

using namespace kirikae::yaml;

constexpr qint64 maxKubeconfigBytes = 16 * 1024 * 1024;

QString resolvePath(const QString &path, const QDir &base)
{
    if (path.isEmpty())
        return path;
    QString expanded = path;
    if (expanded.startsWith(QStringLiteral("~/")))
        expanded = QDir::homePath() + expanded.mid(1);
    return QDir::cleanPath(base.absoluteFilePath(expanded));
}

// A bad value spoils only its own entry: the problem is kept and reported for the contexts that use it.
QByteArray base64Field(const YAML::Node &node, const char *key, const QString &path, QString *problem)
{
    const QString text = optionalText(node, key);
    if (text.isEmpty())
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        *problem =
            YamlReadError(
                QCoreApplication::translate("KubeConfig", "“%1” is not valid base64.").arg(QLatin1StringView(key)),
                lineOf(node[key]))
                .describe(QDir::toNativeSeparators(path));
        return {};
    }
    return *decoded;
}

ExecConfig readExec(const YAML::Node &n, const QDir &base)
{
    requireMap(n, QCoreApplication::translate("KubeConfig", "“exec”"));
    ExecConfig e;
    e.apiVersion = optionalText(n, "apiVersion");
    e.command = text(n, "command");
    e.args = textList(n, "args");
    for (const auto &item : sequence(n, "env")) {
        requireMap(item, QCoreApplication::translate("KubeConfig", "An “env” entry"));
        e.env << qMakePair(text(item, "name"), optionalText(item, "value"));
    }
    e.installHint = optionalText(n, "installHint");
    e.interactiveMode = optionalText(n, "interactiveMode");
    e.provideClusterInfo = boolean(n, "provideClusterInfo", false);
    e.baseDir = base.absolutePath();
    return e;
}

} // namespace

QStringList KubeConfig::defaultFiles()
{
    const QString env = qEnvironmentVariable("KUBECONFIG");
    if (!env.isEmpty())
        return env.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    return {QDir::homePath() + QStringLiteral("/.kube/config")};
}

std::optional<KubeConfig> KubeConfig::fromYaml(const QByteArray &data, const QString &path, QString *error)
{
    const QDir base = QFileInfo(path).absoluteDir();
    try {
        const YAML::Node root = parse(data);
        KubeConfig config;
        if (!root.IsDefined() || root.IsNull())
            return config; // an empty kubeconfig is valid and has nothing in it
        requireMap(root, QCoreApplication::translate("KubeConfig", "A kubeconfig"));
        config.m_currentContext = optionalText(root, "current-context");
        for (const auto &item : sequence(root, "clusters")) {
            requireMap(item, QCoreApplication::translate("KubeConfig", "A cluster entry"));
            KubeCluster c;
            c.name = text(item, "name");
            const YAML::Node n = item["cluster"];
            requireMap(n, QCoreApplication::translate("KubeConfig", "“cluster”"));
            c.server = optionalText(n, "server");
            c.certificateAuthority = resolvePath(optionalText(n, "certificate-authority"), base);
            c.certificateAuthorityData = base64Field(n, "certificate-authority-data", path, &c.problem);
            c.insecureSkipTlsVerify = boolean(n, "insecure-skip-tls-verify", false);
            c.tlsServerName = optionalText(n, "tls-server-name");
            c.proxyUrl = optionalText(n, "proxy-url");
            config.m_clusters << c;
        }
        for (const auto &item : sequence(root, "users")) {
            requireMap(item, QCoreApplication::translate("KubeConfig", "A user entry"));
            KubeUser u;
            u.name = text(item, "name");
            const YAML::Node n = item["user"];
            if (n.IsDefined() && !n.IsNull()) {
                requireMap(n, QCoreApplication::translate("KubeConfig", "“user”"));
                u.clientCertificate = resolvePath(optionalText(n, "client-certificate"), base);
                u.clientCertificateData = base64Field(n, "client-certificate-data", path, &u.problem);
                u.clientKey = resolvePath(optionalText(n, "client-key"), base);
                u.clientKeyData = base64Field(n, "client-key-data", path, &u.problem);
                u.token = optionalText(n, "token");
                u.tokenFile = resolvePath(optionalText(n, "tokenFile"), base);
                u.username = optionalText(n, "username");
                u.password = optionalText(n, "password");
                if (const YAML::Node exec = n["exec"]; exec.IsDefined() && !exec.IsNull())
                    u.exec = readExec(exec, base);
                if (const YAML::Node provider = n["auth-provider"]; provider.IsDefined() && provider.IsMap())
                    u.authProvider = optionalText(provider, "name");
            }
            config.m_users << u;
        }
        for (const auto &item : sequence(root, "contexts")) {
            requireMap(item, QCoreApplication::translate("KubeConfig", "A context entry"));
            KubeContext c;
            c.name = text(item, "name");
            const YAML::Node n = item["context"];
            requireMap(n, QCoreApplication::translate("KubeConfig", "“context”"));
            c.cluster = optionalText(n, "cluster");
            c.user = optionalText(n, "user");
            c.namespaceName = optionalText(n, "namespace");
            config.m_contexts << c;
        }
        return config;
    } catch (const YamlReadError &e) {
        if (error)
            *error = e.describe(QDir::toNativeSeparators(path));
    } catch (const YAML::Exception &e) {
        if (error)
            *error = YamlReadError(toQString(e.msg), e.mark.line + 1).describe(QDir::toNativeSeparators(path));
    }
    return std::nullopt;
}

void KubeConfig::merge(const KubeConfig &other)
{
    // kubectl: the first file to set a value wins; later files only add names not seen yet.
    if (m_currentContext.isEmpty())
        m_currentContext = other.m_currentContext;
    for (const auto &c : other.m_contexts)
        if (!context(c.name))
            m_contexts << c;
    for (const auto &c : other.m_clusters)
        if (!cluster(c.name))
            m_clusters << c;
    for (const auto &u : other.m_users)
        if (!user(u.name))
            m_users << u;
}

std::optional<KubeConfig> KubeConfig::load(const QStringList &files, QString *error)
{
    KubeConfig merged;
    QStringList errors;
    int read = 0;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.exists())
            continue;
        const QString shown = QDir::toNativeSeparators(path);
        if (!file.open(QIODevice::ReadOnly)) {
            errors << shown + u": " +
                          QCoreApplication::translate("KubeConfig", "cannot be opened (%1).").arg(file.errorString());
            continue;
        }
        if (file.size() > maxKubeconfigBytes) {
            errors << shown + u": " + QCoreApplication::translate("KubeConfig", "is too large to be a kubeconfig.");
            continue;
        }
        QString fileError;
        const auto config = fromYaml(file.readAll(), path, &fileError);
        if (!config) {
            errors << fileError;
            continue;
        }
        merged.merge(*config);
        ++read;
    }
    if (read == 0) {
        if (error)
            *error = errors.isEmpty()
                         ? QCoreApplication::translate("KubeConfig", "No kubeconfig found (looked for %1).")
                               .arg(files.isEmpty() ? QStringLiteral("-") : files.join(QStringLiteral(", ")))
                         : errors.join(u'\n');
        return std::nullopt;
    }
    merged.m_warnings = errors;
    return merged;
}

QStringList KubeConfig::contextNames() const
{
    QStringList names;
    for (const auto &c : m_contexts)
        names << c.name;
    return names;
}

std::optional<KubeContext> KubeConfig::context(const QString &name) const
{
    for (const auto &c : m_contexts)
        if (c.name == name)
            return c;
    return std::nullopt;
}

std::optional<KubeCluster> KubeConfig::cluster(const QString &name) const
{
    for (const auto &c : m_clusters)
        if (c.name == name)
            return c;
    return std::nullopt;
}

std::optional<KubeUser> KubeConfig::user(const QString &name) const
{
    for (const auto &u : m_users)
        if (u.name == name)
            return u;
    return std::nullopt;
}

std::optional<Connection> KubeConfig::connection(const QString &contextName, QString *error) const
{
    const auto fail = [&](const QString &message) -> std::optional<Connection> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const auto ctx = context(contextName);
    if (!ctx)
        return fail(
            QCoreApplication::translate("KubeConfig", "The context “%1” is not in the kubeconfig.").arg(contextName));
    const auto cl = cluster(ctx->cluster);
    if (!cl)
        return fail(QCoreApplication::translate("KubeConfig", "The context “%1” names the cluster “%2”, which the "
                                                              "kubeconfig does not define.")
                        .arg(contextName, ctx->cluster));
    if (!cl->problem.isEmpty())
        return fail(cl->problem);
    if (cl->server.isEmpty())
        return fail(QCoreApplication::translate("KubeConfig", "The cluster “%1” has no server address.").arg(cl->name));
    Connection c;
    c.context = contextName;
    c.cluster = *cl;
    if (!ctx->user.isEmpty()) {
        const auto u = user(ctx->user);
        if (!u)
            return fail(QCoreApplication::translate("KubeConfig", "The context “%1” names the user “%2”, which the "
                                                                  "kubeconfig does not define.")
                            .arg(contextName, ctx->user));
        c.user = *u;
        if (!u->problem.isEmpty())
            return fail(u->problem);
    }
    if (!c.user.authProvider.isEmpty() && !c.user.exec)
        return fail(QCoreApplication::translate("KubeConfig", "The user “%1” uses the auth-provider “%2”, which "
                                                              "kubectl no longer supports; switch it to an exec "
                                                              "plugin (for example gke-gcloud-auth-plugin or "
                                                              "kubelogin).")
                        .arg(c.user.name, c.user.authProvider));

    // Read the files now, so a missing certificate is one clear error rather than a TLS failure later.
    const auto readInto = [&](const QString &path, QByteArray &target, const QString &what) -> bool {
        if (path.isEmpty() || !target.isEmpty())
            return true;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error =
                    QCoreApplication::translate("KubeConfig", "The %1 file %2 of context “%3” cannot be read (%4).")
                        .arg(what, QDir::toNativeSeparators(path), contextName, file.errorString());
            return false;
        }
        target = file.read(maxKubeconfigBytes);
        return true;
    };
    if (!readInto(c.cluster.certificateAuthority, c.cluster.certificateAuthorityData,
                  QCoreApplication::translate("KubeConfig", "certificate-authority")) ||
        !readInto(c.user.clientCertificate, c.user.clientCertificateData,
                  QCoreApplication::translate("KubeConfig", "client-certificate")) ||
        !readInto(c.user.clientKey, c.user.clientKeyData, QCoreApplication::translate("KubeConfig", "client-key")))
        return std::nullopt;
    if (!c.user.tokenFile.isEmpty() && c.user.token.isEmpty()) {
        QByteArray token;
        if (!readInto(c.user.tokenFile, token, QCoreApplication::translate("KubeConfig", "tokenFile")))
            return std::nullopt;
        c.user.token = QString::fromUtf8(token).trimmed();
    }
    return c;
}

} // namespace kirikae
