// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppProcess.h"
#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
using kai::test::writeFile;
using kai::test::runApp;
using Run = kai::test::AppRun;

const QByteArray Valid = "period_start,consortium,gpu_model,gpu_hours_used,node\n"
                         "2027-03-01T09:00,lg,B200,8,n1\n2027-03-01T10:00,upstage,H100,4,n2\n";
} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

private slots:
    void initTestCase() { kai::test::enterTestMode(); }

    void importsAndReimportsNothing()
    {
        kai::test::SampleDatabase sample;
        const QString csv = writeFile(sample.dirPath() + QStringLiteral("/usage.csv"), Valid);
        const QStringList args = {QStringLiteral("import-gpu-usage"), csv, QStringLiteral("--db"), sample.path()};
        Run run = runApp(args, m_home.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("imported: 2")), qPrintable(run.out + run.err));
        run = runApp(args, m_home.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("imported: 0, already present: 2")), qPrintable(run.out + run.err));
        QVERIFY(!QFile::exists(csv + QStringLiteral(".import-report.csv")));
    }

    void skippedRowsExitOneAndWriteTheReport()
    {
        kai::test::SampleDatabase sample;
        const QString csv =
            writeFile(sample.dirPath() + QStringLiteral("/bad.csv"), Valid + "2027-03-01,nobody,B200,8,n1\n");
        const Run run = runApp({QStringLiteral("import-gpu-usage"), csv, QStringLiteral("--db"), sample.path()},
                               m_home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QLatin1String("bad.csv:4: consortium")), qPrintable(run.out));
        QVERIFY(QFile::exists(csv + QStringLiteral(".import-report.csv")));
    }

    void strictModeImportsNothing()
    {
        kai::test::SampleDatabase sample;
        const QByteArray before = kai::test::fileHash(sample.path());
        const QString csv =
            writeFile(sample.dirPath() + QStringLiteral("/bad.csv"), Valid + "2027-03-01,lg,B200,-8,n1\n");
        const Run run = runApp({QStringLiteral("import-gpu-usage"), csv, QStringLiteral("--db"), sample.path(),
                                QStringLiteral("--strict")},
                               m_home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains(QLatin1String("imported: 0")));
        QVERIFY(run.err.contains(QLatin1String("Strict mode")));
    }

    void badArgumentsExitTwo()
    {
        kai::test::SampleDatabase sample;
        QCOMPARE(runApp({QStringLiteral("import-gpu-usage"), QStringLiteral("--db"), sample.path()}, m_home.path()).exitCode, 2);
        QCOMPARE(runApp({QStringLiteral("import-gpu-usage"), sample.dirPath() + QStringLiteral("/missing.csv"),
                         QStringLiteral("--db"), sample.path()},
                        m_home.path())
                     .exitCode,
                 2);
        const QString noColumns = writeFile(sample.dirPath() + QStringLiteral("/x.csv"), "a,b\n1,2\n");
        const Run run = runApp({QStringLiteral("import-gpu-usage"), noColumns, QStringLiteral("--db"), sample.path()},
                               m_home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("period_start")));
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
