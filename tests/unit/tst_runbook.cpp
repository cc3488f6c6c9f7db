#include "analysis/bundlereader.h"
#include "analysis/upgradeplanner.h"
#include "core/catalogs.h"
#include "runbook/printhtml.h"
#include "runbook/printlayout.h"
#include "runbook/runbookbuilder.h"
#include "runbook/runbookwriter.h"
#include "snapshot/fleet.h"
#include "snapshot/snapshotfile.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace kirikae;

class TestRunbook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void goldenRunbooks_data();
    void goldenRunbooks();
    void languageIsChosenPerExport();
    void pdfInBothLanguages_data();
    void pdfInBothLanguages();
    void pdfTextIsWhatItShows_data();
    void pdfTextIsWhatItShows();
    void pdfKeepsRowsAndHeadingsTogether_data();
    void pdfKeepsRowsAndHeadingsTogether();
    void commandsWrapWithAMark_data();
    void commandsWrapWithAMark();
    void writesAtomically();
    void nodePoolStepOncePerHop();
    void operatorChecksOnlyWithOlm();

private:
    UpgradePlan plan(const char *cluster, MinorVersion target, UpgradeStrategy strategy = UpgradeStrategy::InPlace,
                     bool withGreen = false) const;
    /// The runbook of the demo cluster named, or for "fleet" the runbook of every demo cluster, to 1.target.
    Runbook book(const QString &cluster, int target, const QString &language) const;
    Catalogs m_catalogs;
    QList<Waiver> m_waivers;
    QList<OperatorCsv> m_bundles; ///< the demo workspace's OLM bundles, as the window reads them
    const QDate m_today{2026, 11, 25};
};

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// Every line of text the runbook holds, in no particular order.
QStringList documentLines(const Runbook &book)
{
    QStringList all{book.title, book.subtitle};
    for (const auto &[label, value] : book.summary)
        all << label << value;
    for (const RunbookSection &section : book.sections) {
        all << section.title;
        for (const RunbookBlock &block : section.blocks) {
            all << block.text << block.items << block.table.header;
            for (const QStringList &row : block.table.rows)
                all << row;
            for (const RunbookStep &step : block.steps)
                all << step.title << step.detail << step.commands << step.expected;
        }
    }
    QStringList lines;
    for (const QString &text : all)
        for (const QString &line : text.split(u'\n'))
            if (!line.trimmed().isEmpty())
                lines << line;
    return lines;
}

QString withoutWhitespace(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s+")));
}

/// The text as a reader copies it. No radical forms may remain (fixPdfToUnicode maps them to their ideographs);
/// NFKC only folds the full-width forms the runbook itself writes.
QString readable(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF)
            return QStringLiteral("radical form U+%1 in the PDF's text").arg(c.unicode(), 4, 16);
    return text.normalized(QString::NormalizationForm_KC);
}

QString collapsed(const QString &text)
{
    return QString(text).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" ")).trimmed();
}

} // namespace

void TestRunbook::initTestCase()
{
    m_catalogs = Catalogs::builtIn();
    m_waivers = Workspace::demo().waivers;
    for (const QString &folder : Workspace::demo().bundleFolders)
        m_bundles << BundleReader::readFolder(folder).operators;
    QVERIFY(!m_bundles.isEmpty());
}

UpgradePlan TestRunbook::plan(const char *cluster, MinorVersion target, UpgradeStrategy strategy, bool withGreen) const
{
    QString error;
    PlanRequest r;
    r.snapshot = *SnapshotFile::read(QStringLiteral(KIRIKAE_SOURCE_DIR "/resources/demo/snapshots/") +
                                         QLatin1String(cluster) + QStringLiteral(".yaml"),
                                     &error);
    r.target = target;
    r.strategy = strategy;
    r.waivers = m_waivers;
    r.today = m_today;
    r.bundles = m_bundles;
    if (withGreen)
        r.newCluster = SnapshotFile::read(QStringLiteral(KIRIKAE_TEST_DATA "/plan/prod-eks-tokyo-green.yaml"), &error);
    return *planUpgrade(r, m_catalogs, &error);
}

