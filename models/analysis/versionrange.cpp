#include "versionrange.h"

#include <QCoreApplication>

namespace kirikae {

std::optional<SemanticVersion> SemanticVersion::parse(QStringView text, bool allowPartial)
{
    text = text.trimmed();
    if (text.startsWith(u'v') || text.startsWith(u'V'))
        text = text.mid(1);
    if (const auto plus = text.indexOf(u'+'); plus >= 0)
        text = text.left(plus);
    QStringView core = text;
    SemanticVersion v;
    if (const auto dash = text.indexOf(u'-'); dash >= 0) {
        core = text.left(dash);
        const QStringView pre = text.mid(dash + 1);
        if (pre.isEmpty())
            return std::nullopt;
        for (const auto &id : pre.split(u'.')) {
            if (id.isEmpty())
                return std::nullopt;
            v.preRelease << id.toString();
        }
    }
    const auto numbers = core.split(u'.');
    if (numbers.size() > 3 || (numbers.size() < 3 && !allowPartial))
        return std::nullopt;
    quint64 *fields[] = {&v.major, &v.minor, &v.patch};
    for (int i = 0; i < numbers.size(); ++i) {
        bool ok = false;
        *fields[i] = numbers.at(i).toULongLong(&ok);
        if (!ok || numbers.at(i).startsWith(u'+') || numbers.at(i).startsWith(u'-'))
            return std::nullopt;
    }
    return v;
}

QString SemanticVersion::toString() const
{
    QString s = QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
    if (!preRelease.isEmpty())
        s += u'-' + preRelease.join(u'.');
    return s;
}

std::strong_ordering operator<=>(const SemanticVersion &a, const SemanticVersion &b)
{
    if (auto c = std::tie(a.major, a.minor, a.patch) <=> std::tie(b.major, b.minor, b.patch); c != 0)
        return c;
    if (a.preRelease.isEmpty() || b.preRelease.isEmpty()) // a release sorts after its pre-releases
        return a.preRelease.isEmpty() <=> b.preRelease.isEmpty();
    for (qsizetype i = 0; i < std::min(a.preRelease.size(), b.preRelease.size()); ++i) {
        bool aNum = false;
        bool bNum = false;
        const auto an = a.preRelease[i].toULongLong(&aNum);
        const auto bn = b.preRelease[i].toULongLong(&bNum);
        std::strong_ordering c = std::strong_ordering::equal;
        if (aNum && bNum)
            c = an <=> bn;
        else if (aNum != bNum) // numeric identifiers have lower precedence
            c = aNum ? std::strong_ordering::less : std::strong_ordering::greater;
        else
            c = a.preRelease[i].compare(b.preRelease[i]) <=> 0;
        if (c != 0)
            return c;
    }
    return a.preRelease.size() <=> b.preRelease.size();
}

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
