// SPDX-License-Identifier: GPL-3.0-or-later
// The export right after a write (issue 19: "< 0.35 s beyond process start, whatever the row
// count"): each run writes to the database, then times `kai-dashboard export` of one view (SVG)
// against `kai-dashboard --version` (the process start), alternating. Two kinds of write:
// - "edit": another program (a bare SQLite connection, as the sqlite3 shell) changes one usage row;
// - "import": a one-row usage CSV imported by the application's importer.
// Before the checksum journal, the export after either recomputed the usage table's share of the
// checksum over every row (57 s wall, 16 s CPU after one edited row on 10M rows). It writes to
// --db: give it a copy.
// Usage: QT_QPA_PLATFORM=offscreen bench_export_after_write --db COPY.sqlite [--runs N]

#include "BuildPaths.h"
#include "BenchStats.h"
#include "import/GpuUsageImporter.h"
#include "store/Database.h"
#include "store/SqliteConnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>
#include <algorithm>
#include <cstdio>
#include <utility>
#include <vector>

namespace {

double medianOf(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

// Wall and CPU milliseconds of one run of the application: on the shared machine the wall time
// mostly measures waiting for a core, the CPU time does not.
std::pair<double, double> runMs(const QStringList &arguments)
{
    using kai::bench::CpuOf;
    const double cpuBefore = kai::bench::cpuSeconds(CpuOf::Children);
    QElapsedTimer timer;
    timer.start();
    if (!kai::bench::runApp(kai::test::appBinary(), arguments))
        std::fprintf(stderr, "kai-dashboard %s failed\n", qPrintable(arguments.join(QLatin1Char(' '))));
    return {timer.nsecsElapsed() / 1e6, (kai::bench::cpuSeconds(CpuOf::Children) - cpuBefore) * 1e3};
}

void editOneUsageRow(const QString &db, int run)
{
    auto other = kai::store::SqliteConnection::open(db, kai::store::SqliteConnection::OpenMode::ReadWrite);
    other.execute(QStringLiteral("UPDATE gpu_usage SET gpu_hours = gpu_hours %1 0.5 "
                                 "WHERE period_start = (SELECT max(period_start) FROM gpu_usage) "
                                 "  AND node_id = (SELECT max(node_id) FROM gpu_usage "
                                 "                 WHERE period_start = (SELECT max(period_start) FROM gpu_usage))")
                      .arg(run % 2 ? QLatin1Char('-') : QLatin1Char('+')));
}

bool importOneRow(const QString &db, const QString &folder, int run)
{
    const QString csv = folder + QStringLiteral("/one-row-%1.csv").arg(run);
    QFile file(csv);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // One hour on a node of its own, a different hour each run, so that each import adds a row.
    const QString stamp = QDateTime(QDate(2027, 12, 1), QTime(0, 0), QTimeZone::utc()).addSecs(run * 3600).toString(Qt::ISODate);
    // A node of this invocation's own, so that a second invocation on the same copy adds rows too.
    static const QByteArray node = "bench-after-write-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    file.write("period_start,consortium,node,gpu_model,gpu_hours_used\n" + stamp.toUtf8() + ",lg," + node + ",B200,1\n");
    file.close();
    auto opened = kai::store::Database::open(db, kai::store::Database::OpenOptions{});
    if (!opened)
        return false;
    kai::import::GpuUsageImporter importer(opened.database->connection());
    importer.setWriteReport(false);
    return importer.importFile(csv).inserted == 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString db = kai::bench::argumentValue(args, QStringLiteral("--db"));
    const int runs = std::max(1, kai::bench::argumentValue(args, QStringLiteral("--runs"), QStringLiteral("5")).toInt());
    if (db.isEmpty()) {
        std::fprintf(stderr, "usage: bench_export_after_write --db COPY.sqlite [--runs N]\n");
        return 2;
    }
    QTemporaryDir folder;
    const QString out = folder.filePath(QStringLiteral("overview.svg"));
    const QStringList exportArguments = {QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--view"),
                                         QStringLiteral("overview"), QStringLiteral("--out"), out};
    std::printf("database %s; %d runs; load average %s\n", qPrintable(db), runs, qPrintable(kai::bench::loadAverage()));
    // "none": the same export with no write before it, the reference for what the write adds.
    for (const char *kind : {"none", "edit", "import"}) {
        std::vector<double> exports, starts, beyond, beyondCpu;
        for (int run = 0; run < runs; ++run) {
            if (qstrcmp(kind, "edit") == 0) {
                editOneUsageRow(db, run);
            } else if (qstrcmp(kind, "import") == 0 && !importOneRow(db, folder.path(), run)) {
                std::fprintf(stderr, "the one-row import failed\n");
                return 2;
            }
            const auto [start, startCpu] = runMs({QStringLiteral("--version")});
            const auto [exported, exportedCpu] = runMs(exportArguments);
            starts.push_back(start);
            exports.push_back(exported);
            beyond.push_back(exported - start);
            beyondCpu.push_back(exportedCpu - startCpu);
            std::printf("%s, run %d: export %.0f ms (CPU %.0f ms), --version %.0f ms (CPU %.0f ms)\n", kind, run + 1,
                        exported, exportedCpu, start, startCpu);
            std::fflush(stdout);
        }
        std::printf("after %s: export median %.0f ms, process start (--version) %.0f ms, "
                    "export beyond process start median %.0f ms wall, %.0f ms CPU (target < 350 ms)\n",
                    kind, medianOf(exports), medianOf(starts), medianOf(beyond), medianOf(beyondCpu));
    }
    return 0;
}