Runbook TestRunbook::book(const QString &cluster, int target, const QString &language) const
{
    if (cluster != u"fleet")
        return buildRunbook(plan(cluster.toLatin1().constData(), {1, target}), language, m_today);
    QList<ClusterSnapshot> snapshots;
    for (const FleetEntry &e : loadSnapshots(Workspace::demo().snapshotFiles).clusters)
        snapshots << e.snapshot;
    FleetPlanRequest request;
    request.target = {1, target};
    request.waivers = m_waivers;
    request.today = m_today;
    request.bundles = m_bundles;
    return buildFleetRunbook(planFleet(snapshots, request, m_catalogs), language, m_today);
}

void TestRunbook::goldenRunbooks_data()
{
    QTest::addColumn<QString>("golden");
    QTest::addColumn<QString>("cluster");
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("strategy");
    QTest::addColumn<QString>("language");
    QTest::addRow("removal in the route, kubelet made illegal (EKS, en)") << "eks-in-place.en.md"
                                                                          << "prod-eks-tokyo" << 34 << "in-place"
                                                                          << "en";
    QTest::addRow("operator blocking the target, waiver (OpenShift, ja)") << "ocp-in-place.ja.md"
                                                                          << "ocp-factory" << 29 << "in-place"
                                                                          << "ja";
    QTest::addRow("blue/green with an API-surface diff (EKS, en)") << "eks-blue-green.en.md"
                                                                   << "prod-eks-tokyo" << 34 << "blue-green"
                                                                   << "en";
    QTest::addRow("self-managed kubeadm, already at the target minor's neighbour (ja)")
        << "kubeadm-in-place.ja.md"
        << "staging-kubeadm" << 36 << "in-place"
        << "ja";
}

void TestRunbook::goldenRunbooks()
{
    QFETCH(QString, golden);
    QFETCH(QString, cluster);
    QFETCH(int, target);
    QFETCH(QString, strategy);
    QFETCH(QString, language);
    const auto s = *strategyFromKey(strategy);
    const UpgradePlan p = plan(cluster.toLatin1().constData(), {1, target}, s, s == UpgradeStrategy::BlueGreen);
    const QString markdown = RunbookWriter::toMarkdown(buildRunbook(p, language, m_today));
    const QString path = QStringLiteral(KIRIKAE_TEST_DATA "/plan/") + golden;
    // KIRIKAE_UPDATE_GOLDEN=1 rewrites the files; read the diff before committing it.
    if (qEnvironmentVariableIsSet("KIRIKAE_UPDATE_GOLDEN")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(markdown.toUtf8());
    }
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QStringList expected = QString::fromUtf8(file.readAll()).split(u'\n');
    const QStringList actual = markdown.split(u'\n');
    for (int i = 0; i < std::min(expected.size(), actual.size()); ++i)
        QVERIFY2(expected[i] == actual[i], qPrintable(QStringLiteral("%1:%2\nexpected: %3\nactual:   %4")
                                                          .arg(golden)
                                                          .arg(i + 1)
                                                          .arg(expected[i], actual[i])));
    QCOMPARE(actual.size(), expected.size());
}

void TestRunbook::languageIsChosenPerExport()
{
    const UpgradePlan p = plan("ocp-factory", {1, 29});
    const Runbook ja = buildRunbook(p, QStringLiteral("ja"), m_today);
    const Runbook en = buildRunbook(p, QStringLiteral("en"), m_today);
    QCOMPARE(ja.language, QStringLiteral("ja"));
    QVERIFY(ja.title.startsWith(QStringLiteral("アップグレード手順書")));
    QVERIFY(en.title.startsWith(QStringLiteral("Upgrade runbook")));
    QCOMPARE(ja.sections.first().title, QStringLiteral("実施可否の判定"));
    // Dates follow the runbook's language, not the application's.
    QVERIFY(RunbookWriter::toMarkdown(ja).contains(QStringLiteral("2026年11月25日")));
    QVERIFY(RunbookWriter::toMarkdown(en).contains(QStringLiteral("November 25, 2026")));
    // The demo's waiver is listed with who accepted it and until when.
    QVERIFY(RunbookWriter::toMarkdown(en).contains(QStringLiteral("| authorino-operator: | Moves with the OpenShift")));
    QVERIFY(RunbookWriter::toMarkdown(en).contains(QStringLiteral("| sato on September 30, 2026 |")));
    QVERIFY(RunbookWriter::toMarkdown(ja).contains(QStringLiteral("| sato（2026年9月30日） |")));
    const QString html = RunbookWriter::toHtml(en);
    QVERIFY(html.contains(QStringLiteral("<html lang='en'>")) && html.contains(QStringLiteral("<thead>")));
}

