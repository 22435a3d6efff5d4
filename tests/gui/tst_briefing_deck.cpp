// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppProcess.h"
#include "DashboardState.h"
#include "GuiSession.h"
#include "ShellFixture.h"
#include "export/ExportActions.h"
#include "export/ExportDialog.h"
#include "TestSupport.h"
#include "export/BriefingDeck.h"
#include "export/ExportContext.h"
#include "export/pptx/PptxBuiltInParts.h"
#include "export/pptx/PptxTemplate.h"
#include "slides/SlideFactory.h"
#include "store/SqliteConnection.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>
#include <QXmlStreamReader>

using namespace kai;
using namespace kai::ui;
using domain::Language;

namespace {
const QDate AsOf(2026, 11, 29);
const QString Confidential = QStringLiteral("87.6");  // planted as a confidential total
const QString Illustrative = QStringLiteral("91.3");  // planted as an illustrative total
const QByteArray TemplateSlideText = "THE TEMPLATE'S OWN SLIDE";

QMap<QString, QByteArray> unzip(const QString &path)
{
    QMap<QString, QByteArray> parts;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return parts;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        file.open(QIODevice::ReadOnly);
        parts.insert(zip.getCurrentFileName(), file.readAll());
    }
    return parts;
}

QStringList slideParts(const QMap<QString, QByteArray> &parts, const QString &folder = QStringLiteral("ppt/slides/slide"))
{
    QStringList names;
    for (int n = 1; parts.contains(QStringLiteral("%1%2.xml").arg(folder).arg(n)); ++n)
        names << QStringLiteral("%1%2.xml").arg(folder).arg(n);
    return names;
}

// The text of the shape holding a placeholder of one of these types.
QString placeholderText(const QByteArray &xml, const QStringList &types)
{
    QXmlStreamReader reader(xml);
    bool inShape = false;
    bool matches = false;
    QString text;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("sp")) {
            inShape = true;
            matches = false;
            text.clear();
        } else if (inShape && reader.isStartElement() && reader.name() == QLatin1String("ph")) {
            matches = types.contains(reader.attributes().value(QLatin1String("type")).toString());
        } else if (inShape && reader.isStartElement() && reader.name() == QLatin1String("t")) {
            text += reader.readElementText();
        } else if (reader.isEndElement() && reader.name() == QLatin1String("sp")) {
            if (matches)
                return text;
            inShape = false;
        }
    }
    return {};
}

// descr of every picture and table frame: empty strings included, so a missing one shows.
QStringList figureDescriptions(const QByteArray &xml)
{
    QStringList result;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("cNvPr")) {
            const QString name = reader.attributes().value(QLatin1String("name")).toString();
            if (name == QLatin1String("Figure") || name == QLatin1String("Table"))
                result << reader.attributes().value(QLatin1String("descr")).toString();
        }
    }
    return result;
}

QByteArray logoPng()
{
    QImage logo(96, 48, QImage::Format_ARGB32);
    logo.fill(QColor(0xC6, 0x0C, 0x30));
    for (int x = 0; x < 96; x += 8)
        logo.setPixelColor(x, 24, Qt::white);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    logo.save(&buffer, "PNG");
    return buffer.data();
}

