#include "listpage.h"

#include <QJsonDocument>

#include <simdjson.h>

#include <string_view>

namespace kirikae {

namespace {

using simdjson::dom::element;
using Found = simdjson::simdjson_result<element>;

/// The string at key of object, or empty when either is missing or of another type (as QJsonValue reads it).
std::string_view stringAt(const Found &object, const char *key)
{
    std::string_view value;
    if (object[key].get(value) == simdjson::SUCCESS)
        return value;
    return {};
}

} // namespace

std::optional<ListPage> ListPage::read(const QByteArray &body, const QStringList &namespaces)
{
    thread_local simdjson::dom::parser parser; // one per collecting thread: it keeps its buffers between pages
    element root;
    if (parser.parse(body.constData(), size_t(body.size())).get(root) != simdjson::SUCCESS || !root.is_object())
        return std::nullopt;
    ListPage page;
    const std::string_view token = stringAt(root["metadata"], "continue");
    page.continueToken = QString::fromUtf8(token.data(), qsizetype(token.size()));
    element items;
    if (root["items"].get(items) != simdjson::SUCCESS || (!items.is_array() && !items.is_null())) {
        page.hasItems = false;
        return page;
    }
    if (items.is_null())
        return page;
    for (const element item : items.get_array()) {
        const std::string_view ns = stringAt(item["metadata"], "namespace");
        if (!namespaces.contains(QString::fromUtf8(ns.data(), qsizetype(ns.size()))))
            continue;
        const std::string json = simdjson::to_string(item);
        page.items << QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), qsizetype(json.size()))).object();
    }
    return page;
}

} // namespace kirikae