void TestRunbook::pdfInBothLanguages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("phrases");
    QTest::addRow("en") << "en"
                        << QStringList{QStringLiteral("Upgrade runbook: ocp-factory 1.27 → 1.29"),
                                       QStringLiteral("Go/no-go"),
                                       QStringLiteral("supports OpenShift up to 4.15 (olm.maxOpenShiftVersion)"),
                                       QStringLiteral("oc adm upgrade channel eus-4.16"),
                                       QStringLiteral("status.storedVersions"),
                                       QStringLiteral("Rollback"),
                                       QStringLiteral("Sign-off"),
                                       QStringLiteral("Page 1 of")};
    QTest::addRow("ja") << "ja"
                        << QStringList{QStringLiteral("アップグレード手順書"),
                                       QStringLiteral("実施可否の判定"),
                                       QStringLiteral("事前確認"),
                                       QStringLiteral("切り戻し"),
                                       QStringLiteral("許容事項"),
                                       QStringLiteral("承認"),
                                       QStringLiteral("1 / ")};
}

void TestRunbook::pdfInBothLanguages()
{
    QFETCH(QString, language);
    QFETCH(QStringList, phrases);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("runbook.pdf"));
    QString error;
    QVERIFY2(RunbookWriter::write(buildRunbook(plan("ocp-factory", {1, 29}), language, m_today), path, &error),
             qPrintable(error));
    // pdftotext gives some kanji as Kangxi radicals: compare after NFKC.
    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")})
                             .normalized(QString::NormalizationForm_KC);
    QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) must be installed");
    for (const QString &phrase : phrases)
        QVERIFY2(text.contains(phrase.normalized(QString::NormalizationForm_KC)), qPrintable(phrase));
    const QString fonts = run(QStringLiteral("pdffonts"), {path});
    if (language == u"ja") {
        bool embedded = false;
        for (const QString &line : fonts.split(u'\n'))
            embedded = embedded ||
                       (line.startsWith(QStringLiteral("NotoSansCJKjp")) && line.contains(QStringLiteral(" yes ")));
        QVERIFY2(embedded, qPrintable(fonts));
    }
    QVERIFY(!fonts.contains(QStringLiteral(" no  ")) || !fonts.contains(QStringLiteral("Type 3")));
}

void TestRunbook::pdfTextIsWhatItShows_data()
{
    QTest::addColumn<QString>("cluster");
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("needles"); // from the issue: what pdftotext lost
    const QStringList eks{QStringLiteral("flowcontrol.apiserver.k8s.io/v1beta3"),
                          QStringLiteral("ip-10-20-21-9.ap-northeast-1.compute.internal"),
                          QStringLiteral("ip-10-20-22-204.ap-northeast-1.compute.internal"),
                          QStringLiteral("v1.29.15-eks-473151a"),
                          QStringLiteral("1.31.13"),
                          QStringLiteral("1.34")};
    const QStringList ocp{QStringLiteral("flowcontrol.apiserver.k8s.io/v1beta2"),
                          QStringLiteral("flowcontrol.apiserver.k8s.io/v1beta3"), QStringLiteral("1.27.16"),
                          QStringLiteral("eus-4.16"), QStringLiteral("NetPolicyTimeoutsHostNetworkedPodTraffic")};
    QTest::addRow("EKS, ja") << "prod-eks-tokyo" << 34 << "ja" << eks;
    QTest::addRow("EKS, en") << "prod-eks-tokyo" << 34 << "en" << eks;
    QTest::addRow("OpenShift, ja") << "ocp-factory" << 29 << "ja" << ocp;
    QTest::addRow("OpenShift, en") << "ocp-factory" << 29 << "en" << ocp;
    QTest::addRow("kubeadm, ja") << "staging-kubeadm" << 36 << "ja" << QStringList{QStringLiteral("1.36")};
    QTest::addRow("fleet, ja") << "fleet" << 36 << "ja" << eks.mid(0, 5) + ocp.mid(0, 3);
    QTest::addRow("fleet, en") << "fleet" << 36 << "en" << eks.mid(0, 5) + ocp.mid(0, 3);
}

