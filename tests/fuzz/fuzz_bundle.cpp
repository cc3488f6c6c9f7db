// libFuzzer target: the OLM bundle reader (a ClusterServiceVersion, then the same bytes as bundle metadata and as a
// CRD manifest), resolving what it read, and the CRD stored versions its release would drop.
#include "analysis/bundlereader.h"
#include "analysis/crdstorage.h"
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
    try {
        if (auto crd = kirikae::BundleReader::parseCrdManifest(bytes))
            csv.bundleCrds << *crd;
    } catch (const kirikae::YamlReadError &) {
    } catch (const YAML::Exception &) {
    }
    // The same CSV installed, holding every CRD it ships at stored versions a newer release may not serve.
    kirikae::ClusterSnapshot cluster;
    kirikae::OperatorCsv installed = csv;
    installed.version = QStringLiteral("1.0.0");
    for (kirikae::CrdInfo crd : csv.bundleCrds) {
        crd.storedVersions = crd.servedVersions + QStringList{QStringLiteral("v0")};
        cluster.crds << crd;
        installed.ownedCrds << crd.group + QStringLiteral("/v0/") + crd.kind;
    }
    cluster.operators << installed;
    kirikae::OperatorCsv next = csv;
    next.version = QStringLiteral("999.0.0");
    (void)kirikae::crdsDroppedByOperators(cluster, {next});
    kirikae::OperatorSource source;
    source.cluster = QStringLiteral("fuzz");
    source.isCatalog = true;
    source.csvs = {csv, csv};
    (void)kirikae::resolveOperators({source}, {kirikae::MinorVersion{1, 30}, kirikae::MinorVersion{4, 17}});
    return 0;
}
