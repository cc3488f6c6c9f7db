#include "yamltree.h"

#include "yamlreader.h"

#include <QCoreApplication>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <istream>
#include <streambuf>

namespace kirikae::yaml {

// ---- TreeNode ----

bool TreeNode::IsNull() const
{
    return m_tree && m_tree->m_entries[m_index].kind == Tree::Kind::Null;
}

bool TreeNode::IsScalar() const
{
    return m_tree && m_tree->m_entries[m_index].kind == Tree::Kind::Scalar;
}

bool TreeNode::IsSequence() const
{
    return m_tree && m_tree->m_entries[m_index].kind == Tree::Kind::Sequence;
}

bool TreeNode::IsMap() const
{
    return m_tree && m_tree->m_entries[m_index].kind == Tree::Kind::Map;
}

std::string_view TreeNode::Scalar() const
{
    if (!IsScalar())
        return {};
    const Tree::Entry &e = m_tree->m_entries[m_index];
    return std::string_view(m_tree->m_text).substr(e.text, e.size);
}

QString TreeNode::text() const
{
    const std::string_view s = Scalar();
    const QString value = QString::fromUtf8(s.data(), qsizetype(s.size()));
    if (const auto known = m_tree->m_shared.constFind(value); known != m_tree->m_shared.cend())
        return *known;
    m_tree->m_shared.insert(value);
    return value;
}

YAML::Mark TreeNode::Mark() const
{
    YAML::Mark mark = YAML::Mark::null_mark();
    if (m_tree)
        mark.line = int(m_tree->m_entries[m_index].line);
    return mark;
}

TreeNode TreeNode::operator[](const char *key) const
{
    if (!IsMap())
        return {};
    const std::string_view wanted(key);
    for (auto it = begin(); it != end(); ++it) {
        const TreeNode k = *it;
        ++it; // a mapping's children alternate key, value
        if (k.IsScalar() && k.Scalar() == wanted)
            return *it;
    }
    return {};
}

TreeNode::Iterator::Iterator(const Tree *tree, std::uint32_t index, std::uint32_t end)
    : m_tree(tree)
    , m_index(index)
    , m_end(end)
{
    skipTaken();
}

void TreeNode::Iterator::skipTaken()
{
    while (m_index < m_end && m_tree->m_entries[m_index].taken)
        m_index = m_tree->m_entries[m_index].end;
}

TreeNode::Iterator &TreeNode::Iterator::operator++()
{
    m_index = m_tree->m_entries[m_index].end;
    skipTaken();
    return *this;
}

TreeNode::Iterator TreeNode::begin() const
{
    if (!IsMap() && !IsSequence())
        return end();
    return {m_tree, m_index + 1, m_tree->m_entries[m_index].end};
}

TreeNode::Iterator TreeNode::end() const
{
    const std::uint32_t last = m_tree ? m_tree->m_entries[m_index].end : 0;
    return {m_tree, last, last};
}

// ---- building from parser events ----

namespace {

/// Reads a QByteArray in place: no std::string copy of a file that may be 100 MB.
class ByteArrayBuffer : public std::streambuf
{
public:
    explicit ByteArrayBuffer(const QByteArray &data)
    {
        char *begin = const_cast<char *>(data.constData()); // read only: std::streambuf wants char *
        setg(begin, begin, begin + data.size());
    }
};

constexpr std::size_t maxAliasEntries = 1'000'000; // what aliases may add, against "billion laughs"

} // namespace

class TreeBuilder final : public YAML::EventHandler
{
public:
    TreeBuilder(Tree &tree, const Tree::ItemHook &hook)
        : m_tree(tree)
        , m_hook(hook)
    {
    }

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        finish(add(Tree::Kind::Null, mark, anchor, {}));
    }
    void OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor, const std::string &value) override
    {
        finish(add(Tree::Kind::Scalar, mark, anchor, value));
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        m_open.push_back({add(Tree::Kind::Sequence, mark, anchor, {}), 0, 0});
    }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        m_open.push_back({add(Tree::Kind::Map, mark, anchor, {}), 0, 0});
    }
    void OnSequenceEnd() override { close(); }
    void OnMapEnd() override { close(); }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override;

private:
    struct Open
    {
        std::uint32_t index;
        std::uint32_t children;    ///< finished so far
        std::uint32_t textAtChild; ///< m_text's size when the current child began
    };

    std::uint32_t add(Tree::Kind kind, const YAML::Mark &mark, YAML::anchor_t anchor, std::string_view text);
    void close()
    {
        const std::uint32_t index = m_open.back().index;
        m_open.pop_back();
        finish(index);
    }
    void finish(std::uint32_t index);
    void setEnd(std::uint32_t index) { m_tree.m_entries[index].end = std::uint32_t(m_tree.m_entries.size()); }
    bool offerItem(std::uint32_t index);

    Tree &m_tree;
    const Tree::ItemHook &m_hook;
    std::vector<Open> m_open;
    std::vector<std::uint32_t> m_anchors; ///< anchor id → its entry + 1; 0 for none
    std::size_t m_aliasEntries = 0;
};

