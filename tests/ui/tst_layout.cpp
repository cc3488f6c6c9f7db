// Every page, in both languages, on a 1366×768 laptop and a 1920×1080 screen: no label, button, combo box, header
// or key column is cut, and the timeline's minors keep their names. Each clipped widget is reported by page,
// object and text; a deliberately cramped widget proves that the checks see clipping at all.

#include "core/catalogs.h"
#include "core/languagemanager.h"
#include "filteredtable.h"
#include "mainwindow.h"
#include "page.h"
#include "timelinepage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionButton>
#include <QStyleOptionComboBox>
#include <QStyleOptionHeader>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

using namespace kirikae;

namespace {

// "OperatorsPage/QSplitter/FilteredTable/QTableView": where a widget sits below root.
QString pathOf(const QWidget *widget, const QWidget *root)
{
    QStringList parts;
    for (const QWidget *w = widget; w && w != root->parentWidget(); w = w->parentWidget()) {
        QString part = QString::fromLatin1(w->metaObject()->className()).section(u':', -1);
        if (!w->objectName().isEmpty())
            part += u'#' + w->objectName();
        parts.prepend(part);
    }
    return parts.join(u'/');
}

QString plainText(const QLabel *label)
{
    if (label->textFormat() == Qt::PlainText ||
        (label->textFormat() == Qt::AutoText && !Qt::mightBeRichText(label->text())))
        return label->text();
    QTextDocument doc;
    doc.setHtml(label->text());
    return doc.toPlainText();
}

QString withoutMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

// Item views, text browsers and the like scroll their contents: what sits inside them is not laid out by a layout.
bool insideScrollArea(const QWidget *widget)
{
    for (const QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (auto *area = qobject_cast<const QAbstractScrollArea *>(w->parentWidget()); area && area->viewport() == w)
            return true;
    }
    return false;
}

class ClipChecker
{
public:
    explicit ClipChecker(QWidget *root)
        : m_root(root)
    {
    }

    QStringList problems() const { return m_problems; }

    void checkWidgets()
    {
        const QList<QWidget *> widgets = m_root->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (!w->isVisible() || insideScrollArea(w))
                continue;
            if (auto *label = qobject_cast<QLabel *>(w))
                checkLabel(label);
            else if (auto *combo = qobject_cast<QComboBox *>(w))
                checkCombo(combo);
            else if (auto *button = qobject_cast<QAbstractButton *>(w))
                checkButton(button);
            if (auto *header = qobject_cast<QHeaderView *>(w); header && header->orientation() == Qt::Horizontal)
                checkHeader(header);
        }
        for (FilteredTable *table : m_root->findChildren<FilteredTable *>()) {
            if (table->isVisible())
                checkKeyColumns(table);
        }
    }

    void checkTimeline(TimelinePage *page)
    {
        QChart *chart = page->chart();
        const QRectF plot = chart->plotArea();
        const QRectF bounds(QPointF(), chart->size());
        QList<TimelinePage::AxisLabel> labels = page->minorAxisLabels();
        if (labels.isEmpty())
            report(page, QStringLiteral("minor axis"), QString(), QStringLiteral("no minor is named"));
        std::sort(labels.begin(), labels.end(), [](const auto &a, const auto &b) { return a.rect.y() < b.rect.y(); });
        for (int i = 0; i < labels.size(); ++i) {
            const TimelinePage::AxisLabel &label = labels.at(i);
            const QString where = QStringLiteral("minor axis label");
            if (label.text.isEmpty() || label.text.contains(u'…'))
                report(page, where, label.text, QStringLiteral("elided"));
            if (!bounds.contains(label.rect))
                report(page, where, label.text, QStringLiteral("outside the chart"));
            if (label.rect.right() > plot.left() + 0.5)
                report(page, where, label.text, QStringLiteral("runs into the plot area"));
            if (label.rect.center().y() < plot.top() || label.rect.center().y() > plot.bottom())
                report(page, where, label.text, QStringLiteral("not level with a bar"));
            if (i > 0 && label.rect.top() < labels.at(i - 1).rect.bottom() - 0.5)
                report(page, where, label.text, QStringLiteral("overlaps %1").arg(labels.at(i - 1).text));
        }
    }

private:
    void report(const QWidget *widget, const QString &object, const QString &text, const QString &why)
    {
        m_problems << QStringLiteral("%1 | %2 | “%3”: %4").arg(pathOf(widget, m_root), object, text, why);
    }

