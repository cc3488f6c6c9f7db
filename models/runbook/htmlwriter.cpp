#include "printhtml.h"
#include "runbookwriter.h"

#include <algorithm>

namespace kirikae::RunbookWriter {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

/// Columns a character takes in a monospaced line: East Asian wide and full-width characters take two.
int columnsOf(QChar c)
{
    if (c.isLowSurrogate())
        return 0; // counted with its high half
    const char16_t u = c.unicode();
    const bool wide = (u >= 0x1100 && u <= 0x115f) || (u >= 0x2e80 && u <= 0xa4cf) || (u >= 0xac00 && u <= 0xd7a3) ||
                      (u >= 0xf900 && u <= 0xfaff) || (u >= 0xfe30 && u <= 0xfe4f) || (u >= 0xff00 && u <= 0xff60) ||
                      (u >= 0xffe0 && u <= 0xffe6) || c.isSurrogate();
    return wide ? 2 : 1;
}

/// Writes the HTML, numbering the tables as it goes so that the PDF layout can ask for one to be cut.
class HtmlBuilder
{
public:
    HtmlBuilder(bool forPrint, const PrintOptions &options, QList<TableOrigin> *origins)
        : m_forPrint(forPrint)
        , m_options(options)
        , m_origins(origins)
    {
    }

    /// A table from its attributes, style, header row (may be empty) and body rows, cut and moved to a new page where
    /// the options ask.
    QString table(const QString &attributes, const QString &style, const QString &headerRow, const QStringList &rows)
    {
        const int id = m_tables++;
        if (headerRow.isEmpty() && rows.isEmpty())
            return {}; // QTextDocument would make no table of it either
        QList<int> starts{0};
        if (m_forPrint)
            for (const auto &[table, row] : m_options.cuts)
                if (table == id && row > 0 && row < rows.size())
                    starts << row;
        std::sort(starts.begin(), starts.end());
        starts << int(rows.size());
        QString html;
        for (qsizetype s = 0; s + 1 < starts.size(); ++s) {
            if (m_origins)
                m_origins->append({id, starts[s]});
            QStringList styles;
            if (!style.isEmpty())
                styles << style;
            if (starts[s] > 0 || (m_forPrint && m_options.tableBreaks.contains(id)))
                styles << QStringLiteral("page-break-before:always");
            html +=
                QStringLiteral("<table") + (attributes.isEmpty() ? QString() : u' ' + attributes) +
                (styles.isEmpty() ? QString() : QStringLiteral(" style='%1'").arg(styles.join(QStringLiteral("; ")))) +
                u'>';
            if (!headerRow.isEmpty())
                html += QStringLiteral("<thead>") + headerRow + QStringLiteral("</thead>");
            html += QStringLiteral("<tbody>");
            for (int r = starts[s]; r < starts[s + 1]; ++r)
                html += rows[r];
            html += QStringLiteral("</tbody></table>");
        }
        return html;
    }

    /// A block element (h1–h4, p, li) with its text, starting a new page where the options ask.
    QString block(const QString &tag, const QString &text, const QString &attributes = {}, QString style = {})
    {
        if (!text.trimmed().isEmpty() && m_forPrint && m_options.blockBreaks.contains(m_blocks++))
            style +=
                QStringLiteral("%1page-break-before:always").arg(style.isEmpty() ? QString() : QStringLiteral("; "));
        return QStringLiteral("<%1%2%3>%4</%1>")
            .arg(tag, attributes.isEmpty() ? QString() : u' ' + attributes,
                 style.isEmpty() ? QString() : QStringLiteral(" style='%1'").arg(style), esc(text));
    }

    QString dataTable(const RunbookTable &t)
    {
        const QString attributes =
            m_forPrint ? QStringLiteral("width='100%' border='1' cellspacing='0' cellpadding='4'") : QString();
        const QString style = m_forPrint ? QStringLiteral("border-color:#b8c0cc; border-collapse:collapse") : QString();
        bool hasHeader = false;
        for (const QString &h : t.header)
            hasHeader = hasHeader || !h.isEmpty();
        QString header;
        if (hasHeader) {
            header = QStringLiteral("<tr>");
            for (const QString &h : t.header)
                header +=
                    (m_forPrint ? QStringLiteral("<th bgcolor='#e8ecf2' align='left'>") : QStringLiteral("<th>")) +
                    esc(h) + QStringLiteral("</th>");
            header += QStringLiteral("</tr>");
        }
        QStringList rows;
        for (const QStringList &row : t.rows) {
            QString html = QStringLiteral("<tr>");
            for (const QString &c : row)
                html += QStringLiteral("<td>") + esc(c) + QStringLiteral("</td>");
            rows << html + QStringLiteral("</tr>");
        }
        return table(attributes, style, header, rows);
    }

