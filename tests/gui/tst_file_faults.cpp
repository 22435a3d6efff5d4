// SPDX-License-Identifier: GPL-3.0-or-later
// Faults of the file system under the command line (issue 13, the file half of the fault suite):
// a disk that fills during an export, a read-only folder, a damaged -wal, two writers at once.
// Tests that need root to mount a small file system skip with a message otherwise.
#include "BuildPaths.h"
#include "AppProcess.h"
#include "TestFolders.h"
#include "TestSupport.h"
#include "store/SqliteConnection.h"
#include "store/StoreError.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kai;

namespace {
using kai::test::writeFile;
using test::runApp;
using Run = test::AppRun;

QStringList listing(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

QStringList exportArgs(const QString &db, const QString &view, const QString &out)
{
    return {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--view"), view,
            QStringLiteral("--as-of"), QStringLiteral("2026-03-01"), QStringLiteral("--out"), out};
}
} // namespace

class TestFileFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

private slots:
    void initTestCase() { test::enterTestMode(); }

    // Used to end in "libpng error: Write Error"; an older file at the path must survive.
    void aDiskThatFillsDuringAnExportSaysDiskFull_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QString>("name");
        QTest::newRow("png") << QStringLiteral("overview") << QStringLiteral("overview.png");
        QTest::newRow("svg") << QStringLiteral("gpu") << QStringLiteral("gpu.svg");
        QTest::newRow("pdf pack") << QStringLiteral("pack") << QStringLiteral("pack.pdf");
    }

    void aDiskThatFillsDuringAnExportSaysDiskFull()
    {
        QFETCH(QString, view);
        QFETCH(QString, name);
        test::SampleDatabase sample;
        test::SmallFileSystem disk(QStringLiteral("1m"));
        if (!disk.skipReason().isEmpty())
            QSKIP(qPrintable(disk.skipReason()));
        const QString out = writeFile(disk.filePath(name), "the older export");
        disk.fill();
        const Run run = runApp(exportArgs(sample.path(), view, out), m_home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("is full")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("libpng")), qPrintable(run.err));
        QFile older(out);
        QVERIFY(older.open(QIODevice::ReadOnly));
        QCOMPARE(older.readAll(), QByteArray("the older export"));
        QCOMPARE(listing(disk.path()), (QStringList{QStringLiteral("filler.bin"), name}));  // no temporary file left
    }

    void anImportOnAFullDiskChangesNothing()
    {
        test::SmallFileSystem disk(QStringLiteral("2m"));
        if (!disk.skipReason().isEmpty())
            QSKIP(qPrintable(disk.skipReason()));
        test::SampleDatabase sample;
        const QString db = disk.filePath(QStringLiteral("sample.sqlite"));
        QVERIFY(QFile::copy(sample.path(), db));
        QByteArray csv = "period_start,consortium,gpu_model,gpu_hours_used,node\n";
        for (int hour = 0; hour < 20000; ++hour)
            csv += QStringLiteral("2027-0%1-01T00:00,lg,B200,1,node-%2\n").arg(1 + hour % 9).arg(hour).toUtf8();
        QTemporaryDir source;
        const QString file = writeFile(source.filePath(QStringLiteral("big.csv")), csv);
        disk.fill();
        const Run run = runApp({QStringLiteral("import-gpu-usage"), file, QStringLiteral("--db"), db}, m_home.path());
        // Refused at the open (no room for the -shm) or rolled back: either way exit 2.
        QVERIFY2(run.exitCode == 2, qPrintable(run.out + run.err));
        QFile::remove(disk.filePath(QStringLiteral("filler.bin")));
        // Whatever SQLite left in the -wal is rolled back: the data is what it was.
        const Run check = runApp({QStringLiteral("check"), QStringLiteral("--db"), db}, m_home.path());
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
        store::SqliteConnection connection = store::SqliteConnection::open(db, store::SqliteConnection::OpenMode::ReadOnly);
        QCOMPARE(connection.queryInt(QStringLiteral("SELECT count(*) FROM gpu_usage WHERE period_start >= 1798761600")), 0);
    }

    void aReadOnlyFolderIsReadNotRefused()
    {
        test::SampleDatabase sample;
        test::ReadOnlyFolder folder({sample.path()});
        if (!folder.skipReason().isEmpty())
            QSKIP(qPrintable(folder.skipReason()));
        const QString db = folder.filePath(QStringLiteral("sample.sqlite"));
        QTemporaryDir out;
        const Run run = runApp(exportArgs(db, QStringLiteral("pack"), out.filePath(QStringLiteral("pack.pdf"))), m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("read-only")), qPrintable(run.err));
        QCOMPARE(listing(folder.path()), QStringList{QStringLiteral("sample.sqlite")});
    }

    // A -wal that is garbage (a crash mid-write, a bad copy): SQLite ignores a -wal whose header
    // or checksums do not match, so the database reads as last checkpointed, and nothing is lost.
    void aDamagedWalIsIgnoredNotFatal()
    {
        test::SampleDatabase sample;
        const QString db = sample.path();
        const QByteArray before = test::fileHash(db);
        QByteArray garbage(64 * 1024, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 7919) & 0xFF);
        writeFile(db + QStringLiteral("-wal"), garbage);
        const Run run = runApp({QStringLiteral("check"), QStringLiteral("--db"), db}, m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QCOMPARE(test::fileHash(db), before);
        // A -wal with a valid header but torn frames: the same.
        store::SqliteConnection writer = store::SqliteConnection::open(db, store::SqliteConnection::OpenMode::ReadWrite);
        writer.execute(QStringLiteral("PRAGMA wal_autocheckpoint = 0; UPDATE program SET name_en = name_en"));
        QFile wal(db + QStringLiteral("-wal"));
        QVERIFY(wal.open(QIODevice::ReadWrite));
        QVERIFY(wal.size() > 32 + 24);
        wal.seek(32 + 24 + 100);  // inside the first frame's page
        wal.write(QByteArray(512, '\xEE'));
        wal.close();
        const Run torn = runApp({QStringLiteral("check"), QStringLiteral("--db"), db}, m_home.path());
        QVERIFY2(torn.exitCode == 0, qPrintable(torn.out + torn.err));
    }

    // A second import used to fail after 5 s; it now waits (up to 30 s) and says so.
    void aSecondWriterWaitsWithAMessage()
    {
        test::SampleDatabase sample;
        QTemporaryDir dir;
        const QString csv = writeFile(dir.filePath(QStringLiteral("usage.csv")),
                                      "period_start,consortium,gpu_model,gpu_hours_used,node\n2027-03-01T09:00,lg,B200,8,n1\n");
        store::SqliteConnection first = store::SqliteConnection::open(sample.path(), store::SqliteConnection::OpenMode::ReadWrite);
        first.execute(QStringLiteral("BEGIN IMMEDIATE"));

        QProcess second;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_home.path());
        second.setProcessEnvironment(environment);
        second.start(kai::test::appBinary(), {QStringLiteral("import-gpu-usage"), csv, QStringLiteral("--db"), sample.path()});
        QVERIFY(second.waitForStarted());
        QElapsedTimer waited;
        waited.start();
        QByteArray err;
        // Past the old 5 s limit it is still waiting, and has said so.
        while (waited.elapsed() < 7000 && second.state() == QProcess::Running) {
            second.waitForReadyRead(200);
            err += second.readAllStandardError();
        }
        QVERIFY2(second.state() == QProcess::Running, err.constData());
        QVERIFY2(err.contains("waiting for it to finish"), err.constData());
        first.execute(QStringLiteral("COMMIT"));
        QVERIFY(second.waitForFinished(30000));
        err += second.readAllStandardError();
        QVERIFY2(second.exitCode() == 0, err.constData());
        QVERIFY(second.readAllStandardOutput().contains("imported: 1"));
    }

    void aWriterGivesUpAfterItsWaitAndSaysHowLong()
    {
        test::SampleDatabase sample;
        store::SqliteConnection first = store::SqliteConnection::open(sample.path(), store::SqliteConnection::OpenMode::ReadWrite);
        store::SqliteConnection second = store::SqliteConnection::open(sample.path(), store::SqliteConnection::OpenMode::ReadWrite);
        first.execute(QStringLiteral("BEGIN IMMEDIATE"));
        QList<std::pair<int, bool>> reports;
        second.setBusyWait(1500, [&reports](int waitedMs, bool givingUp) { reports.append({waitedMs, givingUp}); });
        QElapsedTimer timer;
        timer.start();
        QVERIFY_THROWS_EXCEPTION(store::StoreError, second.execute(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(timer.elapsed() >= 1500);
        QVERIFY(reports.size() >= 2);
        QVERIFY(reports.first().first >= 1000 && !reports.first().second);
        QVERIFY(reports.last().first >= 1500 && reports.last().second);
        first.execute(QStringLiteral("ROLLBACK"));
    }
};

QTEST_MAIN(TestFileFaults)
#include "tst_file_faults.moc"