    // Cut by an ancestor (a layout that ran out of room) even if the widget itself is wide enough.
    void checkInsideAncestors(QWidget *widget, const QString &text)
    {
        const QRect own(widget->mapTo(widget->window(), QPoint()), widget->size());
        QRect visible = own;
        for (QWidget *a = widget->parentWidget(); a; a = a->parentWidget())
            visible &= QRect(a->mapTo(widget->window(), QPoint()), a->size());
        if (visible != own)
            report(widget, QString(), text,
                   QStringLiteral("cut off by its parent (%1×%2 of %3×%4 shown)")
                       .arg(visible.width())
                       .arg(visible.height())
                       .arg(own.width())
                       .arg(own.height()));
    }

    void checkLabel(QLabel *label)
    {
        // A label with a buddy shows its mnemonic underlined, not as "&".
        const QString text = label->buddy() ? withoutMnemonic(plainText(label)) : plainText(label);
        if (text.trimmed().isEmpty())
            return;
        checkInsideAncestors(label, text);
        const QRect room =
            label->contentsRect().adjusted(label->margin(), label->margin(), -label->margin(), -label->margin());
        if (label->wordWrap()) {
            // Wrapped text needs the height its width gives it.
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height())
                report(label, QString(), text,
                       QStringLiteral("needs %1 px of height, has %2").arg(needed).arg(label->height()));
            return;
        }
        const bool rich = plainText(label) != label->text();
        int needed = 0;
        if (rich) {
            needed = label->minimumSizeHint().width() - (label->width() - room.width()); // Qt's own layout of it
        } else {
            for (const QString &line : text.split(u'\n'))
                needed = std::max(needed, label->fontMetrics().horizontalAdvance(line));
        }
        if (needed > room.width())
            report(label, QString(), text, QStringLiteral("needs %1 px, has %2").arg(needed).arg(room.width()));
    }

    void checkCombo(QComboBox *combo)
    {
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.editable = combo->isEditable();
        option.frame = combo->hasFrame();
        option.subControls = QStyle::SC_All;
        option.currentText = combo->currentText();
        // The label is drawn into the edit field less a pixel on each side (QCommonStyle, CE_ComboBoxLabel).
        const int room =
            combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo).width() -
            2;
        checkInsideAncestors(combo, combo->currentText());
        // Any item may become the current one: each must fit.
        for (int i = 0; i < combo->count(); ++i) {
            const QString text = combo->itemText(i);
            int needed = combo->fontMetrics().horizontalAdvance(text);
            if (!combo->itemIcon(i).isNull())
                needed += combo->iconSize().width() + 4;
            if (needed > room)
                report(combo, QString(), text,
                       QStringLiteral("item needs %1 px, the box shows %2").arg(needed).arg(room));
        }
    }

    void checkButton(QAbstractButton *button)
    {
        const QString text = withoutMnemonic(button->text());
        if (text.isEmpty())
            return;
        checkInsideAncestors(button, text);
        if (auto *push = qobject_cast<QPushButton *>(button)) {
            QStyleOptionButton option;
            option.initFrom(push);
            option.text = push->text();
            option.icon = push->icon();
            option.iconSize = push->iconSize();
            if (push->isDefault())
                option.features |= QStyleOptionButton::DefaultButton;
            if (push->menu())
                option.features |= QStyleOptionButton::HasMenu;
            const int room = push->style()->subElementRect(QStyle::SE_PushButtonContents, &option, push).width();
            int needed = push->fontMetrics().horizontalAdvance(text);
            if (!push->icon().isNull())
                needed += push->iconSize().width() + 4;
            if (needed > room)
                report(push, QString(), text, QStringLiteral("needs %1 px, has %2").arg(needed).arg(room));
            return;
        }
        // Check boxes, radio and tool buttons: the style's size for their text against their width.
        if (button->width() < button->sizeHint().width())
            report(button, QString(), text,
                   QStringLiteral("needs %1 px, has %2").arg(button->sizeHint().width()).arg(button->width()));
    }

    void checkHeader(QHeaderView *header)
    {
        QAbstractItemModel *model = header->model();
        if (!model)
            return;
        for (int logical = 0; logical < header->count(); ++logical) {
            if (header->isSectionHidden(logical))
                continue;
            const QString text = model->headerData(logical, Qt::Horizontal).toString();
            if (text.isEmpty())
                continue;
            // The label's room as the style draws it: the section less its margins, less the sort arrow where it
            // is shown.
            QStyleOptionHeader option;
            option.initFrom(header);
            option.state |= QStyle::State_Horizontal;
            option.orientation = Qt::Horizontal;
            option.section = logical;
            option.text = text;
            option.rect = QRect(0, 0, header->sectionSize(logical), header->height());
            if (header->isSortIndicatorShown() && header->sortIndicatorSection() == logical)
                option.sortIndicator = header->sortIndicatorOrder() == Qt::AscendingOrder ? QStyleOptionHeader::SortDown
                                                                                          : QStyleOptionHeader::SortUp;
            const int room = header->style()->subElementRect(QStyle::SE_HeaderLabel, &option, header).width();
            QFont font = header->font();
            if (const QVariant f = model->headerData(logical, Qt::Horizontal, Qt::FontRole); f.isValid())
                font = f.value<QFont>();
            const int needed = QFontMetrics(font).horizontalAdvance(text);
            if (needed > room)
                report(header, QStringLiteral("header section %1").arg(logical), text,
                       QStringLiteral("needs %1 px, has %2").arg(needed).arg(room));
        }
    }

    void checkKeyColumns(FilteredTable *table)
    {
        QTableView *view = table->view();
        QHeaderView *header = view->horizontalHeader();
        QAbstractItemModel *model = view->model();
        for (int column : table->keyColumns()) {
            const QString title = model->headerData(column, Qt::Horizontal).toString();
            // Seen without scrolling sideways.
            const int right = header->sectionPosition(column) + header->sectionSize(column);
            if (right > view->viewport()->width())
                report(view, QStringLiteral("key column %1").arg(column), title,
                       QStringLiteral("ends at %1 px, the table shows %2").arg(right).arg(view->viewport()->width()));
            // Every value whole (the status column's longest translated word too).
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex index = model->index(row, column);
                const int needed = view->sizeHintForIndex(index).width();
                if (needed > view->columnWidth(column))
                    report(view, QStringLiteral("key column %1 (%2), row %3").arg(column).arg(title).arg(row),
                           index.data().toString(),
                           QStringLiteral("needs %1 px, has %2").arg(needed).arg(view->columnWidth(column)));
            }
        }
    }

    QWidget *m_root;
    QStringList m_problems;
};

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void seesClipping();
    void everyPageFits_data();
    void everyPageFits();

