// libFuzzer target: the Prometheus text parser for apiserver_requested_deprecated_apis.
#include "kube/apiobjects.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)kirikae::apiobjects::deprecatedApiRequests(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
