#include "manifestscanner.h"

#include "core/yamlreader.h"
#include "snapshot/snapshotfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QtConcurrent/QtConcurrentMap>

#include <yaml-cpp/eventhandler.h>
#include <yaml.h> // libyaml

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

// True when the line holds YAML rather than only blanks or a comment.
bool hasContent(QByteArrayView line)
{
    for (const char c : line) {
        if (c == '#')
            return false;
        if (c != ' ' && c != '\t' && c != '\r')
            return true;
    }
    return false;
}

// Splits on "---" lines, keeping each document's first line so errors and findings can name the line. A segment of
// only comments (a licence header, the "# Source:" line of a Helm template that rendered nothing) is no document.
QList<Document> splitDocuments(const QByteArray &text)
{
    QList<Document> docs;
    Document current;
    bool content = false;
    int line = 0;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        const QByteArrayView lineText = QByteArrayView(text).sliced(start, end - start); // no copy per line
        ++line;
        if (lineText == "---" || lineText.startsWith("--- ") || lineText == "...") {
            if (content)
                docs << current;
            current = Document{{}, line + 1, {}};
            content = false;
        } else {
            if (lineText.startsWith("# Source: "))
                current.source = QString::fromUtf8(lineText.sliced(10).trimmed());
            content = content || hasContent(lineText);
            current.text.append(lineText).append('\n');
        }
        start = end + 1;
    }
    if (content)
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

// True when text is one well-formed YAML document by libyaml, which checks syntax several times faster than yaml-cpp
// (most of a scan's time). A document libyaml refuses goes to yaml-cpp, whose message and line the scan reports.
bool wellFormed(const QByteArray &text)
{
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser))
        return false;
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char *>(text.constData()),
                                 size_t(text.size()));
    bool ok = true;
    QSet<QByteArray> anchors; // libyaml leaves undefined aliases to a composer; yaml-cpp's parser refuses them
    for (bool done = false; ok && !done;) {
        yaml_event_t event;
        ok = yaml_parser_parse(&parser, &event) != 0;
        if (!ok)
            break;
        const auto *anchor = event.type == YAML_ALIAS_EVENT            ? event.data.alias.anchor
                             : event.type == YAML_SCALAR_EVENT         ? event.data.scalar.anchor
                             : event.type == YAML_SEQUENCE_START_EVENT ? event.data.sequence_start.anchor
                             : event.type == YAML_MAPPING_START_EVENT  ? event.data.mapping_start.anchor
                                                                       : nullptr;
        if (anchor && event.type == YAML_ALIAS_EVENT)
            ok = anchors.contains(QByteArray(reinterpret_cast<const char *>(anchor)));
        else if (anchor)
            anchors.insert(QByteArray(reinterpret_cast<const char *>(anchor)));
        done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
    }
    yaml_parser_delete(&parser);
    return ok;
}