private:
    LanguageManager m_language;
    const QDate m_today{2026, 11, 25};
};

void TestLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLayout::seesClipping()
{
    // A cramped widget of each kind, and one of each that fits: the checks must name exactly the cramped ones.
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *cutLabel = new QLabel(QStringLiteral("A label far too long for its width"));
    cutLabel->setFixedWidth(60);
    auto *cutWrapped = new QLabel(QStringLiteral("A wrapped label with far more words than its height can show"));
    cutWrapped->setWordWrap(true);
    cutWrapped->setFixedSize(80, 20);
    auto *cutButton = new QPushButton(QStringLiteral("A long button caption"));
    cutButton->setFixedWidth(50);
    auto *cutCombo = new QComboBox;
    cutCombo->addItems({QStringLiteral("All"), QStringLiteral("All the clusters of the fleet")});
    cutCombo->setFixedWidth(70);
    auto *cutTable = new QTableWidget(1, 2);
    cutTable->setHorizontalHeaderLabels({QStringLiteral("A rather long column title"), QStringLiteral("B")});
    cutTable->setColumnWidth(0, 40);
    for (QWidget *w :
         {static_cast<QWidget *>(cutLabel), static_cast<QWidget *>(cutWrapped), static_cast<QWidget *>(cutButton),
          static_cast<QWidget *>(cutCombo), static_cast<QWidget *>(cutTable)})
        layout->addWidget(w, 0, Qt::AlignLeft);
    layout->addWidget(new QLabel(QStringLiteral("Fits")));
    layout->addWidget(new QPushButton(QStringLiteral("OK")), 0, Qt::AlignLeft);
    window.resize(600, 500);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    ClipChecker checker(&window);
    checker.checkWidgets();
    const QStringList problems = checker.problems();
    const QString all = problems.join(u'\n');
    for (const char *cut : {"A label far too long", "A wrapped label", "A long button caption",
                            "All the clusters of the fleet", "A rather long column title"})
        QVERIFY2(all.contains(QLatin1String(cut)),
                 qPrintable(QStringLiteral("not seen: %1\n%2").arg(QLatin1String(cut), all)));
    QVERIFY2(!all.contains(QStringLiteral("“Fits”")) && !all.contains(QStringLiteral("“OK”")) &&
                 !all.contains(QStringLiteral("“All”")) && !all.contains(QStringLiteral("“B”")),
             qPrintable(all));
    QCOMPARE(problems.size(), 5);
}

