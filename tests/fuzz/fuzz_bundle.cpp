// libFuzzer target: the OLM bundle reader (a ClusterServiceVersion, then the same bytes as bundle metadata),
// and resolving what it read.
#include "analysis/bundlereader.h"
#include "analysis/operatorgraph.h"
#include "core/yamlreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    kirikae::OperatorCsv csv;
    try {
        csv = kirikae::BundleReader::parseCsv(bytes);
    } catch (const kirikae::YamlReadError &) {
    } catch (const YAML::Exception &) {
    }
    try {
        kirikae::BundleReader::applyMetadata(csv, bytes);
    } catch (const kirikae::YamlReadError &) {
    } catch (const YAML::Exception &) {
    }
    kirikae::OperatorSource source;
    source.cluster = QStringLiteral("fuzz");
    source.isCatalog = true;
    source.csvs = {csv, csv};
    (void)kirikae::resolveOperators({source}, {kirikae::MinorVersion{1, 30}, kirikae::MinorVersion{4, 17}});
    return 0;
}
