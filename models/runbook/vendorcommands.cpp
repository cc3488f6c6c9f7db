#include "vendorcommands.h"

#include <QRegularExpression>

namespace kirikae::VendorCommands {

namespace {

QString patchOrMinor(const PlanHop &hop)
{
    return hop.patch.endsWith(QLatin1String(".x")) ? hop.to.toString() : hop.patch;
}

Target targetFor(const QString &distribution, const QString &cluster, const QString &context, const QString &server)
{
    Target t;
    t.distribution = distribution;
    t.cluster = cluster;
    t.region = QStringLiteral("<region>");
    t.project = QStringLiteral("<project>");
    t.resourceGroup = QStringLiteral("<resource-group>");
    if (distribution == u"eks") {
        // arn:aws:eks:REGION:ACCOUNT:cluster/NAME, or the endpoint's host.
        static const QRegularExpression arn(QStringLiteral(R"(^arn:aws:eks:([a-z0-9-]+):\d+:cluster/(.+)$)"));
        static const QRegularExpression host(QStringLiteral(R"(\.([a-z]{2}-[a-z]+-\d)\.eks\.amazonaws\.com)"));
        if (const auto m = arn.match(context); m.hasMatch()) {
            t.region = m.captured(1);
            t.cluster = m.captured(2);
        } else if (const auto h = host.match(server); h.hasMatch()) {
            t.region = h.captured(1);
        }
    } else if (distribution == u"gke") {
        // gke_PROJECT_LOCATION_NAME, the context name gcloud writes.
        const QStringList parts = context.split(u'_');
        if (parts.size() >= 4 && parts.first() == u"gke") {
            t.project = parts.at(1);
            t.region = parts.at(2);
            t.cluster = parts.mid(3).join(u'_');
        }
    }
    return t;
}

} // namespace

Target targetOf(const UpgradePlan &plan)
{
    return targetFor(plan.distribution, plan.cluster, plan.context, plan.server);
}

Target newClusterTargetOf(const UpgradePlan &plan)
{
    if (plan.newCluster.isEmpty()) {
        // Not built yet: on the old cluster's platform, in its region and project, under a new name.
        Target t = targetOf(plan);
        t.cluster += QStringLiteral("-green");
        return t;
    }
    return targetFor(plan.newClusterDistribution, plan.newCluster, plan.newClusterContext, plan.newClusterServer);
}

bool hasEtcdAccess(const Target &t)
{
    return t.distribution != u"eks" && t.distribution != u"gke" && t.distribution != u"aks";
}

QStringList preflight(const Target &t, const PlanHop &hop)
{
    if (t.distribution == u"eks")
        return {QStringLiteral("aws eks describe-cluster --region %1 --name %2 --query cluster.version")
                    .arg(t.region, t.cluster),
                QStringLiteral("aws eks list-insights --region %1 --cluster-name %2").arg(t.region, t.cluster)};
    if (t.distribution == u"gke")
        return {QStringLiteral("gcloud container get-server-config --location %1 --project %2 "
                               "--format=\"yaml(validMasterVersions)\"")
                    .arg(t.region, t.project)};
    if (t.distribution == u"aks")
        return {QStringLiteral("az aks get-upgrades --resource-group %1 --name %2 --output table")
                    .arg(t.resourceGroup, t.cluster)};
    if (t.distribution == u"openshift")
        return {QStringLiteral("oc get clusterversion"), QStringLiteral("oc adm upgrade"),
                QStringLiteral("oc get mcp")};
    return {QStringLiteral("sudo kubeadm upgrade plan v%1").arg(patchOrMinor(hop))};
}

QStringList backup(const Target &t, const PlanHop &hop)
{
    const QString name = QStringLiteral("%1-before-%2").arg(t.cluster, hop.to.toString().replace(u'.', u'-'));
    if (t.distribution == u"openshift")
        return {QStringLiteral("oc debug node/<control-plane-node> -- chroot /host "
                               "/usr/local/bin/cluster-backup.sh /home/core/assets/backup")};
    if (!hasEtcdAccess(t))
        return {QStringLiteral("velero backup create %1 --wait").arg(name),
                QStringLiteral("velero backup describe %1 --details").arg(name)};
    return {QStringLiteral("sudo ETCDCTL_API=3 etcdctl --endpoints=https://127.0.0.1:2379 "
                           "--cacert=/etc/kubernetes/pki/etcd/ca.crt --cert=/etc/kubernetes/pki/etcd/server.crt "
                           "--key=/etc/kubernetes/pki/etcd/server.key snapshot save /var/backups/%1.db")
                .arg(name),
            QStringLiteral("sudo etcdutl snapshot status /var/backups/%1.db --write-out=table").arg(name)};
}

namespace {

/// oc in the hop's channel, to the release the update graph offers; an EUS-to-EUS update pauses the worker pools
/// before its odd minor and resumes them at the even one.
QStringList openShiftControlPlane(const PlanHop &hop, const RunbookLanguage &language)
{
    const QString ocp = hop.vendorRelease.isEmpty() ? QStringLiteral("4.y") : hop.vendorRelease;
    const std::optional<OpenShiftHop> &o = hop.openShift;
    const QString channel = o && !o->channel.isEmpty() ? o->channel : QStringLiteral("stable-") + ocp;
    const bool eus = o && o->eusPath.size() == 3;
    QStringList commands{QStringLiteral("oc adm upgrade channel %1").arg(channel)};
    if (eus && o->eusPath.at(1) == ocp)
        commands << commented(QStringLiteral("oc patch mcp/worker --type merge -p '{\"spec\":{\"paused\":true}}'"),
                              language.text(QT_TRANSLATE_NOOP("Runbook", "workers stay on %1")).arg(o->eusPath.at(0)));
    if (o && !o->updateTo.isEmpty())
        commands << QStringLiteral("oc adm upgrade --to=%1%2")
                        .arg(o->updateTo, o->recommended == false ? QStringLiteral(" --allow-not-recommended")
                                                                  : QString());
    else
        commands << QStringLiteral("oc adm upgrade --to=<%1>")
                        .arg(language.text(QT_TRANSLATE_NOOP("Runbook", "%1.z listed by oc adm upgrade")).arg(ocp));
    commands << QStringLiteral("oc get clusterversion -w");
    if (eus && o->eusPath.at(2) == ocp)
        commands << QStringLiteral("oc patch mcp/worker --type merge -p '{\"spec\":{\"paused\":false}}'")
                 << QStringLiteral("oc get mcp -w");
    return commands;
}

} // namespace

QString commented(const QString &command, const QString &comment)
{
    return command + QStringLiteral("   # ") + comment;
}

QStringList controlPlane(const Target &t, const PlanHop &hop, const RunbookLanguage &language)
{
    const QString minor = hop.to.toString();
    if (t.distribution == u"eks")
        return {QStringLiteral("aws eks update-cluster-version --region %1 --name %2 --kubernetes-version %3")
                    .arg(t.region, t.cluster, minor),
                QStringLiteral("aws eks describe-update --region %1 --name %2 --update-id <update-id>")
                    .arg(t.region, t.cluster),
                QStringLiteral("# %1 eksctl upgrade cluster --name %2 --region %3 --version %4 --approve")
                    .arg(language.text(QT_TRANSLATE_NOOP("Runbook", "or:")), t.cluster, t.region, minor)};
    if (t.distribution == u"gke")
        return {QStringLiteral("gcloud container clusters upgrade %1 --master --cluster-version %2 --location %3 "
                               "--project %4")
                    .arg(t.cluster, minor, t.region, t.project)};
    if (t.distribution == u"aks")
        return {QStringLiteral("az aks upgrade --resource-group %1 --name %2 --kubernetes-version %3 "
                               "--control-plane-only")
                    .arg(t.resourceGroup, t.cluster, patchOrMinor(hop))};
    if (t.distribution == u"openshift")
        return openShiftControlPlane(hop, language);
    return {commented(QStringLiteral("sudo kubeadm upgrade apply v%1").arg(patchOrMinor(hop)),
                      language.text(QT_TRANSLATE_NOOP("Runbook", "first control-plane node"))),
            commented(QStringLiteral("sudo kubeadm upgrade node"),
                      language.text(QT_TRANSLATE_NOOP("Runbook", "every other control-plane node")))};
}

QStringList nodePool(const Target &t, const NodePool &pool, const QString &version, const RunbookLanguage &language)
{
    if (t.distribution == u"eks")
        return {
            QStringLiteral("aws eks update-nodegroup-version --region %1 --cluster-name %2 --nodegroup-name %3 "
                           "--kubernetes-version %4")
                .arg(t.region, t.cluster, pool.name, MinorVersion::parse(version).value_or(MinorVersion{}).toString())};
    if (t.distribution == u"gke")
        return {QStringLiteral("gcloud container clusters upgrade %1 --node-pool %2 --cluster-version %3 "
                               "--location %4 --project %5")
                    .arg(t.cluster, pool.name, version, t.region, t.project)};
    if (t.distribution == u"aks")
        return {QStringLiteral("az aks nodepool upgrade --resource-group %1 --cluster-name %2 --name %3 "
                               "--kubernetes-version %4")
                    .arg(t.resourceGroup, t.cluster, pool.name, version)};
    if (t.distribution == u"openshift")
        return {commented(QStringLiteral("oc get mcp %1 -w").arg(pool.name),
                          language.text(QT_TRANSLATE_NOOP("Runbook", "the Machine Config Operator rolls the nodes")))};
    // kubeadm: one node at a time.
    return {QStringLiteral("kubectl drain <node> --ignore-daemonsets --delete-emptydir-data"),
            QStringLiteral("sudo apt-mark unhold kubeadm kubelet kubectl && sudo apt-get install -y "
                           "kubeadm='%1-*' kubelet='%1-*' kubectl='%1-*' && sudo apt-mark hold kubeadm kubelet kubectl")
                .arg(version),
            QStringLiteral("sudo kubeadm upgrade node"),
            QStringLiteral("sudo systemctl daemon-reload && sudo systemctl restart kubelet"),
            QStringLiteral("kubectl uncordon <node>")};
}

QStringList addons(const Target &t, const PlanHop &hop, const RunbookLanguage &language)
{
    if (t.distribution == u"eks") {
        QStringList commands;
        for (const char *addon : {"coredns", "kube-proxy", "vpc-cni"})
            commands << QStringLiteral("aws eks describe-addon-versions --region %1 --kubernetes-version %2 "
                                       "--addon-name %3 --query 'addons[].addonVersions[0].addonVersion'")
                            .arg(t.region, hop.to.toString(), QLatin1String(addon))
                     << QStringLiteral("aws eks update-addon --region %1 --cluster-name %2 --addon-name %3 "
                                       "--addon-version <version> --resolve-conflicts PRESERVE")
                            .arg(t.region, t.cluster, QLatin1String(addon));
        return commands;
    }
    if (t.distribution == u"openshift")
        return {commented(QStringLiteral("oc get co"),
                          language.text(QT_TRANSLATE_NOOP("Runbook", "every ClusterOperator Available=True, Degraded=False")))};
    if (t.distribution == u"gke" || t.distribution == u"aks")
        return {}; // the platform moves its add-ons with the control plane
    return {QStringLiteral(
                "kubectl -n kube-system get deploy coredns -o jsonpath='{.spec.template.spec.containers[0].image}'"),
            QStringLiteral(
                "kubectl -n kube-system get ds kube-proxy -o jsonpath='{.spec.template.spec.containers[0].image}'")};
}

QStringList createCluster(const Target &t, MinorVersion target, const QString &newName,
                          const RunbookLanguage &language)
{
    const QString minor = target.toString();
    if (t.distribution == u"eks")
        return {QStringLiteral("eksctl create cluster --name %1 --region %2 --version %3 --without-nodegroup")
                    .arg(newName, t.region, minor),
                QStringLiteral("eksctl create nodegroup --cluster %1 --region %2 --name <nodegroup> --node-type <type>")
                    .arg(newName, t.region)};
    if (t.distribution == u"gke")
        return {QStringLiteral("gcloud container clusters create %1 --cluster-version %2 --location %3 --project %4")
                    .arg(newName, minor, t.region, t.project)};
    if (t.distribution == u"aks")
        return {
            QStringLiteral("az aks create --resource-group %1 --name %2 --kubernetes-version %3 --generate-ssh-keys")
                .arg(t.resourceGroup, newName, minor)};
    if (t.distribution == u"openshift")
        return {commented(QStringLiteral("openshift-install create cluster --dir <install-dir>"),
                          language.text(QT_TRANSLATE_NOOP("Runbook", "release image of OpenShift %1"))
                              .arg(openShiftForKubernetes(target).value_or(MinorVersion{4, 0}).toString()))};
    return {QStringLiteral("sudo kubeadm init --kubernetes-version stable-%1 --control-plane-endpoint <new-endpoint>")
                .arg(minor)};
}

} // namespace kirikae::VendorCommands
