#include "manifestscanner.h"

#include "core/yamlreader.h"
#include "snapshot/snapshotfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QtConcurrent/QtConcurrentMap>

#include <yaml-cpp/eventhandler.h>

#include <algorithm>
#include <sstream>

namespace kirikae {

namespace {

constexpr qint64 maxManifestBytes = 128LL * 1024 * 1024;

struct Document
{
    QByteArray text;
    int firstLine = 1; ///< 1-based line of its first line in the file
    QString source;    ///< from a "# Source: chart/templates/x.yaml" line
};

// Splits on "---" lines, keeping each document's first line so errors and findings can name the line.
QList<Document> splitDocuments(const QByteArray &text)
{
    QList<Document> docs;
    Document current;
    int line = 0;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        const QByteArray content = text.mid(start, end - start);
        ++line;
        if (content == "---" || content.startsWith("--- ") || content == "...") {
            if (!current.text.trimmed().isEmpty())
                docs << current;
            current = Document{{}, line + 1, {}};
        } else {
            if (content.startsWith("# Source: "))
                current.source = QString::fromUtf8(content.mid(10).trimmed());
            current.text += content;
            current.text += '\n';
        }
        start = end + 1;
    }
    if (!current.text.trimmed().isEmpty())
        docs << current;
    return docs;
}

// Accepts every event: parsing with it checks the syntax without building a node tree.
class SyntaxOnly final : public YAML::EventHandler
{
public:
    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t, const std::string &) override {}
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
};

