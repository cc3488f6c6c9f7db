#pragma once

#include "runbook.h"

#include <QList>
#include <QString>

class QTextDocument;

namespace kirikae::RunbookWriter {

/// A heading, paragraph or table row of a laid-out print document and the pages (0-based) its lines fall on.
struct PrintPiece
{
    enum class Kind { Heading, Paragraph, HeaderRow, Row, CodeRow };
    Kind kind = Kind::Paragraph;
    QString text; ///< its text; a row's cells are separated by tabs
    int firstPage = 0;
    int lastPage = 0;
    int headingLevel = 0;         ///< 1–4 for a heading
    bool tallerThanPage = false;  ///< a row no page can hold, the one row allowed to break
    bool wrappedByLayout = false; ///< a line of it was wrapped by the layout (a code row must not be: see wrapCommand)
};

/**
 * Lays the print HTML of book out in doc, whose paint device, default font and page size are set, so that no table
 * row or paragraph is split across pages (unless it is taller than a page) and no heading ends a page: it moves a
 * paragraph, a heading, a table or the rest of a table (header repeated) to the next page and lays out again until
 * nothing is left to move, with the contents' page numbers filled in. codeColumns: see PrintOptions.
 */
void layOutForPrint(QTextDocument &doc, const Runbook &book, int codeColumns);

/// The headings, paragraphs and table rows of a laid-out document in order, with their pages. Empty blocks are left
/// out.
QList<PrintPiece> printPieces(const QTextDocument &doc);

/// The pieces of the runbook's PDF as write() lays it out (for tests: where page breaks fall).
QList<PrintPiece> pdfLayout(const Runbook &book);

} // namespace kirikae::RunbookWriter
