#include "apiobjects.h"

#include "core/yamlreader.h"
#include "snapshot/olmobjects.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <zlib.h>

#include <algorithm>
#include <cmath>

namespace kirikae::apiobjects {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

QJsonObject obj(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toObject();
}

QStringList strings(const QJsonArray &array)
{
    QStringList list;
    for (const auto &v : array)
        list << v.toString();
    return list;
}

// Where a pod's controller is: "DaemonSet kube-proxy", "Deployment coredns" (a ReplicaSet's hash dropped).
QString ownerOf(const QJsonObject &pod)
{
    const QJsonObject meta = obj(pod, "metadata");
    for (const auto &ref : meta.value(QStringLiteral("ownerReferences")).toArray()) {
        const QJsonObject r = ref.toObject();
        QString kind = str(r, "kind");
        QString name = str(r, "name");
        if (kind == u"ReplicaSet") {
            kind = QStringLiteral("Deployment");
            name = name.section(u'-', 0, -2);
        }
        if (kind == u"Node")
            return str(obj(pod, "spec"), "nodeName");
        return kind + u' ' + name;
    }
    return str(obj(pod, "spec"), "nodeName");
}

const QSet<QString> &controlPlaneNames()
{
    static const QSet<QString> names{QStringLiteral("kube-apiserver"), QStringLiteral("kube-controller-manager"),
                                     QStringLiteral("kube-scheduler"), QStringLiteral("etcd"),
                                     QStringLiteral("cloud-controller-manager")};
    return names;
}

// Container and image names that say nothing about the product: use the next path element instead.
const QSet<QString> &genericNames()
{
    static const QSet<QString> names{QStringLiteral("controller"), QStringLiteral("manager"),  QStringLiteral("server"),
                                     QStringLiteral("app"),        QStringLiteral("operator"), QStringLiteral("main")};
    return names;
}

QByteArray gunzip(const QByteArray &data, bool *ok)
{
    *ok = false;
    z_stream stream{};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
        return {};
    QByteArray out;
    char buffer[64 * 1024];
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    int status = Z_OK;
    constexpr qsizetype maxOut = 256LL * 1024 * 1024;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof(buffer);
        status = inflate(&stream, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END)
            break;
        out.append(buffer, qsizetype(sizeof(buffer) - stream.avail_out));
        if (out.size() > maxOut)
            break;
    }
    inflateEnd(&stream);
    *ok = status == Z_STREAM_END;
    return out;
}

} // namespace

const QStringList &addonNamespaces()
{
    static const QStringList names{
        QStringLiteral("kube-system"),   QStringLiteral("ingress-nginx"),      QStringLiteral("cert-manager"),
        QStringLiteral("calico-system"), QStringLiteral("tigera-operator"),    QStringLiteral("cilium"),
        QStringLiteral("kube-flannel"),  QStringLiteral("metallb-system"),     QStringLiteral("monitoring"),
        QStringLiteral("traefik"),       QStringLiteral("istio-system"),       QStringLiteral("linkerd"),
        QStringLiteral("velero"),        QStringLiteral("external-dns"),       QStringLiteral("gatekeeper-system"),
        QStringLiteral("kyverno"),       QStringLiteral("app-routing-system"), QStringLiteral("longhorn-system")};
    return names;
}

QString imageTag(const QString &image)
{
    QString ref = image.section(u'@', 0, 0); // drop a digest
    const qsizetype slash = ref.lastIndexOf(u'/');
    const qsizetype colon = ref.lastIndexOf(u':');
    if (colon > slash)
        return ref.mid(colon + 1);
    return image.contains(u'@') ? image.section(u'@', 1).left(19) : QString();
}

NodeInfo node(const QJsonObject &object)
{
    NodeInfo n;
    const QJsonObject meta = obj(object, "metadata");
    const QJsonObject info = obj(obj(object, "status"), "nodeInfo");
    n.name = str(meta, "name");
    const QJsonObject labels = obj(meta, "labels");
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        n.labels.insert(it.key(), it.value().toString());
        if (it.key().startsWith(QStringLiteral("node-role.kubernetes.io/")))
            n.roles << it.key().mid(24);
    }
    n.kubeletVersion = str(info, "kubeletVersion");
    n.kubeProxyVersion = str(info, "kubeProxyVersion");
    n.containerRuntime = str(info, "containerRuntimeVersion");
    n.osImage = str(info, "osImage");
    n.kernelVersion = str(info, "kernelVersion");
    n.architecture = str(info, "architecture");
    for (const auto &c : obj(object, "status").value(QStringLiteral("conditions")).toArray()) {
        const QJsonObject condition = c.toObject();
        if (str(condition, "type") == u"Ready")
            n.ready = str(condition, "status") == u"True";
    }
    return n;
}

bool isAddonPod(const QJsonObject &pod)
{
    return addonNamespaces().contains(str(obj(pod, "metadata"), "namespace"));
}

