#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
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

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data();
    void complete();
};

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

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
