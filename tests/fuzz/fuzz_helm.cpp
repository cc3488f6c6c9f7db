// libFuzzer target: the Helm release decoder. The input is the Secret's data.release after Kubernetes' own
// base64, i.e. Helm's base64 of the gzipped release JSON (or anything else).
#include "kube/apiobjects.h"

#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray payload(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonObject secret{
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("sh.helm.release.v1.x.v1")},
                                                 {QStringLiteral("namespace"), QStringLiteral("default")}}},
        {QStringLiteral("type"), QStringLiteral("helm.sh/release.v1")},
        {QStringLiteral("data"),
         QJsonObject{{QStringLiteral("release"), QString::fromLatin1(payload.toBase64())}}}};
    QString error;
    (void)kirikae::apiobjects::helmRelease(secret, &error);
    return 0;
}
