// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppProcess.h"
#include "TestSupport.h"
#include "store/SqliteConnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
using kai::test::runApp;
using Run = kai::test::AppRun;
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

private slots:
    void initTestCase() { kai::test::enterTestMode(); }

    void checkPassesOnTheSampleDatabase()
    {
        kai::test::SampleDatabase sample;
        const Run run = runApp({QStringLiteral("check"), QStringLiteral("--db"), sample.path()}, m_home.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("no problems found")), qPrintable(run.out + run.err));
    }

    void checkWithoutDbCreatesAndUsesTheDefaultDatabase()
    {
        QTemporaryDir home;
        const Run run = runApp({QStringLiteral("check")}, home.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFileInfo::exists(home.filePath(QStringLiteral(".local/share/kai/kai-dashboard/kai-dashboard.sqlite"))));
        QVERIFY(QFileInfo::exists(home.filePath(QStringLiteral(".local/share/kai/kai-dashboard/logs/kai-dashboard.log"))));
        QCOMPARE(runApp({QStringLiteral("check")}, home.path()).exitCode, 0);  // second run reuses it
    }

    void checkListsViolationsAndExitsOne()
    {
        kai::test::SampleDatabase sample;
        {
            auto database = sample.open();
            database->connection().execute(QStringLiteral(
                "UPDATE gpu_usage_daily SET gpu_hours = gpu_hours * 5 WHERE day = (SELECT max(day) FROM gpu_usage_daily)"));
        }
        const Run run = runApp({QStringLiteral("check"), QStringLiteral("--db"), sample.path()}, m_home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QLatin1String("[gpu-usage]")), qPrintable(run.out));
    }

    // Issue 13, item 9: check compares the rollup with the samples; --repair-rollup rebuilds it.
    void checkFindsAndRepairsADriftedRollup()
    {
        kai::test::SampleDatabase sample;
        {
            auto database = sample.open();
            database->connection().execute(QStringLiteral(
                "UPDATE gpu_usage_daily SET gpu_hours = gpu_hours * 0.5 WHERE day = (SELECT min(day) FROM gpu_usage_daily)"));
        }
        Run run = runApp({QStringLiteral("check"), QStringLiteral("--db"), sample.path()}, m_home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QLatin1String("[gpu-rollup]")), qPrintable(run.out));
        run = runApp({QStringLiteral("check"), QStringLiteral("--repair-rollup"), QStringLiteral("--db"), sample.path()},
                     m_home.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("rebuilt")), qPrintable(run.out + run.err));
        QVERIFY2(!run.out.contains(QLatin1String("[gpu-rollup]")), qPrintable(run.out));
        QCOMPARE(runApp({QStringLiteral("check"), QStringLiteral("--db"), sample.path()}, m_home.path()).exitCode, 0);
    }

    void unusableFilesExitTwoAndStayUntouched()
    {
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database\n");
        file.close();
        const QByteArray before = kai::test::fileHash(text);
        Run run = runApp({QStringLiteral("check"), QStringLiteral("--db"), text}, m_home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("notes.txt")), qPrintable(run.err));
        QCOMPARE(kai::test::fileHash(text), before);

        const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
        run = runApp({QStringLiteral("check"), QStringLiteral("--db"), missing}, m_home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!QFileInfo::exists(missing));
    }

    void badArgumentsExitTwo()
    {
        QCOMPARE(runApp({QStringLiteral("frobnicate")}, m_home.path()).exitCode, 2);
        QCOMPARE(runApp({QStringLiteral("check"), QStringLiteral("--lang"), QStringLiteral("xx")}, m_home.path()).exitCode, 2);
    }

    void versionAndHelpWorkWithoutADisplay()
    {
        Run run = runApp({QStringLiteral("--version")}, m_home.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String(KAI_VERSION)));
        run = runApp({QStringLiteral("--help")}, m_home.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("check")));
    }

    void checkSpeaksKorean()
    {
        kai::test::SampleDatabase sample;
        const Run run = runApp({QStringLiteral("check"), QStringLiteral("--lang"), QStringLiteral("ko"),
                                QStringLiteral("--db"), sample.path()},
                               m_home.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.out.contains(QLatin1String("no problems")), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
