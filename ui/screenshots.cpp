#include "screenshots.h"

#include "mainwindow.h"
#include "page.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPixmap>

namespace kirikae {

QStringList savePageScreenshots(MainWindow &window, const QString &dir, QString *error)
{
    QStringList written;
    if (!QDir().mkpath(dir)) {
        if (error)
            *error =
                QApplication::translate("Screenshots", "%1: cannot be created.").arg(QDir::toNativeSeparators(dir));
        return written;
    }
    const auto pages = window.pages();
    for (int i = 0; i < pages.size(); ++i) {
        window.showPage(i);
        QApplication::processEvents();
        QElapsedTimer waited;
        waited.start();
        while (pages.at(i)->isBusy() && waited.elapsed() < 30000)
            QApplication::processEvents(QEventLoop::AllEvents, 50);
        const QString file = QDir(dir).filePath(pages.at(i)->pageId() + QStringLiteral(".png"));
        if (!window.grab().save(file)) {
            if (error)
                *error = QApplication::translate("Screenshots", "%1: cannot be written.")
                             .arg(QDir::toNativeSeparators(file));
            return written;
        }
        written << file;
    }
    return written;
}

} // namespace kirikae
