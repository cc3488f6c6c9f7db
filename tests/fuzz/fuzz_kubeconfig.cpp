// libFuzzer target: the kubeconfig reader (every auth form, merge of one file).
#include "kube/kubeconfig.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    (void)kirikae::KubeConfig::fromYaml(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
                                        QStringLiteral("fuzz.kubeconfig"), &error);
    return 0;
}
