#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace kirikae {

enum class CollectStatus { Ok, Partial, Unreachable, Unauthorized, Forbidden, TlsError, Timeout, Error, Cancelled };

/// "ok", "partial", "unreachable", "unauthorized", "forbidden", "tls-error", "timeout", "error", "cancelled".
QString collectStatusKey(CollectStatus status);

/// What the GUI needs to know about one finished context (no snapshot content, no credentials).
struct ContextOutcome
{
    QString context;
    CollectStatus status = CollectStatus::Error;
    QString message;
    QString file; ///< the snapshot written, when there is one
    QDateTime finishedAt;
    bool insecure = false;
    QStringList notCollected; ///< parts of a partial snapshot that could not be read
};

} // namespace kirikae

Q_DECLARE_METATYPE(kirikae::ContextOutcome)
