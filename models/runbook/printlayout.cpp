#include "printlayout.h"

#include "printhtml.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <limits>

namespace kirikae::RunbookWriter {

namespace {

/// A piece with what the keep rules need to move it.
struct Item
{
    PrintPiece piece;
    int block = -1; ///< a block outside tables: its number among them (see PrintOptions::blockBreaks)
    int table = -1; ///< a row: its table's number among the document's tables
    int row = -1;
    int headerRows = 0;
};

/// The lines of blocks and the pages they fall on.
struct Lines
{
    int firstPage = std::numeric_limits<int>::max();
    int lastPage = -1;
    double height = 0; ///< the lines' own heights added up
    bool wrapped = false;

    void add(const QAbstractTextDocumentLayout *layout, const QTextBlock &block, double pageHeight)
    {
        const QTextLayout *lines = block.layout();
        if (!lines)
            return;
        // blockBoundingRect() is in document coordinates, also inside table cells; lines moved by a page break
        // keep their own y inside the block.
        const double origin = layout->blockBoundingRect(block).top() - lines->boundingRect().top();
        for (int i = 0; i < lines->lineCount(); ++i) {
            const QTextLine line = lines->lineAt(i);
            const int page = int((origin + line.y() + line.height() / 2) / pageHeight);
            firstPage = std::min(firstPage, page);
            lastPage = std::max(lastPage, page);
            height += line.height();
        }
        // More lines than the block has line separators: the layout wrapped it.
        wrapped = wrapped || lines->lineCount() > 1 + block.text().count(QChar::LineSeparator);
    }
};

bool isCode(const QTextBlock &block)
{
    if (block.begin() == block.end())
        return false;
    const QStringList families = block.begin().fragment().charFormat().fontFamilies().toStringList();
    return !families.isEmpty() && families.constFirst() == codeFontFamily;
}

QList<Item> items(const QTextDocument &doc)
{
    QList<Item> out;
    const double pageHeight = doc.pageSize().height();
    const QAbstractTextDocumentLayout *layout = doc.documentLayout();
    int blocks = 0;
    int tables = 0;
    for (auto it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (const auto *table = qobject_cast<QTextTable *>(it.currentFrame())) {
            const int headerRows = table->format().headerRowCount();
            for (int r = 0; r < table->rows(); ++r) {
                Item item;
                item.table = tables;
                item.row = r;
                item.headerRows = headerRows;
                item.piece.kind = r < headerRows ? PrintPiece::Kind::HeaderRow : PrintPiece::Kind::Row;
                Lines lines;
                double tallestCell = 0;
                QStringList cells;
                for (int c = 0; c < table->columns(); ++c) {
                    const QTextTableCell cell = table->cellAt(r, c);
                    if (cell.row() != r || cell.column() != c)
                        continue; // spanned from another cell
                    Lines cellLines;
                    QStringList text;
                    for (auto b = cell.begin(); !b.atEnd(); ++b) {
                        const QTextBlock block = b.currentBlock();
                        if (!block.isValid())
                            continue;
                        cellLines.add(layout, block, pageHeight);
                        lines.add(layout, block, pageHeight);
                        text << block.text();
                        if (isCode(block))
                            item.piece.kind = PrintPiece::Kind::CodeRow;
                    }
                    tallestCell = std::max(tallestCell, cellLines.height);
                    cells << text.join(u'\n');
                }
                item.piece.text = cells.join(u'\t');
                item.piece.firstPage = lines.firstPage;
                item.piece.lastPage = lines.lastPage;
                item.piece.wrappedByLayout = lines.wrapped;
                // A margin for the cell padding and a repeated header.
                item.piece.tallerThanPage = tallestCell > pageHeight * 0.9;
                out << item;
            }
            ++tables;
            continue;
        }
        const QTextBlock block = it.currentBlock();
        const int level = block.blockFormat().headingLevel();
        if (block.text().trimmed().isEmpty())
            continue;
        Item item;
        item.block = blocks++;
        Lines lines;
        lines.add(layout, block, pageHeight);
        if (lines.lastPage < 0)
            continue;
        item.piece.kind = level > 0 ? PrintPiece::Kind::Heading : PrintPiece::Kind::Paragraph;
        item.piece.headingLevel = level;
        item.piece.text = block.text();
        item.piece.firstPage = lines.firstPage;
        item.piece.lastPage = lines.lastPage;
        item.piece.wrappedByLayout = lines.wrapped;
        item.piece.tallerThanPage = lines.height > pageHeight * 0.9;
        out << item;
    }
    return out;
}

/**
 * Asks for the first break that keeps a row or a paragraph whole, or a heading with what follows; false when none is
 * needed. The breaks name what they move (a block's or a table's number as written, a table's row), so they hold in
 * the next layout.
 */
bool addBreak(const QList<Item> &all, const QList<TableOrigin> &origins, PrintOptions *options)
{
    const auto firstOnPage = [&](qsizetype i) { return i == 0 || all[i - 1].piece.lastPage < all[i].piece.firstPage; };
    for (qsizetype i = 0; i < all.size(); ++i) {
        const PrintPiece &piece = all[i].piece;
        qsizetype target = -1;
        const bool split = piece.firstPage != piece.lastPage && !piece.tallerThanPage;
        if (all[i].row < 0) {
            // Paragraphs too: Qt draws the last line above a page's top edge again, clipped, so the next page's
            // text would repeat it. And a heading must not end its page.
            const bool alone = piece.kind == PrintPiece::Kind::Heading && i + 1 < all.size() &&
                               all[i + 1].piece.firstPage > piece.lastPage;
            if (alone || split)
                target = i;
        } else if (split) {
            // A header row or the first row after it: the whole table moves.
            target = all[i].row <= all[i].headerRows ? i - all[i].row : i;
        }
        if (target < 0)
            continue;
        while (target > 0 && all[target - 1].piece.kind == PrintPiece::Kind::Heading)
            --target; // a heading goes with what it heads
        if (firstOnPage(target))
            continue; // nothing to gain: it is too tall for any page
        const Item &moved = all[target];
        if (moved.block >= 0) {
            if (options->blockBreaks.contains(moved.block))
                continue;
            options->blockBreaks.insert(moved.block);
            return true;
        }
        const TableOrigin origin = origins.value(moved.table);
        if (moved.row == 0) {
            if (origin.firstRow > 0 || options->tableBreaks.contains(origin.table))
                continue; // already starts a page
            options->tableBreaks.insert(origin.table);
            return true;
        }
        const std::pair<int, int> cut{origin.table, origin.firstRow + moved.row - moved.headerRows};
        if (options->cuts.contains(cut))
            continue;
        options->cuts.insert(cut);
        return true;
    }
    return false;
}

/// The page (1-based) of each section heading, in order; the first h2 is the contents itself.
QList<int> sectionPages(const QList<Item> &all)
{
    QList<int> pages;
    bool contentsSeen = false;
    for (const Item &item : all) {
        const int level = item.piece.headingLevel;
        if (level != 2 && level != 3)
            continue;
        if (level == 2 && !contentsSeen) {
            contentsSeen = true;
            continue;
        }
        pages << item.piece.firstPage + 1;
    }
    return pages;
}

} // namespace

void layOutForPrint(QTextDocument &doc, const Runbook &book, int codeColumns)
{
    PrintOptions options;
    options.codeColumns = codeColumns;
    // Two digits hold the place of the page numbers until they are known.
    options.pages = QList<int>(book.sections.size(), 99);
    // Each round adds a break or settles the page numbers; the bound only guards against a layout that never settles.
    for (int round = 0; round < 1000; ++round) {
        QList<TableOrigin> origins;
        doc.setHtml(toPrintHtml(book, options, &origins));
        doc.pageCount(); // lays the whole document out
        const QList<Item> all = items(doc);
        if (addBreak(all, origins, &options))
            continue;
        const QList<int> pages = sectionPages(all);
        if (pages == options.pages)
            return;
        options.pages = pages;
    }
}

QList<PrintPiece> printPieces(const QTextDocument &doc)
{
    QList<PrintPiece> pieces;
    for (const Item &item : items(doc))
        pieces << item.piece;
    return pieces;
}

} // namespace kirikae::RunbookWriter
