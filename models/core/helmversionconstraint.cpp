#include "helmversionconstraint.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kirikae {

namespace {

// One version inside a constraint: numbers or wildcards, then an optional pre-release and build.
const QString versionPattern = QStringLiteral(R"(v?([0-9]+|[xX*])(?:\.([0-9]+|[xX*]))?(?:\.([0-9]+|[xX*]))?)"
                                              R"((?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?)"
                                              R"((?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?)");

const QRegularExpression &versionInConstraint()
{
    static const QRegularExpression re(versionPattern);
    return re;
}

// "1.2 - 1.4.5": a hyphen range, which Helm rewrites to ">= 1.2, <= 1.4.5" before anything else.
const QRegularExpression &hyphenRange()
{
    static const QRegularExpression re(QStringLiteral(R"(\s*(%1)\s+-\s+(%1)\s*)").arg(versionPattern));
    return re;
}

bool isWildcard(QStringView part)
{
    return part == u"x" || part == u"X" || part == u"*";
}

// The version a constraint's comparison names, from versionInConstraint()'s match. A wildcard or missing part
// makes the comparison "dirty": 1.2 and 1.2.x both mean any 1.2 patch. (A template, as Comparison is private.)
template <typename Comparison> void readVersion(Comparison &c, const QRegularExpressionMatch &m)
{
    const QStringView major = m.capturedView(1);
    const QStringView minor = m.capturedView(2);
    const QStringView patch = m.capturedView(3);
    if (isWildcard(major)) {
        c.dirty = true;
    } else if (minor.isEmpty() || isWildcard(minor)) {
        c.dirty = c.minorDirty = true;
        c.version.major = major.toULongLong();
    } else if (patch.isEmpty() || isWildcard(patch)) {
        c.dirty = c.patchDirty = true;
        c.version.major = major.toULongLong();
        c.version.minor = minor.toULongLong();
    } else {
        c.version.major = major.toULongLong();
        c.version.minor = minor.toULongLong();
        c.version.patch = patch.toULongLong();
    }
    if (m.hasCaptured(4))
        c.version.preRelease = m.captured(4).split(u'.');
}

} // namespace

std::optional<HelmVersion> parseHelmVersion(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^v?([0-9]+)(?:\.([0-9]+))?(?:\.([0-9]+))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?)"
                       R"((?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    HelmVersion v;
    bool ok = true;
    v.major = m.capturedView(1).toULongLong(&ok);
    if (ok && m.hasCaptured(2))
        v.minor = m.capturedView(2).toULongLong(&ok);
    if (ok && m.hasCaptured(3))
        v.patch = m.capturedView(3).toULongLong(&ok);
    if (!ok)
        return std::nullopt;
    if (m.hasCaptured(4))
        v.preRelease = m.captured(4).split(u'.');
    return v;
}

std::optional<HelmVersionConstraint> HelmVersionConstraint::parse(QStringView text, QString *error)
{
    HelmVersionConstraint result;
    result.m_text = text.toString();
    if (text.isEmpty())
        return result;
    const auto fail = [&](const QString &why) -> std::optional<HelmVersionConstraint> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QString rewritten = text.toString();
    for (auto it = hyphenRange().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        rewritten.replace(m.captured(0), QStringLiteral(">= %1, <= %2").arg(m.captured(1), m.captured(6)));
    }
    static const QStringList operators{QStringLiteral(">="), QStringLiteral("=>"), QStringLiteral("<="),
                                       QStringLiteral("=<"), QStringLiteral("!="), QStringLiteral("~>"),
                                       QStringLiteral(">"),  QStringLiteral("<"),  QStringLiteral("="),
                                       QStringLiteral("~"),  QStringLiteral("^")};
    static const QList<Op> ops{Op::GreaterEqual, Op::GreaterEqual, Op::LessEqual, Op::LessEqual,
                               Op::NotEqual,     Op::Tilde,        Op::Greater,   Op::Less,
                               Op::Equal,        Op::Tilde,        Op::Caret};
    for (const QString &group : rewritten.split(QStringLiteral("||"))) {
        QList<Comparison> all;
        qsizetype pos = 0;
        const auto skipSpaces = [&] {
            const qsizetype from = pos;
            while (pos < group.size() && group.at(pos).isSpace())
                ++pos;
            return pos > from;
        };
        skipSpaces();
        while (true) {
            Comparison c;
            for (qsizetype i = 0; i < operators.size(); ++i) {
                if (QStringView(group).mid(pos).startsWith(operators.at(i))) {
                    c.op = ops.at(i);
                    pos += operators.at(i).size();
                    break;
                }
            }
            skipSpaces();
            const auto m = versionInConstraint().match(group, pos, QRegularExpression::NormalMatch,
                                                       QRegularExpression::AnchorAtOffsetMatchOption);
            if (!m.hasMatch())
                return fail(QCoreApplication::translate("HelmVersionConstraint",
                                                        "“%1” is not a version constraint Helm accepts (at “%2”).")
                                .arg(text.toString(), group.mid(pos).trimmed()));
            pos = m.capturedEnd(0);
            readVersion(c, m);
            all << c;
            const bool spaced = skipSpaces();
            if (pos >= group.size())
                break;
            if (group.at(pos) == u',') {
                ++pos;
                skipSpaces();
            } else if (!spaced) {
                return fail(QCoreApplication::translate("HelmVersionConstraint",
                                                        "“%1” is not a version constraint Helm accepts (at “%2”).")
                                .arg(text.toString(), group.mid(pos).trimmed()));
            }
        }
        result.m_alternatives << all;
    }
    return result;
}

