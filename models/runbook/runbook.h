#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <utility>

namespace kirikae {

/// A table of a runbook: a header row and text cells. Writers repeat the header when a table breaks.
struct RunbookTable
{
    QStringList header;
    QList<QStringList> rows;
};

/// A numbered step: what to do, the commands, what should be seen afterwards.
struct RunbookStep
{
    QString title;
    QString detail;
    QStringList commands;
    QString expected;
};

/// One piece of a section's body.
struct RunbookBlock
{
    enum class Kind { Paragraph, Bullets, Table, Steps, Warning };
    Kind kind = Kind::Paragraph;
    QString text;       ///< Paragraph, Warning
    QStringList items;  ///< Bullets
    RunbookTable table; ///< Table
    QList<RunbookStep> steps;
};

struct RunbookSection
{
    QString title;
    int level = 1; ///< 1 chapter, 2 sub-chapter (a cluster inside a fleet runbook)
    QList<RunbookBlock> blocks;
};

/**
 * A runbook as a document, already worded in its language: title, summary, sections. The Markdown, HTML and PDF
 * writers render the same document; nothing in it is specific to one format.
 */
struct Runbook
{
    QString language; ///< "ja" or "en"
    QString title;
    QString subtitle;
    QList<std::pair<QString, QString>> summary; ///< label → value, shown first
    QList<RunbookSection> sections;
    QString contentsTitle; ///< "Contents" in the runbook's language
    QString pageLabel;     ///< "Page %1 of %2" in the runbook's language
};

} // namespace kirikae

Q_DECLARE_METATYPE(kirikae::Runbook)
