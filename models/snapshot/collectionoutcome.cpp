#include "collectionoutcome.h"

namespace kirikae {

QString collectStatusKey(CollectStatus status)
{
    switch (status) {
    case CollectStatus::Ok:
        return QStringLiteral("ok");
    case CollectStatus::Partial:
        return QStringLiteral("partial");
    case CollectStatus::Unreachable:
        return QStringLiteral("unreachable");
    case CollectStatus::Unauthorized:
        return QStringLiteral("unauthorized");
    case CollectStatus::Forbidden:
        return QStringLiteral("forbidden");
    case CollectStatus::TlsError:
        return QStringLiteral("tls-error");
    case CollectStatus::Timeout:
        return QStringLiteral("timeout");
    case CollectStatus::Cancelled:
        return QStringLiteral("cancelled");
    case CollectStatus::Error:
        break;
    }
    return QStringLiteral("error");
}

} // namespace kirikae
