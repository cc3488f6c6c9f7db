#pragma once

#include "core/releasecalendar.h"
#include "core/version.h"
#include "snapshot/clustersnapshot.h"

#include <QDate>
#include <QString>

#include <optional>

namespace kirikae {

/// Where one cluster stands: its parsed server version and its place in the upstream support window.
struct ClusterStatus
{
    QString name;
    QString distribution;
    std::optional<Version> version; ///< empty when the snapshot's version does not parse
    QString versionError;
    SupportAssessment support;
    /// True when a newer patch of the same minor exists.
    bool patchBehind = false;
};

ClusterStatus assessCluster(const ClusterSnapshot &snapshot, const ReleaseCalendar &calendar, QDate today);

} // namespace kirikae
