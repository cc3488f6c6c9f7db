#pragma once

#include "snapshot/clustersnapshot.h"

#include <QString>

namespace kirikae {

/// Which Kubernetes distribution a cluster runs, and the evidence for it.
struct DistributionGuess
{
    QString distribution; ///< "upstream", "eks", "gke", "aks", "openshift", "k3s", "rke2"
    QString evidence;     ///< what decided it, e.g. "node label eks.amazonaws.com/nodegroup"
};

/**
 * Reads the distribution from what a snapshot shows: OpenShift's API groups and ClusterVersion, vendor marks in
 * the server version (-eks-, -gke., +k3s, +rke2, OpenShift's +hash), node labels and the API server's host
 * name. Nothing recognised stays "upstream", with a note saying so rather than a guess.
 */
DistributionGuess detectDistribution(const ClusterSnapshot &snapshot);

} // namespace kirikae