// A ministry-like template made from the built-in one: a logo on its master, another accent
// colour, and one slide of its own that the deck must drop.
void writeTemplate(const QString &path, bool potx)
{
    PptxPackage package = PptxBuiltInParts::package();
    const QString master = QStringLiteral("ppt/slideMasters/slideMaster1.xml");
    const QString rel = package.relate(master, PptxPackage::typeUri(QStringLiteral("image")), QStringLiteral("ppt/media/logo.png"));
    package.addPart(QStringLiteral("ppt/media/logo.png"), logoPng());
    const QByteArray logo = QStringLiteral(
        R"(<p:pic><p:nvPicPr><p:cNvPr id="20" name="Ministry Logo" descr="Ministry logo"/><p:cNvPicPr/><p:nvPr userDrawn="1"/></p:nvPicPr><p:blipFill><a:blip r:embed="%1"/><a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr><a:xfrm><a:off x="10668000" y="152400"/><a:ext cx="1219200" cy="609600"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic></p:spTree>)").arg(rel).toUtf8();
    package.addPart(master, package.part(master).replace("</p:spTree>", logo));
    const QString theme = QStringLiteral("ppt/theme/theme1.xml");
    package.addPart(theme, package.part(theme).replace("0072B2", "C60C30").replace("name=\"K-AI Dashboard\"", "name=\"Ministry\""));
    // Its own slide, listed in the presentation.
    const QString slide = QStringLiteral("ppt/slides/slide1.xml");
    package.addPart(slide, QByteArray(R"(<?xml version="1.0" encoding="UTF-8"?><p:sld xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/><p:sp><p:nvSpPr><p:cNvPr id="2" name="Title"/><p:cNvSpPr/><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:p><a:r><a:t>)") + TemplateSlideText + R"(</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>)",
                    QStringLiteral("application/vnd.openxmlformats-officedocument.presentationml.slide+xml"));
    package.relate(slide, PptxPackage::typeUri(QStringLiteral("slideLayout")), QStringLiteral("ppt/slideLayouts/slideLayout2.xml"));
    const QString presentation = QStringLiteral("ppt/presentation.xml");
    const QString slideRel = package.relate(presentation, PptxPackage::typeUri(QStringLiteral("slide")), slide);
    package.addPart(presentation, package.part(presentation).replace(
        "<p:sldSz", QStringLiteral(R"(<p:sldIdLst><p:sldId id="256" r:id="%1"/></p:sldIdLst><p:sldSz)").arg(slideRel).toUtf8()),
        QStringLiteral("application/vnd.openxmlformats-officedocument.presentationml.%1.main+xml")
            .arg(potx ? QStringLiteral("template") : QStringLiteral("presentation")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(package.write(file, QDateTime(AsOf, QTime(0, 0), QTimeZone::utc())));
}

std::unique_ptr<ExportContext> makeContext(const test::SampleDatabase &sample, Language language, ExportProfile profile)
{
    return std::make_unique<ExportContext>(sample.open(true), ExportContext::Options{AsOf, language, profile});
}

// Everything a reader of the file can see: slides and notes.
QString visibleText(const QMap<QString, QByteArray> &parts)
{
    QString text;
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("ppt/slides/")) || it.key().startsWith(QLatin1String("ppt/notesSlides/")))
            text += QString::fromUtf8(it.value());
    }
    return text;
}
} // namespace

class TestBriefingDeck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTemporaryDir m_out;
    test::SampleDatabase *m_sample = nullptr;

    QString out(const QString &name) const { return m_out.filePath(name); }
    test::AppRun exportDeck(const QStringList &extra) const
    {
        return test::runApp(QStringList{QStringLiteral("export"), QStringLiteral("--db"), m_sample->path(),
                                        QStringLiteral("--view"), QStringLiteral("deck"), QStringLiteral("--as-of"),
                                        AsOf.toString(Qt::ISODate)} + extra,
                            m_home.path());
    }

