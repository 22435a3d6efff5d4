// SPDX-License-Identifier: GPL-3.0-or-later
// Exported PDFs have a searchable text layer: spaces came out as \x01 (issue 13, item 14).
#include "AppProcess.h"
#include "TestSupport.h"
#include "common/BundledFonts.h"
#include "export/ExportFont.h"
#include "export/PdfTextLayer.h"

#include <QProcess>
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

    void exportedPdfTextCanBeSearched_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("view, English") << QStringLiteral("overview") << QStringLiteral("en")
                                       << QStringLiteral("Best performance vs frontier");
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
};

QTEST_MAIN(TestPdfText)
#include "tst_pdf_text.moc"
