#include "execcredential.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace kirikae {

ExecCredentialProvider::ExecCredentialProvider(int timeoutMs)
    : m_timeoutMs(timeoutMs)
{
}

QStringList ExecCredentialProvider::extraSearchPaths()
{
    const QString home = QDir::homePath();
    return {home + QStringLiteral("/.local/bin"),
            home + QStringLiteral("/bin"),
            home + QStringLiteral("/go/bin"),
            home + QStringLiteral("/.krew/bin"),
            home + QStringLiteral("/google-cloud-sdk/bin"),
            QStringLiteral("/usr/local/bin"),
            QStringLiteral("/opt/homebrew/bin"),
            QStringLiteral("/home/linuxbrew/.linuxbrew/bin"),
            QStringLiteral("/usr/lib/google-cloud-sdk/bin"),
            QStringLiteral("/snap/bin"),
            QStringLiteral("/usr/bin"),
            QStringLiteral("/bin")};
}

QString ExecCredentialProvider::findProgram(const QString &command, const QString &baseDir)
{
    if (command.contains(u'/')) {
        // kubectl resolves a relative path against the kubeconfig that names it.
        const QString path = QDir(baseDir).absoluteFilePath(command);
        return QFileInfo(path).isExecutable() ? path : QString();
    }
    QString found = QStandardPaths::findExecutable(command);
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(command, extraSearchPaths());
    return found;
}

ExecCredential ExecCredentialProvider::parseOutput(const QByteArray &output)
{
    ExecCredential result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(output, &parseError);
    if (!doc.isObject()) {
        result.error = QCoreApplication::translate("ExecCredential", "the plugin did not print an ExecCredential (%1).")
                           .arg(parseError.errorString());
        return result;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("kind")).toString() != u"ExecCredential") {
        result.error =
            QCoreApplication::translate("ExecCredential", "the plugin printed JSON that is not an ExecCredential.");
        return result;
    }
    const QJsonObject status = root.value(QStringLiteral("status")).toObject();
    result.token = status.value(QStringLiteral("token")).toString();
    result.clientCertificateData = status.value(QStringLiteral("clientCertificateData")).toString().toUtf8();
    result.clientKeyData = status.value(QStringLiteral("clientKeyData")).toString().toUtf8();
    const QString expiry = status.value(QStringLiteral("expirationTimestamp")).toString();
    if (!expiry.isEmpty())
        result.expiry = QDateTime::fromString(expiry, Qt::ISODateWithMs);
    if (result.token.isEmpty() && (result.clientCertificateData.isEmpty() || result.clientKeyData.isEmpty()))
        result.error = QCoreApplication::translate(
            "ExecCredential", "the plugin's ExecCredential has neither a token nor a client certificate and key.");
    return result;
}

QString ExecCredentialProvider::cacheKey(const ExecConfig &config)
{
    QString key = config.baseDir + u'\x1f' + config.command + u'\x1f' + config.args.join(u'\x1e');
    for (const auto &[name, value] : config.env)
        key += u'\x1f' + name + u'=' + value;
    return key;
}

void ExecCredentialProvider::invalidate(const ExecConfig &config)
{
    const QMutexLocker lock(&m_mutex);
    m_cache.remove(cacheKey(config));
}

namespace {

// What the plugin runs with: KUBERNETES_EXEC_INFO (with the cluster when asked), the kubeconfig's env entries and a
// PATH that also holds the usual install folders.
QProcessEnvironment pluginEnvironment(const ExecConfig &config, const QString &server)
{
    const QString apiVersion =
        config.apiVersion.isEmpty() ? QStringLiteral("client.authentication.k8s.io/v1") : config.apiVersion;
    QJsonObject spec{{QStringLiteral("interactive"), false}};
    if (config.provideClusterInfo)
        spec.insert(QStringLiteral("cluster"), QJsonObject{{QStringLiteral("server"), server}});
    const QJsonObject execInfo{{QStringLiteral("apiVersion"), apiVersion},
                               {QStringLiteral("kind"), QStringLiteral("ExecCredential")},
                               {QStringLiteral("spec"), spec}};
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Plugins often call other tools (aws, az, gcloud): give them the same wider PATH.
    env.insert(QStringLiteral("PATH"), env.value(QStringLiteral("PATH")) + QDir::listSeparator() +
                                           ExecCredentialProvider::extraSearchPaths().join(QDir::listSeparator()));
    env.insert(QStringLiteral("KUBERNETES_EXEC_INFO"),
               QString::fromUtf8(QJsonDocument(execInfo).toJson(QJsonDocument::Compact)));
    for (const auto &[name, value] : config.env)
        env.insert(name, value);

    return env;
}

} // namespace

ExecCredential ExecCredentialProvider::credential(const ExecConfig &config, const QString &server)
{
    const QString key = cacheKey(config);
    {
        const QMutexLocker lock(&m_mutex);
        const auto it = m_cache.constFind(key);
        if (it != m_cache.cend() && (!it->expiry.isValid() || it->expiry > QDateTime::currentDateTimeUtc().addSecs(10)))
            return *it;
    }

    ExecCredential result;
    if (config.interactiveMode == u"Always") {
        result.error = QCoreApplication::translate(
                           "ExecCredential",
                           "the credential plugin “%1” needs an interactive terminal (interactiveMode: Always); run "
                           "kubectl once in a terminal to log in, then try again.")
                           .arg(config.command);
        return result;
    }
    const QString program = findProgram(config.command, config.baseDir);
    if (program.isEmpty()) {
        result.error =
            QCoreApplication::translate(
                "ExecCredential", "the credential plugin “%1” was not found on PATH or in the usual install folders.")
                .arg(config.command);
        if (!config.installHint.isEmpty())
            result.error += u'\n' + config.installHint.trimmed();
        return result;
    }

    const QProcessEnvironment env = pluginEnvironment(config, server);
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, config.args); // no shell: arguments are passed as they are
    if (!process.waitForStarted(m_timeoutMs)) {
        result.error =
            QCoreApplication::translate("ExecCredential", "the credential plugin “%1” could not be started (%2).")
                .arg(program, process.errorString());
        return result;
    }
    if (!process.waitForFinished(m_timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        result.error =
            QCoreApplication::translate("ExecCredential", "the credential plugin “%1” did not answer within %2 s.")
                .arg(program)
                .arg(m_timeoutMs / 1000);
        return result;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        // stderr may help the user; it is shown, never stored.
        const QString stderrText = QString::fromUtf8(process.readAllStandardError()).trimmed().left(400);
        result.error =
            QCoreApplication::translate("ExecCredential", "the credential plugin “%1” failed (exit code %2): %3")
                .arg(program)
                .arg(process.exitCode())
                .arg(stderrText);
        return result;
    }
    result = parseOutput(process.readAllStandardOutput());
    if (result.ok()) {
        const QMutexLocker lock(&m_mutex);
        m_cache.insert(key, result);
    } else {
        result.error =
            QCoreApplication::translate("ExecCredential", "credential plugin “%1”: %2").arg(program, result.error);
    }
    return result;
}

} // namespace kirikae
