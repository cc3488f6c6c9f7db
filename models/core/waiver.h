#pragma once

#include "core/version.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kirikae {

/**
 * One change made to a waiver after it was accepted: who made it and when. The waiver itself always holds its
 * current terms; the history says that they changed, not what they were.
 */
struct WaiverChange
{
    enum class Action { Edited, Removed };

    Action action = Action::Edited;
    QString by;   ///< the person who made the change
    QDateTime at; ///< UTC

    /// "edited" or "removed": the stable key the workspace file and the JSON use.
    static QString actionKey(Action action);
    static std::optional<Action> actionFromKey(const QString &key);

    friend bool operator==(const WaiverChange &, const WaiverChange &) = default;
};

/**
 * An accepted finding: the team knows, has a reason and an owner, and the waiver ends on a date or once the
 * cluster reaches a minor. A waived reason stays visible (in the debt page and, later, in runbooks) but adds
 * nothing to the score while the waiver holds.
 *
 * The audit trail is deliberately simple: acceptedBy/acceptedAt say who accepted the finding and when; every
 * later edit or removal appends one WaiverChange to history. A removed waiver is not deleted: the workspace keeps
 * it in Workspace::removedWaivers, its history ending with "removed", so the file still shows that it existed.
 */
struct Waiver
{
    QString cluster; ///< the cluster's name
    QString subject; ///< what is accepted: the start of a debt reason, e.g. "CronJob batch/nightly uses batch/v1beta1"
    QString reason;
    QString owner;
    QDate expires;                          ///< invalid when the waiver ends by minor instead
    std::optional<MinorVersion> untilMinor; ///< holds while the cluster runs an older minor
    // "= {}": waivers built field by field in braces (tests, older code) need not name the audit trail.
    QString acceptedBy = {};          ///< who accepted it; empty in workspaces older than the field
    QDateTime acceptedAt = {};        ///< UTC; invalid in workspaces older than the field
    QList<WaiverChange> history = {}; ///< edits and the removal, oldest first

    /// True while the waiver applies to a cluster on clusterMinor, on today.
    bool holds(QDate today, std::optional<MinorVersion> clusterMinor) const;
    /// True when the waiver covers this debt reason of this cluster.
    bool covers(const QString &clusterName, const QString &reasonText) const;
    /// The last change (edit or removal), or nullopt when the waiver is as it was accepted.
    std::optional<WaiverChange> lastChange() const;

    /// The name of the person at the keyboard ($USER, or %USERNAME% on Windows): who accepts a waiver by default.
    static QString systemUser();

    friend bool operator==(const Waiver &, const Waiver &) = default;
};

} // namespace kirikae
