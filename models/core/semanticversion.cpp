#include "semanticversion.h"

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

} // namespace kirikae
