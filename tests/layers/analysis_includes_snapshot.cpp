#include "snapshot/clustersnapshot.h" // allowed: analysis builds on snapshots
