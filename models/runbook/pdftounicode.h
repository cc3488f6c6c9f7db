#pragma once

#include <QByteArray>

namespace kirikae {

/**
 * Makes a PDF's text what it shows. Noto Sans CJK draws a Kangxi radical (U+2F49 ⽉) and its ideograph (U+6708 月)
 * with one glyph, and Qt's font subsetter writes the first code point it finds for a glyph into the ToUnicode map:
 * copying or searching "11月" in the PDF then fails. This rewrites every ToUnicode map so such glyphs map to the
 * ideograph (NFKC for the Kangxi radicals, a table for the CJK radical supplement), and rebuilds the
 * cross-reference table. A PDF it cannot read is returned unchanged.
 */
QByteArray fixPdfToUnicode(const QByteArray &pdf);

} // namespace kirikae
