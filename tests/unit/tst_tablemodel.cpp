#include "core/languagemanager.h"
#include "items/debtmodel.h"
#include "items/tablemodel.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QEvent>
#include <QSignalSpy>
#include <QTest>

using namespace kirikae;

namespace {

/// Two rows of three columns; only the first column has a header tooltip.
class Grid final : public TableModel
{
public:
    Grid()
        : TableModel(3)
    {
    }

private:
    int rows() const override { return 2; }
    QString columnTitle(int column) const override { return QStringLiteral("C%1").arg(column); }
    QString columnToolTip(int column) const override { return column == 0 ? QStringLiteral("first") : QString(); }
    QVariant cell(int row, int column, int role) const override
    {
        return role == Qt::DisplayRole ? QVariant(row * 10 + column) : QVariant();
    }
};

void sendLanguageChange()
{
    QEvent event(QEvent::LanguageChange);
    QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
}

} // namespace

class TestTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_language.setLanguage(QStringLiteral("en"))); }
    void cleanupTestCase() { QVERIFY(m_language.setLanguage(QStringLiteral("en"))); }
    void countsHeadersAndCells();
    void languageChangeReemitsHeadersAndCells();
    void oneRetranslationPerLanguageChange();
    void followsTheLanguageManager();

private:
    LanguageManager m_language;
};

void TestTableModel::countsHeadersAndCells()
{
    Grid model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QCOMPARE(model.columnCount(model.index(0, 0)), 0);
    QCOMPARE(model.index(1, 2).data().toInt(), 12);
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("C2"));
    QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString(), QStringLiteral("first"));
    QVERIFY(!model.headerData(1, Qt::Horizontal, Qt::ToolTipRole).isValid());
    QVERIFY(!model.headerData(3, Qt::Horizontal).isValid());
    QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), 1); // Qt's default: the row number
}

void TestTableModel::languageChangeReemitsHeadersAndCells()
{
    Grid model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
    sendLanguageChange();
    QTRY_COMPARE(header.count(), 1);
    QCOMPARE(header.constFirst().at(0).value<Qt::Orientation>(), Qt::Horizontal);
    QCOMPARE(header.constFirst().at(1).toInt(), 0);
    QCOMPARE(header.constFirst().at(2).toInt(), 2);
    QCOMPARE(data.count(), 1);
    QCOMPARE(data.constFirst().at(0).toModelIndex(), model.index(0, 0));
    QCOMPARE(data.constFirst().at(1).toModelIndex(), model.index(1, 2));

    // Other events to the application leave the model alone.
    QEvent other(QEvent::LocaleChange);
    QCoreApplication::sendEvent(QCoreApplication::instance(), &other);
    QCoreApplication::processEvents();
    QCOMPARE(header.count(), 1);
}

void TestTableModel::oneRetranslationPerLanguageChange()
{
    // A language switch removes and installs several translators, each sending LanguageChange.
    Grid model;
    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    sendLanguageChange();
    sendLanguageChange();
    sendLanguageChange();
    QTRY_COMPARE(header.count(), 1);
    QCoreApplication::processEvents();
    QCOMPARE(header.count(), 1);
    sendLanguageChange();
    QTRY_COMPARE(header.count(), 2);
}

void TestTableModel::followsTheLanguageManager()
{
    DebtModel model;
    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    QCOMPARE(model.headerData(DebtModel::TotalColumn, Qt::Horizontal).toString(), QStringLiteral("Total"));
    QVERIFY(m_language.setLanguage(QStringLiteral("ja")));
    QTRY_COMPARE(header.count(), 1);
    QCOMPARE(model.headerData(DebtModel::TotalColumn, Qt::Horizontal).toString(), QStringLiteral("合計"));
    QVERIFY(m_language.setLanguage(QStringLiteral("en")));
    QTRY_COMPARE(header.count(), 2);
}

QTEST_GUILESS_MAIN(TestTableModel)
#include "tst_tablemodel.moc"