QList<ComponentInfo> podComponents(const QJsonObject &pod)
{
    QList<ComponentInfo> list;
    const QJsonObject meta = obj(pod, "metadata");
    const QString component = str(obj(meta, "labels"), "component");
    const QString where = ownerOf(pod);
    for (const auto &c : obj(pod, "spec").value(QStringLiteral("containers")).toArray()) {
        const QJsonObject container = c.toObject();
        ComponentInfo info;
        const QString image = str(container, "image");
        // "registry.k8s.io/ingress-nginx/controller:v1.9.4" → repository path ingress-nginx/controller
        const QStringList path = image.section(u'@', 0, 0).section(u':', 0, 0).split(u'/');
        QString repo = path.constLast();
        if (genericNames().contains(repo) && path.size() > 1)
            repo = path.at(path.size() - 2);
        info.name = controlPlaneNames().contains(component) ? component : str(container, "name");
        if (info.name.isEmpty() || genericNames().contains(info.name))
            info.name = repo;
        info.kind =
            controlPlaneNames().contains(info.name) ? ComponentInfo::Kind::ControlPlane : ComponentInfo::Kind::Addon;
        info.image = image;
        info.version = imageTag(image);
        info.namespaceName = str(meta, "namespace");
        info.where = where;
        list << info;
    }
    return list;
}