void TestRunbook::pdfTextIsWhatItShows()
{
    QFETCH(QString, cluster);
    QFETCH(int, target);
    QFETCH(QString, language);
    QFETCH(QStringList, needles);
    const Runbook runbook = book(cluster, target, language);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("runbook.pdf"));
    QString error;
    QVERIFY2(RunbookWriter::write(runbook, path, &error), qPrintable(error));
    // -raw: in the order Qt draws, so a table cell's lines stay together.
    const QString raw = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    QVERIFY2(!raw.isEmpty(), "pdftotext (poppler-utils) must be installed");
    QString text = readable(raw);
    const qsizetype pages = text.count(u'\f');
    QCOMPARE(pages, RunbookWriter::pdfLayout(runbook).constLast().lastPage + 1);
    // The footers, which may fall inside a paragraph that goes on on the next page.
    QStringList label;
    for (const QString &part : runbook.pageLabel.split(QRegularExpression(QStringLiteral("%[12]"))))
        label << QRegularExpression::escape(part.normalized(QString::NormalizationForm_KC));
    const QRegularExpression footer(
        QRegularExpression::escape(runbook.title.normalized(QString::NormalizationForm_KC)) + QStringLiteral("\\s*") +
        label.join(QStringLiteral("\\d+")));
    const qsizetype footers = text.count(footer);
    text.remove(footer);
    // A command cut to fit ends in the wrap mark and goes on, indented, on the next line.
    text.remove(QRegularExpression(QStringLiteral("%1\\s*").arg(QChar(RunbookWriter::codeWrapMark))));
    const QString lines = collapsed(text);              // whitespace as one space: commands verbatim
    const QString joined = QString(text).remove(u'\n'); // lines as one: names and versions a line break cut
    const QString bare = withoutWhitespace(text);       // any text of the runbook, whitespace aside

    const QStringList document = documentLines(runbook);
    for (const QString &needle : needles) {
        QVERIFY2(document.join(u'\n').contains(needle), qPrintable(needle)); // still in the demo data
        QVERIFY2(joined.contains(needle), qPrintable(needle));
    }
    int commands = 0;
    for (const RunbookSection &section : runbook.sections)
        for (const RunbookBlock &block : section.blocks)
            for (const RunbookStep &step : block.steps)
                for (const QString &command : step.commands)
                    for (const QString &line : command.split(u'\n')) {
                        QVERIFY2(lines.contains(collapsed(line.normalized(QString::NormalizationForm_KC))),
                                 qPrintable(line));
                        ++commands;
                    }
    QVERIFY(commands > 10);
    // Every word with a digit in it (versions, API versions, node names, dates, counts), whole.
    const QRegularExpression word(QStringLiteral("[A-Za-z0-9][A-Za-z0-9._/:+-]*"));
    int words = 0;
    for (const QString &line : document) {
        for (const QRegularExpressionMatch &m : word.globalMatch(line)) {
            if (!m.captured().contains(QRegularExpression(QStringLiteral("[0-9]"))))
                continue;
            QVERIFY2(joined.contains(m.captured()), qPrintable(m.captured() + QStringLiteral(" in: ") + line));
            ++words;
        }
        QVERIFY2(bare.contains(withoutWhitespace(line.normalized(QString::NormalizationForm_KC))), qPrintable(line));
    }
    QVERIFY(words > 50);
    QCOMPARE(footers, pages); // "Page x of y" under the title, in the runbook's language
    // No ligature comes back as one character (fl → U+FB02); kanji that come back as Kangxi radicals are a Qt
    // limit the reader's NFKC undoes (TOOLCHAIN.md, pitfall 6).
    QVERIFY(!raw.contains(QRegularExpression(QStringLiteral("[\\x{FB00}-\\x{FB06}]"))));

    const QString fonts = run(QStringLiteral("pdffonts"), {path});
    QVERIFY2(fonts.contains(QStringLiteral("DejaVuSans ")) && fonts.contains(QStringLiteral("DejaVuSansMono ")),
             qPrintable(fonts));
    if (language == u"ja")
        QVERIFY2(fonts.contains(QStringLiteral("NotoSansCJKjp-Regular")), qPrintable(fonts));
}

