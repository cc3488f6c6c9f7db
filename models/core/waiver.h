#pragma once

#include "core/version.h"

#include <QDate>
#include <QString>

#include <optional>

namespace kirikae {

/**
 * An accepted finding: the team knows, has a reason and an owner, and the waiver ends on a date or once the
 * cluster reaches a minor. A waived reason stays visible (in the debt page and, later, in runbooks) but adds
 * nothing to the score while the waiver holds.
 */
struct Waiver
{
    QString cluster; ///< the cluster's name
    QString subject; ///< what is accepted: the start of a debt reason, e.g. "CronJob batch/nightly uses batch/v1beta1"
    QString reason;
    QString owner;
    QDate expires;                          ///< invalid when the waiver ends by minor instead
    std::optional<MinorVersion> untilMinor; ///< holds while the cluster runs an older minor

    /// True while the waiver applies to a cluster on clusterMinor, on today.
    bool holds(QDate today, std::optional<MinorVersion> clusterMinor) const;
    /// True when the waiver covers this debt reason of this cluster.
    bool covers(const QString &clusterName, const QString &reasonText) const;
};

} // namespace kirikae
