#pragma once

#include <QColor>
#include <QString>
#include <QWidget>

class QLabel;

namespace kirikae {

/// A main page of the window: it has a stable id (screenshot file names) and a translated title.
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /// Stable, untranslated: "fleet", "versions", …
    virtual QString pageId() const = 0;
    /// Translated, for the navigation list.
    virtual QString title() const = 0;
    /// True while the page waits for work of its own (a layout on a worker thread).
    virtual bool isBusy() const { return false; }

protected:
    /// Makes a label the page's heading: larger and bold, the same on every page.
    static void styleHeading(QLabel *label);
    /// Rich text for a legend entry: a swatch of colour followed by its text.
    static QString colourChip(const QColor &colour, const QString &text);
};

} // namespace kirikae