// The top-level apiVersion and kind as written, without parsing: enough to know most documents need no more. A
// value that does not start like a name ("{{ .Values.x }}") is left to the parser.
QByteArray topLevelValue(const QString &text, const char *key)
{
    static const QRegularExpression apiVersion(QStringLiteral(R"(^apiVersion:[ \t]*["']?([A-Za-z0-9][^\s"'#]*))"),
                                               QRegularExpression::MultilineOption);
    static const QRegularExpression kind(QStringLiteral(R"(^kind:[ \t]*["']?([A-Za-z0-9][^\s"'#]*))"),
                                         QRegularExpression::MultilineOption);
    const auto match = (qstrcmp(key, "apiVersion") == 0 ? apiVersion : kind).match(text);
    return match.hasMatch() ? match.captured(1).toUtf8() : QByteArray();
}

// The single value under key, or empty when node is not a mapping or the value is absent, null or not a single
// value. Never throws: a const lookup of a missing key gives a node on which most calls would.
QString scalarText(const YAML::Node &node, const char *key)
{
    if (!node.IsMap())
        return {};
    const YAML::Node value = node[key];
    return value.IsDefined() && value.IsScalar() ? yaml::toQString(value.Scalar()) : QString();
}

// The name and namespace when they are single values. Anything else is a warning on the finding, which stands: the
// API is known from apiVersion and kind alone.
void readMetadata(const YAML::Node &object, int firstLine, ApiFinding &f)
{
    const YAML::Node meta = object["metadata"];
    if (!meta.IsDefined() || meta.IsNull()) {
        f.warnings << QCoreApplication::translate("ManifestScanner", "no metadata: the object has no name.");
        return;
    }
    const auto lineOf = [firstLine](const YAML::Node &node) { return firstLine + yaml::lineOf(node) - 1; };
    if (!meta.IsMap()) {
        f.warnings << QCoreApplication::translate("ManifestScanner",
                                                  "“metadata” on line %1 is not a mapping: the object has no name.")
                          .arg(lineOf(meta));
        return;
    }
    const auto read = [&](const char *key, QString &into) {
        const YAML::Node value = meta[key];
        if (!value.IsDefined() || value.IsNull())
            return;
        if (value.IsScalar()) {
            into = yaml::toQString(value.Scalar());
            return;
        }
        f.warnings << QCoreApplication::translate("ManifestScanner", "“metadata.%1” on line %2 is not a single value "
                                                                     "(an unrendered template?): it is left empty.")
                          .arg(QLatin1StringView(key))
                          .arg(lineOf(value));
    };
    read("name", f.name);
    read("namespace", f.namespaceName);
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
        result.skipped += part.skipped;
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
    if (text.contains('\r'))
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
            const QString docText = QString::fromUtf8(doc.text);
            const QByteArray apiVersion = topLevelValue(docText, "apiVersion");
            const QByteArray kind = apiVersion.isEmpty() ? QByteArray() : topLevelValue(docText, "kind");
            if (!kind.isEmpty() && !m_catalog.mentions(QString::fromUtf8(apiVersion)) && !kind.endsWith("List")) {
                if (!wellFormed(doc.text)) { // yaml-cpp decides: it throws what the scan reports
                    std::istringstream stream(doc.text.toStdString());
                    YAML::Parser parser(stream);
                    SyntaxOnly handler;
                    parser.HandleNextDocument(handler);
                }
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
        // A Kubernetes object is known by its apiVersion and kind; anything else (values.yaml, Chart.yaml) is
        // skipped, and nothing else about the object can cost its finding.
        const auto consider = [&](const YAML::Node &object) {
            ApiFinding f;
            f.apiVersion = scalarText(object, "apiVersion");
            f.kind = scalarText(object, "kind");
            if (f.apiVersion.isEmpty() || f.kind.isEmpty()) {
                ++result.skipped;
                return;
            }
            if (!judge(f))
                return;
            f.file = file;
            f.line = doc.firstLine + yaml::lineOf(object) - 1;
            f.origin = doc.source;
            f.evidence = QStringLiteral("manifest");
            f.confidence = QStringLiteral("certain");
            try {
                readMetadata(object, doc.firstLine, f);
            } catch (const YAML::Exception &e) { // not expected; if it happens, a warning still keeps the finding
                f.warnings << QCoreApplication::translate("ManifestScanner", "unexpected structure: %1")
                                  .arg(yaml::toQString(e.msg));
            }
            result.findings << f;
        };
        const YAML::Node &top = root;
        const YAML::Node items = top.IsMap() ? top["items"] : YAML::Node();
        if (scalarText(top, "kind").endsWith(QStringLiteral("List")) && items.IsDefined() && items.IsSequence()) {
            for (const YAML::Node &item : items)
                consider(item);
        } else {
            consider(top);
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
            f.helmRelease = release.namespaceName + u'/' + release.name;
            f.helmRevision = release.revision;
            f.origin = QStringLiteral("helm release %1 revision %2").arg(f.helmRelease).arg(release.revision);
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