void TestLayout::everyPageFits_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("switched"); // opened in English, then switched to Japanese at run time
    for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
        QTest::addRow("ja %dx%d", size.width(), size.height()) << QStringLiteral("ja") << size << false;
        QTest::addRow("en %dx%d", size.width(), size.height()) << QStringLiteral("en") << size << false;
    }
    QTest::addRow("en then ja 1366x768") << QStringLiteral("ja") << QSize(1366, 768) << true;
}

void TestLayout::everyPageFits()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QFETCH(bool, switched);
    QVERIFY(m_language.setLanguage(switched ? QStringLiteral("en") : language));
    MainWindow window(Catalogs::builtIn(), &m_language, m_today);
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(&window, &MainWindow::fleetLoaded);
    window.openWorkspace(Workspace::demo());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
    if (switched) {
        // Every page once in English, so that columns are sized for English words before the switch.
        for (int i = 0; i < window.pages().size(); ++i) {
            window.showPage(i);
            QTRY_VERIFY_WITH_TIMEOUT(!window.pages().at(i)->isBusy(), 10000);
        }
        QVERIFY(m_language.setLanguage(language));
        QCoreApplication::processEvents(); // worded again in Japanese, not analysed again
        QCOMPARE(loaded.count(), 1);
    }
    // Nothing may make the window wider or taller than the screen it is meant for.
    QCOMPARE(window.size(), size);

    QStringList problems;
    for (int i = 0; i < window.pages().size(); ++i) {
        Page *page = window.pages().at(i);
        window.showPage(i);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 10000);
        // Let queued column fits and layout requests run.
        for (int round = 0; round < 3; ++round)
            QCoreApplication::processEvents();
        QTest::qWait(20);
        ClipChecker checker(page);
        checker.checkWidgets();
        if (auto *timeline = qobject_cast<TimelinePage *>(page))
            checker.checkTimeline(timeline);
        for (const QString &problem : checker.problems())
            problems << page->pageId() + QStringLiteral(": ") + problem;
    }
    QCOMPARE(window.size(), size);
    // QtTest cuts long failure messages: each problem on a line of its own first.
    for (const QString &problem : std::as_const(problems))
        qWarning().noquote() << "clipped:" << problem;
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 clipped widget(s), listed above").arg(problems.size())));
    QVERIFY(m_language.setLanguage(QStringLiteral("en")));
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
