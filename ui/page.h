#pragma once

#include <QString>
#include <QWidget>

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
};

} // namespace kirikae
