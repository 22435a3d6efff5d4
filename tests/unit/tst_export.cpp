// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardState.h"
#include "GuiSession.h"
#include "TestSupport.h"
#include "export/AtomicFileWriter.h"
#include "export/BriefingPack.h"
#include "slides/SlideFactory.h"
#include "export/ExportContext.h"
#include "export/ExportLanguageScope.h"
#include "export/ExportRenderer.h"
#include "export/ViewFactory.h"
#include "items/RoundResultTableModel.h"
#include "store/DatabaseFingerprint.h"
#include "store/SqliteConnection.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

using namespace kai;
using namespace kai::ui;
using domain::Language;

Q_DECLARE_METATYPE(kai::ui::ViewId)
Q_DECLARE_METATYPE(kai::domain::Language)
Q_DECLARE_METATYPE(kai::ui::ExportFormat)

namespace {
using kai::test::readFile;
QString svgText(const QByteArray &svg)
{
    QString text = QString::fromUtf8(svg);
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

const QDate AsOf(2026, 6, 1);  // after phase 1 was announced: confidential scores exist
const QString Planted = QStringLiteral("87.6");

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

// Page objects of a PDF, not the page tree ("/Type /Pages").
int pdfPageCount(const QByteArray &pdf)
{
    int count = 0;
    for (qsizetype at = pdf.indexOf("/Type /Page"); at >= 0; at = pdf.indexOf("/Type /Page", at + 1)) {
        if (pdf.mid(at + 11, 1) != "s")
            ++count;
    }
    return count;
}

std::unique_ptr<ExportContext> makeContext(const test::SampleDatabase &sample, Language language,
                                           ExportProfile profile = ExportProfile::Internal)
{
    return std::make_unique<ExportContext>(sample.open(true), ExportContext::Options{AsOf, language, profile});
}
} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private:
    test::SampleDatabase *m_sample = nullptr;
    QTemporaryDir m_out;

    QString outPath(const QString &name) const { return m_out.filePath(name); }

private slots:
    void initTestCase()
    {
        test::enterTestMode();
        app::GuiSession::applyApplicationFont();
        m_sample = new test::SampleDatabase;
        QVERIFY(m_out.isValid());
    }

    // An English export answers with the source text, except the singular forms of %n strings.
    void englishExportsAgreeWithTheirCount()
    {
        const ui::ExportLanguageScope english(domain::Language::English);
        QCOMPARE(QCoreApplication::translate("OverviewSlide", "%n teams remain", nullptr, 1), QStringLiteral("1 team remains"));
        QCOMPARE(QCoreApplication::translate("OverviewSlide", "%n teams remain", nullptr, 4), QStringLiteral("4 teams remain"));
        const ui::ExportLanguageScope korean(domain::Language::Korean);
        QVERIFY(QCoreApplication::translate("OverviewSlide", "%n teams remain", nullptr, 1).contains(QStringLiteral("팀")));
    }

    void cleanupTestCase() { delete m_sample; }

    void everyViewExportsInBothLanguagesToEachFormat_data()
    {
        QTest::addColumn<ViewId>("view");
        QTest::addColumn<Language>("language");
        QTest::addColumn<ExportFormat>("format");
        for (int view = 0; view < ViewCount; ++view) {
            for (const Language language : {Language::Korean, Language::English}) {
                for (const ExportFormat format : {ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf}) {
                    const QByteArray name = (ViewFactory::key(ViewId(view)) + QLatin1Char('-')
                                             + (language == Language::Korean ? QLatin1String("ko") : QLatin1String("en"))
                                             + QLatin1Char('.') + ExportSettings::suffix(format))
                                                .toUtf8();
                    QTest::newRow(name.constData()) << ViewId(view) << language << format;
                }
            }
        }
    }

