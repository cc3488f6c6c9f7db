#include "core/catalogs.h"
#include "core/languagemanager.h"
#include "debtpage.h"
#include "filteredtable.h"
#include "items/debtmodel.h"
#include "mainwindow.h"
#include "page.h"
#include "waiverdialog.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace kirikae;

/// Nothing lost: what the user adds marks the workspace modified, and closing or opening another asks first.
class TestWorkspaceSave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void changesMarkTheWorkspaceModified();
    void closeWithChanges_data();
    void closeWithChanges();
    void closeWithoutChangesAsksNothing();
    void neverSavedGoesThroughSaveAs();
    void demoIsNeverOverwritten();
    void saveActionHasTheStandardShortcut();
    void openingTheDemoAsksFirst();
    void editAndRemoveFromTheDebtPage();
    void waiverDialogRecordsWho();

private:
    /// A window on a workspace saved in m_dir (two demo snapshots, no waiver), loaded and unmodified.
    void openSaved(MainWindow &window);
    Waiver waiver() const;
    DebtPage *debtPage(MainWindow &window) const;
    /// Replaces the question box: records each question and answers with answer.
    void answerWith(MainWindow &window, QMessageBox::StandardButton answer);

    LanguageManager m_language;
    QTemporaryDir m_dir;
    QString m_path;
    QStringList m_questions;
    const QDate m_today{2026, 11, 25};
};

void TestWorkspaceSave::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_language.setLanguage(QStringLiteral("en")));
    QVERIFY(m_dir.isValid());
}

void TestWorkspaceSave::openSaved(MainWindow &window)
{
    m_path = m_dir.filePath(QStringLiteral("team.yaml"));
    Workspace ws;
    ws.name = QStringLiteral("team");
    ws.snapshotFiles << QStringLiteral(":/demo/snapshots/dev-kind.yaml")
                     << QStringLiteral(":/demo/snapshots/staging-kubeadm.yaml");
    QString error;
    QVERIFY2(ws.write(m_path, &error), qPrintable(error));
    const auto read = Workspace::read(m_path, &error);
    QVERIFY2(read, qPrintable(error));
    QSignalSpy loaded(&window, &MainWindow::fleetLoaded);
    window.openWorkspace(*read);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
    QVERIFY(!window.isWindowModified());
}

Waiver TestWorkspaceSave::waiver() const
{
    Waiver w;
    w.cluster = QStringLiteral("staging-kubeadm");
    w.subject = QStringLiteral("kubelet v1.35.2");
    w.reason = QStringLiteral("mid-upgrade");
    w.owner = QStringLiteral("SRE on call");
    w.expires = m_today.addDays(2);
    w.acceptedBy = QStringLiteral("kim");
    return w;
}

DebtPage *TestWorkspaceSave::debtPage(MainWindow &window) const
{
    for (Page *p : window.pages())
        if (auto *d = qobject_cast<DebtPage *>(p))
            return d;
    return nullptr;
}

void TestWorkspaceSave::answerWith(MainWindow &window, QMessageBox::StandardButton answer)
{
    m_questions.clear();
    window.setAskFunction([this, answer](const QString &, const QString &text, QMessageBox::StandardButtons) {
        m_questions << text;
        return answer;
    });
}

void TestWorkspaceSave::changesMarkTheWorkspaceModified()
{
    MainWindow window(Catalogs::builtIn(), &m_language, m_today);
    openSaved(window);
    QVERIFY(window.windowTitle().contains(QStringLiteral("[*]"))); // where Qt shows the mark
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("team")));

    window.importSnapshots({QStringLiteral(":/demo/snapshots/dev-kind.yaml")}); // already there: no change
    QVERIFY(!window.isWindowModified());
    window.importSnapshots({QStringLiteral(":/demo/snapshots/gke-analytics.yaml")});
    QVERIFY(window.isWindowModified());

    openSaved(window); // opening a workspace starts unmodified
    window.addWaiver(waiver());
    QVERIFY(window.isWindowModified());
    QVERIFY(window.workspace().waivers.constFirst().acceptedAt.isValid()); // stamped when accepted
}

