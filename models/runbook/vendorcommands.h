#pragma once

#include "analysis/upgradeplanner.h"
#include "runbooklanguage.h"

#include <QString>
#include <QStringList>

namespace kirikae::VendorCommands {

// The commands are the tools' own; a comment after one ("   # …") speaks the runbook's language.

/// What a vendor's tools need to name a cluster, read from the snapshot where it shows (region, project…).
struct Target
{
    QString distribution; ///< "eks", "gke", "aks", "openshift", "upstream", …
    QString cluster;      ///< the name the vendor's tools know
    QString region;       ///< EKS region or GKE location; a placeholder when unknown
    QString project;      ///< GKE project
    QString resourceGroup;
};

/// The cluster being upgraded, as the vendor's tools name it.
Target targetOf(const UpgradePlan &plan);
/// The new cluster of a blue/green plan: the one given (on its own platform), or one to build on the old
/// cluster's platform.
Target newClusterTargetOf(const UpgradePlan &plan);

/// Shows the versions the control plane can move to, before anything is changed.
QStringList preflight(const Target &t, const PlanHop &hop);
/// Backs up the control plane state before a hop: etcd snapshot, or Velero where etcd is out of reach.
QStringList backup(const Target &t, const PlanHop &hop);
/// Moves the control plane one minor.
QStringList controlPlane(const Target &t, const PlanHop &hop, const RunbookLanguage &language);
/// Moves one node pool to version (a minor "1.32" or patch "1.32.9").
QStringList nodePool(const Target &t, const NodePool &pool, const QString &version,
                     const RunbookLanguage &language);
/// The managed add-ons that follow the control plane (kubeadm moves CoreDNS and kube-proxy itself).
QStringList addons(const Target &t, const PlanHop &hop, const RunbookLanguage &language);
/// Creates the new cluster of a blue/green upgrade.
QStringList createCluster(const Target &t, MinorVersion target, const QString &newName,
                          const RunbookLanguage &language);
/// command followed by a comment for the reader.
QString commented(const QString &command, const QString &comment);
/// Whether the vendor lets an etcd snapshot be taken (self-managed and OpenShift) — otherwise Velero.
bool hasEtcdAccess(const Target &t);

} // namespace kirikae::VendorCommands
