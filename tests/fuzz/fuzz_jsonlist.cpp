// libFuzzer target: a Kubernetes list response as the collector reads it, every item through every decoder.
#include "kube/apiobjects.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    namespace api = kirikae::apiobjects;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    QJsonArray items = doc.object().value(QStringLiteral("items")).toArray();
    if (doc.isObject() && items.isEmpty())
        items << doc.object();
    for (const auto &value : std::as_const(items)) {
        const QJsonObject o = value.toObject();
        (void)api::node(o);
        (void)api::podComponents(o);
        (void)api::isAddonPod(o);
        (void)api::objectUses(o);
        (void)api::crd(o);
        (void)api::clusterServiceVersion(o);
        (void)api::isCopiedCsv(o);
        (void)api::subscription(o);
        (void)api::clusterVersion(o);
        QString error;
        (void)api::helmRelease(o, &error);
    }
    return 0;
}