    void everyViewExportsInBothLanguagesToEachFormat()
    {
        QFETCH(ViewId, view);
        QFETCH(Language, language);
        QFETCH(ExportFormat, format);
        const auto context = makeContext(*m_sample, language);
        ExportSettings settings;
        settings.format = format;
        settings.size = QSize(1280, 720);
        const QString path = outPath(QString::fromUtf8(QTest::currentDataTag()));
        QCOMPARE(context->exportView(view, settings, path), QString());
        const QByteArray bytes = readFile(path);
        QVERIFY(bytes.size() > 1000);
        const QString languageName = language == Language::Korean ? QStringLiteral("한국어") : QStringLiteral("English");
        switch (format) {
        case ExportFormat::Png: {
            const QImage image(path);
            QCOMPARE(image.size(), QSize(1280, 720));
            QVERIFY(distinctColours(image) > 16);
            break;
        }
        case ExportFormat::Svg:
            QVERIFY(bytes.contains("<svg"));
            QVERIFY2(bytes.contains("font-family=\"NanumGothic\""), "SVG must name the pinned Korean font");
            QVERIFY(bytes.contains(languageName.toUtf8()));  // the stamp names the language
            // The generator splits text where the script changes (Hangul, digits, Latin): compare the
            // text content with the markup between the pieces taken out.
            QVERIFY2(svgText(bytes).contains(context->checksum()), qPrintable(context->checksum()));
            break;
        case ExportFormat::Pdf:
            QVERIFY(bytes.startsWith("%PDF"));
            QCOMPARE(pdfPageCount(bytes), 1);
            QVERIFY2(bytes.contains("/FontFile"), "PDF fonts must be embedded");
            break;
        case ExportFormat::Xlsx:  // tables, tested in tst_xlsx_export
            QVERIFY(bytes.startsWith("PK"));
            break;
        }
    }

    void pngSizeIsSizeTimesScale_data()
    {
        QTest::addColumn<int>("scale");
        QTest::newRow("1x") << 1;
        QTest::newRow("2x") << 2;
        QTest::newRow("3x") << 3;
    }

    void pngSizeIsSizeTimesScale()
    {
        QFETCH(int, scale);
        const auto context = makeContext(*m_sample, Language::English);
        ExportSettings settings;
        settings.size = QSize(800, 450);
        settings.scale = scale;
        const QString path = outPath(QStringLiteral("scaled-%1.png").arg(scale));
        QCOMPARE(context->exportView(ViewId::Rounds, settings, path), QString());
        const QImage image(path);
        QCOMPARE(image.size(), QSize(800 * scale, 450 * scale));
        QVERIFY(distinctColours(image) > 16);
    }

    void samePictureForTheSameData()
    {
        ExportSettings settings;
        settings.size = QSize(1280, 720);
        settings.scale = 2;
        const QString first = outPath(QStringLiteral("same-1.png"));
        const QString second = outPath(QStringLiteral("same-2.png"));
        QCOMPARE(makeContext(*m_sample, Language::Korean)->exportView(ViewId::Overview, settings, first), QString());
        QCOMPARE(makeContext(*m_sample, Language::Korean)->exportView(ViewId::Overview, settings, second), QString());
        QCOMPARE(test::fileHash(first), test::fileHash(second));
    }

    void exportUsesTheAsOfDateAsToday()
    {
        const auto context = makeContext(*m_sample, Language::English);
        QCOMPARE(context->state().asOf(), AsOf);
        QCOMPARE(context->state().today(), AsOf);
    }

    void briefingPackHasCoverViewsAndSources()
    {
        const auto context = makeContext(*m_sample, Language::Korean, ExportProfile::Press);
        const BriefingPack pack(*context);
        const int sources = int(context->state().snapshot().sources.size());
        QVERIFY(sources > 0);
        // The cover, every view and chart with something to show (some over continuation pages), then
        // the sources.
        const int slides = int(SlideFactory::deckSlides(context->state()).size());
        QVERIFY(slides >= ViewCount);
        QVERIFY(pack.pageCount() >= 1 + slides + pack.sourcePageCount());
        const QString path = outPath(QStringLiteral("pack.pdf"));
        QCOMPARE(pack.write(path), QString());
        const QByteArray pdf = readFile(path);
        QCOMPARE(pdfPageCount(pdf), pack.pageCount());
        QVERIFY(pdf.contains("/FontFile"));
    }

