#include "runbookwriter.h"

namespace kirikae::RunbookWriter {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

QString tableHtml(const RunbookTable &t, bool forPrint)
{
    QString html = forPrint ? QStringLiteral("<table width='100%' border='1' cellspacing='0' cellpadding='4' "
                                             "style='border-color:#b8c0cc; border-collapse:collapse'>")
                            : QStringLiteral("<table>");
    bool hasHeader = false;
    for (const QString &h : t.header)
        hasHeader = hasHeader || !h.isEmpty();
    if (hasHeader) {
        html += QStringLiteral("<thead><tr>");
        for (const QString &h : t.header)
            html += (forPrint ? QStringLiteral("<th bgcolor='#e8ecf2' align='left'>") : QStringLiteral("<th>")) +
                    esc(h) + QStringLiteral("</th>");
        html += QStringLiteral("</tr></thead>");
    }
    html += QStringLiteral("<tbody>");
    for (const QStringList &row : t.rows) {
        html += QStringLiteral("<tr>");
        for (const QString &c : row)
            html += QStringLiteral("<td>") + esc(c) + QStringLiteral("</td>");
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</tbody></table>");
}

QString codeHtml(const QStringList &commands, bool forPrint)
{
    const QString text = commands.join(u'\n').toHtmlEscaped();
    if (!forPrint)
        return QStringLiteral("<pre><code>") + text + QStringLiteral("</code></pre>");
    // QTextDocument does not wrap <pre>: a table cell with pre-wrap keeps long commands inside the page.
    return QStringLiteral("<table width='100%' cellspacing='0' cellpadding='5' bgcolor='#f2f4f7'><tr><td>"
                          "<span style='font-family:\"DejaVu Sans Mono\"; font-size:8pt; white-space:pre-wrap'>") +
           text + QStringLiteral("</span></td></tr></table>");
}

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

} // namespace

QString toHtml(const Runbook &book, bool forPrint, const QList<int> &pages)
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang='%1'><head><meta charset='utf-8'><title>%2</title>")
                       .arg(book.language, book.title.toHtmlEscaped());
    if (!forPrint)
        html += QStringLiteral("<style>") + QLatin1String(screenStyle) + QStringLiteral("</style>");
    html += QStringLiteral("</head><body>");
    html += QStringLiteral("<h1>") + esc(book.title) + QStringLiteral("</h1>");
    if (!book.subtitle.isEmpty())
        html += QStringLiteral("<p class='subtitle'>") + esc(book.subtitle) + QStringLiteral("</p>");
    RunbookTable summary;
    summary.header = {QString(), QString()};
    for (const auto &[label, value] : book.summary)
        summary.rows << QStringList{label, value};
    html += tableHtml(summary, forPrint);

    // Contents: links on screen, page numbers in print.
    html += QStringLiteral("<h2>") + esc(book.contentsTitle) + QStringLiteral("</h2><nav>");
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
    if (forPrint) {
        html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='1'>");
        for (int i = 0; i < book.sections.size(); ++i) {
            const RunbookSection &s = book.sections[i];
            html += QStringLiteral("<tr><td>%1%2. %3</td><td align='right'>%4</td></tr>")
                        .arg(s.level == 1 ? QString() : QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;"), numbers[i],
                             esc(s.title), pages.size() > i ? QString::number(pages[i]) : QString());
        }
        html += QStringLiteral("</table>");
    } else {
        html += QStringLiteral("<ul>");
        for (int i = 0; i < book.sections.size(); ++i)
            html += QStringLiteral("<li%1><a href='#s%2'>%3. %4</a></li>")
                        .arg(book.sections[i].level == 1 ? QString() : QStringLiteral(" style='margin-left:1.5em'"))
                        .arg(i)
                        .arg(numbers[i], esc(book.sections[i].title));
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("</nav>");

    for (int i = 0; i < book.sections.size(); ++i) {
        const RunbookSection &s = book.sections[i];
        const QString tag = s.level == 1 ? QStringLiteral("h2") : QStringLiteral("h3");
        html += QStringLiteral("<%1 id='s%2'>%3. %4</%1>").arg(tag).arg(i).arg(numbers[i], esc(s.title));
        for (const RunbookBlock &b : s.blocks) {
            switch (b.kind) {
            case RunbookBlock::Kind::Paragraph:
                html += QStringLiteral("<p>") + esc(b.text) + QStringLiteral("</p>");
                break;
            case RunbookBlock::Kind::Warning:
                html += forPrint ? QStringLiteral("<table width='100%' cellpadding='6' bgcolor='#fff0c8'><tr><td>⚠ ") +
                                       esc(b.text) + QStringLiteral("</td></tr></table>")
                                 : QStringLiteral("<p class='warning'>⚠ ") + esc(b.text) + QStringLiteral("</p>");
                break;
            case RunbookBlock::Kind::Bullets:
                html += QStringLiteral("<ul>");
                for (const QString &item : b.items)
                    html += QStringLiteral("<li>") + esc(item) + QStringLiteral("</li>");
                html += QStringLiteral("</ul>");
                break;
            case RunbookBlock::Kind::Table:
                html += tableHtml(b.table, forPrint);
                break;
            case RunbookBlock::Kind::Steps: {
                int n = 0;
                for (const RunbookStep &step : b.steps) {
                    html += QStringLiteral("<p><b>%1. %2</b></p>").arg(++n).arg(esc(step.title));
                    if (!step.detail.isEmpty())
                        html += QStringLiteral("<p>") + esc(step.detail) + QStringLiteral("</p>");
                    if (!step.commands.isEmpty())
                        html += codeHtml(step.commands, forPrint);
                    if (!step.expected.isEmpty())
                        html += QStringLiteral("<p class='expected' style='color:#1e6b34'>✔ ") + esc(step.expected) +
                                QStringLiteral("</p>");
                }
                break;
            }
            }
        }
    }
    return html + QStringLiteral("</body></html>\n");
}

} // namespace kirikae::RunbookWriter
