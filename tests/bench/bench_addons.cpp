// Add-on benchmark: 500 cluster snapshots, each with ~20 add-on workloads (known, mirrored, unknown) and ~10 Helm
// releases with kubeVersion constraints, detected, judged at their minor and at 1.36, and checked along the route.
#include "analysis/addons.h"
#include "core/catalogs.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>

using namespace kirikae;

namespace {

ClusterSnapshot makeCluster(int index, QRandomGenerator &random)
{
    static const QStringList images{
        QStringLiteral("registry.k8s.io/ingress-nginx/controller:v1.%1.%2"),
        QStringLiteral("quay.io/jetstack/cert-manager-controller:v1.%1.%2"),
        QStringLiteral("quay.io/jetstack/cert-manager-webhook:v1.%1.%2"),
        QStringLiteral("docker.io/calico/node:v3.%1.%2"),
        QStringLiteral("quay.io/cilium/cilium:v1.%1.%2"),
        QStringLiteral("istio/pilot:1.%1.%2"),
        QStringLiteral("docker.io/istio/proxyv2:1.%1.%2-distroless"),
        QStringLiteral("registry.k8s.io/metrics-server/metrics-server:v0.%1.%2"),
        QStringLiteral("registry.k8s.io/kube-state-metrics/kube-state-metrics:v2.%1.%2"),
        QStringLiteral("registry.k8s.io/autoscaling/cluster-autoscaler:v1.%1.%2"),
        QStringLiteral("quay.io/argoproj/argocd:v2.%1.%2"),
        QStringLiteral("velero/velero:v1.%1.%2"),
        QStringLiteral("602401143452.dkr.ecr.eu-west-1.amazonaws.com/eks/aws-ebs-csi-driver:v1.%1.%2-eksbuild.1"),
        QStringLiteral("public.ecr.aws/eks/aws-load-balancer-controller:v2.%1.%2"),
        QStringLiteral("ghcr.io/kyverno/kyverno:v1.%1.%2"),
        QStringLiteral("ghcr.io/kedacore/keda:2.%1.%2"),
        QStringLiteral("cr.l5d.io/linkerd/proxy:stable-2.%1.%2"),
        QStringLiteral("longhornio/longhorn-manager:v1.%1.%2"),
        QStringLiteral("harbor.corp.example/mirror/jetstack/cert-manager-cainjector:v1.%1.%2"),
        QStringLiteral("registry.corp.example/platform/log-shipper:v4.%1.%2"), // unknown to the catalog
        QStringLiteral("mcr.microsoft.com/oss/kubernetes/kube-proxy:v1.%1.%2"),
    };
    static const QStringList constraints{
        QStringLiteral(">=1.20.0-0"),
        QStringLiteral(">=1.19.0-0 <1.29.0-0"),
        QStringLiteral(">= 1.22.0-0 < 1.31.0-0"),
        QStringLiteral("~1.28"),
        QStringLiteral("^1.10.0-0"),
        QStringLiteral(">=1.19.0-0 <1.22.0-0 || >=1.24.0-0"),
        QStringLiteral(">=1.25.0"),
        QStringLiteral(""),
    };
    static const QStringList suffixes{QString(), QStringLiteral("-eks-3025e55"), QStringLiteral("-gke.1014001")};
    ClusterSnapshot s;
    s.name = QStringLiteral("cluster-%1").arg(index, 3, 10, QLatin1Char('0'));
    s.serverVersion = QStringLiteral("v1.%1.%2").arg(27 + random.bounded(9)).arg(random.bounded(12)) +
                      suffixes.at(int(random.bounded(int(suffixes.size()))));
    for (int c = 0; c < 20; ++c) {
        ComponentInfo info;
        info.kind = ComponentInfo::Kind::Addon;
        info.name = QStringLiteral("workload-%1").arg(c);
        info.namespaceName = QStringLiteral("kube-system");
        info.image = images.at(int(random.bounded(int(images.size())))).arg(random.bounded(30)).arg(random.bounded(10));
        info.where = QStringLiteral("Deployment ") + info.name;
        s.components << info;
    }
    for (int h = 0; h < 10; ++h) {
        HelmRelease release;
        release.name = QStringLiteral("release-%1").arg(h);
        release.namespaceName = QStringLiteral("apps");
        release.revision = 1 + int(random.bounded(20));
        release.chart = (h % 3 == 0 ? QStringLiteral("cert-manager-v1.%1.0") : QStringLiteral("app-%1-2.0.0"))
                            .arg(h % 3 == 0 ? 10 + h : h);
        release.appVersion = QStringLiteral("1.0");
        release.kubeVersion = constraints.at(int(random.bounded(int(constraints.size()))));
        s.helmReleases << release;
    }
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    constexpr int count = 500;
    QElapsedTimer timer;
    timer.start();
    const Catalogs catalogs = Catalogs::builtIn();
    const double loadSeconds = double(timer.nsecsElapsed()) / 1e9;

    QRandomGenerator random(42); // the same fleet on every run
    QList<ClusterSnapshot> fleet;
    for (int i = 0; i < count; ++i)
        fleet << makeCluster(i, random);

    timer.restart();
    qsizetype addons = 0;
    qsizetype unknown = 0;
    qsizetype blocked = 0;
    qsizetype checks = 0;
    for (const ClusterSnapshot &s : std::as_const(fleet)) {
        const ClusterAddons result = analyseAddons(s, catalogs, MinorVersion{1, 36});
        addons += result.addons.size();
        for (const AddonAssessment &a : result.addons)
            unknown += a.addon.known ? 0 : 1;
        checks += result.helm.size();
        for (const HelmKubeVersionCheck &h : result.helm)
            blocked += h.blocksAt ? 1 : 0;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;

    const bool ok =
        seconds <= 1.0 && addons > count * 10 && unknown > 0 && blocked > 0 && catalogs.addons.releaseCount() >= 400;
    std::printf("addons: %d snapshots, %lld add-ons (%lld unknown), %lld Helm releases (%lld blocked on the route)\n",
                count, qint64(addons), qint64(unknown), qint64(checks), qint64(blocked));
    std::printf("%-58s %10.2f s    target <= 1.00  %s\n", "add-on analysis of 500 snapshots to 1.36", seconds,
                ok ? "ok" : "MISSED");
    std::printf("%-58s %10.3f s\n", "  loading the catalogs (once)", loadSeconds);
    return ok ? 0 : 1;
}