    void pressModeHidesAPlantedConfidentialScore()
    {
        test::SampleDatabase sample;
        {
            auto database = sample.open();
            database->connection().execute(QStringLiteral(
                // A real figure the office holds (published source), so press says "Confidential", not "Not published".
                "UPDATE round_result SET total_score = 87.6, total_source_id = (SELECT id FROM source WHERE code = 'S37') WHERE id = "
                "(SELECT min(id) FROM round_result WHERE total_is_confidential = 1 AND total_score IS NOT NULL)"));
        }
        ExportSettings settings;
        settings.format = ExportFormat::Svg;
        settings.size = QSize(1920, 2400);  // tall enough that every result row is drawn
        const QString internalPath = outPath(QStringLiteral("rounds-internal.svg"));
        const QString pressPath = outPath(QStringLiteral("rounds-press.svg"));
        QCOMPARE(makeContext(sample, Language::English)->exportView(ViewId::Rounds, settings, internalPath), QString());
        QCOMPARE(makeContext(sample, Language::English, ExportProfile::Press)->exportView(ViewId::Rounds, settings, pressPath),
                 QString());
        QVERIFY2(svgText(readFile(internalPath)).contains(Planted), "the internal export shows the planted score");
        const QByteArray press = readFile(pressPath);
        QVERIFY2(!svgText(press).contains(Planted), "the press export must not contain the confidential score");
        QVERIFY(press.contains("Confidential"));
        QVERIFY(press.contains("Press"));  // the stamp names the profile

        // The PDF's text streams are compressed; the models it draws are what press mode masks.
        const auto context = makeContext(sample, Language::English, ExportProfile::Press);
        RoundResultTableModel model(context->state());
        QAbstractItemModelTester tester(&model);
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(SnapshotTableModel::SortRole)})
                    QVERIFY(!model.index(row, column).data(role).toString().contains(Planted));
            }
        }
        const QString packPath = outPath(QStringLiteral("press-pack.pdf"));
        QCOMPARE(BriefingPack(*context).write(packPath), QString());
    }

    void pressModeIsAnnouncedAndMasksLive()
    {
        test::SampleDatabase sample;
        DashboardState state;
        state.setAsOf(AsOf);
        state.setDatabase(sample.open(true));
        RoundResultTableModel model(state);
        QSignalSpy spy(&state, &DashboardState::pressModeChanged);
        int confidentialRow = -1;
        for (int row = 0; row < model.rowCount() && confidentialRow < 0; ++row) {
            if (model.index(row, RoundResultTableModel::TotalColumn).data(SnapshotTableModel::ConfidentialRole).toBool())
                confidentialRow = row;
        }
        QVERIFY(confidentialRow >= 0);
        const QModelIndex total = model.index(confidentialRow, RoundResultTableModel::TotalColumn);
        QVERIFY(total.data().toString().at(0).isDigit());
        state.setPressMode(true);
        QCOMPARE(spy.count(), 1);
        const QModelIndex masked = model.index(confidentialRow, RoundResultTableModel::TotalColumn);
        QVERIFY(!masked.data().toString().at(0).isDigit());
        QVERIFY(masked.data(SnapshotTableModel::ConfidentialRole).toBool());
    }

    void watermarkAppearsExactlyWhenIllustrative()
    {
        QLabel label(QStringLiteral("Official figure 42"));
        ExportRenderer::layOut(label, ExportRenderer::contentSize(QSize(800, 450)));
        ExportSettings settings;
        settings.format = ExportFormat::Svg;
        settings.size = QSize(800, 450);
        // SVG text runs split by script: look for the Korean half of the bilingual mark.
        const QByteArray banner = QStringLiteral("예시 데이터").toUtf8();
        QVERIFY(ProvenanceStamp::illustrativeBanner().contains(QString::fromUtf8(banner)));
        ProvenanceStamp stamp;
        stamp.title = QStringLiteral("Test");
        stamp.asOf = AsOf;
        for (const bool illustrative : {false, true}) {
            stamp.illustrative = illustrative;
            const QString path = outPath(QStringLiteral("watermark-%1.svg").arg(illustrative));
            QCOMPARE(ExportRenderer::write(ExportPage::forWidget(label, stamp), settings, path), QString());
            const QByteArray svg = readFile(path);
            QVERIFY(svg.contains("Official figure 42"));
            QCOMPARE(svg.count(banner) >= 2, illustrative);  // the diagonal mark and the banner
            QCOMPARE(svg.contains(banner), illustrative);
        }

        // A real view that shows sample figures carries the watermark.
        const auto context = makeContext(*m_sample, Language::English);
        const auto overview = context->createView(ViewId::Overview, QSize(1280, 720));
        QVERIFY(overview->showsIllustrativeData());
        const QString path = outPath(QStringLiteral("overview-watermark.svg"));
        QCOMPARE(context->exportView(ViewId::Overview, settings, path), QString());
        QVERIFY(readFile(path).contains(banner));
    }

    void failedWriteKeepsTheOlderFile()
    {
        const QString path = outPath(QStringLiteral("keep.png"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("older export");
        }
        const QStringList before = QDir(m_out.path()).entryList(QDir::Files);
        QVERIFY(!AtomicFileWriter::write(path, [](QIODevice &device) {
                     device.write("half a file");
                     return false;
                 }).isEmpty());
        QCOMPARE(readFile(path), QByteArray("older export"));
        QCOMPARE(QDir(m_out.path()).entryList(QDir::Files), before);  // no temporary left behind

        ExportSettings tooLarge;
        tooLarge.size = QSize(9000, 9000);
        tooLarge.scale = 2;
        QVERIFY(!makeContext(*m_sample, Language::English)->exportView(ViewId::Overview, tooLarge, path).isEmpty());
        QCOMPARE(readFile(path), QByteArray("older export"));
    }

    void unwritableFolderKeepsTheOlderFile()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("view.png"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("older export");
        }
        QFile::setPermissions(folder.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        QFile probe(folder.filePath(QStringLiteral("probe")));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.close();
            probe.remove();
            QFile::setPermissions(folder.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            QSKIP("running with permissions that ignore a read-only folder (root)");
        }
        const QString error = makeContext(*m_sample, Language::English)->exportView(ViewId::Overview, ExportSettings(), path);
        QFile::setPermissions(folder.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(!error.isEmpty());
        QCOMPARE(readFile(path), QByteArray("older export"));
    }

    void checksumFollowsContentNotLayout()
    {
        test::SampleDatabase first;
        test::SampleDatabase second;
        auto a = first.open();
        auto b = second.open();
        const QString checksum = store::DatabaseFingerprint(a->connection()).shortHex();
        QCOMPARE(checksum.size(), 8);
        QCOMPARE(store::DatabaseFingerprint(b->connection()).shortHex(), checksum);
        b->connection().execute(QStringLiteral("VACUUM"));
        QCOMPARE(store::DatabaseFingerprint(b->connection()).shortHex(), checksum);
        b->connection().execute(QStringLiteral("UPDATE round_result SET rank = rank WHERE id = 1"));
        QCOMPARE(store::DatabaseFingerprint(b->connection()).shortHex(), checksum);
        b->connection().execute(QStringLiteral("UPDATE source SET title = title || '.' WHERE id = 1"));
        QVERIFY(store::DatabaseFingerprint(b->connection()).shortHex() != checksum);
    }

    void settingsAreValidated()
    {
        ExportSettings settings;
        QVERIFY(settings.validate().isEmpty());
        settings.size = QSize(0, 1080);
        QVERIFY(!settings.validate().isEmpty());
        settings.size = QSize(16385, 1000);
        QVERIFY(!settings.validate().isEmpty());
        settings.size = QSize(8192, 1000);
        settings.scale = 2;
        QVERIFY(settings.validate().isEmpty());
        settings.scale = 3;
        QVERIFY(!settings.validate().isEmpty());
        QCOMPARE(ExportSettings::parseSize(QStringLiteral("1920x1080")), QSize(1920, 1080));
        QVERIFY(!ExportSettings::parseSize(QStringLiteral("big")));
        QCOMPARE(ExportSettings::twinPath(QStringLiteral("/tmp/slide.png"), QStringLiteral("ko")),
                 QStringLiteral("/tmp/slide_ko.png"));
    }

    // The page is opaque, so the PNG is written without an alpha channel (faster, smaller) and
    // holds exactly the pixels rendered. Last: rendering a view outside an export first changes
    // Qt's glyph caches enough that samePictureForTheSameData's two exports then differ by bytes.
    void pngIsOpaqueAndLossless()
    {
        const auto context = makeContext(*m_sample, Language::Korean);
        ExportSettings settings;
        settings.size = QSize(960, 540);
        const QString path = outPath(QStringLiteral("opaque.png"));
        QCOMPARE(context->exportView(ViewId::Overview, settings, path), QString());
        const QImage written(path);
        QVERIFY(!written.hasAlphaChannel());
        const QImage rendered = context->viewImage(ViewId::Overview, settings.size, 1);
        QCOMPARE(written.convertToFormat(QImage::Format_RGB32), rendered.convertToFormat(QImage::Format_RGB32));
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
