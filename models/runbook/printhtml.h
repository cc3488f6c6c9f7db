#pragma once

#include "runbook.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

#include <utility>

namespace kirikae::RunbookWriter {

/// Marks where a command line was cut to fit the page; the rest follows on the next line, indented.
inline constexpr char16_t codeWrapMark = u'↩';
/// The font of commands in print; Japanese in a command falls back to Noto Sans CJK JP.
inline constexpr QStringView codeFontFamily = u"DejaVu Sans Mono";

/// What the PDF layout asks of the print HTML beyond the plain print flavour.
struct PrintOptions
{
    QList<int> pages; ///< the page of each section, in order, for the contents; none leaves the column empty
    /// (table, body row): the table is cut before that row and goes on, on a new page, as a new table with its
    /// header repeated. Tables are numbered in the order they are written, before any cut.
    QSet<std::pair<int, int>> cuts;
    QSet<int> tableBreaks; ///< tables (numbered as for cuts) that start a new page
    /// Text blocks that start a new page: headings, paragraphs and list items that have text, numbered in the order
    /// they are written (the order of the non-empty blocks outside tables in the QTextDocument).
    QSet<int> blockBreaks;
    int codeColumns = 0; ///< command lines longer than this are wrapped and marked; 0 leaves them to the layout
};

/// Where a <table> of the print HTML comes from: the table's number (see PrintOptions::cuts) and its first body row.
struct TableOrigin
{
    int table = 0;
    int firstRow = 0;
};

/**
 * The print flavour of toHtml() with the layout's requests applied. origins, when given, receives one entry per
 * <table> written, in document order (a table without rows or header is not written).
 */
QString toPrintHtml(const Runbook &book, const PrintOptions &options, QList<TableOrigin> *origins = nullptr);

/// A command line cut into lines of at most columns (wide characters count twice), each but the last ending in
/// codeWrapMark; continuation lines are indented by two spaces. Cuts fall after a space in the second half of a
/// line if there is one.
QStringList wrapCommand(const QString &line, int columns);

} // namespace kirikae::RunbookWriter
