#include "yamlreader.h"

#include "yamltree.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>

namespace kirikae {

YamlReadError::YamlReadError(QString message, int line)
    : std::runtime_error(message.toStdString())
    , m_message(std::move(message))
    , m_line(line)
{
}

QString YamlReadError::describe(const QString &source) const
{
    if (m_line > 0)
        return source + u':' + QString::number(m_line) + u": " + m_message;
    return source + u": " + m_message;
}

namespace yaml {

namespace {

template <typename Node> Node child(const Node &node, const char *key)
{
    if (!node.IsMap())
        return {};
    return node[key];
}

QString scalarText(const YAML::Node &node)
{
    return toQString(node.Scalar());
}

QString scalarText(const TreeNode &node)
{
    return node.text();
}

YAML::Node emptySequence(const YAML::Node &)
{
    return YAML::Node(YAML::NodeType::Sequence);
}

TreeNode emptySequence(const TreeNode &)
{
    return {};
}

template <typename Node> int lineOfNode(const Node &node)
{
    if (!node.IsDefined())
        return 0;
    const auto mark = node.Mark();
    return mark.line >= 0 ? mark.line + 1 : 0;
}

template <typename Node> QString scalar(const Node &node, const char *key)
{
    if (!node.IsScalar())
        throw YamlReadError(
            QCoreApplication::translate("YamlReader", "“%1” must be a single value.").arg(QLatin1StringView(key)),
            lineOfNode(node));
    return scalarText(node);
}

} // namespace

QString toQString(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

std::string toStd(const QString &s)
{
    return s.toStdString();
}

int lineOf(const YAML::Node &node)
{
    return lineOfNode(node);
}

int lineOf(const TreeNode &node)
{
    return lineOfNode(node);
}

bool isUtf8(const QByteArray &data)
{
    // Most manifests and snapshots are plain ASCII: only text with high bytes needs the decoder.
    if (std::all_of(data.cbegin(), data.cend(), [](char c) { return uchar(c) < 0x80; }))
        return true;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(data); // the decoding happens on this conversion
    return !decoder.hasError();
}

void requireUnicode(const QByteArray &data)
{
    // YAML is Unicode; yaml-cpp reads UTF-16 and UTF-32 by their byte-order mark and takes everything else as
    // UTF-8 without checking it. Bytes that are not UTF-8 would reach names and versions as replacement marks.
    const bool utf16or32 = data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF") ||
                           data.startsWith(QByteArray("\x00\x00\xFE\xFF", 4));
    if (!utf16or32 && !isUtf8(data)) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(data);
        const qsizetype bad = text.indexOf(QChar::ReplacementCharacter);
        const int line = bad < 0 ? 0 : int(QStringView(text).left(bad).count(u'\n')) + 1;
        throw YamlReadError(QCoreApplication::translate("YamlReader", "the file is not UTF-8 text."), line);
    }
}

YAML::Node parse(const QByteArray &data)
{
    requireUnicode(data);
    try {
        return YAML::Load(data.toStdString());
    } catch (const YAML::Exception &e) {
        const int line = e.mark.line >= 0 ? e.mark.line + 1 : 0;
        throw YamlReadError(QCoreApplication::translate("YamlReader", "not valid YAML: %1").arg(toQString(e.msg)),
                            line);
    }
}

// The readers work on YAML::Node and on TreeNode alike; the public functions at the end pick one.
namespace {
namespace impl {

template <typename Node> void requireMap(const Node &node, const QString &what)
{
    if (!node.IsMap())
        throw YamlReadError(
            QCoreApplication::translate("YamlReader", "%1 must be a mapping of keys to values.").arg(what),
            lineOfNode(node));
}

template <typename Node> QString text(const Node &node, const char *key)
{
    const auto value = child(node, key);
    if (!value || value.IsNull())
        throw YamlReadError(
            QCoreApplication::translate("YamlReader", "the required key “%1” is missing.").arg(QLatin1StringView(key)),
            lineOfNode(node));
    return scalar(value, key);
}

template <typename Node> QString optionalText(const Node &node, const char *key)
{
    const auto value = child(node, key);
    if (!value || value.IsNull())
        return {};
    return scalar(value, key);
}

template <typename Node> QDate date(const Node &node, const char *key)
{
    const QDate d = optionalDate(node, key);
    if (!d.isValid())
        throw YamlReadError(
            QCoreApplication::translate("YamlReader", "the required date “%1” is missing.").arg(QLatin1StringView(key)),
            lineOfNode(node));
    return d;
}

template <typename Node> QDate optionalDate(const Node &node, const char *key)
{
    const QString value = optionalText(node, key);
    if (value.isEmpty() || value == u"true" || value == u"false")
        return {};
    const QDate d = QDate::fromString(value, Qt::ISODate);
    if (!d.isValid())
        throw YamlReadError(
            QCoreApplication::translate("YamlReader", "“%1” is not a date of the form YYYY-MM-DD (key “%2”).")
                .arg(value, QLatin1StringView(key)),
            lineOfNode(child(node, key)));
    return d;
}

template <typename Node> QDateTime optionalDateTime(const Node &node, const char *key)
{
    const QString value = optionalText(node, key);
    if (value.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!dt.isValid())
        throw YamlReadError(
            QCoreApplication::translate("YamlReader", "“%1” is not a time of the form 2024-05-01T09:30:00Z (key “%2”).")
                .arg(value, QLatin1StringView(key)),
            lineOfNode(child(node, key)));
    return dt.toUTC();
}

template <typename Node> int integer(const Node &node, const char *key, int fallback)
{
    const QString value = optionalText(node, key);
    if (value.isEmpty())
        return fallback;
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok)
        throw YamlReadError(QCoreApplication::translate("YamlReader", "“%1” is not a whole number (key “%2”).")
                                .arg(value, QLatin1StringView(key)),
                            lineOfNode(child(node, key)));
    return n;
}

template <typename Node> bool boolean(const Node &node, const char *key, bool fallback)
{
    const QString value = optionalText(node, key);
    if (value.isEmpty())
        return fallback;
    if (value == u"true")
        return true;
    if (value == u"false")
        return false;
    throw YamlReadError(QCoreApplication::translate("YamlReader", "“%1” is not true or false (key “%2”).")
                            .arg(value, QLatin1StringView(key)),
                        lineOfNode(child(node, key)));
}

template <typename Node> Node sequence(const Node &node, const char *key)
{
    const auto value = child(node, key);
    if (!value || value.IsNull())
        return emptySequence(node);
    if (!value.IsSequence())
        throw YamlReadError(
            QCoreApplication::translate("YamlReader", "“%1” must be a list.").arg(QLatin1StringView(key)),
            lineOfNode(value));
    return value;
}

template <typename Node> QStringList textList(const Node &node, const char *key)
{
    QStringList list;
    for (const auto &item : sequence(node, key))
        list << scalar(item, key);
    return list;
}

} // namespace impl
} // namespace

QString text(const YAML::Node &node, const char *key)
{
    return impl::text(node, key);
}

QString optionalText(const YAML::Node &node, const char *key)
{
    return impl::optionalText(node, key);
}

QDate date(const YAML::Node &node, const char *key)
{
    return impl::date(node, key);
}

QDate optionalDate(const YAML::Node &node, const char *key)
{
    return impl::optionalDate(node, key);
}

QDateTime optionalDateTime(const YAML::Node &node, const char *key)
{
    return impl::optionalDateTime(node, key);
}

int integer(const YAML::Node &node, const char *key, int fallback)
{
    return impl::integer(node, key, fallback);
}

bool boolean(const YAML::Node &node, const char *key, bool fallback)
{
    return impl::boolean(node, key, fallback);
}

QStringList textList(const YAML::Node &node, const char *key)
{
    return impl::textList(node, key);
}

YAML::Node sequence(const YAML::Node &node, const char *key)
{
    return impl::sequence(node, key);
}

void requireMap(const YAML::Node &node, const QString &what)
{
    impl::requireMap(node, what);
}

QString text(const TreeNode &node, const char *key)
{
    return impl::text(node, key);
}

QString optionalText(const TreeNode &node, const char *key)
{
    return impl::optionalText(node, key);
}

QDate date(const TreeNode &node, const char *key)
{
    return impl::date(node, key);
}

QDate optionalDate(const TreeNode &node, const char *key)
{
    return impl::optionalDate(node, key);
}

QDateTime optionalDateTime(const TreeNode &node, const char *key)
{
    return impl::optionalDateTime(node, key);
}

int integer(const TreeNode &node, const char *key, int fallback)
{
    return impl::integer(node, key, fallback);
}

bool boolean(const TreeNode &node, const char *key, bool fallback)
{
    return impl::boolean(node, key, fallback);
}

QStringList textList(const TreeNode &node, const char *key)
{
    return impl::textList(node, key);
}

TreeNode sequence(const TreeNode &node, const char *key)
{
    return impl::sequence(node, key);
}

void requireMap(const TreeNode &node, const QString &what)
{
    impl::requireMap(node, what);
}

} // namespace yaml
} // namespace kirikae
