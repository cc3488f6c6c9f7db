#include "page.h"

#include <QLabel>

namespace kirikae {

void Page::styleHeading(QLabel *label)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    label->setFont(font);
}

QString Page::colourChip(const QColor &colour, const QString &text)
{
    return QStringLiteral("<span style=\"background:%1;\">&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;%2&nbsp;&nbsp;&nbsp;")
        .arg(colour.name(), text.toHtmlEscaped());
}

} // namespace kirikae