std::uint32_t TreeBuilder::add(Tree::Kind kind, const YAML::Mark &mark, YAML::anchor_t anchor, std::string_view text)
{
    if (!m_open.empty()) // a direct child of the innermost open node: where to cut back to if a hook takes it
        m_open.back().textAtChild = std::uint32_t(m_tree.m_text.size());
    const auto index = std::uint32_t(m_tree.m_entries.size());
    m_tree.m_entries.push_back({index + 1, std::uint32_t(m_tree.m_text.size()), std::uint32_t(text.size()),
                                std::uint32_t(mark.line < 0 ? 0 : mark.line), kind, false});
    m_tree.m_text.append(text);
    if (anchor != YAML::NullAnchor) {
        if (m_anchors.size() <= anchor)
            m_anchors.resize(anchor + 1, 0);
        m_anchors[anchor] = index + 1;
    }
    return index;
}

void TreeBuilder::finish(std::uint32_t index)
{
    setEnd(index);
    if (m_open.empty())
        return;
    if (m_tree.m_entries[m_open.back().index].kind == Tree::Kind::Sequence && offerItem(index))
        return;
    ++m_open.back().children;
}

bool TreeBuilder::offerItem(std::uint32_t index)
{
    if (!m_hook || m_open.size() > 3 || m_tree.m_entries[m_open.front().index].kind != Tree::Kind::Map)
        return false;
    Tree::Path path;
    for (std::size_t i = 0; i + 1 < m_open.size(); ++i) {
        const Open &map = m_open[i];
        if (m_tree.m_entries[map.index].kind != Tree::Kind::Map || map.children % 2 != 1)
            return false; // a list inside a list, or a mapping's key
        // The key is the child before the value being read: walk to it (mappings near the root are small).
        std::uint32_t child = map.index + 1;
        for (std::uint32_t c = 0; c + 1 < map.children; ++c)
            child = m_tree.m_entries[child].end;
        path.push_back(TreeNode(&m_tree, child).Scalar());
    }
    if (!m_hook(path, m_open.back().index, TreeNode(&m_tree, index)))
        return false;
    // Taken: drop the item, unless a later alias may copy an anchor inside it.
    if (std::any_of(m_anchors.cbegin(), m_anchors.cend(), [&](std::uint32_t a) { return a > index; })) {
        m_tree.m_entries[index].taken = true;
        return true;
    }
    m_tree.m_entries.resize(index);
    m_tree.m_text.resize(m_open.back().textAtChild);
    return true;
}

void TreeBuilder::OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor)
{
    const std::uint32_t source = anchor < m_anchors.size() ? m_anchors[anchor] : 0;
    if (source == 0) // yaml-cpp's parser reports undefined anchors itself; this is a guard
        throw YamlReadError(QCoreApplication::translate("YamlReader", "the referenced anchor is not defined"),
                            mark.line + 1);
    const std::uint32_t first = source - 1;
    const std::uint32_t last = m_tree.m_entries[first].end;
    m_aliasEntries += last - first;
    if (m_aliasEntries > maxAliasEntries)
        throw YamlReadError(QCoreApplication::translate("YamlReader", "aliases expand into too many values."),
                            mark.line + 1);
    if (!m_open.empty())
        m_open.back().textAtChild = std::uint32_t(m_tree.m_text.size());
    const auto copy = std::uint32_t(m_tree.m_entries.size());
    const std::uint32_t shift = copy - first;
    for (std::uint32_t i = first; i < last; ++i) {
        Tree::Entry e = m_tree.m_entries[i];
        e.end += shift;
        m_tree.m_entries.push_back(e); // a copied scalar shares its anchor's text
    }
    m_tree.m_entries[copy].taken = false;
    finish(copy);
}

// ---- Tree ----

std::unique_ptr<Tree> Tree::parse(const QByteArray &data, const ItemHook &hook)
{
    requireUnicode(data);
    auto tree = std::make_unique<Tree>();
    ByteArrayBuffer buffer(data);
    std::istream in(&buffer);
    TreeBuilder builder(*tree, hook);
    try {
        YAML::Parser parser(in);
        parser.HandleNextDocument(builder);
    } catch (const YAML::Exception &e) {
        const int line = e.mark.line >= 0 ? e.mark.line + 1 : 0;
        throw YamlReadError(QCoreApplication::translate("YamlReader", "not valid YAML: %1").arg(toQString(e.msg)),
                            line);
    }
    return tree;
}

TreeNode Tree::root() const
{
    if (m_entries.empty())
        return {};
    return {this, 0};
}

} // namespace kirikae::yaml
