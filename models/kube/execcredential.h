#pragma once

#include "kubeconfig.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>

namespace kirikae {

/// What a credential plugin returned (ExecCredential status), or why it could not be had.
struct ExecCredential
{
    QString token;
    QByteArray clientCertificateData;
    QByteArray clientKeyData;
    QDateTime expiry; ///< invalid: no expiry given
    QString error;    ///< empty on success
    bool ok() const { return error.isEmpty(); }
};

/**
 * Runs client-go credential plugins the way kubectl does, without a shell and with a timeout, and caches
 * each plugin's answer until its expirationTimestamp. Thread-safe: collections of several clusters share one.
 *
 * Desktop launchers often start applications with a minimal PATH that lacks ~/.local/bin, /usr/local/bin,
 * Homebrew or the Google Cloud SDK; findProgram() also looks there, so "aws" or "kubelogin" are found.
 */
class ExecCredentialProvider
{
public:
    explicit ExecCredentialProvider(int timeoutMs = 30000);

    ExecCredential credential(const ExecConfig &config, const QString &server);
    /// Drops a cached credential (after the server rejected it with 401).
    void invalidate(const ExecConfig &config);

    /// The folders searched after PATH.
    static QStringList extraSearchPaths();
    /// Absolute path of command: as given if it contains a '/', else from PATH and extraSearchPaths().
    static QString findProgram(const QString &command, const QString &baseDir);
    /// Parses the plugin's standard output (an ExecCredential document).
    static ExecCredential parseOutput(const QByteArray &output);

private:
    static QString cacheKey(const ExecConfig &config);

    int m_timeoutMs;
    QMutex m_mutex;
    QHash<QString, ExecCredential> m_cache;
};

} // namespace kirikae
