#include "jsonstream.h"

#include "output.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace kirikae::cli {

namespace {

// A value as QJsonDocument writes it at the top level, indented, without the final line break.
QByteArray indented(const QJsonValue &value)
{
    QByteArray text;
    if (value.isObject())
        text = QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    else if (value.isArray())
        text = QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    else // a scalar: inside a one-element array, then out of it
        return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).chopped(1).mid(1);
    return text.endsWith('\n') ? text.chopped(1) : text;
}

} // namespace

JsonStream::JsonStream()
{
    out().flush();
}

JsonStream::~JsonStream()
{
    write("\n");
    std::fflush(stdout);
}

void JsonStream::write(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void JsonStream::newLine(std::size_t depth)
{
    write(QByteArray(1, '\n') + QByteArray(qsizetype(depth) * 4, ' '));
}

// Before a value: the comma after its sibling and its line, unless it follows its key.
void JsonStream::startValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.empty())
        return;
    if (!m_levels.back().empty)
        write(",");
    m_levels.back().empty = false;
    newLine(m_levels.size());
}

void JsonStream::open(char bracket, bool array)
{
    startValue();
    write(QByteArray(1, bracket));
    m_levels.push_back({array, true});
}

void JsonStream::beginObject()
{
    open('{', false);
}

void JsonStream::beginArray()
{
    open('[', true);
}

void JsonStream::end()
{
    const bool array = m_levels.back().array;
    m_levels.pop_back();
    newLine(m_levels.size());
    write(array ? "]" : "}");
}

void JsonStream::key(QStringView name)
{
    startValue();
    write(indented(name.toString()) + ": ");
    m_afterKey = true;
}

void JsonStream::value(const QJsonValue &value)
{
    startValue();
    // Every line after the first takes the depth it is written at.
    QByteArray text = indented(value);
    const QByteArray lineStart = QByteArray(1, '\n') + QByteArray(qsizetype(m_levels.size()) * 4, ' ');
    text.replace('\n', lineStart);
    write(text);
}

void JsonStream::members(const QJsonObject &object)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        key(it.key());
        value(it.value());
    }
}

} // namespace kirikae::cli
