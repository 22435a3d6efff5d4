// SPDX-License-Identifier: GPL-3.0-or-later
// The command line and the window never destroy a file they were not asked to write, and say
// clearly what is wrong with a path (issue 13, files and paths).
#include "BuildPaths.h"
#include "AppProcess.h"
#include "ShellFixture.h"
#include "TestFolders.h"
#include "export/ExportActions.h"
#include "store/MigrationRunner.h"
#include "store/SqliteConnection.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kai;

namespace {
using kai::test::writeFile;
using kai::test::readFile;
using test::runApp;
using Run = test::AppRun;

QStringList listing(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

const QByteArray UsageWithABadRow = "period_start,consortium,gpu_model,gpu_hours_used,node\n"
                                    "2027-03-01T09:00,lg,B200,8,n1\n2027-03-01,nobody,B200,8,n1\n";
} // namespace

class TestFileSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    static QStringList exportTo(const QString &db, const QString &out, const QStringList &extra = {})
    {
        return QStringList{QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--view"),
                           QStringLiteral("overview"), QStringLiteral("--as-of"), QStringLiteral("2026-03-01"),
                           QStringLiteral("--out"), out}
            + extra;
    }

private slots:
    void initTestCase() { test::enterTestMode(); }

    // Item 1: `export --out X.sqlite` used to turn the database into a PNG and exit 0.
    void anExportNeverOverwritesTheDatabase()
    {
        test::SampleDatabase sample;
        const QByteArray before = test::fileHash(sample.path());
        const QStringList files = listing(sample.dirPath());
        for (const QString &out : {sample.path(), sample.path() + QStringLiteral("-wal"),
                                   sample.path() + QStringLiteral("-shm"), sample.path() + QStringLiteral("-journal")}) {
            const Run run = runApp(exportTo(sample.path(), out), m_home.path());
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(QLatin1String("K-AI Dashboard database")), qPrintable(run.err));
            QVERIFY(!run.out.contains(QLatin1String("Wrote")));
        }
        QCOMPARE(test::fileHash(sample.path()), before);
        QCOMPARE(listing(sample.dirPath()), files);

        // Another database of this app, not the one exported, is refused as well.
        test::SampleDatabase other;
        const QByteArray otherBefore = test::fileHash(other.path());
        QCOMPARE(runApp(exportTo(sample.path(), other.path()), m_home.path()).exitCode, 2);
        QCOMPARE(test::fileHash(other.path()), otherBefore);
    }

    void theWindowsExportRefusesTheDatabaseToo()
    {
        test::SampleDatabase sample;
        const QByteArray before = test::fileHash(sample.path());
        {
            test::ShellFixture shell(sample, domain::Language::English, QDate(2026, 3, 1), true);
            ui::ExportSettings settings;
            const QString error = shell.window->exportActions()->exportView(ui::ViewId::Overview, settings, sample.path(), false);
            QVERIFY2(error.contains(QLatin1String("K-AI Dashboard database")), qPrintable(error));
            const QString packError = shell.window->exportActions()->exportPack(ui::ExportProfile::Internal,
                                                                                sample.path() + QStringLiteral("-wal"), false);
            QVERIFY2(packError.contains(QLatin1String("K-AI Dashboard database")), qPrintable(packError));
        }
        QCOMPARE(test::fileHash(sample.path()), before);
    }

    // Item 2: devices, pipes and folders are not replaced by a regular file.
    void anExportNeverReplacesAPipeOrAFolder()
    {
#ifndef Q_OS_UNIX
        QSKIP("named pipes as files are a Unix feature");
#else
        test::SampleDatabase sample;
        const QString fifo = sample.dirPath() + QStringLiteral("/pipe.png");
        QCOMPARE(QProcess::execute(QStringLiteral("mkfifo"), {fifo}), 0);
        Run run = runApp(exportTo(sample.path(), fifo), m_home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("not a regular file")), qPrintable(run.err));
        QVERIFY(QFileInfo::exists(fifo) && !QFileInfo(fifo).isFile());
        run = runApp(exportTo(sample.path(), sample.dirPath()), m_home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("is a folder")), qPrintable(run.err));
