// SPDX-License-Identifier: GPL-3.0-or-later
// The slide compositions of the exports (issue 15): sized for projection, filling the canvas,
// nothing elided, bilingual twins alike, the tab on screen exported, no invented figure in press.
#include "DashboardState.h"
#include "GuiSession.h"
#include "TestSupport.h"
#include "export/BriefingPack.h"
#include "export/ExportContext.h"
#include "export/ExportRenderer.h"
#include "export/ProvenanceStamp.h"
#include "items/DisplayFormat.h"
#include "rounds/RoundsView.h"
#include "slides/SlideTarget.h"
#include "slides/SourcesSlide.h"
#include "domain/ProgramFigures.h"
#include "items/RoundResultTableModel.h"
#include "slides/ConsortiaSlide.h"
#include "slides/RoundFunnelSlide.h"
#include "store/SqliteConnection.h"
#include "store/SqliteStatement.h"

#include <QComboBox>
#include <QFile>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace kai;
using namespace kai::ui;
using domain::Language;
using domain::ProgramFigures;
using domain::RoundResult;

Q_DECLARE_METATYPE(kai::domain::Language)

namespace {
using kai::test::readFile;
const QDate AsOf(2026, 3, 1);  // phase 1 published, sample GPU usage and funding on file

struct SvgText
{
    double size = 0;
    QString text;
};

QVector<SvgText> svgTexts(const QByteArray &svg)
{
    QVector<SvgText> texts;
    static const QRegularExpression element(QStringLiteral("<text[^>]*font-size=\"([0-9.]+)\"[^>]*>([^<]*)</text>"));
    for (auto it = element.globalMatch(QString::fromUtf8(svg)); it.hasNext();) {
        const auto match = it.next();
        texts.append({match.captured(1).toDouble(), match.captured(2)});
    }
    return texts;
}

// The text of the SVG without markup or white space (the generator splits runs by script).
QString svgPlainText(const QByteArray &svg)
{
    QString text = QString::fromUtf8(svg);
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

// Shapes drawn (bars, swatches, rules, bands): the same items in both languages.
int shapeCount(const QByteArray &svg)
{
    return int(svg.count("<path") + svg.count("<rect") + svg.count("<polyline") + svg.count("<ellipse")
               + svg.count("<circle"));
}

// The tallest run of rows above the stamp that hold nothing but the background colour.
double largestEmptyBand(const QImage &image, const QColor &background)
{
    const int height = image.height() - ProvenanceStamp::Height * image.height() / qRound(image.height() / image.devicePixelRatio());
    int run = 0;
    int longest = 0;
    for (int y = 0; y < height; ++y) {
        bool empty = true;
        for (int x = 0; x < image.width() && empty; x += 2)
            empty = image.pixelColor(x, y) == background;
        run = empty ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return double(longest) / image.height();
}

std::unique_ptr<ExportContext> makeContext(const test::SampleDatabase &sample, Language language,
                                           ExportProfile profile = ExportProfile::Internal)
{
    return std::make_unique<ExportContext>(sample.open(true), ExportContext::Options{AsOf, language, profile});
}

QStringList slideKeys()
{
    QStringList keys = SlideTarget::keys(false);
    keys.removeAll(QStringLiteral("rounds"));  // the same slide as rounds-results
    return keys;
}
} // namespace

// The timeline's continuation note, "Consortia 1–8 of 16" / "전체 16개 컨소시엄 중 1–8", as first * 1000 + last.
static int consortiaRange(const QByteArray &svg)
{
    const QRegularExpression range(QStringLiteral("(\\d+)[\u2013-](\\d+)"));
    for (const SvgText &text : svgTexts(svg)) {
        const QRegularExpressionMatch match = range.match(text.text);
        if (match.hasMatch())
            return match.captured(1).toInt() * 1000 + match.captured(2).toInt();
    }
    return 0;
}

class TestSlides : public QObject
{
    Q_OBJECT

private:
    test::SampleDatabase *m_sample = nullptr;
    QTemporaryDir m_out;

    QByteArray exportSvg(const QString &key, Language language, const QSize &size,
                         ExportProfile profile = ExportProfile::Internal)
    {
        const auto context = makeContext(*m_sample, language, profile);
        ExportSettings settings;
        settings.format = ExportFormat::Svg;
        settings.size = size;
        settings.profile = profile;
        const QString path = m_out.filePath(QStringLiteral("%1-%2-%3x%4-%5.svg")
                                                .arg(key, language == Language::Korean ? QStringLiteral("ko") : QStringLiteral("en"))
                                                .arg(size.width()).arg(size.height()).arg(int(profile)));
        const QString error = context->exportView(*SlideTarget::parse(key), settings, path);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return readFile(path);
    }

private slots:
    void initTestCase()
    {
        test::enterTestMode();
        app::GuiSession::applyApplicationFont();
        m_sample = new test::SampleDatabase;
        QVERIFY(m_out.isValid());
    }

    void cleanupTestCase() { delete m_sample; }

    void slidesAreSizedForProjection_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QSize>("size");
        for (const QString &key : slideKeys()) {
            for (const QSize size : {QSize(1920, 1080), QSize(1280, 720)}) {
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(key).arg(size.width()))) << key << size;
            }
        }
    }

    void slidesAreSizedForProjection()
    {
        QFETCH(QString, key);
        QFETCH(QSize, size);
        QVector<int> shapes;
        for (const Language language : {Language::Korean, Language::English}) {
            const QByteArray svg = exportSvg(key, language, size);
            QVERIFY(svg.contains("<svg"));
            const auto context = makeContext(*m_sample, language);
            const QString stampText = context->stamp(QString(), false).sourceLine()
                                      + context->stamp(QString(), false).checksumLine()
                                      + ProvenanceStamp::illustrativeBanner();
            for (const SvgText &text : svgTexts(svg)) {
                QVERIFY2(!text.text.contains(QChar(0x2026)), qPrintable(QStringLiteral("elided: %1").arg(text.text)));
                if (text.size < SlideStyle::MinimumPixels) {
                    QVERIFY2(stampText.contains(text.text.trimmed()),
                             qPrintable(QStringLiteral("%1 px outside the stamp: %2").arg(text.size).arg(text.text)));
                }
            }
            shapes << (key == QLatin1String("timeline") ? consortiaRange(svg) : shapeCount(svg));
        }
        // Bilingual twins: the same items in the same places. The timeline's program calendar may pack
        // its labels into one row more in one language, so there the twins must show the same consortia
        // on the page (the continuation note's range) rather than the same number of shapes.
        QCOMPARE(shapes[0], shapes[1]);
    }

    void slidesFillTheCanvas_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<Language>("language");
        QTest::addColumn<QSize>("size");
        for (const QString &key : slideKeys()) {
            for (const Language language : {Language::Korean, Language::English}) {
                for (const QSize size : {QSize(1920, 1080), QSize(1280, 720)}) {
                    QTest::newRow(qPrintable(QStringLiteral("%1 %2 %3").arg(key).arg(int(language)).arg(size.width())))
                        << key << language << size;
                }
            }
        }
    }

    void slidesFillTheCanvas()
    {
        QFETCH(QString, key);
        QFETCH(Language, language);
        QFETCH(QSize, size);
        // Press: no watermark, so a blank band cannot hide behind it.
        const auto context = makeContext(*m_sample, language, ExportProfile::Press);
        const QImage image = context->viewImage(*SlideTarget::parse(key), size, 1);
        QVERIFY(!image.isNull());
        const double band = largestEmptyBand(image, context->palette().color(QPalette::Window));
        QVERIFY2(band <= 0.15, qPrintable(QStringLiteral("empty band of %1 % of the height").arg(band * 100, 0, 'f', 1)));
    }

    // A journalist's review: the briefing pack's timeline page (A4 landscape) was half empty. The type
    // grows and the rows spread into the page, no label shortened, in both languages and on dates in
    // phase 1 and after it.
    void timelineFillsTheBriefingPackPage_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<QDate>("asOf");
        for (const QDate asOf : {QDate(2026, 1, 31), QDate(2027, 6, 30)}) {
            QTest::newRow(qPrintable(QStringLiteral("ko %1").arg(asOf.toString(Qt::ISODate)))) << Language::Korean << asOf;
            QTest::newRow(qPrintable(QStringLiteral("en %1").arg(asOf.toString(Qt::ISODate)))) << Language::English << asOf;
        }
    }

    void timelineFillsTheBriefingPackPage()
    {
        QFETCH(Language, language);
        QFETCH(QDate, asOf);
        const QSize a4 = BriefingPack::pageSize();  // A4 landscape
        const auto context = std::make_unique<ExportContext>(m_sample->open(true),
                                                             ExportContext::Options{asOf, language, ExportProfile::Press});
        const SlideTarget target = *SlideTarget::parse(QStringLiteral("timeline"));
        const QImage image = context->viewImage(target, a4, 1);
        QVERIFY(!image.isNull());
        const double band = largestEmptyBand(image, context->palette().color(QPalette::Window));
        QVERIFY2(band <= 0.12, qPrintable(QStringLiteral("empty band of %1 % of the page").arg(band * 100, 0, 'f', 1)));
        ExportSettings settings;
        settings.format = ExportFormat::Svg;
        settings.size = a4;
        settings.profile = ExportProfile::Press;
        const QString path = m_out.filePath(QStringLiteral("timeline-a4-%1-%2.svg").arg(int(language)).arg(asOf.year()));
        QCOMPARE(context->exportView(target, settings, path), QString());
        for (const SvgText &text : svgTexts(readFile(path)))
            QVERIFY2(!text.text.contains(QChar(0x2026)), qPrintable(QStringLiteral("elided: %1").arg(text.text)));
    }

    void currentTabIsExported()
    {
        const auto state = test::createState(*m_sample, Language::English, AsOf);
        RoundsView view(*state);
        for (const auto &[tab, key] : {std::pair{RoundsTab::Performance, "rounds-performance"},
                                       std::pair{RoundsTab::Funnel, "rounds-funnel"},
                                       std::pair{RoundsTab::Ranks, "rounds-ranks"},
                                       std::pair{RoundsTab::Funding, "rounds-funding"},
                                       std::pair{RoundsTab::Results, "rounds-results"}}) {
            view.tabs()->setCurrentIndex(int(tab));
            const SlideTarget target = SlideTarget::ofPage(ViewId::Rounds, &view, *state);
            QCOMPARE(target.key(), QString::fromLatin1(key));
            const domain::Stage *stage = state->snapshot().stage(view.roundPicker()->currentData().toLongLong());
            QVERIFY(stage);
            QCOMPARE(target.roundCode, stage->code);
            const auto context = makeContext(*m_sample, Language::English);
            const auto slide = context->createSlide(target);
            QVERIFY(slide);
            QVERIFY2(slide->title().contains(view.tabs()->tabText(int(tab)), Qt::CaseInsensitive),
                     qPrintable(slide->title()));
        }
    }

    void pressCarriesNoIllustrativeFigure()
    {
        // Every figure whose source is the illustrative sample, as the slides would print it.
        QStringList invented;
        {
            const auto database = m_sample->open(true);
            auto &connection = database->connection();
            const DisplayFormat format(Language::English);
            auto scores = connection.prepare(QStringLiteral(
                "SELECT r.total_score FROM round_result r JOIN source s ON s.id = r.total_source_id "
                "WHERE s.confidence = 'I' AND r.total_score IS NOT NULL AND r.total_is_confidential = 0 "
                "UNION SELECT c.points FROM criterion_score c JOIN source s ON s.id = c.source_id "
                "WHERE s.confidence = 'I' AND c.points IS NOT NULL AND c.is_confidential = 0"));
            while (scores.step())
                invented << format.number(scores.columnDouble(0), 1);
            auto funding = connection.prepare(QStringLiteral(
                "SELECT f.government_krw + f.private_krw FROM funding f JOIN source s ON s.id = f.source_id "
                "WHERE s.confidence = 'I'"));
            while (funding.step())
                invented << format.money(funding.columnInt(0)).remove(QRegularExpression(QStringLiteral("\\s")));
        }
        QVERIFY(!invented.isEmpty());
        for (const QString &key : slideKeys()) {
            const QString text = svgPlainText(exportSvg(key, Language::English, QSize(1920, 1080), ExportProfile::Press));
            for (const QString &value : std::as_const(invented))
                QVERIFY2(!text.contains(value), qPrintable(QStringLiteral("%1 shows %2").arg(key, value)));
            // The watermark only where something illustrative is still visible: never in press.
            QVERIFY2(!text.contains(QStringLiteral("Illustrativesampledata")), qPrintable(key));
        }
    }

    // A journalist's review: Korean chart axes read "1.5M", "500k" and "2025-08". Ticks are grouped
    // as the tables show figures, months written as the language writes them.
    void chartAxesSpeakTheSlideLanguage_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<Language>("language");
        QTest::addColumn<QString>("month");
        for (const QString &key : {QStringLiteral("gpu"), QStringLiteral("rounds-funding"), QStringLiteral("rounds-performance")}) {
            QTest::newRow(qPrintable(key + QStringLiteral(" ko"))) << key << Language::Korean << QStringLiteral("2025년8월");
            QTest::newRow(qPrintable(key + QStringLiteral(" en"))) << key << Language::English << QStringLiteral("Aug2025");
        }
    }

    void chartAxesSpeakTheSlideLanguage()
    {
        QFETCH(QString, key);
        QFETCH(Language, language);
        QFETCH(QString, month);
        const QByteArray svg = exportSvg(key, language, QSize(1920, 1080));
        static const QRegularExpression isoMonth(QStringLiteral("\\b\\d{4}-\\d{2}\\b"));
        static const QRegularExpression abbreviated(QStringLiteral("^[0-9][0-9.,]*\\s*[kKM]$"));
        static const QRegularExpression ungrouped(QStringLiteral("^[0-9]{4,}$"));
        for (const SvgText &text : svgTexts(svg)) {
            const QString label = text.text.trimmed();
            QVERIFY2(!isoMonth.match(label).hasMatch(), qPrintable(label));
            QVERIFY2(!abbreviated.match(label).hasMatch(), qPrintable(label));
            // A four-digit year stands alone nowhere on these slides; a figure that long is grouped.
            QVERIFY2(!ungrouped.match(label).hasMatch(), qPrintable(label));
        }
        if (key == QLatin1String("gpu")) {
            const QString plain = svgPlainText(svg);
            QVERIFY2(plain.contains(month), qPrintable(month));
            QVERIFY(plain.contains(QStringLiteral("1,000,000")) || plain.contains(QStringLiteral("500,000")));
        }
    }

    // A journalist's review: the funding slide's context and axis said "(십억 원)" beside a headline in
    // 억 원. One unit in each language for the headline, the context, the axis and every row.
    void fundingSlideCountsInOneUnit_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("otherUnits");
        QTest::newRow("Korean") << Language::Korean << QStringLiteral("억원") << QStringLiteral("[0-9][0-9,.]*(조|십억|억|만)?원")
                                << QStringLiteral("십억|조원");
        QTest::newRow("English") << Language::English << QStringLiteral("KRWbillion")
                                 << QStringLiteral("KRW[0-9][0-9,.]*(bn|billion|trillion|tn|m)?") << QStringLiteral("trillion|KRWtn");
    }

    void fundingSlideCountsInOneUnit()
    {
        QFETCH(Language, language);
        QFETCH(QString, unit);
        QFETCH(QString, amount);
        QFETCH(QString, otherUnits);
        for (const QDate asOf : {QDate(2026, 1, 31), QDate(2027, 6, 30)}) {
            const auto context = std::make_unique<ExportContext>(m_sample->open(true),
                                                                 ExportContext::Options{asOf, language, ExportProfile::Internal});
            const QString path = m_out.filePath(QStringLiteral("funding-%1-%2.svg").arg(int(language)).arg(asOf.year()));
            ExportSettings settings;
            settings.format = ExportFormat::Svg;
            settings.size = QSize(1920, 1080);
            QCOMPARE(context->exportView(*SlideTarget::parse(QStringLiteral("rounds-funding")), settings, path), QString());
            const QString plain = svgPlainText(readFile(path)).remove(QChar(0x00A0));  // "억\u00A0원"
            QVERIFY2(!plain.contains(QRegularExpression(otherUnits)), qPrintable(plain.left(300)));
            // The unit named in the context line and under the axis.
            QVERIFY2(plain.count(unit) >= 2, qPrintable(plain.left(300)));
            // Every amount (headline and rows) in that unit with the same decimals.
            const QString wanted = language == Language::Korean ? QStringLiteral("억원") : QStringLiteral("bn");
            QSet<int> decimals;
            int amounts = 0;
            for (auto it = QRegularExpression(amount).globalMatch(plain); it.hasNext();) {
                const auto match = it.next();
                if (language == Language::Korean && match.captured(1).isEmpty())
                    continue;  // a bare number before "원" is not an amount here
                QVERIFY2(match.captured(0).endsWith(wanted), qPrintable(match.captured(0)));
                const QString digits = match.captured(0);
                const qsizetype point = digits.indexOf(u'.');
                decimals.insert(point < 0 ? 0 : int(digits.size() - point - 1 - wanted.size()));
                ++amounts;
            }
            QVERIFY2(amounts >= 3, qPrintable(plain.left(600)));
            QCOMPARE(decimals.size(), 1);
        }
    }

    void sourcesAreOnlyThoseKnownOnTheAsOfDate()
    {
        // Journalist review: the pack as of 20 Aug 2025 listed undated model cards of 2026 releases.
        const auto state = test::createState(*m_sample, Language::English, QDate(2025, 8, 20));
        QStringList codes;
        for (const QStringList &row : SourcesSlide(*state).table().rows)
            codes << row.first();
        QVERIFY(codes.contains(QStringLiteral("S1")));
        for (const QString &later : {QStringLiteral("S63b"), QStringLiteral("S63i"), QStringLiteral("S63m"),
                                     QStringLiteral("S49"), QStringLiteral("S62")})
            QVERIFY2(!codes.contains(later), qPrintable(later));
        // Once a model it describes is released, an undated model card is cited and listed.
        const auto later = test::createState(*m_sample, Language::English, QDate(2027, 6, 30));
        QStringList laterCodes;
        for (const QStringList &row : SourcesSlide(*later).table().rows)
            laterCodes << row.first();
        QVERIFY(laterCodes.contains(QStringLiteral("S49")));
        QVERIFY(laterCodes.size() > codes.size());
    }

    void everyPageCountsTheSameApplicants()
    {
        // Journalist review: pages 3-4 said 16 consortia applied, the funnel 15. 15 applied to the
        // 2025 call; the 2026 additional call brought one new consortium.
        const auto state = test::createState(*m_sample, Language::English, QDate(2027, 6, 30));
        const ProgramFigures figures = ProgramFigures::compute(state->snapshot());
        QCOMPARE(figures.appliedToFirstCall, 15);
        QCOMPARE(figures.appliedLater(), 1);
        const QString applicants = QStringLiteral("15 applied in 2025, 1 more in the 2026 additional call");
        const ConsortiaSlide consortia(*state);
        QVERIFY2(consortia.headline().startsWith(QStringLiteral("15+1 applied;")), qPrintable(consortia.headline()));
        QVERIFY2(consortia.context().startsWith(applicants), qPrintable(consortia.context()));
        QVERIFY2(RoundFunnelSlide(*state).headline().startsWith(applicants), qPrintable(RoundFunnelSlide(*state).headline()));
        QVERIFY(!consortia.headline().contains(QStringLiteral("16")));
    }

    void pressSaysNotPublishedForScoresNobodyPublished()
    {
        // Journalist review: "Confidential" suggested the office withholds NAVER's or SKT's total,
        // but the ministry never published them; the app only holds illustrative stand-ins.
        const auto state = test::createState(*m_sample);
        state->setPressMode(true);
        const RoundResultTableModel model(*state);
        const QVector<RoundResult> &results = state->snapshot().results;
        QCOMPARE(model.rowCount(), int(results.size()));
        int standIns = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const RoundResult &result = results.at(row);
            if (!result.totalScore || !result.totalIsConfidential)
                continue;
            const bool illustrative = state->snapshot().isIllustrative(result.totalSourceId);
            standIns += illustrative ? 1 : 0;
            QCOMPARE(model.index(row, RoundResultTableModel::TotalColumn).data().toString(),
                     illustrative ? QStringLiteral("Not published") : QStringLiteral("Confidential"));
        }
        QVERIFY(standIns >= 4);
    }

    void longContentContinuesInsteadOfBeingCut()
    {
        // 16 consortium lanes do not fit a 720-pixel slide at 14 px: they go on to a second page.
        const auto context = makeContext(*m_sample, Language::Korean);
        const QSizeF small(ExportRenderer::contentSize(QSize(1280, 720)));
        const auto timeline = context->createSlide(SlideTarget(ViewId::Timeline));
        QVERIFY(timeline->pageCount(small, context->palette()) >= 2);
        // The consortia slide keeps its member lists (never elided) for the pages after the summary.
        const auto consortia = context->createSlide(SlideTarget(ViewId::Consortia));
        QVERIFY(consortia->pageCount(small, context->palette()) >= 2);
    }

    void unknownRoundIsRefused()
    {
        const auto context = makeContext(*m_sample, Language::English);
        SlideTarget target = *SlideTarget::parse(QStringLiteral("rounds-results"));
        target.roundCode = QStringLiteral("no-such-round");
        ExportSettings settings;
        const QString path = m_out.filePath(QStringLiteral("unknown-round.png"));
        QVERIFY(context->exportView(target, settings, path).contains(QStringLiteral("no-such-round")));
        QVERIFY(!QFile::exists(path));
        target.roundCode = QStringLiteral("document-review");
        QCOMPARE(context->exportView(target, settings, path), QString());
    }

    void internalKeepsSamplesMarked()
    {
        const QByteArray svg = exportSvg(QStringLiteral("rounds-funding"), Language::English, QSize(1920, 1080));
        QVERIFY(svgPlainText(svg).contains(QStringLiteral("Illustrativesampledata")));
    }
};

QTEST_MAIN(TestSlides)
#include "tst_slides.moc"
