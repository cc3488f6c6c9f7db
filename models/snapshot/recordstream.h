#pragma once

#include "core/yamlreader.h"
#include "core/yamltree.h"
#include "recordfield.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>

namespace kirikae {

/**
 * Reads the items of a record's lists (a snapshot's nodes, components, evidence, …) as the parser finishes each one
 * (a yaml::Tree::ItemHook), so that a large file never exists as a YAML tree, only as the value it becomes. A list is
 * a field made by a Custom with readItem, under the record or under one of its sections (Custom::members). The first
 * error is kept: the reader throws it where reading the whole tree would have met it (see errorKey).
 */
template <typename T> class ItemStream
{
public:
    explicit ItemStream(const QList<RecordField<T>> &fields)
        : m_fields(fields)
    {
    }

    /// The ItemHook: true when the item was read into value (or dropped after an earlier error).
    bool take(const yaml::Tree::Path &path, std::uint32_t list, const yaml::TreeNode &item)
    {
        std::string where;
        for (const auto key : path)
            where.append(key).append(1, '\0');
        auto known = m_lists.find(where);
        if (known == m_lists.end())
            known = m_lists.emplace(where, List{list, readerFor(path)}).first;
        if (known->second.list != list || !known->second.reader)
            return false; // not a list of records, or a repeated key, which the tree keeps (the first one wins)
        if (!error) {
            try {
                known->second.reader->readItem(value, item);
            } catch (const YamlReadError &e) {
                error = e;
                errorKey = path.front();
            }
        }
        return true;
    }

    T value;                            ///< the items read so far, in file order
    std::optional<YamlReadError> error; ///< the first item that could not be read
    std::string errorKey;               ///< the record's key above it: "nodes", "evidence"

private:
    using Custom = typename RecordField<T>::Custom;
    struct List
    {
        std::uint32_t list;
        const Custom *reader;
    };

    /// The list of records at path (a key of the record, or of one of its sections), if there is one.
    const Custom *readerFor(const yaml::Tree::Path &path) const
    {
        const QList<RecordField<T>> *fields = &m_fields;
        for (std::size_t i = 0; i < path.size(); ++i) {
            const auto f = std::find_if(fields->cbegin(), fields->cend(), [&](const RecordField<T> &f) {
                return path[i] == f.key && std::holds_alternative<Custom>(f.member);
            });
            if (f == fields->cend())
                return nullptr;
            const Custom &custom = std::get<Custom>(f->member);
            if (i + 1 == path.size())
                return custom.readItem ? &custom : nullptr;
            if (!custom.members)
                return nullptr;
            fields = custom.members.get();
        }
        return nullptr;
    }

    const QList<RecordField<T>> &m_fields;
    std::map<std::string, List> m_lists; ///< by path, its keys joined by NUL
};

} // namespace kirikae
