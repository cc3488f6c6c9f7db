#include "snapshot/clustersnapshot.h" // forbidden: core is below snapshots
