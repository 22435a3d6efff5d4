// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, faults: the import process killed at random points (several seeds) leaves the
// database either unchanged or complete, never in between, and the rollup always matches.
#include "BuildPaths.h"
#include "TestSupport.h"
#include "store/GpuUsageRollup.h"
#include "store/ProgramRuleChecker.h"
#include "store/SqliteConnection.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {
constexpr int Nodes = 14;
constexpr int HoursPerNode = 20000;  // 14 x 20,000 = 280,000 rows, all inside the program's period

qint64 sampleCount(const QString &path)
{
    kai::store::Database::OpenOptions options;
    options.migrate = false;
    auto opened = kai::store::Database::open(path, options);
    if (!opened)
        qFatal("cannot open %s", qPrintable(path));
    kai::store::SqliteConnection &db = opened.database->connection();
    if (!kai::store::ProgramRuleChecker(db).checkIntegrity().isEmpty()
        || !kai::store::GpuUsageRollup::differences(db).isEmpty())
        return -1;
    return db.queryInt(QStringLiteral("SELECT count(*) FROM gpu_usage"));
}
} // namespace

class TestImportKill : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_csv;
    QString m_pristine;
    qint64 m_before = 0;

    QProcess *startImport(const QString &database, QObject *parent)
    {
        auto *process = new QProcess(parent);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/.local/share"));
        process->setProcessEnvironment(environment);
        process->start(kai::test::appBinary(),
                       {QStringLiteral("import-gpu-usage"), m_csv, QStringLiteral("--db"), database});
        return process;
    }

    QString freshCopy(const QString &name)
    {
        const QString path = m_home.filePath(name);
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        if (!QFile::copy(m_pristine, path))
            qFatal("cannot copy the sample database");
        return path;
    }

private slots:
    void initTestCase()
    {
        kai::test::enterTestMode();
        kai::test::SampleDatabase sample;
        m_pristine = m_home.filePath(QStringLiteral("pristine.sqlite"));
        QVERIFY(QFile::copy(sample.path(), m_pristine));
        m_before = sampleCount(m_pristine);
        QVERIFY(m_before > 0);
        m_csv = m_home.filePath(QStringLiteral("usage.csv"));
        QFile file(m_csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("period_start,consortium,gpu_model,gpu_hours_used,node,utilization_pct\n");
        const QDateTime start(QDate(2025, 6, 2), QTime(0, 0), QTimeZone::utc());
        for (int hour = 0; hour < HoursPerNode; ++hour) {
            const QByteArray when = start.addSecs(qint64(hour) * 3600).toString(Qt::ISODate).toUtf8();
            for (int node = 0; node < Nodes; ++node)
                file.write(when + ",lg,B200,7.5,kill-n" + QByteArray::number(node) + ",80\n");
        }
    }

    void killedImportsLeaveTheDatabaseUnchangedOrComplete()
    {
        // One run to the end measures how long an import takes and what "complete" looks like.
        const QString complete = freshCopy(QStringLiteral("complete.sqlite"));
        QElapsedTimer timer;
        timer.start();
        {
            QObject owner;
            QProcess *process = startImport(complete, &owner);
            QVERIFY(process->waitForFinished(300000));
            QCOMPARE(process->exitCode(), 0);
        }
        const qint64 fullMs = std::max<qint64>(timer.elapsed(), 50);
        const qint64 after = sampleCount(complete);
        QCOMPARE(after, m_before + Nodes * HoursPerNode);

        int unchanged = 0;
        int completed = 0;
        for (quint32 seed : {1u, 2u, 3u, 4u, 5u, 6u}) {
            QRandomGenerator random(seed);
            const int delayMs = int(random.bounded(fullMs * 11 / 10) + 1);
            const QString database = freshCopy(QStringLiteral("killed-%1.sqlite").arg(seed));
            QObject owner;
            QProcess *process = startImport(database, &owner);
            QVERIFY(process->waitForStarted());
            QTest::qWait(delayMs);
            // A delay past the end of the import finds the process finished: nothing to kill, and
            // waitForFinished() would report false for a process that is already gone.
            if (process->state() != QProcess::NotRunning) {
                process->kill();
                QVERIFY(process->waitForFinished(60000));
            }
            const qint64 count = sampleCount(database);
            QVERIFY2(count == m_before || count == after,
                     qPrintable(QStringLiteral("seed %1, killed after %2 ms: %3 samples (before %4, complete %5)")
                                    .arg(seed)
                                    .arg(delayMs)
                                    .arg(count)
                                    .arg(m_before)
                                    .arg(after)));
            (count == m_before ? unchanged : completed) += 1;
        }
        qInfo("full import %lld ms; killed runs: %d unchanged, %d complete", fullMs, unchanged, completed);
    }
};

QTEST_GUILESS_MAIN(TestImportKill)
#include "tst_import_kill.moc"