    QString code(const QStringList &commands)
    {
        if (!m_forPrint)
            return QStringLiteral("<pre><code>") + commands.join(u'\n').toHtmlEscaped() +
                   QStringLiteral("</code></pre>");
        QStringList lines;
        for (const QString &command : commands)
            for (const QString &line : command.split(u'\n'))
                lines << wrapCommand(line, m_options.codeColumns);
        // QTextDocument does not wrap <pre>: a table cell with pre-wrap keeps long commands inside the page, and
        // wrapCommand() has already cut and marked the lines that would not fit.
        return table(QStringLiteral("width='100%' cellspacing='0' cellpadding='5' bgcolor='#f2f4f7'"), {}, {},
                     {QStringLiteral("<tr><td><span style='font-family:\"%1\", \"Noto Sans CJK JP\"; font-size:8pt; "
                                     "white-space:pre-wrap'>")
                          .arg(codeFontFamily.toString()) +
                      lines.join(u'\n').toHtmlEscaped() + QStringLiteral("</span></td></tr>")});
    }

    QString warning(const QString &text)
    {
        if (!m_forPrint)
            return QStringLiteral("<p class='warning'>⚠ ") + esc(text) + QStringLiteral("</p>");
        return table(QStringLiteral("width='100%' cellpadding='6' bgcolor='#fff0c8'"), {}, {},
                     {QStringLiteral("<tr><td>⚠ ") + esc(text) + QStringLiteral("</td></tr>")});
    }

private:
    bool m_forPrint;
    const PrintOptions &m_options;
    QList<TableOrigin> *m_origins;
    int m_tables = 0;
    int m_blocks = 0;
};

const char *const screenStyle = R"(
body { font-family: "Noto Sans CJK JP", "Noto Sans", "DejaVu Sans", sans-serif; max-width: 60em; margin: 2em auto;
       color: #1f2430; line-height: 1.5; padding: 0 1em; }
h1 { font-size: 1.7em; margin-bottom: 0.2em; }
h2 { border-bottom: 2px solid #2f558a; padding-bottom: 0.2em; margin-top: 2em; }
h3 { margin-top: 1.6em; }
.subtitle { color: #4b5563; margin-top: 0; }
table { border-collapse: collapse; width: 100%; margin: 0.8em 0; }
th, td { border: 1px solid #b8c0cc; padding: 0.35em 0.5em; text-align: left; vertical-align: top; }
th { background: #e8ecf2; }
pre { background: #f2f4f7; padding: 0.6em 0.8em; overflow-x: auto; white-space: pre-wrap; }
.expected { color: #1e6b34; }
.warning { background: #fff0c8; border-left: 4px solid #8a5a00; padding: 0.5em 0.8em; }
nav ul { list-style: none; padding-left: 1em; }
@media print { h2 { page-break-before: always; } pre { page-break-inside: avoid; } }
)";

// "1", "1.1", "1.2", "2", …: each section's number in the contents and its heading.
QStringList sectionNumbers(const Runbook &book)
{
    QStringList numbers;
    int chapter = 0;
    int sub = 0;
    for (const RunbookSection &s : book.sections) {
        if (s.level == 1) {
            numbers << QString::number(++chapter);
            sub = 0;
        } else {
            numbers << QStringLiteral("%1.%2").arg(chapter).arg(++sub);
        }
    }
    return numbers;
}

// Contents: links on screen, page numbers in print.
QString contentsHtml(HtmlBuilder &builder, const Runbook &book, const QStringList &numbers, bool forPrint,
                     const QList<int> &pages)
{
    QString html = builder.block(QStringLiteral("h2"), book.contentsTitle) + QStringLiteral("<nav>");
    if (forPrint) {
        QStringList rows;
        for (int i = 0; i < book.sections.size(); ++i) {
            const RunbookSection &s = book.sections[i];
            rows << QStringLiteral("<tr><td>%1%2. %3</td><td align='right'>%4</td></tr>")
                        .arg(s.level == 1 ? QString() : QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;"), numbers[i],
                             esc(s.title), pages.size() > i ? QString::number(pages[i]) : QString());
        }
        html += builder.table(QStringLiteral("width='100%' cellspacing='0' cellpadding='1'"), {}, {}, rows);
    } else {
        html += QStringLiteral("<ul>");
        for (int i = 0; i < book.sections.size(); ++i)
            html += QStringLiteral("<li%1><a href='#s%2'>%3. %4</a></li>")
                        .arg(book.sections[i].level == 1 ? QString() : QStringLiteral(" style='margin-left:1.5em'"))
                        .arg(i)
                        .arg(numbers[i], esc(book.sections[i].title));
        html += QStringLiteral("</ul>");
    }
    return html + QStringLiteral("</nav>");
}

QString stepsHtml(HtmlBuilder &builder, const QList<RunbookStep> &steps, bool forPrint)
{
    QString html;
    int n = 0;
    for (const RunbookStep &step : steps) {
        // In print a heading, so that the layout keeps it with what follows.
        const QString title = QString::number(++n) + QStringLiteral(". ") + step.title;
        html += forPrint ? builder.block(QStringLiteral("h4"), title)
                         : QStringLiteral("<p><b>") + esc(title) + QStringLiteral("</b></p>");
        if (!step.detail.isEmpty())
            html += builder.block(QStringLiteral("p"), step.detail);
        if (!step.commands.isEmpty())
            html += builder.code(step.commands);
        if (!step.expected.isEmpty())
            html += builder.block(QStringLiteral("p"), QStringLiteral("✔ ") + step.expected,
                                  QStringLiteral("class='expected'"), QStringLiteral("color:#1e6b34"));
    }
    return html;
}

QString blockHtml(HtmlBuilder &builder, const RunbookBlock &b, bool forPrint)
{
    switch (b.kind) {
    case RunbookBlock::Kind::Paragraph:
        return builder.block(QStringLiteral("p"), b.text);
    case RunbookBlock::Kind::Warning:
        return builder.warning(b.text);
    case RunbookBlock::Kind::Bullets: {
        QString html = QStringLiteral("<ul>");
        for (const QString &item : b.items)
            html += builder.block(QStringLiteral("li"), item);
        return html + QStringLiteral("</ul>");
    }
    case RunbookBlock::Kind::Table:
        return builder.dataTable(b.table);
    case RunbookBlock::Kind::Steps:
        return stepsHtml(builder, b.steps, forPrint);
    }
    return {};
}

QString writeHtml(const Runbook &book, bool forPrint, const PrintOptions &options, QList<TableOrigin> *origins)
{
    HtmlBuilder builder(forPrint, options, origins);
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang='%1'><head><meta charset='utf-8'><title>%2</title>")
                       .arg(book.language, book.title.toHtmlEscaped());
    if (!forPrint)
        html += QStringLiteral("<style>") + QLatin1String(screenStyle) + QStringLiteral("</style>");
    html += QStringLiteral("</head><body>");
    html += builder.block(QStringLiteral("h1"), book.title);
    if (!book.subtitle.isEmpty())
        html += builder.block(QStringLiteral("p"), book.subtitle, QStringLiteral("class='subtitle'"));
    RunbookTable summary;
    summary.header = {QString(), QString()};
    for (const auto &[label, value] : book.summary)
        summary.rows << QStringList{label, value};
    html += builder.dataTable(summary);

    const QStringList numbers = sectionNumbers(book);
    html += contentsHtml(builder, book, numbers, forPrint, options.pages);
    for (int i = 0; i < book.sections.size(); ++i) {
        const RunbookSection &s = book.sections[i];
        html += builder.block(s.level == 1 ? QStringLiteral("h2") : QStringLiteral("h3"),
                              numbers[i] + QStringLiteral(". ") + s.title, QStringLiteral("id='s%1'").arg(i));
        for (const RunbookBlock &b : s.blocks)
            html += blockHtml(builder, b, forPrint);
    }
    return html + QStringLiteral("</body></html>\n");
}

} // namespace

QString toHtml(const Runbook &book, bool forPrint, const QList<int> &pages)
{
    PrintOptions options;
    options.pages = pages;
    return writeHtml(book, forPrint, options, nullptr);
}

QString toPrintHtml(const Runbook &book, const PrintOptions &options, QList<TableOrigin> *origins)
{
    return writeHtml(book, true, options, origins);
}

QStringList wrapCommand(const QString &line, int columns)
{
    constexpr int indent = 2;
    if (columns <= indent + 8)
        return {line};
    QStringList lines;
    QString rest = line;
    int room = columns - 1; // the mark takes a column
    for (;;) {
        // The longest start of rest that fits, in columns.
        qsizetype fits = 0;
        int used = 0;
        while (fits < rest.size() && used + columnsOf(rest[fits]) <= room) {
            used += columnsOf(rest[fits]);
            ++fits;
        }
        if (fits == rest.size())
            break;
        if (fits > 0 && rest[fits - 1].isHighSurrogate())
            --fits; // never between the halves of a character
        // After a space in the second half if there is one: a cut inside a word is harder to read back.
        const qsizetype space = rest.lastIndexOf(u' ', fits - 1);
        const qsizetype cut = space >= fits / 2 ? space + 1 : std::max<qsizetype>(fits, 1);
        lines << (lines.isEmpty() ? QString() : QString(indent, u' ')) + rest.left(cut) + QChar(codeWrapMark);
        rest = rest.mid(cut);
        room = columns - indent - 1;
    }
    lines << (lines.isEmpty() ? QString() : QString(indent, u' ')) + rest;
    return lines;
}

} // namespace kirikae::RunbookWriter
