#pragma once

// The demo's kubeadm staging cluster: the base from which benchmarks grow clusters of thousands of nodes.
#include "snapshot/snapshotfile.h"

inline kirikae::ClusterSnapshot stagingDemo()
{
    QString error;
    return *kirikae::SnapshotFile::read(
        QStringLiteral(KIRIKAE_SOURCE_DIR "/resources/demo/snapshots/staging-kubeadm.yaml"), &error);
}