private slots:
    void initTestCase()
    {
        test::enterTestMode();
        app::GuiSession::applyApplicationFont();
        m_sample = new test::SampleDatabase;
    }

    void cleanupTestCase() { delete m_sample; }

    void deckFollowsThePackOrder()
    {
        const auto context = makeContext(*m_sample, Language::Korean, ExportProfile::Internal);
        const PptxTemplate base = PptxTemplate::builtIn();
        const BriefingDeck deck(*context, base);
        const QVector<PptxSlide> &slides = deck.slides();
        QVERIFY(slides.first().titleSlide);
        QCOMPARE(slides.first().headline, context->state().snapshot().program.name.in(Language::Korean));
        // One slide (or more, for continued tables) per composition, in the pack's order.
        QStringList titles;
        for (const auto &slide : SlideFactory::deckSlides(context->state()))
            titles << slide->headline();
        int at = 1;
        for (const QString &headline : titles) {
            while (at < slides.size() && slides[at].headline != headline)
                ++at;
            QVERIFY2(at < slides.size(), qPrintable(headline));
        }
        QVERIFY(slides.size() >= 1 + titles.size() + 1);
        // The sources close the deck as an editable table of publishers and addresses.
        const PptxSlide &sources = slides.last();
        QVERIFY(sources.table.has_value());
        QVERIFY(!sources.table->rows.rows.isEmpty());
        QVERIFY(sources.table->rows.rows.first().last().startsWith(QLatin1String("http")));
    }

    // A chart with nothing to show yet is left out of the deck and the pack instead of filling a page
    // with "no data" (the sample ranks one round only, so there is no rank movement to draw);
    // exported on its own, its slide still says why it is empty.
    void slidesWithNothingToShowAreLeftOut()
    {
        const auto context = makeContext(*m_sample, Language::English, ExportProfile::Internal);
        const auto ranks = SlideFactory::create(*SlideTarget::parse(QStringLiteral("rounds-ranks")), context->state());
        QVERIFY(ranks);
        QVERIFY(!ranks->hasContent());
        QCOMPARE(ranks->headline(), QStringLiteral("No consortium has been ranked in two rounds yet"));
        const auto slides = SlideFactory::deckSlides(context->state());
        QCOMPARE(qsizetype(slides.size()), SlideFactory::deck(context->state()).size() - 1);
        const BriefingDeck deck(*context, PptxTemplate::builtIn());
        for (const PptxSlide &slide : deck.slides())
            QVERIFY(slide.headline != ranks->headline());
    }

    // The Korean and English decks correspond slide by slide, as the packs do page by page: the same
    // slides in the same order, and each table split at the same rows (the deck used to measure each
    // language alone, so a long table could break a row earlier in Korean).
    void deckSlidesCorrespondAcrossLanguages_data()
    {
        QTest::addColumn<QDate>("asOf");
        QTest::newRow("early") << QDate(2025, 9, 1);
        QTest::newRow("late") << QDate(2026, 11, 30);
    }

    void deckSlidesCorrespondAcrossLanguages()
    {
        QFETCH(QDate, asOf);
        const PptxTemplate base = PptxTemplate::builtIn();
        QStringList shapes[2];
        int tableRows = 0;
        for (int i = 0; i < 2; ++i) {
            const Language language = i == 0 ? Language::Korean : Language::English;
            const ExportContext context(m_sample->open(true), ExportContext::Options{asOf, language, ExportProfile::Internal});
            const BriefingDeck deck(context, base);
            for (const PptxSlide &slide : deck.slides()) {
                // A table page by its rows and their first cells when these are codes (the sources' S1…).
                QString shape = slide.table ? QStringLiteral("table:%1").arg(slide.table->rows.rows.size())
                                            : slide.titleSlide ? QStringLiteral("title") : QStringLiteral("picture");
                if (slide.table && !slide.table->rows.rows.isEmpty()
                    && slide.table->rows.rows.first().first().startsWith(QLatin1Char('S')))
                    shape += QLatin1Char(':') + slide.table->rows.rows.first().first() + QLatin1Char('-')
                        + slide.table->rows.rows.last().first();
                shapes[i] << shape;
                if (i == 0 && slide.table)
                    tableRows += int(slide.table->rows.rows.size());
            }
        }
        QVERIFY(tableRows > 20);
        QCOMPARE(shapes[1], shapes[0]);
    }

    void deckIsAValidPackage()
    {
        const QString path = out(QStringLiteral("deck-ko.pptx"));
        const test::AppRun run = exportDeck({QStringLiteral("--lang"), QStringLiteral("ko"), QStringLiteral("--out"), path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
            QSKIP("unzip is not installed");
        QProcess unzipTest;
        unzipTest.start(QStringLiteral("unzip"), {QStringLiteral("-t"), path});
        QVERIFY(unzipTest.waitForFinished(60000));
        QVERIFY2(unzipTest.exitCode() == 0, unzipTest.readAllStandardOutput().constData());

        // The same data and options give the same bytes.
        const QString again = out(QStringLiteral("deck-ko-again.pptx"));
        QCOMPARE(exportDeck({QStringLiteral("--lang"), QStringLiteral("ko"), QStringLiteral("--out"), again}).exitCode, 0);
        QCOMPARE(test::fileHash(again), test::fileHash(path));
    }

    void everySlideHasATitleAltTextAndTheStamp()
    {
        const QString path = out(QStringLiteral("deck.pptx"));
        const test::AppRun run = exportDeck({QStringLiteral("--lang"), QStringLiteral("both"), QStringLiteral("--out"), path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const auto korean = unzip(out(QStringLiteral("deck_ko.pptx")));
        const auto english = unzip(out(QStringLiteral("deck_en.pptx")));
        const QStringList slides = slideParts(korean);
        QVERIFY(slides.size() > 10);
        // Bilingual twins: the same slides, pictures and tables in the same places.
        QCOMPARE(slideParts(english), slides);
        int pictures = 0;
        int tables = 0;
        for (const QString &slide : slides) {
            for (const auto *parts : {&korean, &english}) {
                const QByteArray xml = parts->value(slide);
                QVERIFY2(!placeholderText(xml, {QStringLiteral("title"), QStringLiteral("ctrTitle")}).isEmpty(), qPrintable(slide));
                for (const QString &description : figureDescriptions(xml))
                    QVERIFY2(description.size() > 10, qPrintable(slide));
                const QString footer = placeholderText(xml, {QStringLiteral("ftr")});
                QVERIFY2(footer.contains(parts == &korean ? QStringLiteral("데이터 체크섬") : QStringLiteral("Data checksum")),
                         qPrintable(footer));
                const QString notes = QString::fromUtf8(parts->value(QString(slide).replace(QLatin1String("slides/slide"), QLatin1String("notesSlides/notesSlide"))));
                QVERIFY2(notes.contains(footer.left(20)), qPrintable(slide));
            }
            QCOMPARE(figureDescriptions(english.value(slide)).size(), figureDescriptions(korean.value(slide)).size());
            pictures += korean.value(slide).count("<p:pic>");
            tables += korean.value(slide).count("<a:tbl>");
            QCOMPARE(english.value(slide).count("<a:tbl>"), korean.value(slide).count("<a:tbl>"));
            // Continued tables break at the same rows in both files.
            QCOMPARE(english.value(slide).count("<a:tr "), korean.value(slide).count("<a:tr "));
        }
        QVERIFY(pictures >= 7);  // every chart of the deck; rank movement waits for a second ranked round
        QVERIFY(tables >= 3);
        // Tables name a Hangul font; pictures are at twice the slide's size (1920 design pixels wide).
        QVERIFY(korean.value(slides.last()).contains("<a:ea typeface=\"NanumGothic\""));
        // The sources' addresses are links.
        QVERIFY(korean.value(slides.last()).contains("<a:hlinkClick r:id="));
        const QString sourcesRels = QString(slides.last()).replace(QLatin1String("slides/"), QLatin1String("slides/_rels/")) + QLatin1String(".rels");
        QVERIFY(korean.value(sourcesRels).contains("TargetMode=\"External\""));
        for (auto it = korean.cbegin(); it != korean.cend(); ++it) {
            if (it.key().startsWith(QLatin1String("ppt/media/kai-figure"))) {
                const QImage picture = QImage::fromData(it.value(), "PNG");
                QVERIFY(picture.width() > 1920 * 2 * 8 / 10);
                QVERIFY(picture.width() <= 1920 * 2);
            }
        }
    }

    void templateMasterIsUsedAndItsSlidesDropped_data()
    {
        QTest::addColumn<bool>("potx");
        QTest::newRow("pptx") << false;
        QTest::newRow("potx") << true;
    }

    void templateMasterIsUsedAndItsSlidesDropped()
    {
        QFETCH(bool, potx);
        const QString templatePath = out(potx ? QStringLiteral("ministry.potx") : QStringLiteral("ministry.pptx"));
        writeTemplate(templatePath, potx);
        const QString path = out(QStringLiteral("on-template.pptx"));
        const test::AppRun run = exportDeck({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--template"),
                                             templatePath, QStringLiteral("--out"), path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const auto parts = unzip(path);
        QVERIFY(parts.value(QStringLiteral("ppt/slideMasters/slideMaster1.xml")).contains("Ministry Logo"));
        QCOMPARE(parts.value(QStringLiteral("ppt/media/logo.png")), logoPng());
        QVERIFY(parts.value(QStringLiteral("ppt/theme/theme1.xml")).contains("C60C30"));
        QVERIFY(parts.value(QStringLiteral("[Content_Types].xml")).contains("presentationml.presentation.main+xml"));
        QVERIFY(!parts.value(QStringLiteral("[Content_Types].xml")).contains("template.main"));
        for (const QByteArray &part : parts)
            QVERIFY(!part.contains(TemplateSlideText));
        // Every composition is there; the template's taller title may continue a table once more.
        QVERIFY(slideParts(parts).size() >= slideParts(unzip(out(QStringLiteral("deck_en.pptx")))).size());
        QCOMPARE(QString::fromUtf8(parts.value(QStringLiteral("ppt/presentation.xml"))).count(QStringLiteral("<p:sldId ")),
                 slideParts(parts).size());
    }

    void brokenTemplateIsRefusedAndNothingWritten_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << QByteArray("this is not a presentation\n");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("zip without presentation") << QByteArray();  // filled below
    }

    void brokenTemplateIsRefusedAndNothingWritten()
    {
        QFETCH(QByteArray, content);
        const QString templatePath = out(QStringLiteral("broken.pptx"));
        QFile::remove(templatePath);
        if (QByteArray(QTest::currentDataTag()) == "zip without presentation") {
            QuaZip zip(templatePath);
            QVERIFY(zip.open(QuaZip::mdCreate));
            QuaZipFile file(&zip);
            QVERIFY(file.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("word/document.xml"))));
            file.write("<document/>");
            file.close();
            zip.close();
        } else {
            test::writeFile(templatePath, content);
        }
        const QString path = out(QStringLiteral("refused.pptx"));
        const test::AppRun run = exportDeck({QStringLiteral("--lang"), QStringLiteral("both"), QStringLiteral("--template"),
                                             templatePath, QStringLiteral("--out"), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("is not a PowerPoint presentation or template")), qPrintable(run.err));
        QVERIFY(run.err.contains(QLatin1String("broken.pptx")));
        QVERIFY(!QFile::exists(out(QStringLiteral("refused_ko.pptx"))));
        QVERIFY(!QFile::exists(out(QStringLiteral("refused_en.pptx"))));
    }

    void otherFormatsAndTemplatesElsewhereAreRefused()
    {
        QCOMPARE(exportDeck({QStringLiteral("--out"), out(QStringLiteral("deck.pdf"))}).exitCode, 2);
        QCOMPARE(exportDeck({QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), out(QStringLiteral("d.pptx"))}).exitCode, 2);
        const test::AppRun view = test::runApp({QStringLiteral("export"), QStringLiteral("--db"), m_sample->path(),
                                                QStringLiteral("--view"), QStringLiteral("overview"), QStringLiteral("--template"),
                                                out(QStringLiteral("x.pptx")), QStringLiteral("--out"), out(QStringLiteral("o.png"))},
                                               m_home.path());
        QCOMPARE(view.exitCode, 2);
        QVERIFY(!QFile::exists(out(QStringLiteral("o.png"))));
    }

    void windowExportsTheDeckFromTheFileMenu()
    {
        test::ShellFixture shell(*m_sample, Language::Korean, AsOf);
        QAction *action = shell.window->findChild<QAction *>(QStringLiteral("exportBriefingDeck"));
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("브리핑 슬라이드 내보내기(&D)…"));
        bool inFileMenu = false;
        for (QAction *menu : shell.window->menuBar()->actions())
            inFileMenu = inFileMenu || (menu->menu() && menu->menu()->actions().contains(action));
        QVERIFY(inFileMenu);
        const QString templatePath = out(QStringLiteral("window-template.pptx"));
        writeTemplate(templatePath, false);
        ExportDialog dialog(ExportDialog::Mode::Deck);
        dialog.setTemplatePath(templatePath);
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("exportTemplate")));
        QCOMPARE(dialog.templatePath(), QDir::toNativeSeparators(templatePath));

        // Twins from the window, on the template written above, and a broken template refused.
        const QString path = out(QStringLiteral("window.pptx"));
        QCOMPARE(shell.window->exportActions()->exportDeck(ExportProfile::Internal, templatePath,
                                                           path, true),
                 QString());
        QVERIFY(unzip(out(QStringLiteral("window_ko.pptx"))).value(QStringLiteral("ppt/slideMasters/slideMaster1.xml")).contains("Ministry Logo"));
        QVERIFY(unzip(out(QStringLiteral("window_en.pptx"))).contains(QStringLiteral("ppt/media/logo.png")));
        const QString broken = test::writeFile(out(QStringLiteral("not-a-deck.potx")), "plain text");
        const QString refused = out(QStringLiteral("refused-window.pptx"));
        QVERIFY(shell.window->exportActions()->exportDeck(ExportProfile::Press, broken, refused, false).contains(QLatin1String("not-a-deck.potx")));
        QVERIFY(!QFile::exists(refused));
    }

    void pressDeckHasNoConfidentialOrIllustrativeFigure()
    {
        test::SampleDatabase sample;
        {
            auto database = sample.open();
            database->connection().execute(QStringLiteral(
                // A real figure the office holds (published source), so press says "Confidential", not "Not published".
                "UPDATE round_result SET total_score = 87.6, total_source_id = (SELECT id FROM source WHERE code = 'S37') WHERE id = "
                "(SELECT min(id) FROM round_result WHERE total_is_confidential = 1 AND total_score IS NOT NULL)"));
            // Another team of the same round gets a total from an illustrative sample.
            database->connection().execute(QStringLiteral(
                "UPDATE round_result SET total_score = 91.3, total_is_confidential = 0, "
                "total_source_id = (SELECT min(id) FROM source WHERE confidence = 'I') WHERE id = "
                "(SELECT min(r.id) FROM round_result r JOIN round_result c ON c.stage_id = r.stage_id "
                " WHERE c.total_is_confidential = 1 AND c.total_score = 87.6 AND r.id <> c.id)"));
        }
        const PptxTemplate base = PptxTemplate::builtIn();
        const auto write = [&](ExportProfile profile, const QString &name) {
            const auto context = makeContext(sample, Language::English, profile);
            const QString path = out(name);
            const QString error = BriefingDeck(*context, base).write(path);
            return error.isEmpty() ? visibleText(unzip(path)) : error;
        };
        const QString internal = write(ExportProfile::Internal, QStringLiteral("internal.pptx"));
        QVERIFY2(internal.contains(Confidential), "the internal deck shows the planted confidential total");
        QVERIFY2(internal.contains(Illustrative), "the internal deck shows the planted illustrative total");
        QVERIFY(internal.contains(QLatin1String("Illustrative sample data")));
        const QString press = write(ExportProfile::Press, QStringLiteral("press.pptx"));
        QVERIFY2(!press.contains(Confidential), "no confidential figure in slides, tables, alt text or notes");
        QVERIFY2(!press.contains(Illustrative), "no illustrative figure in slides, tables, alt text or notes");
        QVERIFY(press.contains(QLatin1String("Confidential")));
        QVERIFY(press.contains(QLatin1String("Press")));  // the stamp names the profile
        QVERIFY(!press.contains(QLatin1String("What-if")));
    }
};

QTEST_MAIN(TestBriefingDeck)
#include "tst_briefing_deck.moc"
