#include "modelretranslator.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QEvent>

namespace kirikae {

ModelRetranslator::ModelRetranslator(QAbstractItemModel *model)
    : QObject(model)
    , m_model(model)
{
    // Installing or removing a translator sends QEvent::LanguageChange to the application object. Without an
    // application (or off its thread) there is no translator to follow, and installEventFilter would refuse.
    QCoreApplication *app = QCoreApplication::instance();
    if (app != nullptr && app->thread() == thread())
        app->installEventFilter(this);
}

void ModelRetranslator::retranslate(QAbstractItemModel &model)
{
    const int columns = model.columnCount();
    const int rows = model.rowCount();
    if (columns > 0)
        Q_EMIT model.headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (rows > 0 && columns > 0)
        Q_EMIT model.dataChanged(model.index(0, 0), model.index(rows - 1, columns - 1));
}

bool ModelRetranslator::eventFilter(QObject *watched, QEvent *event)
{
    // A language switch removes and installs several translators, each sending its own event: the model is
    // re-emitted once, from the event loop, when the new translators are all in place.
    if (event->type() == QEvent::LanguageChange && !m_pending) {
        m_pending = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_pending = false;
                retranslate(*m_model);
            },
            Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace kirikae
