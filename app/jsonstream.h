#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringView>

#include <vector>

namespace kirikae::cli {

/**
 * Writes one JSON document to standard output as it is made, indented as QJsonDocument::Indented indents, so that
 * a report much larger than any of its parts (every node of a 50,000-node cluster) is never held whole: the parts
 * are small QJsonValues, written and dropped one by one.
 */
class JsonStream
{
public:
    JsonStream();
    ~JsonStream();
    JsonStream(const JsonStream &) = delete;
    JsonStream &operator=(const JsonStream &) = delete;

    void beginObject();
    void beginArray();
    void end();
    /// The name of the next member of the object being written.
    void key(QStringView name);
    /// A whole value: in an array, the next element; in an object, after key().
    void value(const QJsonValue &value);
    /// Each member of object, as key() and value() would write them.
    void members(const QJsonObject &object);

private:
    void open(char bracket, bool array);
    void startValue();
    void newLine(std::size_t depth);
    void write(const QByteArray &bytes);

    struct Level
    {
        bool array = false;
        bool empty = true;
    };
    std::vector<Level> m_levels;
    bool m_afterKey = false;
};

} // namespace kirikae::cli
