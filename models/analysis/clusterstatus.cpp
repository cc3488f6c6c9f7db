#include "clusterstatus.h"

namespace kirikae {

ClusterStatus assessCluster(const ClusterSnapshot &snapshot, const ReleaseCalendar &calendar, QDate today)
{
    ClusterStatus status;
    status.name = snapshot.name;
    status.distribution = snapshot.distribution;
    status.support.today = today;
    status.version = Version::parse(snapshot.serverVersion, &status.versionError);
    if (!status.version)
        return status;
    status.support = calendar.assess(status.version->minorVersion(), today);
    if (const auto latest = Version::parse(status.support.latestPatch); latest && status.version->hasPatch())
        status.patchBehind = *status.version < *latest;
    return status;
}

} // namespace kirikae
