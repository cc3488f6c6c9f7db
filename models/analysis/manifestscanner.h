#pragma once

#include "core/deprecatedapis.h"
#include "snapshot/clustersnapshot.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kirikae {

/// One use of a deprecated or removed API, and where it was seen.
struct ApiFinding
{
    QString file;
    int line = 0;        ///< 1-based; 0 for evidence from a snapshot
    QString origin;      ///< the template a `helm template` document came from (# Source:), or the Helm release
    QString evidence;    ///< "manifest", "helm", "last-applied", "managed-fields", "metrics"
    QString helmRelease; ///< for evidence "helm": the release as "namespace/name"
    int helmRevision = 0;
    QString apiVersion;
    QString kind;
    QString name;
    QString namespaceName;
    DeprecatedApi api;
    ApiStatus status = ApiStatus::Fine;
    /// How sure the finding is: "certain" (the object is written or requested with this version), or
    /// "possible" (managedFields only record that some client once wrote it so).
    QString confidence;
    /// What was odd about the object without costing the finding: no metadata, a name that is not a single value
    /// (an unrendered template), …
    QStringList warnings;
};

/// A file or document that could not be read, with where and why.
struct ScanError
{
    QString file;
    int line = 0;
    QString message;
};

struct ScanResult
{
    QList<ApiFinding> findings;
    QList<ScanError> errors;
    int files = 0;
    int documents = 0; ///< YAML documents read; comment-only segments between "---" are not documents
    int skipped = 0;   ///< documents (or List items) without both apiVersion and kind: not Kubernetes objects
};

/// "removed" or "deprecated".
QString apiStatusKey(ApiStatus status);

/**
 * Finds deprecated and removed APIs, judged against a target release, in manifests (multi-document YAML, JSON,
 * `kind: List`, `helm template` output with its `# Source:` lines, CRLF, BOM) and in the evidence of Kirikae
 * snapshots (Helm releases, last-applied configurations, managedFields, apiserver_requested_deprecated_apis).
 * A document that is not YAML is an error naming its file and line; the other documents are still scanned.
 * A document is judged by its apiVersion and kind alone: one without both (a Helm values.yaml, Chart.yaml) is
 * skipped, and an odd metadata (missing, or a name that is an unrendered template) is a warning on the finding.
 */
class ManifestScanner
{
public:
    ManifestScanner(const DeprecatedApis &catalog, MinorVersion target);

    /// A file or a folder (recursively: *.yaml, *.yml, *.json); a Kirikae snapshot is scanned for its evidence.
    void scanPath(const QString &path, ScanResult &result) const;
    void scanText(const QByteArray &text, const QString &file, ScanResult &result) const;
    void scanSnapshot(const ClusterSnapshot &snapshot, const QString &file, ScanResult &result) const;

private:
    void scanFile(const QString &path, ScanResult &result) const;
    bool judge(ApiFinding &finding) const;

    const DeprecatedApis &m_catalog;
    MinorVersion m_target;
};

} // namespace kirikae
