#include "printhtml.h"
#include "printlayout.h"
#include "runbookwriter.h"

#include "pdftounicode.h"
#include <QAbstractTextDocumentLayout>

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
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

/// The A4 writer and the runbook laid out for it, as the PDF prints it.
class PdfDocument
{
public:
    explicit PdfDocument(const Runbook &book)
        : m_writer(&m_buffer)
    {
        m_buffer.open(QIODevice::WriteOnly);
        m_writer.setResolution(resolution);
        m_writer.setTitle(book.title);
        m_writer.setCreator(QStringLiteral("Kirikae"));
        m_writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 16, 18, 14),
                                           QPageLayout::Millimeter));
        m_area = m_writer.pageLayout().paintRectPixels(resolution);

        m_doc.documentLayout()->setPaintDevice(&m_writer);
        m_doc.setDefaultFont(bodyFont());
        m_doc.setDefaultStyleSheet(
            QStringLiteral("h1 { font-size: 17pt; } h2 { font-size: 13pt; color: #2f558a; } h3 { font-size: 11pt; } "
                           "h4 { font-size: 9.5pt; margin-top: 12px; margin-bottom: 6px; } th { font-weight: bold; }"));
        m_doc.setPageSize(QSizeF(m_area.width(), m_area.height() - footerHeight()));
        layOutForPrint(m_doc, book, codeColumns());
    }

    /// The runbook as a PDF, in memory: contents with page numbers, "Page x of y" footers.
    std::optional<QByteArray> print(const Runbook &book)
    {
        QPainter painter;
        if (!painter.begin(&m_writer))
            return std::nullopt;
        const int pageCount = m_doc.pageCount();
        const double pageHeight = m_doc.pageSize().height();
        QFont small = bodyFont();
        small.setPointSizeF(7.5);
        for (int page = 0; page < pageCount; ++page) {
            if (page > 0)
                m_writer.newPage();
            painter.save();
            painter.translate(0, -page * pageHeight);
            m_doc.drawContents(&painter, QRectF(0, page * pageHeight, m_area.width(), pageHeight));
            painter.restore();
            painter.setFont(small);
            painter.setPen(QColor(0x6b, 0x72, 0x80));
            const double footer = footerHeight();
            const QRectF line(0, m_area.height() - footer * 0.7, m_area.width(), footer * 0.7);
            painter.drawLine(QPointF(0, line.top()), QPointF(m_area.width(), line.top()));
            painter.drawText(line, Qt::AlignLeft | Qt::AlignBottom, book.title);
            painter.drawText(line, Qt::AlignRight | Qt::AlignBottom, book.pageLabel.arg(page + 1).arg(pageCount));
        }
        painter.end();
        return m_buffer.data();
    }

    const QTextDocument &document() const { return m_doc; }

private:
    static double footerHeight() { return resolution * 0.35; } // room for the page line, in device pixels

    /// How many characters of a command fit on a line of a code block.
    int codeColumns()
    {
        QFont mono(codeFontFamily.toString());
        mono.setPointSizeF(8);
        const double advance = QFontMetricsF(mono, &m_writer).horizontalAdvance(u'M');
        // The code block's cell padding (5 px at 96 dpi) on both sides, the document margin, and a column to spare.
        const double padding = 2 * 5 * resolution / 96.0 + 2 * m_doc.documentMargin();
        return int((m_area.width() - padding) / advance) - 1;
    }

    QBuffer m_buffer;
    QPdfWriter m_writer;
    QRect m_area;
    QTextDocument m_doc;
};

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

QList<PrintPiece> pdfLayout(const Runbook &book)
{
    return printPieces(PdfDocument(book).document());
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
    if (*format == Format::Pdf) {
        bytes = PdfDocument(book).print(book);
        if (bytes)
            bytes = fixPdfToUnicode(*bytes);
    } else
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