QList<DeprecatedApiRequest> deprecatedApiRequests(const QByteArray &metrics)
{
    // apiserver_requested_deprecated_apis{group="batch",removed_release="1.25",resource="cronjobs",
    //                                     subresource="",version="v1beta1"} 1
    static const QRegularExpression label(QStringLiteral(R"re((\w+)="((?:[^"\\]|\\.)*)")re"));
    QList<DeprecatedApiRequest> list;
    for (const QByteArray &raw : metrics.split('\n')) {
        if (!raw.startsWith("apiserver_requested_deprecated_apis{"))
            continue;
        const QString line = QString::fromUtf8(raw);
        const qsizetype close = line.lastIndexOf(u'}');
        if (close < 0)
            continue;
        DeprecatedApiRequest r;
        auto it = label.globalMatch(QStringView(line).mid(0, close));
        while (it.hasNext()) {
            const auto m = it.next();
            const QString key = m.captured(1);
            const QString value = m.captured(2);
            if (key == u"group")
                r.group = value;
            else if (key == u"version")
                r.version = value;
            else if (key == u"resource")
                r.resource = value;
            else if (key == u"subresource")
                r.subresource = value;
            else if (key == u"removed_release")
                r.removedRelease = value;
        }
        // Prometheus values are floats: "1843", "1.843e3", "+Inf", "NaN", or anything a broken exporter writes.
        // Counts outside 0 … 2^62 are clamped (converting them to an integer would be undefined behaviour).
        const double value = line.mid(close + 1).trimmed().section(u' ', 0, 0).toDouble();
        r.count = std::isfinite(value) ? qint64(std::clamp(value, 0.0, 4.6e18)) : 0;
        if (!r.version.isEmpty() && !r.resource.isEmpty())
            list << r;
    }
    return list;
}

QList<ObjectUse> objectUses(const QJsonObject &object)
{
    QList<ObjectUse> list;
    const QJsonObject meta = obj(object, "metadata");
    const QString kind = str(object, "kind");
    const QString ns = str(meta, "namespace");
    const QString name = str(meta, "name");
    const QString lastApplied = str(obj(meta, "annotations"), "kubectl.kubernetes.io/last-applied-configuration");
    if (!lastApplied.isEmpty()) {
        const QJsonObject applied = QJsonDocument::fromJson(lastApplied.toUtf8()).object();
        const QString apiVersion = str(applied, "apiVersion");
        if (!apiVersion.isEmpty())
            list << ObjectUse{apiVersion, str(applied, "kind").isEmpty() ? kind : str(applied, "kind"), ns, name,
                              QStringLiteral("last-applied")};
    }
    QSet<QString> seen;
    for (const auto &entry : meta.value(QStringLiteral("managedFields")).toArray()) {
        const QString apiVersion = str(entry.toObject(), "apiVersion");
        if (apiVersion.isEmpty() || seen.contains(apiVersion))
            continue;
        seen.insert(apiVersion);
        list << ObjectUse{apiVersion, kind, ns, name, QStringLiteral("managed-fields")};
    }
    return list;
}

std::optional<HelmRelease> helmRelease(const QJsonObject &secret, QString *error)
{
    const QJsonObject meta = obj(secret, "metadata");
    const QString secretName = str(meta, "namespace") + u'/' + str(meta, "name");
    const auto fail = [&](const QString &why) -> std::optional<HelmRelease> {
        if (error)
            *error = QCoreApplication::translate("ApiObjects", "Helm release secret %1: %2").arg(secretName, why);
        return std::nullopt;
    };
    // data.release is base64 (the API's encoding of Secret data) of base64 (Helm's) of gzip of JSON.
    const auto once = QByteArray::fromBase64Encoding(str(obj(secret, "data"), "release").toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    if (!once || (*once).isEmpty())
        return fail(QCoreApplication::translate("ApiObjects", "no release data."));
    const auto twice = QByteArray::fromBase64Encoding(*once, QByteArray::AbortOnBase64DecodingErrors);
    if (!twice)
        return fail(QCoreApplication::translate("ApiObjects", "the release is not base64."));
    QByteArray json = *twice;
    if (json.startsWith("\x1f\x8b")) {
        bool ok = false;
        json = gunzip(json, &ok);
        if (!ok)
            return fail(QCoreApplication::translate("ApiObjects", "the release is not valid gzip."));
    }
    const QJsonObject release = QJsonDocument::fromJson(json).object();
    json.fill('\0'); // the payload may hold values with secrets: do not leave it lying in memory
    if (release.isEmpty())
        return fail(QCoreApplication::translate("ApiObjects", "the release is not JSON."));

    HelmRelease h;
    h.name = str(release, "name");
    h.namespaceName = str(release, "namespace");
    h.revision = release.value(QStringLiteral("version")).toInt();
    h.status = str(obj(release, "info"), "status");
    const QJsonObject chart = obj(obj(release, "chart"), "metadata");
    h.chart = str(chart, "name") + u'-' + str(chart, "version");
    h.appVersion = str(chart, "appVersion");
    h.kubeVersion = str(chart, "kubeVersion");
    // Only each object's identity is kept from the rendered manifest.
    try {
        for (const YAML::Node &doc : YAML::LoadAll(str(release, "manifest").toStdString())) {
            if (!doc.IsMap())
                continue;
            ObjectUse use;
            use.apiVersion = yaml::optionalText(doc, "apiVersion");
            use.kind = yaml::optionalText(doc, "kind");
            if (const YAML::Node m = doc["metadata"]; m.IsMap()) {
                use.name = yaml::optionalText(m, "name");
                use.namespaceName = yaml::optionalText(m, "namespace");
            }
            use.source = QStringLiteral("helm:") + h.name;
            if (!use.apiVersion.isEmpty() && !use.kind.isEmpty())
                h.objects << use;
        }
    } catch (const std::exception &) {
        return fail(QCoreApplication::translate("ApiObjects", "the release manifest is not YAML."));
    }
    return h;
}

CrdInfo crd(const QJsonObject &object)
{
    CrdInfo c;
    c.name = str(obj(object, "metadata"), "name");
    const QJsonObject spec = obj(object, "spec");
    c.group = str(spec, "group");
    c.kind = str(obj(spec, "names"), "kind");
    for (const auto &v : spec.value(QStringLiteral("versions")).toArray()) {
        const QJsonObject version = v.toObject();
        if (version.value(QStringLiteral("served")).toBool())
            c.servedVersions << str(version, "name");
    }
    c.storedVersions = strings(obj(object, "status").value(QStringLiteral("storedVersions")).toArray());
    return c;
}

OperatorCsv clusterServiceVersion(const QJsonObject &object)
{
    return olm::csvFromObject(object);
}

bool isCopiedCsv(const QJsonObject &object)
{
    return olm::isCopiedCsv(object);
}

OperatorSubscription subscription(const QJsonObject &object)
{
    return olm::subscriptionFromObject(object);
}

namespace {

/// One of status.conditionalUpdates: the release, its Recommended condition and its risks with their matching rules.
OpenShiftConditionalUpdate conditionalUpdate(const QJsonObject &object)
{
    OpenShiftConditionalUpdate u;
    u.version = str(obj(object, "release"), "version");
    for (const auto &c : object.value(QStringLiteral("conditions")).toArray()) {
        const QJsonObject condition = c.toObject();
        if (str(condition, "type") != u"Recommended")
            continue;
        u.recommended = str(condition, "status");
        u.reason = str(condition, "reason");
        u.message = str(condition, "message");
    }
    for (const auto &r : object.value(QStringLiteral("risks")).toArray()) {
        const QJsonObject risk = r.toObject();
        OpenShiftUpdateRisk k{str(risk, "name"), str(risk, "message"), str(risk, "url"), {}};
        for (const auto &m : risk.value(QStringLiteral("matchingRules")).toArray()) {
            const QJsonObject rule = m.toObject();
            const QString type = str(rule, "type");
            const QString promql = str(obj(rule, "promql"), "promql").trimmed();
            k.matchingRules << (type == u"PromQL" && !promql.isEmpty() ? type + QStringLiteral(": ") + promql : type);
        }
        u.risks << k;
    }
    return u;
}

} // namespace

OpenShiftClusterVersion clusterVersion(const QJsonObject &object)
{
    OpenShiftClusterVersion v;
    const QJsonObject status = obj(object, "status");
    v.version = str(obj(status, "desired"), "version");
    v.channel = str(obj(object, "spec"), "channel");
    for (const auto &u : status.value(QStringLiteral("availableUpdates")).toArray())
        v.availableUpdates << str(u.toObject(), "version");
    for (const auto &h : status.value(QStringLiteral("history")).toArray())
        v.history << str(h.toObject(), "version");
    for (const auto &u : status.value(QStringLiteral("conditionalUpdates")).toArray())
        v.conditionalUpdates << conditionalUpdate(u.toObject());
    return v;
}

} // namespace kirikae::apiobjects
