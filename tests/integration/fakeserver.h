#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

/// Starts tests/integration/fakeapiserver.py for one test program and stops it at the end.
class FakeServer
{
public:
    bool start(const QStringList &extraArgs = {})
    {
        m_process.setProgram(QStringLiteral(KIRIKAE_PYTHON));
        m_process.setArguments(
            QStringList{QStringLiteral(KIRIKAE_FAKE_SERVER), QStringLiteral("--workdir"), m_dir.path()} + extraArgs);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(60000))
                return false;
        }
        m_info = QJsonDocument::fromJson(m_process.readLine()).object();
        return !m_info.isEmpty();
    }

    ~FakeServer()
    {
        m_process.closeWriteChannel(); // the server exits when its standard input closes
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }

    QString kubeconfig() const { return m_info.value(QStringLiteral("kubeconfig")).toString(); }
    int port() const { return m_info.value(QStringLiteral("port")).toInt(); }
    QString token() const { return m_info.value(QStringLiteral("token")).toString(); }
    QString secret() const { return m_info.value(QStringLiteral("secret")).toString(); }
    QString dir() const { return m_dir.path(); }

    /// Every request the server has seen, as "METHOD PATH".
    QStringList requests() const
    {
        QFile log(m_dir.filePath(QStringLiteral("requests.log")));
        if (!log.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(log.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QJsonObject m_info;
};