// The top-level apiVersion and kind as written, without parsing: enough to know most documents need no more.
QByteArray topLevelValue(const QByteArray &text, const char *key)
{
    static const QRegularExpression apiVersion(QStringLiteral(R"(^apiVersion:[ \t]*["']?([^\s"'#]+))"),
                                               QRegularExpression::MultilineOption);
    static const QRegularExpression kind(QStringLiteral(R"(^kind:[ \t]*["']?([^\s"'#]+))"),
                                         QRegularExpression::MultilineOption);
    const auto match = (qstrcmp(key, "apiVersion") == 0 ? apiVersion : kind).match(QString::fromUtf8(text));
    return match.hasMatch() ? match.captured(1).toUtf8() : QByteArray();
}

} // namespace

QString apiStatusKey(ApiStatus status)
{
    switch (status) {
    case ApiStatus::Removed:
        return QStringLiteral("removed");
    case ApiStatus::Deprecated:
        return QStringLiteral("deprecated");
    case ApiStatus::Fine:
        break;
    }
    return QStringLiteral("fine");
}

ManifestScanner::ManifestScanner(const DeprecatedApis &catalog, MinorVersion target)
    : m_catalog(catalog)
    , m_target(target)
{
}

bool ManifestScanner::judge(ApiFinding &finding) const
{
    const DeprecatedApi *api = m_catalog.find(finding.apiVersion, finding.kind);
    if (!api)
        return false;
    finding.api = *api;
    finding.status = DeprecatedApis::statusFor(*api, m_target);
    return finding.status != ApiStatus::Fine;
}

void ManifestScanner::scanPath(const QString &path, ScanResult &result) const
{
    const QFileInfo info(path);
    if (!info.exists()) {
        result.errors << ScanError{QDir::toNativeSeparators(path), 0,
                                   QCoreApplication::translate("ManifestScanner", "no such file or folder.")};
        return;
    }
    if (!info.isDir()) {
        // A file named on its own that holds nothing is a mistake worth saying; in a folder it is a placeholder.
        if (info.size() == 0) {
            ++result.files;
            result.errors << ScanError{QDir::toNativeSeparators(path), 0,
                                       QCoreApplication::translate("ManifestScanner", "is empty: nothing to scan.")};
            return;
        }
        scanFile(path, result);
        return;
    }
    QStringList files;
    QDirIterator it(path, {QStringLiteral("*.yaml"), QStringLiteral("*.yml"), QStringLiteral("*.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    std::sort(files.begin(), files.end()); // stable output, whatever the file system's order
    // Files are independent: scan them on every core, then merge in file order.
    const QList<ScanResult> parts = QtConcurrent::blockingMapped(files, [this](const QString &file) {
        ScanResult part;
        scanFile(file, part);
        return part;
    });
    for (const ScanResult &part : parts) {
        result.findings << part.findings;
        result.errors << part.errors;
        result.files += part.files;
        result.documents += part.documents;
    }
}

void ManifestScanner::scanFile(const QString &path, ScanResult &result) const
{
    const QString shown = QDir::toNativeSeparators(path);
    ++result.files;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.errors << ScanError{
            shown, 0, QCoreApplication::translate("ManifestScanner", "cannot be opened (%1).").arg(file.errorString())};
        return;
    }
    if (file.size() > maxManifestBytes) {
        result.errors << ScanError{shown, 0,
                                   QCoreApplication::translate("ManifestScanner", "is larger than %1 MB; not scanned.")
                                       .arg(maxManifestBytes >> 20)};
        return;
    }
    QByteArray text = file.readAll();
    // UTF-16 with a byte-order mark is valid YAML (some Windows editors write it): read it as UTF-8 from here on.
    if (text.startsWith("\xFF\xFE") || text.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(text.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        text = QString(decoder.decode(text)).toUtf8();
    }
    if (text.startsWith("kirikaeSnapshot:") || text.contains("\nkirikaeSnapshot:")) {
        QString error;
        if (const auto snapshot = SnapshotFile::fromYaml(text, shown, &error))
            scanSnapshot(*snapshot, shown, result);
        else
            result.errors << ScanError{shown, 0, error};
        return;
    }
    scanText(text, shown, result);
}

void ManifestScanner::scanText(const QByteArray &raw, const QString &file, ScanResult &result) const
{
    QByteArray text = raw;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    text.replace("\r\n", "\n");
    if (text.contains('\0')) {
        result.errors << ScanError{file, 0,
                                   QCoreApplication::translate("ManifestScanner", "is a binary file, not YAML.")};
        return;
    }
    if (!yaml::isUtf8(text)) {
        result.errors << ScanError{file, 0, QCoreApplication::translate("ManifestScanner", "is not UTF-8 text.")};
        return;
    }
    for (const Document &doc : splitDocuments(text)) {
        YAML::Node root;
        try {
            // Most documents use no deprecated API: checking their syntax is enough, and much cheaper.
            const QByteArray apiVersion = topLevelValue(doc.text, "apiVersion");
            if (!apiVersion.isEmpty() && !m_catalog.mentions(QString::fromUtf8(apiVersion)) &&
                !topLevelValue(doc.text, "kind").endsWith("List")) {
                std::istringstream stream(doc.text.toStdString());
                YAML::Parser parser(stream);
                SyntaxOnly handler;
                parser.HandleNextDocument(handler);
                ++result.documents;
                continue;
            }
            root = YAML::Load(doc.text.toStdString());
        } catch (const YAML::Exception &e) {
            result.errors << ScanError{
                file, doc.firstLine + std::max(0, e.mark.line),
                QCoreApplication::translate("ManifestScanner", "not valid YAML: %1").arg(yaml::toQString(e.msg))};
            continue;
        }
        ++result.documents;
        if (!root.IsMap())
            continue;
        const auto consider = [&](const YAML::Node &object) {
            if (!object.IsMap())
                return;
            ApiFinding f;
            try {
                f.apiVersion = yaml::optionalText(object, "apiVersion");
                f.kind = yaml::optionalText(object, "kind");
                if (const YAML::Node meta = object["metadata"]; meta.IsMap()) {
                    f.name = yaml::optionalText(meta, "name");
                    f.namespaceName = yaml::optionalText(meta, "namespace");
                }
            } catch (const YamlReadError &e) {
                result.errors << ScanError{file, doc.firstLine + std::max(0, e.line() - 1), e.message()};
                return;
            } catch (const YAML::Exception &e) { // found by fuzz_manifests: a lookup on an invalid node throws
                result.errors << ScanError{file, doc.firstLine + std::max(0, e.mark.line),
                                           QCoreApplication::translate("ManifestScanner", "unexpected structure: %1")
                                               .arg(yaml::toQString(e.msg))};
                return;
            }
            f.file = file;
            f.line = doc.firstLine + yaml::lineOf(object) - 1;
            f.origin = doc.source;
            f.evidence = QStringLiteral("manifest");
            f.confidence = QStringLiteral("certain");
            if (judge(f))
                result.findings << f;
        };
        const QString kind = root["kind"].IsScalar() ? yaml::toQString(root["kind"].Scalar()) : QString();
        if (kind.endsWith(QStringLiteral("List")) && root["items"].IsSequence()) {
            for (const YAML::Node &item : root["items"])
                consider(item);
        } else {
            consider(root);
        }
    }
}

void ManifestScanner::scanSnapshot(const ClusterSnapshot &s, const QString &file, ScanResult &result) const
{
    const auto add = [&](ApiFinding f) {
        f.file = file;
        if (judge(f))
            result.findings << f;
    };
    for (const HelmRelease &release : s.helmReleases) {
        for (const ObjectUse &o : release.objects) {
            ApiFinding f;
            f.apiVersion = o.apiVersion;
            f.kind = o.kind;
            f.name = o.name;
            f.namespaceName = o.namespaceName.isEmpty() ? release.namespaceName : o.namespaceName;
            f.origin = QStringLiteral("helm release %1/%2 revision %3")
                           .arg(release.namespaceName, release.name)
                           .arg(release.revision);
            f.evidence = QStringLiteral("helm");
            f.confidence = QStringLiteral("certain"); // the next `helm upgrade` renders it again
            add(f);
        }
    }
    for (const ObjectUse &o : s.objectUses) {
        ApiFinding f;
        f.apiVersion = o.apiVersion;
        f.kind = o.kind;
        f.name = o.name;
        f.namespaceName = o.namespaceName;
        f.evidence = o.source;
        f.confidence = o.source == u"last-applied" ? QStringLiteral("certain") : QStringLiteral("possible");
        add(f);
    }
    for (const DeprecatedApiRequest &r : s.deprecatedApiRequests) {
        if (r.count <= 0)
            continue; // a sample at 0: not requested since the API server started
        const DeprecatedApi *api = m_catalog.findResource(r.group, r.version, r.resource);
        if (!api)
            continue;
        ApiFinding f;
        f.apiVersion = api->apiVersion;
        f.kind = api->kind;
        f.name = r.resource;
        f.origin = QStringLiteral("apiserver_requested_deprecated_apis");
        f.evidence = QStringLiteral("metrics");
        f.confidence = QStringLiteral("certain"); // some client asked for it since the apiserver started
        add(f);
    }
}

} // namespace kirikae
