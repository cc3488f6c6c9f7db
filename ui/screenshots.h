#pragma once

#include <QString>
#include <QStringList>

namespace kirikae {

class MainWindow;

/// Renders every page of the window, as shown, to DIR/<pageId>.png; returns the files written.
QStringList savePageScreenshots(MainWindow &window, const QString &dir, QString *error);

} // namespace kirikae
