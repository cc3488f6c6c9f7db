#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <yaml-cpp/yaml.h>

#include <optional>
#include <stdexcept>
#include <type_traits>

namespace kirikae {

/// A problem in a YAML document, with the 1-based line it was found on (0 when unknown).
class YamlReadError : public std::runtime_error
{
public:
    YamlReadError(QString message, int line);
    QString message() const { return m_message; }
    int line() const { return m_line; }
    /// "FILE:LINE: message", the form every loader reports.
    QString describe(const QString &source) const;

private:
    QString m_message;
    int m_line;
};

/**
 * Helpers to read YAML into value types with errors that name the line. All of them throw YamlReadError;
 * loaders catch it at their boundary and turn it into one message naming the file.
 */
namespace yaml {

class TreeNode;

/// True when data is valid UTF-8 (cheap for ASCII, the common case).
bool isUtf8(const QByteArray &data);
/// Throws YamlReadError (naming the first bad line) unless data is UTF-8, or UTF-16/32 with a byte-order mark.
void requireUnicode(const QByteArray &data);
/// Parses a document; syntax errors become YamlReadError with yaml-cpp's line.
YAML::Node parse(const QByteArray &data);
int lineOf(const YAML::Node &node);

QString text(const YAML::Node &node, const char *key);         ///< required scalar
QString optionalText(const YAML::Node &node, const char *key); ///< empty when absent or null
QDate date(const YAML::Node &node, const char *key);           ///< required YYYY-MM-DD
QDate optionalDate(const YAML::Node &node, const char *key);   ///< invalid when absent, null or true/false
QDateTime optionalDateTime(const YAML::Node &node, const char *key);
int integer(const YAML::Node &node, const char *key, int fallback);
bool boolean(const YAML::Node &node, const char *key, bool fallback);
QStringList textList(const YAML::Node &node, const char *key);
/// The sequence under key (an empty node when absent); throws when present but not a sequence.
YAML::Node sequence(const YAML::Node &node, const char *key);
void requireMap(const YAML::Node &node, const QString &what);

// The same readers over a yaml::Tree (yamltree.h), which the snapshot file streams.
int lineOf(const TreeNode &node);
QString text(const TreeNode &node, const char *key);
QString optionalText(const TreeNode &node, const char *key);
QDate date(const TreeNode &node, const char *key);
QDate optionalDate(const TreeNode &node, const char *key);
QDateTime optionalDateTime(const TreeNode &node, const char *key);
int integer(const TreeNode &node, const char *key, int fallback);
bool boolean(const TreeNode &node, const char *key, bool fallback);
QStringList textList(const TreeNode &node, const char *key);
TreeNode sequence(const TreeNode &node, const char *key);
void requireMap(const TreeNode &node, const QString &what);

QString toQString(const std::string &s);
std::string toStd(const QString &s);

/// Runs a loader that throws YamlReadError or yaml-cpp's own exceptions: its value, or nothing with *error set to
/// one "FILE:LINE: message". Every catalog loader is one of these.
template <typename Parse>
auto readGuarded(const QString &source, QString *error, Parse parse) -> std::optional<std::invoke_result_t<Parse>>
{
    try {
        return parse();
    } catch (const YamlReadError &e) {
        if (error)
            *error = e.describe(source);
    } catch (const YAML::Exception &e) {
        if (error)
            *error = YamlReadError(toQString(e.msg), e.mark.line + 1).describe(source);
    }
    return std::nullopt;
}

} // namespace yaml
} // namespace kirikae
