// KubeClient's lists: limit/continue paging, a restart on 410 Gone, and each page read (see ListPage).
#include "kubeclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrlQuery>

namespace kirikae {

std::optional<ListPage> KubeClient::readPage(Response &r, const QString &path, const QStringList *namespaces) const
{
    if (namespaces) {
        if (auto page = ListPage::read(r.body, *namespaces)) {
            r.body.clear();
            return page;
        }
    } // else, or when simdjson refuses it: Qt reads it and words what is wrong
    QJsonObject object;
    readObject(r, path, &object);
    if (!r.ok())
        return std::nullopt;
    ListPage page;
    const QJsonValue items = object.value(QStringLiteral("items"));
    page.hasItems = items.isArray() || items.isNull();
    for (const QJsonValue &item : items.toArray())
        page.items << item.toObject();
    page.continueToken =
        object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("continue")).toString();
    return page;
}

Response KubeClient::list(const QString &path, const std::function<void(const QJsonObject &)> &onItem,
                          const std::function<void()> &onRestart, const QStringList *namespaces)
{
    constexpr int maxRestarts = 2;
    int restarts = 0;
    QString continueToken;
    for (;;) {
        QUrlQuery query(path.section(u'?', 1));
        query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pageSize));
        if (!continueToken.isEmpty())
            query.addQueryItem(QStringLiteral("continue"), continueToken);
        const QString pagePath = path.section(u'?', 0, 0) + u'?' + query.toString(QUrl::FullyEncoded);
        Response r = get(pagePath);
        if (r.failure == FailureKind::Gone && !continueToken.isEmpty() && restarts < maxRestarts) {
            // The continue token expired (etcd compacted): the list must be read again from the start.
            ++restarts;
            continueToken.clear();
            if (onRestart)
                onRestart();
            continue;
        }
        if (!r.ok())
            return r;
        const std::optional<ListPage> page = readPage(r, pagePath, namespaces);
        if (!page)
            return r;
        if (!page->hasItems) {
            r.failure = FailureKind::Malformed;
            r.message = QCoreApplication::translate("KubeClient", "%1: the answer is not a list (no “items”).")
                            .arg(server() + path.section(u'?', 0, 0));
            return r;
        }
        for (const QJsonObject &item : page->items)
            onItem(item);
        continueToken = page->continueToken;
        if (continueToken.isEmpty())
            return r;
    }
}

} // namespace kirikae
