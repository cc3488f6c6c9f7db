#include "phrase.h"

#include <QCoreApplication>

namespace kirikae {

Phrase::Phrase(const QString &text)
    : m_english(text)
{
}

Phrase::Phrase(const char *context, const char *source, const QList<Phrase> &args)
    : m_context(context)
    , m_source(source)
    , m_args(args)
    , m_english(QString::fromUtf8(source))
{
    for (const Phrase &arg : args)
        m_english = m_english.arg(arg.m_english);
}

QString Phrase::localized() const
{
    if (!m_context)
        return m_english;
    QString text = QCoreApplication::translate(m_context, m_source);
    for (const Phrase &arg : m_args)
        text = text.arg(arg.localized());
    return text;
}

} // namespace kirikae
