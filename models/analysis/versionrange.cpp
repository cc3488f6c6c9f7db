#include "versionrange.h"

#include <QCoreApplication>

namespace kirikae {

namespace {

// "1.2.x" / "1.x" / "1.*": the lowest version of the wildcard and the first one past it.
std::optional<std::pair<SemanticVersion, SemanticVersion>> wildcardBounds(QStringView text)
{
    const auto parts = text.split(u'.');
    int wildAt = -1;
    for (int i = 0; i < parts.size(); ++i) {
        if (parts.at(i) == u"x" || parts.at(i) == u"X" || parts.at(i) == u"*") {
            wildAt = i;
            break;
        }
    }
    if (wildAt <= 0)
        return std::nullopt;
    auto low = SemanticVersion::parse(text.left(text.indexOf(parts.at(wildAt)) - 1), true);
    if (!low)
        return std::nullopt;
    SemanticVersion high = *low;
    if (wildAt == 1)
        high = {low->major + 1, 0, 0, {}};
    else
        high = {low->major, low->minor + 1, 0, {}};
    return std::pair{*low, high};
}

} // namespace

std::optional<QList<VersionRange::Comparison>> VersionRange::parseTerm(QStringView term, QString *error)
{
    QList<Comparison> result;
    const auto words = term.split(u' ', Qt::SkipEmptyParts);
    for (int i = 0; i < words.size(); ++i) {
        QStringView word = words.at(i);
        Op op = Op::Equal;
        const std::pair<QStringView, Op> prefixes[] = {
            {u">=", Op::GreaterEqual}, {u"<=", Op::LessEqual}, {u"!=", Op::NotEqual}, {u"==", Op::Equal},
            {u">", Op::Greater},       {u"<", Op::Less},       {u"=", Op::Equal},     {u"!", Op::NotEqual}};
        for (const auto &[prefix, prefixOp] : prefixes) {
            if (word.startsWith(prefix)) {
                op = prefixOp;
                word = word.mid(prefix.size());
                break;
            }
        }
        // ">= 1.2.0": the operator stands alone and the version is the next word.
        if (word.isEmpty() && i + 1 < words.size())
            word = words.at(++i);
        if (word.startsWith(u'v') || word.startsWith(u'V'))
            word = word.mid(1);
        if (const auto bounds = wildcardBounds(word); bounds && op == Op::Equal) {
            result << Comparison{Op::GreaterEqual, bounds->first} << Comparison{Op::Less, bounds->second};
            continue;
        }
        // OLM (blang/semver) fills a missing minor or patch with 0: ">=4.6" means ">=4.6.0".
        auto version = SemanticVersion::parse(word, true);
        if (!version) {
            if (error)
                *error = QCoreApplication::translate("VersionRange", "“%1” is not a semantic version").arg(word);
            return std::nullopt;
        }
        result << Comparison{op, *version};
    }
    if (result.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("VersionRange", "an empty part between “||”");
        return std::nullopt;
    }
    return result;
}

std::optional<VersionRange> VersionRange::parse(QStringView text, QString *error)
{
    VersionRange range;
    range.m_text = text.trimmed().toString();
    for (const auto &term : text.split(u"||")) {
        auto comparisons = parseTerm(term.trimmed(), error);
        if (!comparisons)
            return std::nullopt;
        range.m_alternatives << *comparisons;
    }
    return range;
}

bool VersionRange::contains(const SemanticVersion &version) const
{
    for (const auto &all : m_alternatives) {
        bool ok = true;
        for (const auto &c : all) {
            const auto order = version <=> c.version;
            switch (c.op) {
            case Op::Equal:
                ok = order == 0;
                break;
            case Op::NotEqual:
                ok = order != 0;
                break;
            case Op::Less:
                ok = order < 0;
                break;
            case Op::LessEqual:
                ok = order <= 0;
                break;
            case Op::Greater:
                ok = order > 0;
                break;
            case Op::GreaterEqual:
                ok = order >= 0;
                break;
            }
            if (!ok)
                break;
        }
        if (ok)
            return true;
    }
    return false;
}

} // namespace kirikae