bool HelmVersionConstraint::tilde(const Comparison &c, const HelmVersion &v)
{
    if (v.isPreRelease() && !c.version.isPreRelease())
        return false;
    if (v < c.version)
        return false;
    if (c.version.major == 0 && c.version.minor == 0 && c.version.patch == 0 && !c.minorDirty && !c.patchDirty)
        return true; // "~0.0.0" and "*": anything
    if (v.major != c.version.major)
        return false;
    return v.minor == c.version.minor || c.minorDirty;
}

bool HelmVersionConstraint::holds(const Comparison &c, const HelmVersion &v)
{
    // Helm's rule for pre-releases (Masterminds/semver issue 21): a comparison without one of its own refuses
    // every pre-release version, "!=" on an exact version excepted.
    const bool refusedPreRelease = v.isPreRelease() && !c.version.isPreRelease();
    const HelmVersion &w = c.version;
    switch (c.op) {
    case Op::NotEqual:
        if (c.dirty) {
            if (refusedPreRelease)
                return false;
            if (w.major != v.major)
                return true;
            if (c.minorDirty)
                return false;
            if (w.minor != v.minor)
                return true;
            if (c.patchDirty)
                return v.preRelease != w.preRelease;
            if (w.patch != v.patch)
                return true;
        }
        return v != w;
    case Op::Greater:
        if (refusedPreRelease)
            return false;
        if (c.dirty) {
            if (v.major != w.major)
                return v.major > w.major;
            if (c.minorDirty) // ">1" needs 2 or more
                return false;
            if (c.patchDirty) // ">1.2" needs 1.3 or more
                return v.minor > w.minor;
        }
        return v > w;
    case Op::Less:
        return !refusedPreRelease && v < w;
    case Op::GreaterEqual:
        return !refusedPreRelease && v >= w;
    case Op::LessEqual:
        if (refusedPreRelease)
            return false;
        if (!c.dirty)
            return v <= w;
        if (v.major != w.major)
            return v.major < w.major;
        return c.minorDirty || v.minor <= w.minor;
    case Op::Tilde:
        return tilde(c, v);
    case Op::Equal:
        if (refusedPreRelease)
            return false;
        return c.dirty ? tilde(c, v) : v == w;
    case Op::Caret:
        if (refusedPreRelease || v < w)
            return false;
        if (w.major > 0 || c.minorDirty) // ^1.2.3: >=1.2.3 <2.0.0
            return v.major == w.major;
        if (v.major > 0)
            return false;
        if (w.minor > 0 || c.patchDirty) // ^0.2.3: >=0.2.3 <0.3.0
            return v.minor == w.minor;
        if (v.minor > 0)
            return false;
        return v.patch == w.patch; // ^0.0.3: only 0.0.3
    }
    return false;
}

bool HelmVersionConstraint::allows(const HelmVersion &version) const
{
    if (m_alternatives.isEmpty())
        return true;
    for (const QList<Comparison> &all : m_alternatives) {
        if (std::all_of(all.cbegin(), all.cend(), [&](const Comparison &c) { return holds(c, version); }))
            return true;
    }
    return false;
}

bool HelmVersionConstraint::allows(QStringView version) const
{
    if (m_alternatives.isEmpty())
        return true;
    const auto parsed = parseHelmVersion(version);
    return parsed && allows(*parsed);
}

HelmVersion HelmVersionConstraint::lowestAllowed() const
{
    std::optional<HelmVersion> lowest;
    for (const QList<Comparison> &all : m_alternatives) {
        HelmVersion floor;
        for (const Comparison &c : all) {
            const bool raises = c.op == Op::Greater || c.op == Op::GreaterEqual || c.op == Op::Equal ||
                                c.op == Op::Tilde || c.op == Op::Caret;
            HelmVersion bound{c.version.major, c.version.minor, c.version.patch, {}};
            if (raises && floor < bound)
                floor = bound;
        }
        if (!lowest || floor < *lowest)
            lowest = floor;
    }
    return lowest.value_or(HelmVersion{});
}

bool HelmVersionConstraint::isExact() const
{
    return m_alternatives.size() == 1 && m_alternatives.constFirst().size() == 1 &&
           m_alternatives.constFirst().constFirst().op == Op::Equal && !m_alternatives.constFirst().constFirst().dirty;
}

} // namespace kirikae
