#pragma once

#include "runbook.h"

#include <QString>

namespace kirikae::RunbookWriter {

enum class Format { Markdown, Html, Pdf };

/// The format a file name asks for: .md, .markdown, .html, .htm, .pdf; nothing for any other extension.
std::optional<Format> formatForPath(const QString &path);

QString toMarkdown(const Runbook &book);
/// A standalone HTML page (styles inside); forPrint gives the flavour QTextDocument lays out (the PDF, the preview),
/// with page numbers in the contents when pages gives them (one per section, in order).
QString toHtml(const Runbook &book, bool forPrint = false, const QList<int> &pages = {});

/**
 * Writes the runbook to path in the format its extension names, atomically: the previous file stays intact
 * when anything fails. PDF: A4, contents with page numbers, "Page x of y" footers, tables that repeat their
 * header across pages, no table row or paragraph split by a page break and no heading at the foot of a page (see
 * layOutForPrint()), long commands wrapped with a mark, Latin in DejaVu Sans and Japanese in Noto Sans CJK JP
 * embedded, with a text layer that gives back every character shown.
 */
bool write(const Runbook &book, const QString &path, QString *error);

} // namespace kirikae::RunbookWriter
