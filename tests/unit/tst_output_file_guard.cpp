// SPDX-License-Identifier: GPL-3.0-or-later
// Exports and import reports are written only as new files or over regular files: never through a
// symbolic link, never over a device, pipe or folder, never over a database of this app.
#include "TestSupport.h"
#include "export/AtomicFileWriter.h"
#include "files/OutputFileGuard.h"
#include "import/ImportReportWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using kai::files::OutputFileGuard;

namespace {
using kai::test::writeFile;
using kai::test::readFile;
bool writeHello(QIODevice &device)
{
    return device.write("hello") == 5;
}

kai::import::ImportIssues issues(const QString &reason)
{
    return {{QStringLiteral("usage.csv"), 3, QStringLiteral("node"), reason}};
}
} // namespace

class TestOutputFileGuard : public QObject
{
    Q_OBJECT

private:
    kai::test::SampleDatabase *m_sample = nullptr;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        kai::test::enterTestMode();
        m_sample = new kai::test::SampleDatabase;
    }

    void cleanupTestCase() { delete m_sample; }

    void newAndRegularFilesMayBeWritten()
    {
        QCOMPARE(OutputFileGuard::refusal(m_dir.filePath(QStringLiteral("new.png"))), QString());
        QCOMPARE(OutputFileGuard::refusal(writeFile(m_dir.filePath(QStringLiteral("old.png")), "x")), QString());
    }

    void theDatabaseAndItsSideFilesAreRefused()
    {
        const QString db = m_sample->path();
        const QByteArray before = kai::test::fileHash(db);
        for (const QString &path : {db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm"),
                                    db + QStringLiteral("-journal")}) {
            const QString reason = OutputFileGuard::refusal(path);
            QVERIFY2(reason.contains(QLatin1String("K-AI Dashboard database")), qPrintable(path + QLatin1Char(' ') + reason));
            QVERIFY(!kai::ui::AtomicFileWriter::write(path, writeHello).isEmpty());
        }
        QCOMPARE(kai::test::fileHash(db), before);
        QVERIFY(!QFileInfo::exists(db + QStringLiteral("-journal")));
    }

    void aCopyOrHardLinkOfADatabaseIsRecognisedByItsHeader()
    {
        const QString copy = m_dir.filePath(QStringLiteral("renamed-copy.png"));
        QVERIFY(QFile::copy(m_sample->path(), copy));
        QVERIFY(OutputFileGuard::refusal(copy).contains(QLatin1String("K-AI Dashboard database")));
#ifdef Q_OS_UNIX
        const QString link = m_dir.filePath(QStringLiteral("hard-link.png"));
        QCOMPARE(QProcess::execute(QStringLiteral("ln"), {m_sample->path(), link}), 0);
        QVERIFY(OutputFileGuard::refusal(link).contains(QLatin1String("K-AI Dashboard database")));
#endif
        // Somebody else's SQLite file or a PNG is an ordinary file to replace.
        const QString other = writeFile(m_dir.filePath(QStringLiteral("other.sqlite")),
                                        QByteArray("SQLite format 3\0", 16) + QByteArray(84, '\0'));
        QCOMPARE(OutputFileGuard::refusal(other), QString());
    }

    void foldersDevicesAndPipesAreRefused()
    {
        QVERIFY(OutputFileGuard::refusal(m_dir.path()).contains(QLatin1String("is a folder")));
#ifdef Q_OS_UNIX
        QVERIFY(OutputFileGuard::refusal(QStringLiteral("/dev/null")).contains(QLatin1String("not a regular file")));
        const QString fifo = m_dir.filePath(QStringLiteral("pipe.png"));
        QCOMPARE(QProcess::execute(QStringLiteral("mkfifo"), {fifo}), 0);
        QVERIFY(OutputFileGuard::refusal(fifo).contains(QLatin1String("not a regular file")));
        QVERIFY(!kai::ui::AtomicFileWriter::write(fifo, writeHello).isEmpty());
        QVERIFY(!QFileInfo(fifo).isFile());  // still the pipe, not replaced by a regular file
#endif
        QVERIFY(OutputFileGuard::refusal(m_dir.filePath(QStringLiteral("no-such-folder/x.png"))).contains(QLatin1String("does not exist")));
    }

    void symbolicLinksAreNeverWrittenThrough()
    {
        const QString target = writeFile(m_dir.filePath(QStringLiteral("precious.txt")), "keep me");
        const QString link = m_dir.filePath(QStringLiteral("link.png"));
        if (!QFile::link(target, link))
            QSKIP("this file system cannot make symbolic links");
        QVERIFY(OutputFileGuard::refusal(link).contains(QLatin1String("symbolic link")));
        QVERIFY(!kai::ui::AtomicFileWriter::write(link, writeHello).isEmpty());
        QCOMPARE(readFile(target), QByteArray("keep me"));
        QVERIFY(QFileInfo(link).isSymLink());
        // A link to nowhere is refused too: writing would create its target.
        const QString dangling = m_dir.filePath(QStringLiteral("dangling.png"));
        QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("nowhere.png")), dangling));
        QVERIFY(OutputFileGuard::refusal(dangling).contains(QLatin1String("symbolic link")));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("nowhere.png"))));
    }

    void theImportReportIsNotWrittenThroughALink()
    {
        const QString target = writeFile(m_dir.filePath(QStringLiteral("victim.txt")), "keep me");
        const QString report = kai::import::ImportReportWriter::reportPathFor(m_dir.filePath(QStringLiteral("u.csv")));
        if (!QFile::link(target, report))
            QSKIP("this file system cannot make symbolic links");
        const QString error = kai::import::ImportReportWriter::write(report, issues(QStringLiteral("bad")), 0);
        QVERIFY2(error.contains(QLatin1String("symbolic link")), qPrintable(error));
        QCOMPARE(readFile(target), QByteArray("keep me"));
    }

    void aFolderInTheWayOfTheReportIsReported()
    {
        const QString report = kai::import::ImportReportWriter::reportPathFor(m_dir.filePath(QStringLiteral("f.csv")));
        QVERIFY(QDir().mkpath(report));
        const QString error = kai::import::ImportReportWriter::write(report, issues(QStringLiteral("bad")), 0);
        QVERIFY2(error.contains(QLatin1String("is a folder")), qPrintable(error));
    }

    void theReportIsValidUtf8WithoutNul()
    {
        const QString report = kai::import::ImportReportWriter::reportPathFor(m_dir.filePath(QStringLiteral("nul.csv")));
        QString reason = QStringLiteral("node a");
        reason += QChar(0);
        reason += QStringLiteral("b ");
        reason += QChar(0xD800);  // a lone surrogate, as a broken decoder might leave
        reason += QStringLiteral(" 한글 \U0001F600 tab\tend\x01");
        QCOMPARE(kai::import::ImportReportWriter::write(report, issues(reason), 0), QString());
        const QByteArray bytes = readFile(report);
        QVERIFY(!bytes.contains('\0'));
        QVERIFY(!bytes.contains('\x01'));
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder(bytes);
        QVERIFY(!decoder.hasError());
        QVERIFY2(text.contains(QStringLiteral("node a\uFFFDb \uFFFD 한글 \U0001F600 tab\tend\uFFFD")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestOutputFileGuard)
#include "tst_output_file_guard.moc"
