// SPDX-License-Identifier: GPL-3.0-or-later
// Exported PDFs have a searchable text layer: spaces came out as \x01 (issue 13, item 14).
#include "AppProcess.h"
#include "TestSupport.h"
#include "common/BundledFonts.h"
#include "export/ExportFont.h"
#include "export/PdfTextLayer.h"
#include "store/SqliteConnection.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>


class TestPdfText : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTemporaryDir m_out;

    // The app's own `export` of one view or the pack to a PDF, in a language, as of a day.
    kai::test::AppRun exportPdf(const kai::test::SampleDatabase &sample, const QString &view, const QString &language,
                                const QString &asOf, const QString &path) const
    {
        return kai::test::runApp({QStringLiteral("export"), QStringLiteral("--db"), sample.path(), QStringLiteral("--view"),
                                  view, QStringLiteral("--lang"), language, QStringLiteral("--as-of"), asOf,
                                  QStringLiteral("--out"), path},
                                 m_home.path());
    }

private slots:
    void initTestCase() { kai::test::enterTestMode(); }

    void controlCharacterTargetsBecomeSpaces()
    {
        QByteArray cmap = "2 beginbfrange\n<0000> <0000> <0000>\n<0001> <0004> [<0053> <0001> <001f> <0041>]\nendbfrange\n"
                          "1 beginbfrange\n<0009> <0009> <0001>\nendbfrange\n"
                          "1 beginbfrange\n<000A> <000B> <0001>\nendbfrange\n"
                          "2 beginbfchar\n<0005> <0001>\n<0001> <0041>\nendbfchar\n";
        const qsizetype size = cmap.size();
        QCOMPARE(kai::ui::PdfTextLayer::repair(cmap), 4);
        QCOMPARE(cmap.size(), size);  // no offset in the file moves
        QVERIFY(cmap.contains("[<0053> <0020> <0020> <0041>]"));
        QVERIFY(cmap.contains("<0000> <0000> <0000>"));          // .notdef stays
        QVERIFY(cmap.contains("<0009> <0009> <0020>"));          // a one-glyph range
        QVERIFY(cmap.contains("<000A> <000B> <0001>"));          // a counted range is left alone
        QVERIFY(cmap.contains("<0005> <0020>\n<0001> <0041>"));  // bfchar: only the target
    }

    // Nanum Gothic draws the en dash with the glyph its cmap also gives the soft hyphen, and Qt names
    // each glyph by its lowest code point: "Rows 1–17" was extracted as "Rows 1\u00AD17".
    void aSoftHyphenTargetReadsAsTheCharacterTheGlyphShows()
    {
        QVERIFY(kai::ui::BundledFonts::ensureLoaded());
        QCOMPARE(kai::ui::ExportFont::visibleTwin(u'\u00AD'), u'\u2013');
        QByteArray cmap = "1 beginbfrange\n<0001> <0003> [<0031> <00AD> <00ad>]\nendbfrange\n"
                          "1 beginbfchar\n<0004> <00AD>\nendbfchar\n";
        const qsizetype size = cmap.size();
        QCOMPARE(kai::ui::PdfTextLayer::repair(cmap), 3);
        QCOMPARE(cmap.size(), size);
        QVERIFY2(cmap.contains("[<0031> <2013> <2013>]"), cmap.constData());
        QVERIFY2(cmap.contains("<0004> <2013>"), cmap.constData());
    }

    // The briefing pack's continued tables ("Rows 1–17 of 55") in both languages: the text layer says
    // what the page shows, with no invisible character inside a range.
    void packTextLayerHasNoSoftHyphen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("range");
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("Rows 1\u2013");
        QTest::newRow("Korean") << QStringLiteral("ko") << QStringLiteral("\uC911 1\u2013");
    }

    void packTextLayerHasNoSoftHyphen()
    {
        QFETCH(QString, language);
        QFETCH(QString, range);
        kai::test::SampleDatabase sample;
        const QString path = m_out.filePath(QStringLiteral("pack-dash-") + language + QStringLiteral(".pdf"));
        const kai::test::AppRun run = exportPdf(sample, QStringLiteral("pack"), language, QStringLiteral("2027-06-30"), path);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString text = kai::test::pdfText(path);
        if (text.isNull())
            QSKIP("pdftotext is not installed (Debian package poppler-utils); the text layer was not checked");
        const qsizetype soft = text.indexOf(QChar(0x00AD));
        QVERIFY2(soft < 0, qPrintable(QStringLiteral("U+00AD in: ") + text.mid(std::max<qsizetype>(0, soft - 30), 60)));
        QVERIFY2(text.contains(range), qPrintable(range));
    }

    // The pack leaves out a chart with nothing to show yet (rank movement needs two ranked rounds;
    // the sample has one) instead of a page that says so; the slide exported alone still says why.
    void packLeavesOutASlideWithNothingToShow()
    {
        kai::test::SampleDatabase sample;
        const QString pack = m_out.filePath(QStringLiteral("pack-empty.pdf"));
        kai::test::AppRun run = exportPdf(sample, QStringLiteral("pack"), QStringLiteral("en"), QStringLiteral("2026-12-02"), pack);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString text = kai::test::pdfText(pack).simplified();
        if (text.isEmpty())
            QSKIP("pdftotext is not installed (Debian package poppler-utils); the text layer was not checked");
        QVERIFY(text.contains(QStringLiteral("Evaluation Rounds — results")));
        QVERIFY2(!text.contains(QStringLiteral("rank movement")), "an empty rank-movement page in the pack");
        const QString alone = m_out.filePath(QStringLiteral("ranks-alone.pdf"));
        run = exportPdf(sample, QStringLiteral("rounds-ranks"), QStringLiteral("en"), QStringLiteral("2026-12-02"), alone);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(kai::test::pdfText(alone).simplified().contains(QStringLiteral("Rank movement needs a consortium ranked in at least two rounds")));
    }

    // Before anyone is selected the pack neither says "0 teams remain" nor prints empty charts: on
    // 15 Jul 2025 no applicant is known yet, on 25 Jul 2025 ten of fifteen are still under review.
    void packBeforeTheSelectionSaysWhoIsUnderReview()
    {
        kai::test::SampleDatabase sample;
        const auto packText = [&](const QString &asOf) {
            const QString path = m_out.filePath(QStringLiteral("pack-%1.pdf").arg(asOf));
            const kai::test::AppRun run = exportPdf(sample, QStringLiteral("pack"), QStringLiteral("en"), asOf, path);
            return run.exitCode == 0 ? kai::test::pdfText(path).simplified() : QStringLiteral("failed: ") + run.err;
        };
        const QString before = packText(QStringLiteral("2025-07-15"));
        if (before.isEmpty())
            QSKIP("pdftotext is not installed (Debian package poppler-utils); the text layer was not checked");
        QVERIFY2(before.contains(QStringLiteral("No applicants announced yet")), qPrintable(before.left(600)));
        for (const QString &empty : {QStringLiteral("0 applied"), QStringLiteral("0 teams remain"), QStringLiteral("no result yet"),
                                     QStringLiteral("No GPU allocation has started yet"), QStringLiteral("no scored criteria")})
            QVERIFY2(!before.contains(empty), qPrintable(empty));
        const QString review = packText(QStringLiteral("2025-07-25"));
        QVERIFY2(review.contains(QStringLiteral("10 applicants under review")), qPrintable(review.left(600)));
        QVERIFY(review.contains(QStringLiteral("15 applied; 10 under review")));
        QVERIFY(!review.contains(QStringLiteral("0 still compete")));
        QVERIFY(!review.contains(QStringLiteral("0 teams remain")));
    }

    void exportedPdfTextCanBeSearched_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("view, English") << QStringLiteral("overview") << QStringLiteral("en")
                                       << QStringLiteral("Best score vs reference model");
        QTest::newRow("pack, Korean") << QStringLiteral("pack") << QStringLiteral("ko") << QStringLiteral("독자 AI 파운데이션 모델");
    }

    void exportedPdfTextCanBeSearched()
    {
        QFETCH(QString, view);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        kai::test::SampleDatabase sample;
        const QString path = m_out.filePath(view + language + QStringLiteral(".pdf"));
        const kai::test::AppRun run = exportPdf(sample, view, language, QStringLiteral("2026-03-01"), path);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString text = kai::test::pdfText(path);
        if (text.isNull())
            QSKIP("pdftotext is not installed (Debian package poppler-utils); the text layer was not checked");
        QVERIFY2(!text.contains(QChar(1)), "a space is extracted as \\x01");
        QVERIFY2(text.contains(expected), qPrintable(text.left(400)));
    }

    // The Korean and English packs correspond page by page: a long table breaks at the same rows in
    // both (it broke after row 16 in Korean and row 17 in English), and every page says the same range.
    void packPagesCorrespondAcrossLanguages()
    {
        kai::test::SampleDatabase sample;
        QStringList ranges[2];
        int pages[2] = {0, 0};
        const QRegularExpression english(QStringLiteral("Rows (\\d+)\u2013(\\d+) of (\\d+)"));
        const QRegularExpression korean(QStringLiteral("\uC804\uCCB4 (\\d+)\uD589 \uC911 (\\d+)\u2013(\\d+)\uD589"));
        for (int i = 0; i < 2; ++i) {
            const QString language = i == 0 ? QStringLiteral("en") : QStringLiteral("ko");
            const QString path = m_out.filePath(QStringLiteral("pages-%1.pdf").arg(language));
            const kai::test::AppRun run = exportPdf(sample, QStringLiteral("pack"), language, QStringLiteral("2026-11-30"), path);
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            const QString text = kai::test::pdfText(path);
            if (text.isNull())
                QSKIP("pdftotext is not installed (Debian package poppler-utils); the text layer was not checked");
            const QStringList pageTexts = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
            pages[i] = int(pageTexts.size());
            for (int page = 0; page < pageTexts.size(); ++page) {
                auto it = (i == 0 ? english : korean).globalMatch(pageTexts.at(page));
                while (it.hasNext()) {
                    const QRegularExpressionMatch m = it.next();
                    // English "Rows 18-33 of 55", Korean "전체 55행 중 18-33행": page, first, last, total.
                    ranges[i] << (i == 0 ? QStringLiteral("%1:%2-%3/%4").arg(page).arg(m.captured(1), m.captured(2), m.captured(3))
                                         : QStringLiteral("%1:%2-%3/%4").arg(page).arg(m.captured(2), m.captured(3), m.captured(1)));
                }
            }
        }
        QCOMPARE(pages[1], pages[0]);
        QVERIFY2(ranges[0].size() >= 4, qPrintable(ranges[0].join(u' ')));  // the 55 sources over several pages
        QCOMPARE(ranges[1], ranges[0]);
    }

    // The Consortia GPU column never leaves a cell empty: a team without a published allocation and
    // one whose allocation ended say so; the press leaves out a count or date that is only a sample.
    void consortiaGpuColumnSaysWhyThereIsNoNumber_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("press");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("English") << QStringLiteral("en") << false
                                 << QStringList{QStringLiteral("None published"), QStringLiteral("None (ended 15 Jan 2026)"), QStringLiteral("768")};
        QTest::newRow("Korean") << QStringLiteral("ko") << false
                                << QStringList{QStringLiteral("\uACF5\uAC1C\uB41C \uBC30\uC815 \uC5C6\uC74C"),
                                               QStringLiteral("\uC5C6\uC74C(2026\uB144 1\uC6D4 15\uC77C \uC885\uB8CC)")};
        QTest::newRow("English, press") << QStringLiteral("en") << true
                                        << QStringList{QStringLiteral("None published"), QStringLiteral("Not published")};
        QTest::newRow("Korean, press") << QStringLiteral("ko") << true
                                       << QStringList{QStringLiteral("\uACF5\uAC1C\uB41C \uBC30\uC815 \uC5C6\uC74C"),
                                                      QStringLiteral("\uBBF8\uACF5\uAC1C")};
    }

    void consortiaGpuColumnSaysWhyThereIsNoNumber()
    {
        QFETCH(QString, language);
        QFETCH(bool, press);
        QFETCH(QStringList, expected);
        kai::test::SampleDatabase sample;
        const QString path = m_out.filePath(QStringLiteral("consortia-%1-%2.pdf").arg(language).arg(press));
        QStringList arguments{QStringLiteral("export"), QStringLiteral("--db"), sample.path(), QStringLiteral("--view"),
                              QStringLiteral("consortia"), QStringLiteral("--lang"), language, QStringLiteral("--as-of"),
                              QStringLiteral("2026-11-30"), QStringLiteral("--out"), path};
        if (press)
            arguments << QStringLiteral("--press");
        const kai::test::AppRun run = kai::test::runApp(arguments, m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString text = kai::test::pdfText(path).simplified();
        if (text.isEmpty())
            QSKIP("pdftotext is not installed (Debian package poppler-utils); the text layer was not checked");
        for (const QString &words : expected)
            QVERIFY2(text.contains(words), qPrintable(words + QStringLiteral(" not in: ") + text.left(1500)));
        // The press shows no illustrative allocation as a figure: LG's sample 768 B200 from July 2026,
        // nor NC AI's sample extension to 15 Jan 2026.
        if (press) {
            QVERIFY2(!text.contains(QLatin1String(" 768")), qPrintable(text.left(1500)));
            QVERIFY2(!text.contains(QLatin1String("15 Jan 2026")) && !text.contains(QStringLiteral("2026\uB144 1\uC6D4 15\uC77C")),
                     qPrintable(text.left(1500)));
        }
    }

    // The best score is a share of the round's reference model, LG's Qwen3-235B: named, never
    // called the frontier, never said to meet the frontier target, in either language.
    void overviewNamesTheReferenceAndGivesNoFrontierVerdict_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("English") << QStringLiteral("en")
                                 << QStringList{QStringLiteral("Best score vs reference model"), QStringLiteral("103.8%"),
                                                QStringLiteral("Qwen3-235B, the round's reference model"),
                                                QStringLiteral("not measured against the 95% frontier target")}
                                 << QStringList{QStringLiteral("vs frontier"), QStringLiteral("target met")};
        QTest::newRow("Korean") << QStringLiteral("ko")
                                << QStringList{QStringLiteral("\uAE30\uC900 \uBAA8\uB378 \uB300\uBE44 \uCD5C\uACE0 \uC810\uC218"),
                                               QStringLiteral("Qwen3-235B")}
                                << QStringList{QStringLiteral("\uD504\uB7F0\uD2F0\uC5B4 \uBAA8\uB378 \uB300\uBE44"),
                                               QStringLiteral("\uCD08\uACFC \uB2EC\uC131")};
    }

    void overviewNamesTheReferenceAndGivesNoFrontierVerdict()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, absent);
        kai::test::SampleDatabase sample;
        const QString path = m_out.filePath(QStringLiteral("reference-%1.pdf").arg(language));
        const kai::test::AppRun run = exportPdf(sample, QStringLiteral("overview"), language, QStringLiteral("2026-03-01"), path);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString text = kai::test::pdfText(path).simplified();
        if (text.isEmpty())
            QSKIP("pdftotext is not installed (Debian package poppler-utils); the text layer was not checked");
        for (const QString &words : expected)
            QVERIFY2(text.contains(words), qPrintable(words + QStringLiteral(" not in: ") + text.left(1500)));
        for (const QString &words : absent)
            QVERIFY2(!text.contains(words), qPrintable(words + QStringLiteral(" in: ") + text.left(1500)));

        // Before any evaluation the slide says so, not that a score is withheld ("Not published").
        const QString early = m_out.filePath(QStringLiteral("early-%1.pdf").arg(language));
        QVERIFY(exportPdf(sample, QStringLiteral("overview"), language, QStringLiteral("2025-09-01"), early).exitCode == 0);
        const QString earlyText = kai::test::pdfText(early).simplified();
        const QString notYet = language == QLatin1String("en") ? QStringLiteral("Not yet evaluated") : QStringLiteral("\uD3C9\uAC00 \uC804");
        QVERIFY2(earlyText.contains(notYet), qPrintable(earlyText.left(1500)));
        // No team had released a programme model by then: the teams table says so instead of a blank.
        const QString none = language == QLatin1String("en") ? QStringLiteral("None on record") : QStringLiteral("\uAE30\uB85D\uB41C \uBAA8\uB378 \uC5C6\uC74C");
        QVERIFY2(earlyText.contains(none), qPrintable(earlyText.left(1500)));
    }

    // What the sources say, no more: LG's 103.8 % rests only on LG's own claim (S34, S47, marked as
    // company claims in the data) and says so; Motif's "about 768 B200" (S50) reads "about 768"; SK
    // Telecom's published "no GPUs in 1H 2026" (S50) is not "none published". The view and the pack,
    // both languages.
    void exportsSayCompanyFiguresApproximateCountsAndNoneAllocated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("caveat");
        QTest::addColumn<QString>("about");
        QTest::addColumn<QString>("none");
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("company figure, not independently verified")
                                 << QStringLiteral("about 768") << QStringLiteral("None allocated (S50)");
        QTest::newRow("Korean") << QStringLiteral("ko")
                                << QStringLiteral("\uAE30\uC5C5 \uC790\uCCB4 \uBC1C\uD45C \uC218\uCE58, \uB3C5\uB9BD \uAC80\uC99D \uC548 \uB428")
                                << QStringLiteral("\uC57D 768") << QStringLiteral("\uBC30\uC815 \uC5C6\uC74C(S50)");
    }

    void exportsSayCompanyFiguresApproximateCountsAndNoneAllocated()
    {
        QFETCH(QString, language);
        QFETCH(QString, caveat);
        QFETCH(QString, about);
        QFETCH(QString, none);
        kai::test::SampleDatabase sample;
        const auto textOf = [&](const QString &view) {
            const QString path = m_out.filePath(QStringLiteral("claims-%1-%2.pdf").arg(view, language));
            const kai::test::AppRun run = exportPdf(sample, view, language, QStringLiteral("2026-03-01"), path);
            return run.exitCode == 0 ? kai::test::pdfText(path).simplified() : QStringLiteral("failed: ") + run.err;
        };
        const QString overview = textOf(QStringLiteral("overview"));
        if (overview.isEmpty())
            QSKIP("pdftotext is not installed (Debian package poppler-utils); the text layer was not checked");
        QVERIFY2(overview.contains(caveat), qPrintable(overview.left(1500)));
        const QString consortia = textOf(QStringLiteral("consortia"));
        QVERIFY2(consortia.contains(about) && consortia.contains(none), qPrintable(consortia.left(2000)));
        const QString pack = textOf(QStringLiteral("pack"));
        for (const QString &words : {caveat, about, none})
            QVERIFY2(pack.contains(words), qPrintable(words + QStringLiteral(" not in the pack")));
        // The caveat follows the data, not a source code: unmark the sources and it is gone.
        sample.open()->connection().execute(QStringLiteral("UPDATE source SET is_company_claim = 0"));
        QVERIFY2(!textOf(QStringLiteral("overview")).contains(caveat), "caveat without a company claim in the data");
    }

    // A criterion score corrected without the total: the results slide says the total was not
    // corrected and what the criteria now sum to, next to the total and under the table.
    void roundResultsSayWhenTheTotalWasNotCorrected_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("Total not corrected; criteria now sum to 90.6");
        QTest::newRow("Korean") << QStringLiteral("ko")
                                << QStringLiteral("\uCD1D\uC810 \uBBF8\uC815\uC815, \uD56D\uBAA9 \uC810\uC218 \uD569\uACC4\uB294 \uD604\uC7AC 90.6");
    }

    void roundResultsSayWhenTheTotalWasNotCorrected()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        kai::test::SampleDatabase sample;
        sample.recordPhaseOneCorrections();
        const QString path = m_out.filePath(QStringLiteral("stale-%1.pdf").arg(language));
        const kai::test::AppRun run = exportPdf(sample, QStringLiteral("pack"), language, QStringLiteral("2026-11-30"), path);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString text = kai::test::pdfText(path).simplified();
        if (text.isEmpty())
            QSKIP("pdftotext is not installed (Debian package poppler-utils); the text layer was not checked");
        QVERIFY2(text.contains(expected), qPrintable(expected));
        // Before the correction, nothing contradicts the total.
        const QString before = m_out.filePath(QStringLiteral("stale-before-%1.pdf").arg(language));
        QVERIFY(exportPdf(sample, QStringLiteral("pack"), language, QStringLiteral("2026-08-31"), before).exitCode == 0);
        QVERIFY(!kai::test::pdfText(before).simplified().contains(expected.left(8)));
    }
};

QTEST_MAIN(TestPdfText)
#include "tst_pdf_text.moc"
