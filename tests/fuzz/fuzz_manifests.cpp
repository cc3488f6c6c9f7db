// libFuzzer target: the manifest scanner (multi-document YAML, JSON, Lists, helm template output).
#include "analysis/manifestscanner.h"
#include "core/catalogs.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const kirikae::Catalogs catalogs = kirikae::Catalogs::builtIn();
    static const kirikae::ManifestScanner scanner(catalogs.deprecatedApis, {1, 32});
    kirikae::ScanResult result;
    scanner.scanText(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), QStringLiteral("fuzz.yaml"),
                     result);
    return 0;
}
