// SPDX-License-Identifier: GPL-3.0-or-later
// Prints what a review copy costs on a large database (issue 18): making the copy, and verifying
// it when it is opened (open read-only + the content checksum against the manifest, what the
// status bar and every export do), unchanged and after a write to the copy; against the full scan
// of every table that the checksum cache (issue 19) replaces. The given database is only read: it
// is backed up into a temporary folder first, and that copy is upgraded like the app would.
// Usage: bench_review_copy --db FILE [--runs N] [--work DIR]   (default: 5 runs, a temporary folder)
#include "BenchStats.h"
#include "review/ReviewCopyMaker.h"
#include "review/ReviewCopyStatus.h"
#include "store/ContentChecksumCache.h"
#include "store/Database.h"
#include "store/SqliteConnection.h"
#include "store/SqliteTransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

using namespace kai;

namespace {

double elapsedMs(const std::function<void()> &work)
{
    return bench::medianMs(1, work);
}

// Open as the window opens a review copy (read-only), then verify it against its manifest.
review::ReviewCopyStatus openAndVerify(const QString &copy)
{
    store::Database::OpenResult opened = store::Database::open(copy, {});
    if (!opened)
        qFatal("%s", qPrintable(opened.error));
    return review::ReviewCopyStatus::of(opened.database->connection());
}

QString verdict(const review::ReviewCopyStatus &status)
{
    return status.isUnchanged() ? QStringLiteral("unchanged") : QStringLiteral("modified");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral(KAI_VERSION));
    const QStringList arguments = app.arguments();
    const QString source = bench::argumentValue(arguments, QStringLiteral("--db"));
    const int runs = bench::argumentValue(arguments, QStringLiteral("--runs"), QStringLiteral("5")).toInt();
    if (source.isEmpty()) {
        QTextStream(stderr) << "usage: bench_review_copy --db FILE [--runs N] [--work DIR]\n";
        return 2;
    }
    QTemporaryDir temporary;
    const QDir work(bench::argumentValue(arguments, QStringLiteral("--work"), temporary.path()));
    const QString office = work.filePath(QStringLiteral("office.sqlite"));
    const QString copy = work.filePath(QStringLiteral("review-copy.sqlite"));
    QFile::remove(office);
    QFile::remove(copy);  // a copy is never written over an existing database
    QTextStream out(stdout);
    out << QStringLiteral("database %1, load average %2, %3 runs\n").arg(source, bench::loadAverage()).arg(runs);

    const double backup = elapsedMs([&] {
        store::SqliteConnection::open(source, store::SqliteConnection::OpenMode::ReadOnly).backupTo(office);
    });
    out << QStringLiteral("backup of the given database (setup): %1 ms\n").arg(backup, 0, 'f', 0);
    const double upgrade = elapsedMs([&] {
        store::Database::OpenResult opened = store::Database::open(office, {});
        if (!opened)
            qFatal("%s", qPrintable(opened.error));
        store::SqliteTransaction transaction(opened.database->connection());
        store::ContentChecksumCache::refresh(opened.database->connection());  // as after the office's last write
        transaction.commit();
    });
    out << QStringLiteral("office open read-write (upgrade, checksum cache) (setup): %1 ms\n").arg(upgrade, 0, 'f', 0);

    const double made = elapsedMs([&] {
        store::Database::OpenResult opened = store::Database::open(office, {});
        const review::ReviewCopyMaker::Result result = review::ReviewCopyMaker::make(*opened.database, copy, QDate::currentDate());
        if (!result)
            qFatal("%s", qPrintable(result.error));
    });
    out << QStringLiteral("make review copy (backup + manifest): %1 ms, %2 MB\n")
               .arg(made, 0, 'f', 0)
               .arg(QFileInfo(copy).size() / 1e6, 0, 'f', 0);

    review::ReviewCopyStatus status;
    const double verify = bench::medianMs(runs, [&] { status = openAndVerify(copy); });
    out << QStringLiteral("open review copy + verify against manifest: %1 ms (%2)\n").arg(verify, 0, 'f', 1).arg(verdict(status));

    const double scan = elapsedMs([&] {
        store::Database::OpenResult opened = store::Database::open(copy, {});
        for (const QString &table : store::ContentChecksumCache::contentTables(opened.database->connection()))
            store::ContentChecksumCache::scan(opened.database->connection(), table);
    });
    out << QStringLiteral("  full scan of every table (verification without the cache): %1 ms\n").arg(scan, 0, 'f', 0);

    {
        store::Database::OpenOptions writable;
        writable.writeReviewCopy = true;
        store::Database::OpenResult opened = store::Database::open(copy, writable);
        opened.database->connection().execute(QStringLiteral(
            "UPDATE gpu_usage SET gpu_hours = gpu_hours + 1 WHERE period_start = (SELECT min(period_start) FROM gpu_usage)"));
    }
    const double modified = bench::medianMs(runs, [&] { status = openAndVerify(copy); });
    out << QStringLiteral("open review copy + verify after usage rows of one hour were changed: %1 ms (%2)\n")
               .arg(modified, 0, 'f', 1)
               .arg(verdict(status));
    return 0;
}
