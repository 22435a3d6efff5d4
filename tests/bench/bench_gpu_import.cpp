// SPDX-License-Identifier: GPL-3.0-or-later
// Imports a generated usage CSV (UsageCsvGenerator: five consortia, 100 nodes each or more when the
// rows need them to stay inside the program's period, hourly samples) and prints:
// the time of `sqlite3 .import` into a bare table and of our importer into a fresh sample database,
// alternating, as medians of --runs runs, with the median of each run's ratio (target <= 0.6), time
// per row, the importer's peak memory (target <= 150 MB), the cost of the checksum's row hash, the
// time to open the resulting database (< 1 s) and to load the GPU view's aggregates (< 100 ms).
// Usage: bench_gpu_import [--rows N | --csv FILE] [--runs N] [--dir FOLDER] [--keep]
//        (default 10,000,000 generated rows, 5 runs)

#include "BenchStats.h"
#include "UsageCsvGenerator.h"
#include "import/GpuUsageImporter.h"
#include "store/Database.h"
#include "store/GpuUsageImportWriter.h"
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
#include <QThread>
#include <algorithm>
#include <vector>
#include <cstdio>

namespace {

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

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

// The checksum's hash of one imported row (GpuUsageImportWriter::rowHash), alone, in microseconds
// of this thread's CPU time (wall time on the shared machine mostly measures waiting).
double rowHashMicroseconds()
{
    constexpr int Rows = 1000000;
    kai::store::GpuUsageImportWriter::Sample sample;
    sample.utilizationPct = 50.0;
    quint64 sink = 0;
    const double before = kai::bench::cpuSeconds(kai::bench::CpuOf::Thread);
    for (int row = 0; row < Rows; ++row) {
        sample.periodStart = 1754000000 + row;
        sample.gpuHours = row * 0.001;
        sink += kai::store::GpuUsageImportWriter::rowHash(sample, 7);
    }
    const double micros = (kai::bench::cpuSeconds(kai::bench::CpuOf::Thread) - before) * 1e6 / Rows;
    return sink == 42 ? micros + 1e-9 : micros;  // keeps the loop from being optimised away
}

struct Options
{
    qint64 rows = 10000000;
    int runs = 5;
    QString csv;
    QString dir;
    bool keep = false;
};

Options parse(const QStringList &args)
{
    using kai::bench::argumentValue;
    Options options;
    options.rows = argumentValue(args, QStringLiteral("--rows"), QStringLiteral("10000000")).toLongLong();
    options.runs = std::max(1, argumentValue(args, QStringLiteral("--runs"), QStringLiteral("5")).toInt());
    options.csv = argumentValue(args, QStringLiteral("--csv"));
    options.dir = argumentValue(args, QStringLiteral("--dir"));
    options.keep = args.contains(QStringLiteral("--keep"));
    return options;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Options options = parse(app.arguments());
    QTemporaryDir temporary(options.dir.isEmpty() ? QDir::tempPath() + QStringLiteral("/bench-gpu-XXXXXX")
                                                  : options.dir + QStringLiteral("/bench-gpu-XXXXXX"));
    temporary.setAutoRemove(!options.keep);
    QString csv = options.csv;
    QElapsedTimer timer;
    if (csv.isEmpty()) {
        csv = temporary.filePath(QStringLiteral("usage.csv"));
        timer.start();
        const kai::bench::UsageCsvGenerator generator(options.rows);
        if (!generator.write(csv)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(csv));
            return 2;
        }
        std::printf("rows: %lld (%lld nodes a consortium, %lld hours), CSV %.0f MB written in %.1f s\n",
                    static_cast<long long>(options.rows), static_cast<long long>(generator.nodesPerConsortium()),
                    static_cast<long long>(generator.hours()), QFileInfo(csv).size() / 1e6, timer.elapsed() / 1000.0);
    }
    std::printf("CSV: %s, %.0f MB; %d runs; load average %s; %d hardware threads\n", qPrintable(csv),
                QFileInfo(csv).size() / 1e6, options.runs, qPrintable(kai::bench::loadAverage()),
                QThread::idealThreadCount());

