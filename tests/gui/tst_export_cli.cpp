// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppProcess.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
using kai::test::runApp;
using Run = kai::test::AppRun;

int pdfPageCount(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray pdf = file.readAll();
    int count = 0;
    for (qsizetype at = pdf.indexOf("/Type /Page"); at >= 0; at = pdf.indexOf("/Type /Page", at + 1)) {
        if (pdf.mid(at + 11, 1) != "s")
            ++count;
    }
    return count;
}
} // namespace

class TestExportCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTemporaryDir m_out;
    kai::test::SampleDatabase *m_sample = nullptr;

    QStringList exportArgs(const QStringList &extra) const
    {
        return QStringList{QStringLiteral("export"), QStringLiteral("--db"), m_sample->path()} + extra;
    }

private slots:
    void initTestCase()
    {
        kai::test::enterTestMode();
        m_sample = new kai::test::SampleDatabase;
    }

    void cleanupTestCase() { delete m_sample; }

    void exportsAPngWithoutADisplay()
    {
        const QString path = m_out.filePath(QStringLiteral("rounds.png"));
        const Run run = runApp(exportArgs({QStringLiteral("--view"), QStringLiteral("rounds"), QStringLiteral("--lang"),
                                           QStringLiteral("ko"), QStringLiteral("--size"), QStringLiteral("1280x720"),
                                           QStringLiteral("--scale"), QStringLiteral("2"), QStringLiteral("--as-of"),
                                           QStringLiteral("2026-03-01"), QStringLiteral("--out"), path}),
                               m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QImage(path).size(), QSize(2560, 1440));

        // The same data and options give the same picture.
        const QString again = m_out.filePath(QStringLiteral("rounds-again.png"));
        runApp(exportArgs({QStringLiteral("--view"), QStringLiteral("rounds"), QStringLiteral("--lang"), QStringLiteral("ko"),
                           QStringLiteral("--size"), QStringLiteral("1280x720"), QStringLiteral("--scale"), QStringLiteral("2"),
                           QStringLiteral("--as-of"), QStringLiteral("2026-03-01"), QStringLiteral("--out"), again}),
               m_home.path());
        QCOMPARE(kai::test::fileHash(again), kai::test::fileHash(path));
    }

    void bilingualTwinsShareLayoutAndSize()
    {
        const QString path = m_out.filePath(QStringLiteral("overview.png"));
        const Run run = runApp(exportArgs({QStringLiteral("--view"), QStringLiteral("overview"), QStringLiteral("--lang"),
                                           QStringLiteral("both"), QStringLiteral("--size"), QStringLiteral("1280x720"),
                                           QStringLiteral("--out"), path}),
                               m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage korean(m_out.filePath(QStringLiteral("overview_ko.png")));
        const QImage english(m_out.filePath(QStringLiteral("overview_en.png")));
        QCOMPARE(korean.size(), QSize(1280, 720));
        QCOMPARE(english.size(), korean.size());
        QVERIFY(korean != english);
        QVERIFY(!QFileInfo::exists(path));
    }

    void briefingPackIsOnePdf()
    {
        const QString path = m_out.filePath(QStringLiteral("pack.pdf"));
        const Run run = runApp(exportArgs({QStringLiteral("--view"), QStringLiteral("pack"), QStringLiteral("--lang"),
                                           QStringLiteral("en"), QStringLiteral("--press"), QStringLiteral("--out"), path}),
                               m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(pdfPageCount(path) >= 1 + 5 + 4 + 1);  // cover, five views, more charts, at least one sources page
    }

    void everyTabAndFilterExports()
    {
        // Each Rounds tab by name, a round by code, GPU with its filters.
        const QList<QStringList> targets = {
            {QStringLiteral("rounds-results"), QStringLiteral("--round"), QStringLiteral("document-review")},
            {QStringLiteral("rounds-performance")}, {QStringLiteral("rounds-funnel")}, {QStringLiteral("rounds-ranks")},
            {QStringLiteral("rounds-funding")}, {QStringLiteral("rounds-whatif")},
            {QStringLiteral("gpu"), QStringLiteral("--consortium"), QStringLiteral("lg"), QStringLiteral("--from"),
             QStringLiteral("2025-09-01"), QStringLiteral("--to"), QStringLiteral("2025-12-31")}};
        for (const QStringList &target : targets) {
            const QString path = m_out.filePath(target.first() + QStringLiteral(".svg"));
            const Run run = runApp(exportArgs(QStringList{QStringLiteral("--view")} + target
                                              + QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--as-of"),
                                                            QStringLiteral("2026-03-01"), QStringLiteral("--out"), path}),
                                   m_home.path());
            QVERIFY2(run.exitCode == 0, qPrintable(target.first() + QLatin1Char(' ') + run.err));
            QVERIFY(QFileInfo(path).size() > 1000);
        }
    }

    void badArgumentsExitTwoAndWriteNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const auto args = [](std::initializer_list<const char *> list) {
            QStringList result;
            for (const char *item : list)
                result << QString::fromLatin1(item);
            return result;
        };
        QTest::newRow("unknown view") << args({"--view", "charts"}) << QStringLiteral("Unknown view");
        QTest::newRow("zero size") << args({"--view", "overview", "--size", "0x0"}) << QStringLiteral("size");
        QTest::newRow("too large") << args({"--view", "overview", "--size", "16385x1000"}) << QStringLiteral("16384");
        QTest::newRow("too large scaled") << args({"--view", "overview", "--size", "8000x1000", "--scale", "3"})
                                          << QStringLiteral("16384");
        QTest::newRow("as-of too early") << args({"--view", "overview", "--as-of", "2024-12-31"}) << QStringLiteral("2025");
        QTest::newRow("as-of too late") << args({"--view", "overview", "--as-of", "2028-01-01"}) << QStringLiteral("2027");
        QTest::newRow("unknown format") << args({"--view", "overview", "--format", "gif"}) << QStringLiteral("format");
        QTest::newRow("pack as png") << args({"--view", "pack", "--format", "png"}) << QStringLiteral("PDF");
        QTest::newRow("unknown language") << args({"--view", "overview", "--lang", "fr"}) << QStringLiteral("language");
        QTest::newRow("no view") << args({"--format", "png"}) << QStringLiteral("--view");
        QTest::newRow("what-if in press") << args({"--view", "rounds-whatif", "--press"}) << QStringLiteral("--press");
        QTest::newRow("unknown round") << args({"--view", "rounds-results", "--round", "nope"}) << QStringLiteral("nope");
        QTest::newRow("bad GPU date") << args({"--view", "gpu", "--from", "2026-13-01"}) << QStringLiteral("2026-13-01");
    }

    void badArgumentsExitTwoAndWriteNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QString path = m_out.filePath(QStringLiteral("refused.png"));
        const Run run = runApp(exportArgs(arguments + QStringList{QStringLiteral("--out"), path}), m_home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(QDir(m_out.path()).entryList({QStringLiteral("refused*")}, QDir::Files), QStringList());
    }

    void unwritablePathExitsTwo()
    {
        const QString path = m_out.filePath(QStringLiteral("no-such-folder/view.png"));
        const Run run = runApp(exportArgs({QStringLiteral("--view"), QStringLiteral("overview"), QStringLiteral("--out"), path}),
                               m_home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("does not exist")), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(path));
    }

    void exportOptionsBelongToExport()
    {
        const Run run = runApp({QStringLiteral("check"), QStringLiteral("--db"), m_sample->path(), QStringLiteral("--view"),
                                QStringLiteral("overview")},
                               m_home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("only to the export command")), qPrintable(run.err));
        QCOMPARE(runApp({QStringLiteral("check"), QStringLiteral("--db"), m_sample->path()}, m_home.path()).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_export_cli.moc"
