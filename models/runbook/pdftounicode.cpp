#include "pdftounicode.h"

#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QString>

#include <zlib.h>

namespace kirikae {

namespace {

/// CJK radical-supplement forms that share their glyph with an ideograph (NFKC leaves them alone).
const QMap<char16_t, char16_t> &radicalSupplement()
{
    static const QMap<char16_t, char16_t> map{
        {0x2EC4, 0x897F}, // ⻄ 西
        {0x2ED1, 0x9577}, // ⻑ 長
        {0x2ED8, 0x9752}, // ⻘ 青
        {0x2EDD, 0x98DF}, // ⻝ 食
        {0x2EE4, 0x9B3C}, // ⻤ 鬼
    };
    return map;
}

std::optional<QByteArray> inflate(const QByteArray &data)
{
    z_stream z{};
    if (inflateInit(&z) != Z_OK)
        return std::nullopt;
    QByteArray out;
    char buffer[16384];
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    int status = Z_OK;
    while (status == Z_OK) {
        z.next_out = reinterpret_cast<Bytef *>(buffer);
        z.avail_out = sizeof buffer;
        status = ::inflate(&z, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof buffer - z.avail_out));
    }
    inflateEnd(&z);
    return status == Z_STREAM_END ? std::optional<QByteArray>(out) : std::nullopt;
}

QByteArray deflate(const QByteArray &data)
{
    uLongf size = compressBound(uLong(data.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    if (compress(reinterpret_cast<Bytef *>(out.data()), &size, reinterpret_cast<const Bytef *>(data.constData()),
                 uLong(data.size())) != Z_OK)
        return {};
    out.resize(qsizetype(size));
    return out;
}

/// <2F49> → <6708> wherever a 4-digit code in the map is a radical with an ideograph of its own.
QByteArray fixCMap(const QByteArray &cmap)
{
    static const QRegularExpression code(QStringLiteral("<(2[EF][0-9A-Fa-f]{2})>"));
    QString text = QString::fromLatin1(cmap);
    QString out;
    qsizetype last = 0;
    for (auto it = code.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const char16_t radical = char16_t(m.captured(1).toUInt(nullptr, 16));
        char16_t ideograph = radicalSupplement().value(radical, 0);
        if (!ideograph) {
            const QString nfkc = QString(QChar(radical)).normalized(QString::NormalizationForm_KC);
            if (nfkc.size() == 1 && nfkc.at(0).unicode() != radical)
                ideograph = nfkc.at(0).unicode();
        }
        if (!ideograph)
            continue;
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += QStringLiteral("<%1>").arg(uint(ideograph), 4, 16, QLatin1Char('0')).toUpper();
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out.toLatin1();
}

} // namespace

QByteArray fixPdfToUnicode(const QByteArray &pdf)
{
    static const QRegularExpression toUnicode(QStringLiteral("/ToUnicode (\\d+) 0 R"));
    QList<int> maps;
    const QString text = QString::fromLatin1(pdf); // byte for byte: offsets stay the same
    for (auto it = toUnicode.globalMatch(text); it.hasNext();)
        maps << it.next().captured(1).toInt();
    if (maps.isEmpty())
        return pdf;
    QByteArray out = pdf;
    for (int object : std::as_const(maps)) {
        const QByteArray header = '\n' + QByteArray::number(object) + " 0 obj";
        const qsizetype at = out.indexOf(header);
        const qsizetype streamStart = at < 0 ? -1 : out.indexOf("stream\n", at);
        const qsizetype streamEnd = streamStart < 0 ? -1 : out.indexOf("endstream", streamStart);
        if (streamEnd < 0)
            return pdf;
        const qsizetype dataStart = streamStart + 7;
        const QByteArray dictionary = out.mid(at, streamStart - at);
        const bool compressed = dictionary.contains("/FlateDecode");
        const QByteArray data = out.mid(dataStart, streamEnd - dataStart);
        const auto plain = compressed ? inflate(data) : std::optional<QByteArray>(data);
        if (!plain)
            return pdf;
        QByteArray fixed = fixCMap(*plain);
        if (compressed)
            fixed = deflate(fixed);
        if (fixed.isEmpty())
            return pdf;
        fixed += '\n';
        QByteArray newDictionary = dictionary;
        static const QRegularExpression length(QStringLiteral("/Length \\d+"));
        newDictionary = QString::fromLatin1(newDictionary)
                            .replace(length, QStringLiteral("/Length %1").arg(fixed.size() - 1))
                            .toLatin1();
        out.replace(at, streamEnd - at, QByteArray(newDictionary + "stream\n" + fixed));
    }
    // The objects after a rewritten stream moved: rebuild the cross-reference table and its offset.
    const qsizetype xref = out.lastIndexOf("\nxref\n");
    const qsizetype trailer = xref < 0 ? -1 : out.indexOf("trailer", xref);
    if (trailer < 0)
        return pdf;
    const QList<QByteArray> head = out.mid(xref + 6, 40).split('\n').constFirst().split(' ');
    const int count = head.size() == 2 ? head.at(1).toInt() : 0;
    QByteArray table = "xref\n0 " + QByteArray::number(count) + "\n0000000000 65535 f \n";
    for (int object = 1; object < count; ++object) {
        const QByteArray header = '\n' + QByteArray::number(object) + " 0 obj";
        const qsizetype at = out.indexOf(header);
        if (at < 0)
            return pdf;
        table += QByteArray::number(at + 1).rightJustified(10, '0') + " 00000 n \n";
    }
    QByteArray rebuilt = QByteArray(out.left(xref + 1) + table + out.mid(trailer));
    const qsizetype startxref = rebuilt.lastIndexOf("startxref\n");
    const qsizetype eof = rebuilt.indexOf('\n', startxref + 10);
    if (startxref < 0 || eof < 0)
        return pdf;
    rebuilt.replace(startxref + 10, eof - startxref - 10, QByteArray(QByteArray::number(xref + 1) + ' '));
    return rebuilt;
}

} // namespace kirikae