void TestRunbook::pdfKeepsRowsAndHeadingsTogether_data()
{
    QTest::addColumn<QString>("cluster");
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("language");
    QTest::addRow("fleet, ja") << "fleet" << 36 << "ja";
    QTest::addRow("fleet, en") << "fleet" << 36 << "en";
    QTest::addRow("EKS, ja") << "prod-eks-tokyo" << 34 << "ja";
    QTest::addRow("OpenShift, en") << "ocp-factory" << 36 << "en";
}

void TestRunbook::pdfKeepsRowsAndHeadingsTogether()
{
    QFETCH(QString, cluster);
    QFETCH(int, target);
    QFETCH(QString, language);
    using Kind = RunbookWriter::PrintPiece::Kind;
    const QList<RunbookWriter::PrintPiece> pieces = RunbookWriter::pdfLayout(book(cluster, target, language));
    QVERIFY(pieces.size() > 20);
    const int pages = pieces.constLast().lastPage + 1;
    QVERIFY2(pages >= 4, "too short to tell anything about page breaks");
    int rowsOnLaterPages = 0;
    int headingsOnLaterPages = 0;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const RunbookWriter::PrintPiece &piece = pieces[i];
        const QString where = QStringLiteral("page %1: %2").arg(piece.firstPage + 1).arg(piece.text.left(80));
        switch (piece.kind) {
        case Kind::Heading:
            QVERIFY2(piece.firstPage == piece.lastPage, qPrintable(where));
            // Never the last line of its page: what it heads follows on the same page.
            QVERIFY2(i + 1 < pieces.size() && pieces[i + 1].firstPage == piece.lastPage, qPrintable(where));
            headingsOnLaterPages += piece.firstPage > 0;
            break;
        case Kind::CodeRow:
            // Long commands were cut and marked by the writer, not wrapped silently by the layout.
            QVERIFY2(!piece.wrappedByLayout, qPrintable(where));
            Q_FALLTHROUGH();
        case Kind::HeaderRow:
        case Kind::Row:
            QVERIFY2(piece.firstPage == piece.lastPage || piece.tallerThanPage, qPrintable(where));
            rowsOnLaterPages += piece.firstPage > 0;
            break;
        case Kind::Paragraph:
            // Whole too: Qt would draw its last line before the break again, clipped, on the next page.
            QVERIFY2(piece.firstPage == piece.lastPage || piece.tallerThanPage, qPrintable(where));
            break;
        }
    }
    QVERIFY(rowsOnLaterPages > 10 && headingsOnLaterPages > 5);

    // The contents give the page each section heading landed on.
    QMap<QString, QString> contents; // "2.1. Go/no-go" → "3"
    for (const RunbookWriter::PrintPiece &piece : pieces) {
        const QStringList cells = piece.text.split(u'\t');
        if (piece.kind == Kind::Row && cells.size() == 2)
            contents.insert(cells[0].trimmed(), cells[1]);
    }
    int sections = 0;
    for (const RunbookWriter::PrintPiece &piece : pieces) {
        if (piece.kind != Kind::Heading || (piece.headingLevel != 2 && piece.headingLevel != 3) ||
            !contents.contains(piece.text))
            continue;
        QCOMPARE(contents.value(piece.text), QString::number(piece.firstPage + 1));
        ++sections;
    }
    QVERIFY(sections >= 7);
}

void TestRunbook::commandsWrapWithAMark_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("columns");
    QTest::addColumn<QStringList>("expected");
    const QString mark(QChar(RunbookWriter::codeWrapMark));
    QTest::addRow("fits") << "kubectl get nodes" << 40 << QStringList{QStringLiteral("kubectl get nodes")};
    QTest::addRow("cut after a space") << "aws eks update-cluster-version --region ap-northeast-1 --name prod" << 41
                                       << QStringList{QStringLiteral("aws eks update-cluster-version --region ") + mark,
                                                      QStringLiteral("  ap-northeast-1 --name prod")};
    QTest::addRow("a long word cut inside")
        << "echo ip-10-20-21-9.ap-northeast-1.compute.internal" << 20
        << QStringList{QStringLiteral("echo ip-10-20-21-9.") + mark, QStringLiteral("  ap-northeast-1.co") + mark,
                       QStringLiteral("  mpute.internal")};
    QTest::addRow("wide characters count twice")
        << "# ノードを順に更新する kubectl" << 20
        << QStringList{QStringLiteral("# ノードを順に更新") + mark, QStringLiteral("  する kubectl")};
}

