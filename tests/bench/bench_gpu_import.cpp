// SPDX-License-Identifier: GPL-3.0-or-later
// Imports a generated usage CSV (five consortia, 100 nodes each, hourly samples) and prints:
// the time of `sqlite3 .import` into a bare table, the time of our importer into a fresh sample
// database, their ratio (target <= 2.0), the importer's peak memory (target < 300 MB), the time to
// open the resulting database (< 1 s) and to load the GPU view's aggregates (< 100 ms per filter).
// Usage: bench_gpu_import [--rows N] [--dir FOLDER] [--keep]   (default 10,000,000 rows)

#include "BenchStats.h"
#include "import/GpuUsageImporter.h"
#include "store/Database.h"
#include "store/GpuUsageRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTimeZone>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <cstdint>

namespace {

// Consortia named as officials write them: by code, and by the lead organisation's Korean name.
const char *const Consortia[] = {"LG AI연구원", "skt", "upstage", "엔씨에이아이", "motif"};
const char *const NodePrefixes[] = {"lg", "skt", "upstage", "ncai", "motif"};
const char *const Models[] = {"B200", "H100", "B200", "B200", "H200"};
const char *const Providers[] = {"nhn-cloud", "skt", "kakao-cloud", "naver-cloud", "undisclosed"};
constexpr int Consortium = 5;
constexpr int NodesPerConsortium = 100;

double unitNoise(std::uint64_t seed)
{
    std::uint64_t z = seed + 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return double((z ^ (z >> 31)) >> 11) / double(1ull << 53);
}

// Hour by hour from 2025-08-04 00:00 KST, every node of every consortium reports 8 GPUs' hours.
void writeCsv(const QString &path, qint64 rows)
{
    std::FILE *file = std::fopen(QFile::encodeName(path).constData(), "wb");
    std::fputs("period_start,consortium,node,gpu_model,provider,gpu_hours_used,utilization_pct\n", file);
    const QDateTime origin(QDate(2025, 8, 4), QTime(0, 0), QTimeZone(9 * 3600));
    const int perHour = Consortium * NodesPerConsortium;
    char stamp[32] = {};
    for (qint64 row = 0; row < rows; ++row) {
        const qint64 hour = row / perHour;
        const int slot = int(row % perHour);
        if (slot == 0) {
            const QByteArray text = origin.addSecs(hour * 3600).toString(Qt::ISODate).toLatin1();
            std::snprintf(stamp, sizeof stamp, "%s", text.constData());
        }
        const int consortium = slot / NodesPerConsortium;
        const int node = slot % NodesPerConsortium;
        const double util = 40.0 + 60.0 * unitNoise(std::uint64_t(row));
        std::fprintf(file, "%s,%s,%s-n%03d,%s,%s,%.3f,%.1f\n", stamp, Consortia[consortium],
                     NodePrefixes[consortium], node, Models[consortium], Providers[consortium],
                     8.0 * util / 100.0, util);
    }
    std::fclose(file);
}

double sqliteCliImportSeconds(const QString &csv, const QString &dbPath)
{
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {dbPath});
    sqlite.waitForStarted();
    QElapsedTimer timer;
    timer.start();
    sqlite.write(QStringLiteral(".mode csv\n.import '%1' usage\n.quit\n").arg(csv).toUtf8());
    sqlite.closeWriteChannel();
    sqlite.waitForFinished(-1);
    const double seconds = timer.elapsed() / 1000.0;
    const QByteArray errors = sqlite.readAllStandardError();
    if (!errors.isEmpty())
        std::fprintf(stderr, "sqlite3: %s\n", errors.constData());
    return seconds;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    qint64 rows = 10000000;
    QString dir;
    if (const int at = args.indexOf(QStringLiteral("--rows")); at > 0)
        rows = args.value(at + 1).toLongLong();
    if (const int at = args.indexOf(QStringLiteral("--dir")); at > 0)
        dir = args.value(at + 1);
    QTemporaryDir temporary(dir.isEmpty() ? QDir::tempPath() + QStringLiteral("/bench-gpu-XXXXXX")
                                          : dir + QStringLiteral("/bench-gpu-XXXXXX"));
    temporary.setAutoRemove(!args.contains(QStringLiteral("--keep")));
    const QString csv = temporary.filePath(QStringLiteral("usage.csv"));

    QElapsedTimer timer;
    timer.start();
    writeCsv(csv, rows);
    std::printf("rows: %lld, CSV %.0f MB written in %.1f s\n", static_cast<long long>(rows),
                QFileInfo(csv).size() / 1e6, timer.elapsed() / 1000.0);

    const double cliSeconds = sqliteCliImportSeconds(csv, temporary.filePath(QStringLiteral("bare.db")));
    std::printf("sqlite3 .import into a bare table: %.2f s\n", cliSeconds);
    QFile::remove(temporary.filePath(QStringLiteral("bare.db")));

    const QString dbPath = temporary.filePath(QStringLiteral("kai.db"));
    {
        auto created = kai::store::Database::createSample(dbPath);
        if (!created) {
            std::fprintf(stderr, "cannot create the sample database: %s\n", qPrintable(created.error));
            return 2;
        }
        kai::bench::resetPeakRss();
        const qint64 rssBefore = kai::bench::peakRssKib();
        kai::import::GpuUsageImporter importer(created.database->connection());
        timer.restart();
        const auto result = importer.importFile(csv);
        const double ourSeconds = timer.elapsed() / 1000.0;
        std::printf("kai importer: %.2f s (%lld inserted, %lld skipped, outcome %d %s)\n", ourSeconds,
                    static_cast<long long>(result.inserted), static_cast<long long>(result.skipped),
                    int(result.outcome), qPrintable(result.error));
        std::printf("ratio importer / sqlite3 .import: %.2f (target <= 2.0)\n", ourSeconds / cliSeconds);
        std::printf("peak RSS during import: %.0f MB (before: %.0f MB; target < 300 MB)\n", kai::bench::peakRssKib() / 1024.0,
                    rssBefore / 1024.0);
    }
    std::printf("database size: %.0f MB\n", QFileInfo(dbPath).size() / 1e6);

    timer.restart();
    kai::store::Database::OpenOptions options;
    auto opened = kai::store::Database::open(dbPath, options);
    std::printf("open the database: %.1f ms (target < 1000 ms)\n", timer.nsecsElapsed() / 1e6);
    if (!opened)
        return 2;
    kai::store::GpuUsageRepository repository(opened.database->connection());
    using G = kai::store::GpuUsageRepository::Granularity;
    const auto measure = [&](const char *label, const kai::store::GpuUsageRepository::Filter &filter, G g) {
        timer.restart();
        const auto buckets = repository.usage(filter, g);
        std::printf("aggregates, %s: %.1f ms, %lld buckets (target < 100 ms)\n", label, timer.nsecsElapsed() / 1e6,
                    static_cast<long long>(buckets.size()));
    };
    measure("all months x consortium x model", {}, G::Month);
    kai::store::GpuUsageRepository::Filter one;
    one.consortiumId = 1;
    measure("one consortium, all months", one, G::Month);
    kai::store::GpuUsageRepository::Filter month;
    month.from = QDate(2026, 3, 1);
    month.to = QDate(2026, 3, 31);
    measure("one month by day", month, G::Day);
    std::printf("peak RSS of the whole run: %.0f MB\n", kai::bench::peakRssKib() / 1024.0);
    return 0;
}