void TestWorkspaceSave::closeWithChanges_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("closes");
    QTest::addColumn<bool>("written");
    QTest::addRow("cancel keeps the window and the changes") << int(QMessageBox::Cancel) << false << false;
    QTest::addRow("save writes the file, then closes") << int(QMessageBox::Save) << true << true;
    QTest::addRow("discard closes without writing") << int(QMessageBox::Discard) << true << false;
}

void TestWorkspaceSave::closeWithChanges()
{
    QFETCH(int, answer);
    QFETCH(bool, closes);
    QFETCH(bool, written);
    MainWindow window(Catalogs::builtIn(), &m_language, m_today);
    window.show();
    openSaved(window);
    window.addWaiver(waiver());
    answerWith(window, QMessageBox::StandardButton(answer));

    QCOMPARE(window.close(), closes);
    QCOMPARE(m_questions.size(), 1);
    QVERIFY2(m_questions.constFirst().contains(QStringLiteral("“team”")), qPrintable(m_questions.constFirst()));
    QCOMPARE(window.isVisible(), !closes);
    QCOMPARE(window.isWindowModified(), !written);
    QCOMPARE(window.workspace().waivers.size(), 1); // nothing is thrown away in memory either way

    QString error;
    const auto onDisk = Workspace::read(m_path, &error);
    QVERIFY2(onDisk, qPrintable(error));
    QCOMPARE(onDisk->waivers.size(), written ? 1 : 0);
    if (written) {
        QCOMPARE(onDisk->waivers.constFirst().acceptedBy, QStringLiteral("kim"));
        QVERIFY(onDisk->waivers.constFirst().acceptedAt.isValid());
    }
}

void TestWorkspaceSave::closeWithoutChangesAsksNothing()
{
    MainWindow window(Catalogs::builtIn(), &m_language, m_today);
    window.show();
    openSaved(window);
    answerWith(window, QMessageBox::Cancel);
    QVERIFY(window.close());
    QVERIFY(m_questions.isEmpty());
}

void TestWorkspaceSave::neverSavedGoesThroughSaveAs()
{
    MainWindow window(Catalogs::builtIn(), &m_language, m_today);
    window.openWorkspace(Workspace{});
    window.importSnapshots({QStringLiteral(":/demo/snapshots/dev-kind.yaml")});
    QVERIFY(window.isWindowModified());
    QStringList suggestions;
    const QString chosen = m_dir.filePath(QStringLiteral("fresh"));
    window.setSavePathFunction([&](const QString &suggested) {
        suggestions << suggested;
        return chosen;
    });
    QVERIFY(window.save());
    QCOMPARE(suggestions.size(), 1);
    QCOMPARE(window.workspace().filePath, chosen + QStringLiteral(".yaml"));
    QCOMPARE(window.workspace().name, QStringLiteral("fresh"));
    QVERIFY(!window.isWindowModified());
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("fresh")));
    QVERIFY(QFile::exists(chosen + QStringLiteral(".yaml")));

    // Named now: Save writes in place, Save As starts from the current file.
    window.importSnapshots({QStringLiteral(":/demo/snapshots/gke-analytics.yaml")});
    QVERIFY(window.save());
    QCOMPARE(suggestions.size(), 1);
    QString error;
    QCOMPARE(Workspace::read(chosen + QStringLiteral(".yaml"), &error)->snapshotFiles.size(), 2);
    window.setSavePathFunction([&](const QString &suggested) {
        suggestions << suggested;
        return QString(); // cancelled
    });
    QVERIFY(!window.saveAs());
    QCOMPARE(suggestions.constLast(), chosen + QStringLiteral(".yaml"));
}

