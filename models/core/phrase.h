#pragma once

#include <QList>
#include <QString>

namespace kirikae {

/**
 * A sentence kept as what it says rather than as words: a translatable English template (a context and a source
 * text, as QCoreApplication::translate takes them, marked with QT_TRANSLATE_NOOP so the translation files hold
 * them) and its arguments, each itself a phrase or plain text such as a name, a version or a number.
 *
 * english() is stable whatever the interface speaks: the JSON, waivers and the README's formulas use it.
 * localized() words the phrase in the interface's language at the moment it is called, so the pages re-word an
 * analysis when the language changes instead of running it again.
 */
class Phrase
{
public:
    Phrase() = default;
    /// Plain text, the same in every language (names, versions, numbers).
    Phrase(const QString &text); // NOLINT(google-explicit-constructor): arguments read naturally as {name, version}
    Phrase(const char *context, const char *source, const QList<Phrase> &args = {});

    QString english() const { return m_english; }
    QString localized() const;
    bool isEmpty() const { return m_english.isEmpty(); }

    /// Two phrases are equal when they say the same thing, which their English says.
    friend bool operator==(const Phrase &a, const Phrase &b) { return a.m_english == b.m_english; }

private:
    const char *m_context = nullptr; ///< null for plain text
    const char *m_source = nullptr;
    QList<Phrase> m_args;
    QString m_english; ///< worded once: it is read far more often than the phrase is made
};

} // namespace kirikae
