// The main window's workspace: opening, importing, waivers and saving (asking before anything is lost).
#include "mainwindow.h"

#include "analysis/debtscore.h"
#include "debtpage.h"
#include "items/collectionmodel.h"
#include "waiverdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace kirikae {

void MainWindow::openWorkspace(const Workspace &workspace)
{
    cancelCollection();
    m_workspace = workspace;
    m_collectionModel->setContexts(m_workspace.contexts);
    setWindowModified(false);
    retranslate();
    reload();
}

void MainWindow::importSnapshots(const QStringList &files)
{
    for (const QString &file : files) {
        const QString path = QFileInfo(file).absoluteFilePath();
        if (!m_workspace.snapshotFiles.contains(path)) {
            m_workspace.snapshotFiles << path;
            markModified();
        }
    }
    reload();
}

void MainWindow::connectWaivers()
{
    connect(m_debtPage, &DebtPage::waiverRequested, this,
            [this](const QString &cluster, const QList<DebtReason> &reasons) {
                WaiverDialog dialog(cluster, reasons, m_today, this);
                if (dialog.exec() == QDialog::Accepted)
                    addWaiver(dialog.waiver());
            });
    connect(m_debtPage, &DebtPage::waiverEditRequested, this, [this](const Waiver &waiver, const QString &label) {
        WaiverDialog dialog(waiver, label, m_today, this);
        if (dialog.exec() == QDialog::Accepted)
            editWaiver(waiver, dialog.waiver(), dialog.by());
    });
    connect(m_debtPage, &DebtPage::waiverRemoveRequested, this, [this](const Waiver &waiver) {
        if (m_ask(tr("Remove the waiver"),
                  tr("Remove the waiver on %1 for “%2”? Its debt counts again; the workspace keeps a record of the "
                     "waiver and of its removal.")
                      .arg(waiver.cluster, waiver.subject),
                  QMessageBox::Yes | QMessageBox::No) == QMessageBox::Yes)
            removeWaiver(waiver, Waiver::systemUser());
    });
}

void MainWindow::addWaiver(const Waiver &waiver)
{
    m_workspace.addWaiver(waiver, QDateTime::currentDateTimeUtc());
    markModified();
    statusBar()->showMessage(tr("Waiver added; save the workspace to keep it."), 5000);
    reanalyse();
}

void MainWindow::editWaiver(const Waiver &current, const Waiver &changed, const QString &by)
{
    if (!m_workspace.editWaiver(current, changed, by, QDateTime::currentDateTimeUtc()))
        return; // no longer in the workspace (another workspace was opened meanwhile)
    markModified();
    statusBar()->showMessage(tr("Waiver changed; save the workspace to keep the change."), 5000);
    reanalyse();
}

void MainWindow::removeWaiver(const Waiver &waiver, const QString &by)
{
    if (!m_workspace.removeWaiver(waiver, by, QDateTime::currentDateTimeUtc()))
        return;
    markModified();
    statusBar()->showMessage(tr("Waiver removed; save the workspace to keep the change."), 5000);
    reanalyse();
}

void MainWindow::markModified()
{
    setWindowModified(true);
}

void MainWindow::chooseWorkspace()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), QString(),
                                                      tr("Kirikae workspaces (*.yaml *.yml);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (auto workspace = Workspace::read(path, &error))
        openWorkspace(*workspace);
    else
        QMessageBox::warning(this, tr("Open workspace"), error);
}

void MainWindow::chooseFolder()
{
    if (!maybeSave())
        return;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a folder of snapshots"));
    if (!dir.isEmpty())
        openWorkspace(Workspace::fromFolder(dir));
}

void MainWindow::chooseSnapshots()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import snapshots"), QString(),
                                                            tr("Kirikae snapshots (*.yaml *.yml);;All files (*)"));
    if (!files.isEmpty())
        importSnapshots(files);
}

bool MainWindow::maybeSave()
{
    if (!isWindowModified())
        return true;
    const QString text =
        m_workspace.name.isEmpty()
            ? tr("This workspace has changes that are not saved. Save them?")
            : tr("The workspace “%1” has changes that are not saved. Save them?").arg(m_workspace.name);
    switch (m_ask(tr("Unsaved changes"), text, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel)) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

bool MainWindow::save()
{
    // The built-in demo lives in the binary (":/…"): it is saved as a new file, never over itself.
    if (m_workspace.filePath.isEmpty() || m_workspace.filePath.startsWith(u':'))
        return saveAs();
    return writeWorkspace(m_workspace.filePath);
}

bool MainWindow::saveAs()
{
    QString suggested = m_workspace.filePath;
    if (suggested.isEmpty() || suggested.startsWith(u':'))
        suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                        .filePath((m_workspace.name.isEmpty() ? QStringLiteral("workspace") : m_workspace.name) +
                                  QStringLiteral(".yaml"));
    QString path = m_chooseSavePath(suggested);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".yaml");
    return writeWorkspace(path);
}

bool MainWindow::writeWorkspace(const QString &path)
{
    Workspace saved = m_workspace;
    if (saved.name.isEmpty())
        saved.name = QFileInfo(path).completeBaseName();
    saved.filePath = path;
    QString error;
    if (!saved.write(path, &error)) {
        QMessageBox::warning(this, tr("Save workspace"), error);
        return false;
    }
    m_workspace = saved;
    setWindowModified(false);
    retranslate();
    statusBar()->showMessage(tr("Workspace saved to %1.").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

} // namespace kirikae