void TestWorkspaceSave::demoIsNeverOverwritten()
{
    MainWindow window(Catalogs::builtIn(), &m_language, m_today);
    QSignalSpy loaded(&window, &MainWindow::fleetLoaded);
    window.openWorkspace(Workspace::demo());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
    window.addWaiver(waiver());
    QString suggested;
    window.setSavePathFunction([&](const QString &s) {
        suggested = s;
        return QString(); // the user cancels the dialog
    });
    QVERIFY(!window.save());
    QVERIFY(!suggested.isEmpty());
    QVERIFY2(!suggested.startsWith(u':'), qPrintable(suggested)); // a real file, named after the workspace
    QVERIFY(suggested.endsWith(QStringLiteral("Demo fleet.yaml")));
    QVERIFY(window.isWindowModified());
    QCOMPARE(window.workspace().filePath, QStringLiteral(":/demo/workspace.yaml"));

    const QString copy = m_dir.filePath(QStringLiteral("demo-copy.yaml"));
    window.setSavePathFunction([&](const QString &) { return copy; });
    QVERIFY(window.save());
    QCOMPARE(window.workspace().filePath, copy);
    QString error;
    const auto read = Workspace::read(copy, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->waivers.size(), 2); // the demo's and the new one
    QCOMPARE(read->snapshotFiles.size(), 6);
}

void TestWorkspaceSave::saveActionHasTheStandardShortcut()
{
    MainWindow window(Catalogs::builtIn(), &m_language, m_today);
    openSaved(window);
    QAction *save = nullptr;
    QAction *saveAs = nullptr;
    for (QAction *action : window.menuBar()->actions().constFirst()->menu()->actions()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Save))
            save = action;
        if (action->shortcut() == QKeySequence(QKeySequence::SaveAs))
            saveAs = action;
    }
    QVERIFY(save);
    QCOMPARE(QKeySequence(QKeySequence::Save), QKeySequence(Qt::CTRL | Qt::Key_S));
    QCOMPARE(save->text(), QStringLiteral("&Save workspace"));
    QVERIFY(saveAs);
    window.addWaiver(waiver());
    save->trigger();
    QVERIFY(!window.isWindowModified());
    QString error;
    QCOMPARE(Workspace::read(m_path, &error)->waivers.size(), 1);
}

void TestWorkspaceSave::openingTheDemoAsksFirst()
{
    MainWindow window(Catalogs::builtIn(), &m_language, m_today);
    openSaved(window);
    window.addWaiver(waiver());
    QAction *demo = nullptr;
    for (QAction *action : window.menuBar()->actions().constFirst()->menu()->actions())
        if (action->text() == u"Open the &demo fleet")
            demo = action;
    QVERIFY(demo);

    answerWith(window, QMessageBox::Cancel);
    demo->trigger();
    QCOMPARE(m_questions.size(), 1);
    QCOMPARE(window.workspace().name, QStringLiteral("team")); // kept, changes and all
    QVERIFY(window.isWindowModified());

    answerWith(window, QMessageBox::Discard);
    demo->trigger();
    QCOMPARE(m_questions.size(), 1);
    QCOMPARE(window.workspace().name, QStringLiteral("Demo fleet"));
    QVERIFY(!window.isWindowModified());
}

