#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>

#include <yaml-cpp/mark.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <string_view>
#include <vector>

namespace kirikae::yaml {

class Tree;

/**
 * A node of a Tree: the subset of YAML::Node that the readers use (kind, scalar text, key lookup, children,
 * line). A small handle; the Tree must outlive it.
 */
class TreeNode
{
public:
    TreeNode() = default;

    bool IsDefined() const { return m_tree != nullptr; }
    bool IsNull() const;
    bool IsScalar() const;
    bool IsSequence() const;
    bool IsMap() const;
    explicit operator bool() const { return IsDefined(); }
    bool operator!() const { return !IsDefined(); }

    std::string_view Scalar() const;
    /// The scalar as a QString, shared with every equal scalar of the tree (a fleet's nodes repeat most values).
    QString text() const;
    YAML::Mark Mark() const;
    /// The value under key in a mapping (the first, when a key repeats); undefined when absent or not a mapping.
    TreeNode operator[](const char *key) const;

    /// Children in order: the items of a sequence, or keys and values alternating in a mapping.
    class Iterator
    {
    public:
        Iterator(const Tree *tree, std::uint32_t index, std::uint32_t end);
        TreeNode operator*() const { return {m_tree, m_index}; }
        Iterator &operator++();
        bool operator!=(const Iterator &other) const { return m_index != other.m_index; }

    private:
        void skipTaken();
        const Tree *m_tree;
        std::uint32_t m_index;
        std::uint32_t m_end; ///< the parent's end
    };
    Iterator begin() const;
    Iterator end() const;

private:
    friend class Tree;
    friend class TreeBuilder;
    TreeNode(const Tree *tree, std::uint32_t index)
        : m_tree(tree)
        , m_index(index)
    {
    }
    const Tree *m_tree = nullptr;
    std::uint32_t m_index = 0;
};

/**
 * A YAML document read from yaml-cpp's parser events into flat arrays: about 20 bytes a node plus its text, where
 * YAML::Load spends several hundred. A reader may also take the items of a list as the parser finishes each one
 * (ItemHook): the item is then dropped from the tree, so a large list never exists in memory as YAML at all.
 *
 * Anchors and aliases are supported (an alias copies its anchor's node, up to a bound); syntax errors throw
 * YamlReadError with yaml-cpp's line, as yaml::parse does.
 */
class Tree
{
public:
    /// Where a finished list item sits: the keys of the mappings from the root to its list ("evidence", "objects").
    using Path = std::vector<std::string_view>;
    /// Called for each finished item of a list at most three levels deep; true when the hook took the item.
    using ItemHook = std::function<bool(const Path &path, std::uint32_t list, TreeNode item)>;

    /// Parses the first document of data (UTF-8, or UTF-16/32 with a byte-order mark, as yaml::parse checks).
    static std::unique_ptr<Tree> parse(const QByteArray &data, const ItemHook &hook = {});

    /// The document's root; undefined for an empty document.
    TreeNode root() const;

private:
    friend class TreeNode;
    friend class TreeBuilder;
    enum class Kind : std::uint8_t { Null, Scalar, Sequence, Map };
    struct Entry
    {
        std::uint32_t end;  ///< the index after this node's subtree
        std::uint32_t text; ///< offset of a scalar's text in m_text; for containers, m_text's size when they began
        std::uint32_t size; ///< a scalar's length
        std::uint32_t line; ///< 0-based, as YAML::Mark
        Kind kind;
        bool taken; ///< a list item an ItemHook took but that holds an anchor: kept for aliases, hidden otherwise
    };
    std::vector<Entry> m_entries;
    std::string m_text;
    mutable QSet<QString> m_shared; ///< text() hands out one QString per distinct scalar
};

} // namespace kirikae::yaml
