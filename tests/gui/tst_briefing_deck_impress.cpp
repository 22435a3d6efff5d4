// SPDX-License-Identifier: GPL-3.0-or-later
// The briefing deck as a reader's software sees it: LibreOffice Impress opens and converts it
// (one page per slide, Korean headlines extractable as text). Exits 77 (skipped) without soffice.
#include "AppProcess.h"
#include "TestSupport.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QApplication>
#include <QDir>
#include <QUrl>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {
constexpr int SkipExitCode = 77;

QString soffice()
{
    for (const char *name : {"soffice", "libreoffice"}) {
        const QString path = QStandardPaths::findExecutable(QLatin1String(name));
        if (!path.isEmpty())
            return path;
    }
    return {};
}

QString withoutSpace(QString text)
{
    // Also the no-break spaces of numbers with units, which PDF text gives as plain spaces.
    return text.remove(QRegularExpression(QStringLiteral("\\s"), QRegularExpression::UseUnicodePropertiesOption));
}

// The title placeholder's text of every slide, in order.
QStringList headlines(const QString &path)
{
    QStringList result;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return result;
    for (int n = 1; zip.setCurrentFile(QStringLiteral("ppt/slides/slide%1.xml").arg(n)); ++n) {
        QuaZipFile file(&zip);
        file.open(QIODevice::ReadOnly);
        QXmlStreamReader reader(file.readAll());
        QString title;
        bool inTitle = false;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement() && reader.name() == QLatin1String("ph")) {
                const auto type = reader.attributes().value(QLatin1String("type"));
                inTitle = type == QLatin1String("title") || type == QLatin1String("ctrTitle");
            } else if (inTitle && reader.isStartElement() && reader.name() == QLatin1String("t")) {
                title += reader.readElementText();
            } else if (reader.isEndElement() && reader.name() == QLatin1String("sp")) {
                if (inTitle)
                    break;
            }
        }
        result << title;
    }
    return result;
}

QString run(const QString &program, const QStringList &arguments, int timeoutMs, int *exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(timeoutMs);
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}
} // namespace

class TestBriefingDeckImpress : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTemporaryDir m_out;
    QTemporaryDir m_profile;  // LibreOffice's own user profile, never the developer's
    kai::test::SampleDatabase *m_sample = nullptr;

private slots:
    void initTestCase()
    {
        kai::test::enterTestMode();
        m_sample = new kai::test::SampleDatabase;
    }

    void cleanupTestCase() { delete m_sample; }

    void convertsInImpressWithOnePagePerSlide_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("internal") << QStringList();
        QTest::newRow("press") << QStringList{QStringLiteral("--press")};
    }

    void convertsInImpressWithOnePagePerSlide()
    {
        QFETCH(QStringList, extra);
        const QString base = m_out.filePath(QStringLiteral("deck-%1.pptx").arg(QLatin1String(QTest::currentDataTag())));
        const kai::test::AppRun exported = kai::test::runApp(
            QStringList{QStringLiteral("export"), QStringLiteral("--db"), m_sample->path(), QStringLiteral("--view"),
                        QStringLiteral("deck"), QStringLiteral("--lang"), QStringLiteral("both"), QStringLiteral("--as-of"),
                        QStringLiteral("2026-11-29"), QStringLiteral("--out"), base} + extra,
            m_home.path());
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const QStringList decks = {QString(base).replace(QLatin1String(".pptx"), QLatin1String("_ko.pptx")),
                                   QString(base).replace(QLatin1String(".pptx"), QLatin1String("_en.pptx"))};
        int exitCode = -1;
        const QStringList arguments{QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(m_profile.path()).toString(),
                                    QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                                    QStringLiteral("--outdir"), m_out.path()};
        const QString log = run(soffice(), arguments + decks, 240000, &exitCode);
        QVERIFY2(exitCode == 0, qPrintable(log));
        for (const QString &deck : decks) {
            const QString pdf = QString(deck).replace(QLatin1String(".pptx"), QLatin1String(".pdf"));
            QVERIFY2(QFile::exists(pdf), qPrintable(log));
            const QStringList titles = headlines(deck);
            QVERIFY(titles.size() > 10);
            const QString info = run(QStringLiteral("pdfinfo"), {pdf}, 60000);
            const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
            QVERIFY2(pages.hasMatch(), qPrintable(info));
            QCOMPARE(pages.captured(1).toInt(), titles.size());
            const QString text = withoutSpace(run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")}, 60000));
            for (const QString &title : titles)
                QVERIFY2(text.contains(withoutSpace(title)), qPrintable(title));
            if (deck.endsWith(QLatin1String("_ko.pptx")))
                QVERIFY(text.contains(QRegularExpression(QStringLiteral("[\\x{AC00}-\\x{D7A3}]{2,}"))));
        }
    }
};

int main(int argc, char *argv[])
{
    if (soffice().isEmpty() || QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()) {
        qInfo("soffice, pdftotext or pdfinfo is not installed: skipped");
        return SkipExitCode;
    }
    QApplication app(argc, argv);
    TestBriefingDeckImpress test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_briefing_deck_impress.moc"
