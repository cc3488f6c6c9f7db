#include "core/catalogs.h"
#include "core/languagemanager.h"
#include "mainwindow.h"
#include "page.h"
#include "timelinepage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    bool finished = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": cannot be opened");
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool inMessage = false;
    bool anyText = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name" && !inMessage) {
                context = xml.readElementText();
            } else if (name == u"message") {
                inMessage = true;
                current = Message{context, {}, false};
                anyText = false;
            } else if (name == u"source" && inMessage) {
                current.source = xml.readElementText();
            } else if (name == u"translation" && inMessage) {
                const auto type = xml.attributes().value(QStringLiteral("type"));
                current.finished = type.isEmpty();
                // Plural forms keep their text in <numerusform> children.
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                anyText = !text.trimmed().isEmpty();
                current.finished = current.finished && anyText;
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            inMessage = false;
            messages << current;
        }
    }
    if (xml.hasError())
        *error = path + QStringLiteral(": ") + xml.errorString();
    return messages;
}

// English that Kirikae itself puts on screen as labels, units and evidence: on a Japanese page each is a translation
// that was forgotten. Words count only whole ("metrics-server" and "/metrics" are names, not the label "metrics");
// evidence codes count as the labels they are, in brackets ("(helm)"), so that the helm command in a runbook step
// passes. Cluster, component and API names and the servers' own error texts pass too.
QStringList englishLabelsIn(const QString &text)
{
    static const QSet<QString> words{
        QStringLiteral("Cancel"),    QStringLiteral("Close"),    QStringLiteral("Apply"),    QStringLiteral("Open"),
        QStringLiteral("Save"),      QStringLiteral("Filter"),   QStringLiteral("Export"),   QStringLiteral("Fit"),
        QStringLiteral("Cluster"),   QStringLiteral("Target"),   QStringLiteral("Status"),   QStringLiteral("Version"),
        QStringLiteral("replica"),   QStringLiteral("replicas"), QStringLiteral("possible"), QStringLiteral("certain"),
        QStringLiteral("unknown"),   QStringLiteral("worker"),   QStringLiteral("day"),      QStringLiteral("days"),
        QStringLiteral("ago"),       QStringLiteral("upstream"), QStringLiteral("extended"), QStringLiteral("standard"),
        QStringLiteral("projected"), QStringLiteral("today"),    QStringLiteral("Today"),    QStringLiteral("Blocked"),
        QStringLiteral("Fine"),      QStringLiteral("none"),     QStringLiteral("None"),     QStringLiteral("blocks"),
    };
    static const QRegularExpression separators(QStringLiteral("[^A-Za-z0-9_./-]+"));
    static const QRegularExpression evidence(
        QStringLiteral("\\((?:helm|metrics|manifest|last-applied|managed-fields)(?:, possible)?\\)|\\bhelm release\\b|"
                       "\\bAPI discovery\\b"));
    QStringList found;
    for (QString token : text.split(separators, Qt::SkipEmptyParts)) {
        while (token.endsWith(u'.'))
            token.chop(1); // the end of a sentence, not part of the word
        if (words.contains(token))
            found << token;
    }
    for (auto it = evidence.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    return found;
}

QString plain(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

void modelTexts(const QAbstractItemModel *model, const QModelIndex &parent, const QString &where, QStringList *texts)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                texts->append(where + QStringLiteral(" cell: ") + plain(index.data(role).toString()));
            if (column == 0 && model->hasChildren(index))
                modelTexts(model, index, where, texts);
        }
    }
}

