#pragma once

#include <QObject>

class QAbstractItemModel;

namespace kirikae {

/**
 * Keeps an item model's translated text current: when the application's language changes, re-emits the model's
 * headers and cells once, so views and proxies ask for the new translation. A model creates one as its child.
 */
class ModelRetranslator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelRetranslator)

public:
    /// Follows the language of the running application on behalf of model, which becomes the parent.
    explicit ModelRetranslator(QAbstractItemModel *model);

    /// Emits headerDataChanged for every column and dataChanged for every top-level cell of model.
    static void retranslate(QAbstractItemModel &model);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemModel *m_model;
    bool m_pending = false;
};

} // namespace kirikae
