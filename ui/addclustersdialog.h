#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace kirikae {

/**
 * Chooses kubeconfig contexts to add to the workspace: a search box over the contexts (kubeconfigs with
 * hundreds of them stay usable), check boxes, and a warning on contexts that skip TLS verification.
 */
class AddClustersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddClustersDialog)

public:
    /// kubeconfig: the file to start with (empty: $KUBECONFIG or ~/.kube/config).
    explicit AddClustersDialog(const QString &kubeconfig, QWidget *parent = nullptr);

    /// The kubeconfig chosen (empty for kubectl's default files).
    QString kubeconfig() const { return m_kubeconfig; }
    QStringList selectedContexts() const;
    /// Checks the contexts shown by the current filter (tests and the "select shown" button).
    void checkShown(bool checked);
    void setFilter(const QString &text);
    int shownCount() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void browse();
    void retranslate();

    QString m_kubeconfig;
    QLabel *m_source;
    QLabel *m_problems;
    QLineEdit *m_search;
    QStandardItemModel *m_contexts;
    QSortFilterProxyModel *m_proxy;
    QListView *m_view;
    QLabel *m_help;
    QPushButton *m_browse;
    QPushButton *m_checkShown;
    QPushButton *m_uncheckAll;
    QDialogButtonBox *m_buttons;
};

} // namespace kirikae