// Everything a page shows or says on hovering, each text prefixed with where it was found.
QStringList visibleTexts(QWidget *root, const QString &where)
{
    QStringList texts;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        const QString at = where + u'/' + QString::fromLatin1(w->metaObject()->className()).section(u':', -1);
        if (!w->toolTip().isEmpty())
            texts << at + QStringLiteral(" tooltip: ") + plain(w->toolTip());
        if (!w->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(w))
            texts << at + QStringLiteral(": ") + plain(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts << at + QStringLiteral(": ") + button->text();
        else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                texts << at + QStringLiteral(" item: ") + combo->itemText(i);
        } else if (auto *edit = qobject_cast<QLineEdit *>(w))
            texts << at + QStringLiteral(" placeholder: ") + edit->placeholderText();
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            texts << at + QStringLiteral(" title: ") + box->title();
        else if (auto *text = qobject_cast<QTextEdit *>(w))
            texts << at + QStringLiteral(": ") + text->toPlainText();
        else if (auto *view = qobject_cast<QAbstractItemView *>(w);
                 view && view->model() && !qobject_cast<QHeaderView *>(view)) {
            for (int column = 0; column < view->model()->columnCount(); ++column)
                texts << at + QStringLiteral(" header: ") +
                             view->model()->headerData(column, Qt::Horizontal).toString();
            modelTexts(view->model(), {}, at, &texts);
        }
    }
    if (auto *timeline = qobject_cast<kirikae::TimelinePage *>(root)) {
        for (QAbstractSeries *series : timeline->chart()->series())
            texts << where + QStringLiteral(" chart: ") + series->name()
                  << where + QStringLiteral(" chart tooltip: ") + kirikae::TimelinePage::toolTipOf(series);
        for (const auto &label : timeline->minorAxisLabels())
            texts << where + QStringLiteral(" axis: ") + label.text;
    }
    return texts;
}

// What the details panes say for each row (and cell) a user can select: the reasons behind a debt score, an
// operator's requirements.
QStringList detailsOfEverySelection(QWidget *root, const QString &where)
{
    QStringList texts;
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        if (!view->isVisible() || !view->model() || !view->selectionModel() || qobject_cast<QHeaderView *>(view))
            continue;
        const QAbstractItemModel *model = view->model();
        for (int row = 0; row < std::min(model->rowCount(), 40); ++row) {
            for (int column = 0; column < std::min(model->columnCount(), 12); ++column) {
                view->setCurrentIndex(model->index(row, column));
                QCoreApplication::processEvents();
                for (const QTextEdit *details : root->findChildren<QTextEdit *>())
                    texts << where + QStringLiteral(" details: ") + details->toPlainText();
            }
        }
    }
    return texts;
}

void menuTexts(const QMenu *menu, QStringList *texts)
{
    texts->append(QStringLiteral("menu: ") + menu->title());
    for (const QAction *action : menu->actions()) {
        texts->append(QStringLiteral("menu item: ") + action->text());
        if (action->menu())
            menuTexts(action->menu(), texts);
    }
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void complete_data();
    void complete();
    void qtSpeaksJapanese();
    void japanesePagesHaveNoEnglishLabels();

private:
    kirikae::LanguageManager m_language;
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTranslations::qtSpeaksJapanese()
{
    // Qt's own words (dialog buttons, file dialogs) come from qtbase_ja.qm (Debian: qt6-translations-l10n), and
    // follow a switch of language at run time.
    QVERIFY(m_language.setLanguage(QStringLiteral("ja")));
    {
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Close);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("キャンセル"));
        QCOMPARE(buttons.button(QDialogButtonBox::Close)->text(), QStringLiteral("閉じる"));
        QCOMPARE(buttons.button(QDialogButtonBox::Ok)->text(), QStringLiteral("OK")); // as Japanese Windows says it
    }
    QVERIFY(m_language.setLanguage(QStringLiteral("en")));
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
}

