#include "runbookwriter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextDocument>

namespace kirikae::RunbookWriter {

namespace {

constexpr int resolution = 300;

QFont bodyFont()
{
    QFont font;
    // Latin in DejaVu Sans in both languages; Japanese falls through to Noto Sans CJK JP. No shaping: shaping puts
    // glyphs into the PDF that are in no font's character map (Noto's digits in a Latin run, DejaVu's "fl"
    // ligature), and Qt's ToUnicode table, built from that map, gives them no character or a compatibility one, so
    // the PDF's text would lose them: v1beta3 came out as "v beta".
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK JP")});
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setPointSizeF(9.5);
    return font;
}

/// The page (1-based) of each section heading, in order, as laid out.
QList<int> headingPages(QTextDocument &doc)
{
    QList<int> pages;
    const double pageHeight = doc.pageSize().height();
    bool contentsSeen = false;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level != 2 && level != 3) // h4: a step's title
            continue;
        if (!contentsSeen) { // the first h2 is the contents itself
            contentsSeen = true;
            continue;
        }
        pages << int(doc.documentLayout()->blockBoundingRect(block).top() / pageHeight) + 1;
    }
    return pages;
}

} // namespace

std::optional<Format> formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"md" || suffix == u"markdown")
        return Format::Markdown;
    if (suffix == u"html" || suffix == u"htm")
        return Format::Html;
    if (suffix == u"pdf")
        return Format::Pdf;
    return std::nullopt;
}

/// The runbook as a PDF, in memory: A4, contents with page numbers, "Page x of y" footers.
static std::optional<QByteArray> toPdf(const Runbook &book)
{
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    QPdfWriter writer(&pdf);
    writer.setResolution(resolution);
    writer.setTitle(book.title);
    writer.setCreator(QStringLiteral("Kirikae"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 16, 18, 14),
                                     QPageLayout::Millimeter));
    const QRect area = writer.pageLayout().paintRectPixels(resolution);
    const double footer = resolution * 0.35; // room for the page line, in device pixels

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDefaultFont(bodyFont());
    doc.setDefaultStyleSheet(QStringLiteral("h1 { font-size: 17pt; } h2 { font-size: 13pt; color: #2f558a; } "
                                            "h3 { font-size: 11pt; } h4 { font-size: 9.5pt; margin-top: 12px; "
                                            "margin-bottom: 6px; } th { font-weight: bold; }"));
    doc.setPageSize(QSizeF(area.width(), area.height() - footer));
    // Twice: the first layout tells on which page each section starts, the second prints those numbers.
    doc.setHtml(toHtml(book, true, QList<int>(book.sections.size(), 99)));
    const QList<int> pages = headingPages(doc);
    doc.setHtml(toHtml(book, true, pages));

    QPainter painter;
    if (!painter.begin(&writer))
        return std::nullopt;
    const int pageCount = doc.pageCount();
    const double pageHeight = doc.pageSize().height();
    QFont small = bodyFont();
    small.setPointSizeF(7.5);
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -page * pageHeight);
        doc.drawContents(&painter, QRectF(0, page * pageHeight, area.width(), pageHeight));
        painter.restore();
        painter.setFont(small);
        painter.setPen(QColor(0x6b, 0x72, 0x80));
        const QRectF line(0, area.height() - footer * 0.7, area.width(), footer * 0.7);
        painter.drawLine(QPointF(0, line.top()), QPointF(area.width(), line.top()));
        painter.drawText(line, Qt::AlignLeft | Qt::AlignBottom, book.title);
        painter.drawText(line, Qt::AlignRight | Qt::AlignBottom, book.pageLabel.arg(page + 1).arg(pageCount));
    }
    painter.end();
    return pdf.data();
}

bool write(const Runbook &book, const QString &path, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, why);
        return false;
    };
    const auto format = formatForPath(path);
    if (!format)
        return fail(QCoreApplication::translate("RunbookWriter", "the file name must end in .pdf, .html or .md"));
    // Rendered in memory first (QPdfWriter ignores failed writes), then written once and checked.
    std::optional<QByteArray> bytes;
    if (*format == Format::Pdf)
        bytes = toPdf(book);
    else
        bytes = (*format == Format::Markdown ? toMarkdown(book) : toHtml(book)).toUtf8();
    if (!bytes)
        return fail(QCoreApplication::translate("RunbookWriter", "the PDF could not be started"));
    QSaveFile file(path);
    // Unbuffered: a short write (full disk) must fail here, not vanish in a flush (see SnapshotFile::write).
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(file.errorString());
    if (file.write(*bytes) != bytes->size()) {
        file.cancelWriting();
        return fail(QCoreApplication::translate("RunbookWriter", "could not be written completely (is the disk full?); "
                                                                 "the previous file is unchanged."));
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace kirikae::RunbookWriter
