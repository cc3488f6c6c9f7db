#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kirikae {

/**
 * One page of a Kubernetes list response (…List: items and metadata.continue), read with simdjson so that items in
 * namespaces nobody asked for are skipped without being decoded; the others become QJsonObjects, as the decoders in
 * apiobjects.h take them. A page of pods in a 5,000-node cluster is mostly workloads that no analysis reads.
 */
struct ListPage
{
    QList<QJsonObject> items; ///< in the answer's order; an item that is not an object is an empty one
    QString continueToken;    ///< empty on the last page
    bool hasItems = true;     ///< false when "items" is missing or neither a list nor null (a malformed answer)

    /**
     * Reads body, keeping only items whose metadata.namespace is one of namespaces. Nothing when simdjson refuses
     * the body: the caller then reads it with QJsonDocument, which words the error as every other answer's.
     */
    static std::optional<ListPage> read(const QByteArray &body, const QStringList &namespaces);
};

} // namespace kirikae