void TestTranslations::japanesePagesHaveNoEnglishLabels()
{
    QVERIFY(m_language.setLanguage(QStringLiteral("ja")));
    kirikae::MainWindow window(kirikae::Catalogs::builtIn(), &m_language, QDate(2026, 11, 25));
    window.resize(1366, 768);
    window.show();
    QSignalSpy loaded(&window, &kirikae::MainWindow::fleetLoaded);
    window.openWorkspace(kirikae::Workspace::demo());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);

    QStringList texts;
    for (int i = 0; i < window.pages().size(); ++i) {
        kirikae::Page *page = window.pages().at(i);
        window.showPage(i);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 10000);
        QCoreApplication::processEvents();
        texts << visibleTexts(page, page->pageId()) << detailsOfEverySelection(page, page->pageId());
    }
    for (const QMenu *menu : window.menuBar()->findChildren<QMenu *>(Qt::FindDirectChildrenOnly))
        menuTexts(menu, &texts);
    for (const QListWidget *nav : window.findChildren<QListWidget *>())
        for (int i = 0; i < nav->count(); ++i)
            texts << QStringLiteral("navigation: ") + nav->item(i)->text();
    texts << QStringLiteral("status bar: ") + window.statusBar()->currentMessage();
    // Qt's own message box, as a warning would show it.
    QMessageBox box(QMessageBox::Warning, QStringLiteral("t"), QStringLiteral("m"),
                    QMessageBox::Ok | QMessageBox::Cancel | QMessageBox::Close);
    for (const QAbstractButton *button : box.buttons())
        texts << QStringLiteral("message box: ") + button->text();

    QStringList english;
    QStringList debtEvidence;
    for (const QString &text : std::as_const(texts)) {
        if (const QStringList words = englishLabelsIn(text); !words.isEmpty()) {
            const QString line = QStringLiteral("%1   [%2]").arg(text.left(300), words.join(QStringLiteral(", ")));
            (text.startsWith(QStringLiteral("debt details:")) ? debtEvidence : english) << line;
        }
    }
    english.removeDuplicates();
    debtEvidence.removeDuplicates();
    for (const QString &line : std::as_const(english) + debtEvidence)
        qWarning().noquote() << "English on a Japanese page:" << line;
    QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("%1 English label(s), listed above").arg(english.size())));
    QVERIFY(texts.size() > 500); // the walk saw the pages, not an empty window
    // The debt page's evidence table words a finding's origin (describeEvidence), never its English code.
    QVERIFY2(debtEvidence.isEmpty(), qPrintable(QStringLiteral("%1 on the debt page").arg(debtEvidence.size())));
    QVERIFY(m_language.setLanguage(QStringLiteral("en")));
}

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("Japanese") << QStringLiteral("ja");
    QTest::addRow("English") << QStringLiteral("en");
}

void TestTranslations::complete()
{
    QFETCH(QString, language);
    const QString source = QStringLiteral(KIRIKAE_SOURCE_DIR);
    const QString committed = source + QStringLiteral("/translations/kirikae_") + language + QStringLiteral(".ts");

    QString error;
    const QList<Message> messages = readTs(committed, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    QSet<QString> finished;
    QStringList unfinished;
    for (const Message &m : messages) {
        if (m.finished)
            finished.insert(m.context + u'\x1f' + m.source);
        else
            unfinished << m.context + QStringLiteral(": ") + m.source;
    }
    QVERIFY2(unfinished.isEmpty(),
             qPrintable(QStringLiteral("unfinished in %1:\n").arg(committed) + unfinished.join(u'\n')));

    // Scan the sources as update_translations does: every string in tr() must be translated.
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh_") + language + QStringLiteral(".ts"));
    QProcess lupdate;
    lupdate.start(QStringLiteral(LUPDATE_EXECUTABLE),
                  {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-silent"),
                   source + QStringLiteral("/models"), source + QStringLiteral("/ui"), source + QStringLiteral("/app"),
                   QStringLiteral("-ts"), fresh});
    QVERIFY(lupdate.waitForFinished(60000));
    QCOMPARE(lupdate.exitCode(), 0);
    const QList<Message> scanned = readTs(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList missing;
    for (const Message &m : scanned) {
        if (!finished.contains(m.context + u'\x1f' + m.source))
            missing << m.context + QStringLiteral(": ") + m.source;
    }
    QVERIFY2(
        missing.isEmpty(),
        qPrintable(
            QStringLiteral("missing from %1 (run the update_translations target, then translate):\n").arg(committed) +
            missing.join(u'\n')));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
