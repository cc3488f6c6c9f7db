#pragma once

#include "core/semanticversion.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <compare>
#include <optional>

namespace kirikae {

/**
 * A semver range as OLM writes it (blang/semver syntax): comparisons joined by spaces are all required,
 * alternatives are separated by "||". ">=1.12.2", ">=0.10.0 <0.12.0", "<v2.9.0", "1.2.x", "!=1.3.0",
 * or a bare version meaning exactly that version.
 */
class VersionRange
{
public:
    /// Parses text; on failure returns nothing and, when error is given, says which part is wrong.
    static std::optional<VersionRange> parse(QStringView text, QString *error = nullptr);

    bool contains(const SemanticVersion &version) const;
    QString toString() const { return m_text; }

private:
    enum class Op { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual };
    struct Comparison
    {
        Op op = Op::Equal;
        SemanticVersion version;
    };
    QList<QList<Comparison>> m_alternatives; ///< OR of ANDs
    QString m_text;

    static std::optional<QList<Comparison>> parseTerm(QStringView term, QString *error);
};

} // namespace kirikae
