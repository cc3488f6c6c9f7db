#include "fleet.h"

#include "snapshot/snapshotfile.h"

namespace kirikae {

LoadedFleet loadSnapshots(const QStringList &files)
{
    LoadedFleet fleet;
    for (const QString &file : files) {
        QString error;
        if (auto snapshot = SnapshotFile::read(file, &error))
            fleet.clusters << FleetEntry{file, std::move(*snapshot)};
        else
            fleet.errors << error;
    }
    return fleet;
}

} // namespace kirikae