    const QString dbPath = temporary.filePath(QStringLiteral("kai.db"));
    using kai::bench::CpuOf;
    using kai::bench::cpuSeconds;
    std::vector<double> cliTimes, ourTimes, ratios, ratiosWithCheckpoint, cliCpu, ourCpu, inserterCpu, cpuRatios;
    qint64 peakKib = 0, rows = 0;
    for (int run = 0; run < options.runs; ++run) {
        const double childrenBefore = cpuSeconds(CpuOf::Children);
        const double cliSeconds = sqliteCliImportSeconds(csv, temporary.filePath(QStringLiteral("bare.db")));
        cliCpu.push_back(cpuSeconds(CpuOf::Children) - childrenBefore);
        QFile::remove(temporary.filePath(QStringLiteral("bare.db")));
        QFile::remove(dbPath);
        auto created = kai::store::Database::createSample(dbPath);
        if (!created) {
            std::fprintf(stderr, "cannot create the sample database: %s\n", qPrintable(created.error));
            return 2;
        }
        kai::bench::resetPeakRss();
        kai::import::GpuUsageImporter importer(created.database->connection());
        const double processBefore = cpuSeconds(CpuOf::Process), threadBefore = cpuSeconds(CpuOf::Thread);
        timer.restart();
        const auto result = importer.importFile(csv);
        const double ourSeconds = timer.elapsed() / 1000.0;
        importer.checkpoint();
        const double checkpointSeconds = timer.elapsed() / 1000.0 - ourSeconds;
        ourCpu.push_back(cpuSeconds(CpuOf::Process) - processBefore);
        inserterCpu.push_back(cpuSeconds(CpuOf::Thread) - threadBefore);
        // On two idle cores the import takes as long as its busier thread.
        cpuRatios.push_back(std::max(inserterCpu.back(), ourCpu.back() - inserterCpu.back()) / cliCpu.back());
        peakKib = std::max(peakKib, kai::bench::peakRssKib());
        rows = result.rowsRead;
        std::printf("run %d: sqlite3 .import %.2f s, kai importer %.2f s (%lld inserted, %lld skipped, outcome %d %s), "
                    "ratio %.2f; then the checkpoint %.2f s (ratio with it %.2f); "
                    "CPU: sqlite3 %.2f s, importer %.2f s of which inserting thread %.2f s\n",
                    run + 1, cliSeconds, ourSeconds, static_cast<long long>(result.inserted),
                    static_cast<long long>(result.skipped), int(result.outcome), qPrintable(result.error),
                    ourSeconds / cliSeconds, checkpointSeconds, (ourSeconds + checkpointSeconds) / cliSeconds,
                    cliCpu.back(), ourCpu.back(), inserterCpu.back());
        std::fflush(stdout);
        cliTimes.push_back(cliSeconds);
        ourTimes.push_back(ourSeconds);
        ratios.push_back(ourSeconds / cliSeconds);
        ratiosWithCheckpoint.push_back((ourSeconds + checkpointSeconds) / cliSeconds);
    }
    std::printf("sqlite3 .import into a bare table: median %.2f s\n", median(cliTimes));
    std::printf("kai importer: median %.2f s, %.2f us/row\n", median(ourTimes), median(ourTimes) * 1e6 / double(rows));
    // The import's result is shown once its commit is durable; copying the log into the database
    // file (GpuUsageImporter::checkpoint) follows, out of the user's way.
    std::printf("ratio importer / sqlite3 .import: median %.2f (target <= 0.6), committed; "
                "with the checkpoint that follows: %.2f\n",
                median(ratios), median(ratiosWithCheckpoint));
    std::printf("CPU: sqlite3 .import median %.2f s; importer %.2f s (%.2f us/row), inserting thread %.2f s, "
                "parsing thread %.2f s\n",
                median(cliCpu), median(ourCpu), median(ourCpu) * 1e6 / double(rows), median(inserterCpu),
                median(ourCpu) - median(inserterCpu));
    std::printf("busier thread's CPU / sqlite3 .import CPU: median %.2f (the wall ratio on two idle cores)\n",
                median(cpuRatios));
    std::printf("peak RSS during import: %.0f MB (target <= 150 MB)\n", peakKib / 1024.0);
    std::printf("checksum row hash alone: %.2f us/row of CPU (on whichever thread is less busy)\n", rowHashMicroseconds());
    std::printf("database size: %.0f MB\n", QFileInfo(dbPath).size() / 1e6);

    timer.restart();
    auto opened = kai::store::Database::open(dbPath, kai::store::Database::OpenOptions{});
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