void TestWorkspaceSave::editAndRemoveFromTheDebtPage()
{
    MainWindow window(Catalogs::builtIn(), &m_language, m_today);
    openSaved(window);
    QSignalSpy loaded(&window, &MainWindow::fleetLoaded);
    window.addWaiver(waiver());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
    DebtPage *page = debtPage(window);
    QVERIFY(page);
    // Show the cell the waiver covers.
    auto *model = qobject_cast<DebtModel *>(page->table()->proxy()->sourceModel());
    QVERIFY(model);
    int row = -1;
    int column = -1;
    for (int i = 0; i < model->debt().size(); ++i)
        for (int area = 0; area < debtAreaCount; ++area)
            for (const DebtReason &r : model->debt().at(i).areas.at(area).reasons)
                if (r.waiver && r.waiver->cluster == u"staging-kubeadm") {
                    row = i;
                    column = DebtModel::FirstAreaColumn + area;
                }
    QVERIFY(row >= 0);
    page->showCell(row, column);
    QCOMPARE(page->shownWaivers().size(), 1);
    QVERIFY2(page->detailsText().contains(QStringLiteral("Accepted by kim on")), qPrintable(page->detailsText()));
    const QModelIndex cell = model->index(row, column);
    QVERIFY2(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Accepted by kim on")),
             qPrintable(cell.data(Qt::ToolTipRole).toString()));

    // Edited: new terms, the edit recorded, shown with who made it.
    Waiver changed = page->shownWaivers().constFirst();
    changed.reason = QStringLiteral("the rollout slipped a day");
    changed.expires = m_today.addDays(3);
    window.editWaiver(page->shownWaivers().constFirst(), changed, QStringLiteral("sato"));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 10000);
    QCOMPARE(window.workspace().waivers.constFirst().reason, changed.reason);
    QCOMPARE(window.workspace().waivers.constFirst().history.size(), 1);
    QCOMPARE(window.workspace().waivers.constFirst().acceptedBy, QStringLiteral("kim"));
    page->showCell(row, column);
    QVERIFY2(page->detailsText().contains(QStringLiteral("edited 1 time, last by sato")),
             qPrintable(page->detailsText()));

    // Removed through the details' link, after a question.
    QVERIFY(window.save()); // saved: the removal must mark it modified again
    QVERIFY(!window.isWindowModified());
    answerWith(window, QMessageBox::No);
    page->openLink(QUrl(QStringLiteral("waiver:remove/0")));
    QCOMPARE(m_questions.size(), 1);
    QCOMPARE(window.workspace().waivers.size(), 1); // No: nothing happens
    answerWith(window, QMessageBox::Yes);
    page->openLink(QUrl(QStringLiteral("waiver:remove/0")));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 3, 10000);
    QVERIFY(window.workspace().waivers.isEmpty());
    QCOMPARE(window.workspace().removedWaivers.size(), 1);
    QCOMPARE(window.workspace().removedWaivers.constFirst().lastChange()->action, WaiverChange::Action::Removed);
    QVERIFY(window.isWindowModified());
    page->showCell(row, column);
    QVERIFY(page->shownWaivers().isEmpty());
}

void TestWorkspaceSave::waiverDialogRecordsWho()
{
    qputenv("USER", "tester");
    DebtReason reason{9, QStringLiteral("kubelet v1.35.2 is newer than the API server")};
    WaiverDialog accept(QStringLiteral("prod"), {reason}, m_today);
    QCOMPARE(accept.by(), QStringLiteral("tester")); // the system user, unless changed
    auto *by = accept.findChild<QLineEdit *>(QStringLiteral("by"));
    QVERIFY(by);
    QCOMPARE(by->text(), QStringLiteral("tester"));
    by->setText(QStringLiteral("  伊藤 "));
    QCOMPARE(accept.waiver().acceptedBy, QStringLiteral("伊藤"));
    QCOMPARE(accept.waiver().subject, QStringLiteral("kubelet v1.35.2 is newer than the API server"));

    // Editing keeps the finding and who accepted it; "by" is who changes it.
    Waiver existing = waiver();
    existing.acceptedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    WaiverDialog edit(existing, QStringLiteral("kubelet"), m_today);
    QCOMPARE(edit.by(), QStringLiteral("tester"));
    const Waiver edited = edit.waiver();
    QCOMPARE(edited.subject, existing.subject);
    QCOMPARE(edited.acceptedBy, QStringLiteral("kim"));
    QCOMPARE(edited.acceptedAt, existing.acceptedAt);
    QCOMPARE(edited.reason, existing.reason);
    QCOMPARE(edited.expires, existing.expires);
}

QTEST_MAIN(TestWorkspaceSave)
#include "tst_workspacesave.moc"
