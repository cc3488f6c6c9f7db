#include "runbookwriter.h"

namespace kirikae::RunbookWriter {

namespace {

QString cell(QString text)
{
    return text.replace(u'|', QStringLiteral("\\|")).replace(u'\n', QStringLiteral("<br>"));
}

void appendTable(QString &md, const RunbookTable &table)
{
    QStringList header;
    for (const QString &h : table.header)
        header << cell(h);
    md += QStringLiteral("| ") + header.join(QStringLiteral(" | ")) + QStringLiteral(" |\n|");
    for (qsizetype i = 0; i < table.header.size(); ++i)
        md += QStringLiteral("---|");
    md += u'\n';
    for (const QStringList &row : table.rows) {
        QStringList cells;
        for (const QString &c : row)
            cells << cell(c);
        md += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    }
    md += u'\n';
}

} // namespace

QString toMarkdown(const Runbook &book)
{
    QString md = QStringLiteral("# ") + book.title + QStringLiteral("\n\n");
    if (!book.subtitle.isEmpty())
        md += u'*' + book.subtitle + QStringLiteral("*\n\n");
    RunbookTable summary;
    summary.header = {QString(), QString()};
    for (const auto &[label, value] : book.summary)
        summary.rows << QStringList{QStringLiteral("**") + label + QStringLiteral("**"), value};
    if (!summary.rows.isEmpty())
        appendTable(md, summary);

    md += QStringLiteral("## ") + book.contentsTitle + QStringLiteral("\n\n");
    int chapter = 0;
    int sub = 0;
    for (const RunbookSection &s : book.sections) {
        const QString number =
            s.level == 1 ? QString::number(++chapter) : QStringLiteral("%1.%2").arg(chapter).arg(++sub);
        if (s.level == 1)
            sub = 0;
        md += QString(s.level == 1 ? 0 : 2, u' ') + QStringLiteral("- ") + number + QStringLiteral(". ") + s.title +
              u'\n';
    }
    md += u'\n';

    chapter = 0;
    sub = 0;
    for (const RunbookSection &s : book.sections) {
        const QString number =
            s.level == 1 ? QString::number(++chapter) : QStringLiteral("%1.%2").arg(chapter).arg(++sub);
        if (s.level == 1)
            sub = 0;
        md += QString(s.level + 1, u'#') + u' ' + number + QStringLiteral(". ") + s.title + QStringLiteral("\n\n");
        for (const RunbookBlock &b : s.blocks) {
            switch (b.kind) {
            case RunbookBlock::Kind::Paragraph:
                md += b.text + QStringLiteral("\n\n");
                break;
            case RunbookBlock::Kind::Warning:
                md += QStringLiteral("> **⚠** ") + b.text + QStringLiteral("\n\n");
                break;
            case RunbookBlock::Kind::Bullets:
                for (const QString &item : b.items)
                    md += QStringLiteral("- ") + item + u'\n';
                md += u'\n';
                break;
            case RunbookBlock::Kind::Table:
                appendTable(md, b.table);
                break;
            case RunbookBlock::Kind::Steps: {
                int n = 0;
                for (const RunbookStep &step : b.steps) {
                    md += QString::number(++n) + QStringLiteral(". **") + step.title + QStringLiteral("**\n");
                    if (!step.detail.isEmpty())
                        md += QStringLiteral("   ") + QString(step.detail).replace(u'\n', QStringLiteral("  \n   ")) +
                              QStringLiteral("\n");
                    if (!step.commands.isEmpty())
                        md += QStringLiteral("\n   ```sh\n   ") + step.commands.join(QStringLiteral("\n   ")) +
                              QStringLiteral("\n   ```\n");
                    if (!step.expected.isEmpty())
                        md += QStringLiteral("\n   ✔ ") + step.expected + u'\n';
                    md += u'\n';
                }
                break;
            }
            }
        }
    }
    return md;
}

} // namespace kirikae::RunbookWriter