void TestRunbook::commandsWrapWithAMark()
{
    QFETCH(QString, line);
    QFETCH(int, columns);
    QFETCH(QStringList, expected);
    const QStringList lines = RunbookWriter::wrapCommand(line, columns);
    QCOMPARE(lines, expected);
    // Read back as the text test does: the mark and the line break and indent after it go.
    QCOMPARE(
        lines.join(u'\n').remove(QRegularExpression(QStringLiteral("%1\\s*").arg(QChar(RunbookWriter::codeWrapMark)))),
        line);
}

void TestRunbook::writesAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("runbook.md"));
    QFile keep(path);
    QVERIFY(keep.open(QIODevice::WriteOnly));
    keep.write("the reviewed version\n");
    keep.close();
    QString error;
    const Runbook book = buildRunbook(plan("dev-kind", {1, 36}), QStringLiteral("en"), m_today);
    QVERIFY(!RunbookWriter::write(book, dir.filePath(QStringLiteral("runbook.docx")), &error));
    QVERIFY(error.contains(QStringLiteral(".pdf, .html or .md")));
    QVERIFY(!RunbookWriter::write(book, dir.filePath(QStringLiteral("missing/dir/runbook.pdf")), &error));
    QVERIFY(error.contains(QStringLiteral("missing/dir/runbook.pdf")));
    QVERIFY(QFile::exists(path));
    QVERIFY(RunbookWriter::write(book, path, &error));
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().startsWith("# Upgrade runbook: dev-kind"));
}

void TestRunbook::nodePoolStepOncePerHop()
{
    // Workers on kubelet and kube-proxy 1.31 under a 1.34 control plane: both break the skew policy at 1.35,
    // and the pool is moved once.
    ClusterSnapshot s = *SnapshotFile::read(
        QStringLiteral(KIRIKAE_SOURCE_DIR "/resources/demo/snapshots/staging-kubeadm.yaml"), nullptr);
    for (NodeInfo &node : s.nodes) {
        if (node.roles.contains(u"control-plane"))
            continue;
        node.kubeletVersion = QStringLiteral("v1.31.4");
        node.kubeProxyVersion = QStringLiteral("v1.31.4");
    }
    PlanRequest r;
    r.snapshot = s;
    r.target = {1, 36};
    r.today = m_today;
    QString error;
    const auto p = planUpgrade(r, m_catalogs, &error);
    QVERIFY2(p, qPrintable(error));
    bool bothComponents = false;
    for (const PlanHop &hop : p->hops) {
        QStringList components;
        for (const SkewCheck &c : hop.nodesFirst)
            components << c.component;
        bothComponents = bothComponents || (components.contains(u"kubelet") && components.contains(u"kube-proxy"));
    }
    QVERIFY(bothComponents);
    const QString md = RunbookWriter::toMarkdown(buildRunbook(*p, QStringLiteral("en"), m_today));
    QStringList titles;
    for (const QString &line : md.split(u'\n')) {
        if (line.contains(u"Upgrade node pool")) {
            QVERIFY2(!titles.contains(line), qPrintable(line));
            titles << line;
        }
    }
    QVERIFY(!titles.isEmpty());
}

void TestRunbook::operatorChecksOnlyWithOlm()
{
    const QString withOlm =
        RunbookWriter::toMarkdown(buildRunbook(plan("ocp-factory", {1, 29}), QStringLiteral("en"), m_today));
    QVERIFY(withOlm.contains(u"kubectl get csv -A"));
    const QString without =
        RunbookWriter::toMarkdown(buildRunbook(plan("aks-payments", {1, 34}), QStringLiteral("en"), m_today));
    QVERIFY(!without.contains(u"kubectl get csv"));
}

QTEST_MAIN(TestRunbook)
#include "tst_runbook.moc"