#endif
    }

    // Item 3: neither an export nor the import report writes through a symbolic link.
    void anExportNeverWritesThroughALink()
    {
        test::SampleDatabase sample;
        const QString target = writeFile(sample.dirPath() + QStringLiteral("/precious.txt"), "keep me");
        const QString link = sample.dirPath() + QStringLiteral("/link.png");
        if (!QFile::link(target, link))
            QSKIP("this file system cannot make symbolic links");
        const Run run = runApp(exportTo(sample.path(), link), m_home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("symbolic link")), qPrintable(run.err));
        QCOMPARE(readFile(target), QByteArray("keep me"));
    }

    void theImportReportIsNeverWrittenThroughALink()
    {
        test::SampleDatabase sample;
        const QString csv = writeFile(sample.dirPath() + QStringLiteral("/usage.csv"), UsageWithABadRow);
        const QString target = writeFile(sample.dirPath() + QStringLiteral("/precious.txt"), "keep me");
        if (!QFile::link(target, csv + QStringLiteral(".import-report.csv")))
            QSKIP("this file system cannot make symbolic links");
        const Run run = runApp({QStringLiteral("import-gpu-usage"), csv, QStringLiteral("--db"), sample.path()},
                               m_home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("import report was not written"))
                     && run.err.contains(QLatin1String("symbolic link")),
                 qPrintable(run.err));
        QVERIFY(!run.out.contains(QLatin1String("Report written")));
        QCOMPARE(readFile(target), QByteArray("keep me"));
    }

    void anUnwritableReportIsSaidOnStderr()
    {
        test::SampleDatabase sample;
        const QString csv = writeFile(sample.dirPath() + QStringLiteral("/usage.csv"), UsageWithABadRow);
        QVERIFY(QDir().mkpath(csv + QStringLiteral(".import-report.csv")));  // a folder in the way
        const Run run = runApp({QStringLiteral("import-gpu-usage"), csv, QStringLiteral("--db"), sample.path()},
                               m_home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("is a folder")), qPrintable(run.err));
    }

    // Item 10: every command used to call such a database "damaged".
    void aDatabaseInAReadOnlyFolderIsReadOnlyNotDamaged()
    {
        test::SampleDatabase sample;
        test::ReadOnlyFolder folder({sample.path()});
        if (!folder.skipReason().isEmpty())
            QSKIP(qPrintable(folder.skipReason()));
        const QString db = folder.filePath(QStringLiteral("sample.sqlite"));
        Run run = runApp({QStringLiteral("check"), QStringLiteral("--db"), db}, m_home.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QLatin1String("opened read-only")) && !run.err.contains(QLatin1String("damaged")),
                 qPrintable(run.err));
        QTemporaryDir out;
        run = runApp(exportTo(db, out.filePath(QStringLiteral("ro.png"))), m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString csv = writeFile(out.filePath(QStringLiteral("usage.csv")), UsageWithABadRow);
        run = runApp({QStringLiteral("import-gpu-usage"), csv, QStringLiteral("--db"), db}, m_home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("read-only")) && !run.err.contains(QLatin1String("damaged")),
                 qPrintable(run.err));
        QCOMPARE(listing(folder.path()), QStringList{QStringLiteral("sample.sqlite")});
    }

    // Item 13: `check` on an older database it could upgrade used to say it "needs write access".
    void checkOffersToUpgradeAnOlderDatabase()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("old.sqlite"));
        {
            store::SqliteConnection connection = store::SqliteConnection::open(db, store::SqliteConnection::OpenMode::Create);
            connection.applyConnectionSettings();
            store::MigrationRunner::migrate(connection, 1);
        }
        const QByteArray before = test::fileHash(db);
        Run run = runApp({QStringLiteral("check"), QStringLiteral("--db"), db}, m_home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("check --upgrade --db")) && !run.err.contains(QLatin1String("needs write access")),
                 qPrintable(run.err));
        QCOMPARE(test::fileHash(db), before);
        run = runApp({QStringLiteral("check"), QStringLiteral("--upgrade"), QStringLiteral("--db"), db}, m_home.path());
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("the previous version was saved as")), qPrintable(run.err));
        QCOMPARE(store::MigrationRunner::backupsOf(db, 1).size(), 1);
        QCOMPARE(runApp({QStringLiteral("check"), QStringLiteral("--upgrade"), QStringLiteral("--read-only")}, m_home.path()).exitCode, 2);
        QCOMPARE(runApp({QStringLiteral("export"), QStringLiteral("--upgrade")}, m_home.path()).exitCode, 2);
    }

    // Item 12: Qt 6 decodes every argument as UTF-8 on Unix, so an existing Latin-1 named database
    // was "does not exist" and --out wrote a file under a different name. Now both are refused,
    // naming the bytes, and nothing is written.
    void aFileNameThatIsNotUtf8IsRefusedNotMisread()
    {
#ifndef Q_OS_UNIX
        QSKIP("file names are UTF-16 on Windows");
#else
        test::SampleDatabase sample;
        QTemporaryDir dir;
        // The shell makes the names from raw bytes: QProcess would encode any QString as UTF-8.
        const QString script = QStringLiteral(
            "cp \"$1\" \"$2/$(printf 'caf\\351.sqlite')\" || exit 99\n"
            "\"$0\" check --db \"$2/$(printf 'caf\\351.sqlite')\" 2>\"$2/check.err\"; echo $? >\"$2/check.rc\"\n"
            "\"$0\" export --db \"$1\" --view overview --out \"$2/$(printf 'out\\351.png')\" 2>\"$2/export.err\"; "
            "echo $? >\"$2/export.rc\"\n");
        QProcess shell;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        shell.setProcessEnvironment(environment);
        shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script, kai::test::appBinary(), sample.path(), dir.path()});
        QVERIFY(shell.waitForFinished(120000));
        QCOMPARE(shell.exitCode(), 0);
        const auto text = [&](const char *name) { return QString::fromUtf8(readFile(dir.filePath(QLatin1String(name)))).trimmed(); };
        QCOMPARE(text("check.rc"), QStringLiteral("2"));
        QVERIFY2(text("check.err").contains(QLatin1String("caf\\xE9.sqlite")) && text("check.err").contains(QLatin1String("not valid UTF-8")),
                 qPrintable(text("check.err")));
        QCOMPARE(text("export.rc"), QStringLiteral("2"));
        QVERIFY2(text("export.err").contains(QLatin1String("out\\xE9.png")), qPrintable(text("export.err")));
        // Nothing written under the real name, nor under the U+FFFD one.
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("out*")}, QDir::Files | QDir::System), QStringList());
#endif
    }

    // Item 13: --format svg --out x.png wrote SVG into a file every viewer opens as a PNG.
    void aSuffixThatDisagreesWithTheFormatIsRefused()
    {
        test::SampleDatabase sample;
        QTemporaryDir out;
        Run run = runApp(exportTo(sample.path(), out.filePath(QStringLiteral("x.png")), {QStringLiteral("--format"), QStringLiteral("svg")}),
                         m_home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("x.svg")), qPrintable(run.err));
        QCOMPARE(listing(out.path()), QStringList());
        // A name without a known suffix is the user's choice.
        run = runApp(exportTo(sample.path(), out.filePath(QStringLiteral("slide.img")), {QStringLiteral("--format"), QStringLiteral("svg")}),
                     m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    // Item 13: a symbolic link loop named as the CSV or the database is not "does not exist".
    void aLinkLoopIsCalledALoop()
    {
        QTemporaryDir dir;
        const QString loop = dir.filePath(QStringLiteral("a.csv"));
        if (!QFile::link(dir.filePath(QStringLiteral("b.csv")), loop))
            QSKIP("this file system cannot make symbolic links");
        QVERIFY(QFile::link(loop, dir.filePath(QStringLiteral("b.csv"))));
        test::SampleDatabase sample;
        Run run = runApp({QStringLiteral("import-gpu-usage"), loop, QStringLiteral("--db"), sample.path()}, m_home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("loop")) && !run.err.contains(QLatin1String("does not exist")), qPrintable(run.err));
        run = runApp({QStringLiteral("check"), QStringLiteral("--db"), loop}, m_home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("loop")), qPrintable(run.err));
    }
};

QTEST_MAIN(TestFileSafety)
#include "tst_file_safety.moc"
