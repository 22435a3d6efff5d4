// SPDX-License-Identifier: GPL-3.0-or-later
// GPU usage import into a PostgreSQL server, on a throwaway cluster (PgTestCluster): the app's
// `import-gpu-usage` (COPY into the month-partitioned gpu_usage, binary and text COPY) against
// `psql \copy` of the same CSV into a bare unpartitioned table without keys, alternating, as
// medians of --runs runs, with the median of each run's ratio (target <= 1.5). Each import goes
// into a fresh `init --sample` database, whose illustrative usage fills the file's first months
// (rows go into partitions that exist, keys kept up to date); a third import goes into one whose
// sample usage was removed first (the import is the first into each month: each month is loaded,
// then its key built, migrations 12 and 13). With --view, the GPU
// view's filter redraw (bench_gpu_view) on the database the last run imported, --view-runs times.
// With --diff, `kai-dashboard diff` of that database with itself: its time and peak memory.
// With --small, one-row imports into that database, alternating: with the node spans the last import
// kept (migration 14) and with them marked unknown first, as another client's write would (the
// importer then reads them from every usage row, as every import did before).
// Usage: bench_pg_import [--rows N | --csv FILE] [--runs N] [--dir FOLDER] [--view [--view-runs N]] [--diff] [--small]
//        (default 1,000,000 generated rows, 5 runs; 10,000,000 rows work too)

#include "BuildPaths.h"
#include "BenchStats.h"
#include "UsageCsvGenerator.h"
#include "PgTestCluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double pgBenchMedian(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

// Runs a program to its end and returns its wall time in seconds, or -1 when it failed.
double pgBenchTimed(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
                    QString *output = nullptr)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "%s %s failed: %s\n%s\n", qPrintable(program), qPrintable(arguments.join(u' ')),
                     process.readAllStandardError().constData(), process.readAllStandardOutput().constData());
        return -1;
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput());
    return seconds;
}

QString pgBenchPsql()
{
    const QString debian = QStringLiteral("/usr/lib/postgresql/15/bin/psql");
    return QFileInfo::exists(debian) ? debian : QStringLiteral("psql");
}

struct PgBenchOptions
{
    qint64 rows = 1000000;
    int runs = 5;
    QString csv;
    QString dir;
    bool view = false;
    int viewRuns = 5;
    bool diff = false;
    bool small = false;
};

PgBenchOptions pgBenchParse(const QStringList &args)
{
    using kai::bench::argumentValue;
    PgBenchOptions options;
    options.rows = argumentValue(args, QStringLiteral("--rows"), QStringLiteral("1000000")).toLongLong();
    options.runs = std::max(1, argumentValue(args, QStringLiteral("--runs"), QStringLiteral("5")).toInt());
    options.csv = argumentValue(args, QStringLiteral("--csv"));
    options.dir = argumentValue(args, QStringLiteral("--dir"));
    options.view = args.contains(QStringLiteral("--view"));
    options.viewRuns = std::max(1, argumentValue(args, QStringLiteral("--view-runs"), QStringLiteral("5")).toInt());
    options.diff = args.contains(QStringLiteral("--diff"));
    options.small = args.contains(QStringLiteral("--small"));
    return options;
}

class PgBench
{
public:
    PgBench(kai::test::PgTestCluster &cluster, const QString &csv, const QString &home)
        : m_cluster(cluster), m_csv(csv), m_home(home)
    {
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(QStringLiteral("HOME"), home);
        m_environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    }

    double psqlCopy(int run)
    {
        const QString uri = m_cluster.createDatabase(QStringLiteral("bare%1").arg(run));
        if (uri.isEmpty())
            return -1;
        const QString table = QStringLiteral(
            "CREATE TABLE usage (period_start text, consortium text, node text, gpu_model text, provider text, "
            "gpu_hours_used double precision, utilization_pct double precision)");
        if (pgBenchTimed(pgBenchPsql(), {uri, QStringLiteral("-qc"), table}, m_environment) < 0)
            return -1;
        const QString copy = QStringLiteral("\\copy usage FROM '%1' WITH (FORMAT csv, HEADER true)").arg(m_csv);
        return pgBenchTimed(pgBenchPsql(), {uri, QStringLiteral("-qc"), copy}, m_environment);
    }

    // A fresh database with the sample's consortia, models and usage (not timed), then the import.
    // With firstIntoMonths the sample's usage and its month partitions are dropped before it.
    double appImport(const QString &name, const QString &format, bool firstIntoMonths)
    {
        m_lastUri = m_cluster.createDatabase(name);
        if (m_lastUri.isEmpty())
            return -1;
        if (pgBenchTimed(kai::test::appBinary(),
                         {QStringLiteral("init"), QStringLiteral("--db"), m_lastUri, QStringLiteral("--sample")},
                         m_environment) < 0)
            return -1;
        static const QString dropSampleUsage = QStringLiteral(
            "DO $$ DECLARE t text; BEGIN "
            "FOR t IN SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
            "          WHERE i.inhparent = 'gpu_usage'::regclass LOOP EXECUTE format('DROP TABLE %I', t); END LOOP; "
            "DELETE FROM gpu_usage_daily; END $$");
        if (firstIntoMonths && pgBenchTimed(pgBenchPsql(), {m_lastUri, QStringLiteral("-qc"), dropSampleUsage}, m_environment) < 0)
            return -1;
        QProcessEnvironment environment = m_environment;
        environment.insert(QStringLiteral("KAI_PG_COPY_FORMAT"), format);
        QString output;
        const double seconds = pgBenchTimed(kai::test::appBinary(),
                                            {QStringLiteral("import-gpu-usage"), m_csv, QStringLiteral("--db"), m_lastUri},
                                            environment, &output);
        m_lastSummary = output.section(u'\n', 0, 0);
        return seconds;
    }

    // Drops the benchmark's databases except the one keepUri names, so the disk holds one import at a time.
    void dropDatabasesExcept(const QString &keepUri)
    {
        QString list;
        pgBenchTimed(pgBenchPsql(),
                     {m_cluster.uri(QStringLiteral("postgres")), QStringLiteral("-Atc"),
                      QStringLiteral("SELECT datname FROM pg_database WHERE datname LIKE 'bare%' OR datname LIKE 'kai%'")},
                     m_environment, &list);
        for (const QString &name : list.split(u'\n', Qt::SkipEmptyParts)) {
            if (!keepUri.isEmpty() && keepUri.contains(QStringLiteral("/%1?").arg(name)))
                continue;
            pgBenchTimed(pgBenchPsql(), {m_cluster.uri(QStringLiteral("postgres")), QStringLiteral("-qc"),
                                         QStringLiteral("DROP DATABASE \"%1\"").arg(name)},
                         m_environment);
        }
    }

    const QString &lastUri() const { return m_lastUri; }
    const QString &lastSummary() const { return m_lastSummary; }
    const QProcessEnvironment &environment() const { return m_environment; }

private:
    kai::test::PgTestCluster &m_cluster;
    QString m_csv;
    QString m_home;
    QProcessEnvironment m_environment;
    QString m_lastUri;
    QString m_lastSummary;
};

// bench_gpu_view on the server database, runs times: the worst and the median filter redraw of each run.
void pgBenchView(const QString &uri, int runs, const QProcessEnvironment &environment)
{
    const QString program = QCoreApplication::applicationDirPath() + QStringLiteral("/bench_gpu_view");
    static const QRegularExpression filterLine(QStringLiteral("^(consortium|GPU model) filter .*: ([0-9.]+) ms$"));
    std::vector<double> worst, typical;
    for (int run = 0; run < runs; ++run) {
        QString output;
        if (pgBenchTimed(program, {QStringLiteral("--db"), uri}, environment, &output) < 0)
            return;
        if (run == 0)
            std::printf("first bench_gpu_view run:\n%s", qPrintable(output));
        std::vector<double> changes;
        for (const QString &line : output.split(u'\n')) {
            const QRegularExpressionMatch match = filterLine.match(line);
            if (match.hasMatch())
                changes.push_back(match.captured(2).toDouble());
        }
        if (changes.empty())
            continue;
        worst.push_back(*std::max_element(changes.begin(), changes.end()));
        typical.push_back(pgBenchMedian(changes));
    }
    std::printf("GPU view filter redraw on the server, %d runs: median of each run's median %.1f ms, "
                "median of each run's worst %.1f ms (target < 100 ms)\n",
                int(worst.size()), pgBenchMedian(typical), pgBenchMedian(worst));
}

// The child's peak resident memory (VmHWM, a high-water mark) read while it runs, in MB; Linux only.
double pgBenchPeakMb(QProcess &process)
{
    double peakKib = 0;
    QFile status(QStringLiteral("/proc/%1/status").arg(process.processId()));
    while (!process.waitForFinished(10)) {
        if (!status.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                peakKib = std::max(peakKib, line.mid(6).trimmed().split(' ').value(0).toDouble());
        }
        status.close();
    }
    return peakKib / 1024.0;
}

// `diff` of the server with itself, three times: every sample read twice (the usage summary),
// in batches, so its memory must not grow with the row count.
void pgBenchDiff(const QString &uri, qint64 rows, const QProcessEnvironment &environment)
{
    std::vector<double> times;
    double peakMb = 0;
    for (int run = 0; run < 3; ++run) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer timer;
        timer.start();
        process.start(kai::test::appBinary(), {QStringLiteral("diff"), uri, uri});
        if (!process.waitForStarted()) {
            std::fprintf(stderr, "diff did not start\n");
            return;
        }
        peakMb = std::max(peakMb, pgBenchPeakMb(process));
        times.push_back(timer.nsecsElapsed() / 1e9);
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            std::fprintf(stderr, "diff failed: %s\n", process.readAllStandardError().constData());
            return;
        }
    }
    const double seconds = pgBenchMedian(times);
    std::printf("diff of the server with itself, 3 runs: median %.2f s, %.2f us/row per side; peak RSS %.0f MB\n",
                seconds, seconds * 1e6 / double(2 * rows), peakMb);
}

// One-row imports into the server, each a new node's hour in a month that exists, five with the kept
// node spans and five after marking them unknown, alternating; each time is the whole process.
void pgBenchSmallImports(const QString &uri, const QString &folder, const QProcessEnvironment &environment)
{
    std::vector<double> kept, unknown;
    for (int run = 0; run < 10; ++run) {
        const bool forget = run % 2 == 1;
        if (forget
            && pgBenchTimed(pgBenchPsql(), {uri, QStringLiteral("-qc"), QStringLiteral("UPDATE gpu_usage_node_span_state SET covers_all = false")},
                            environment) < 0)
            return;
        const QString csv = QStringLiteral("%1/small-%2.csv").arg(folder).arg(run);
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly))
            return;
        file.write(QStringLiteral("period_start,consortium,node,gpu_model,provider,gpu_hours_used,utilization_pct\n"
                                  "2025-09-15T%1:00:00Z,skt,bench-small-%2,H100,skt,1,50\n")
                       .arg(run, 2, 10, QLatin1Char('0')).arg(run).toLatin1());
        file.close();
        const double seconds =
            pgBenchTimed(kai::test::appBinary(), {QStringLiteral("import-gpu-usage"), csv, QStringLiteral("--db"), uri}, environment);
        if (seconds < 0)
            return;
        (forget ? unknown : kept).push_back(seconds);
    }
    std::printf("one-row import into the server: median %.3f s with the kept node spans, %.3f s after they were "
                "marked unknown (5 runs each)\n",
                pgBenchMedian(kept), pgBenchMedian(unknown));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const PgBenchOptions options = pgBenchParse(app.arguments());
    QTemporaryDir temporary(options.dir.isEmpty() ? QDir::tempPath() + QStringLiteral("/bench-pg-XXXXXX")
                                                  : options.dir + QStringLiteral("/bench-pg-XXXXXX"));
    QString csv = options.csv;
    if (csv.isEmpty()) {
        csv = temporary.filePath(QStringLiteral("usage.csv"));
        if (!kai::bench::UsageCsvGenerator(options.rows).write(csv)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(csv));
            return 2;
        }
    }
    kai::test::PgTestCluster cluster;
    if (!cluster.start()) {
        std::fprintf(stderr, "no PostgreSQL test cluster: %s\n", qPrintable(cluster.reason()));
        return 2;
    }
    std::printf("CSV: %lld rows, %.0f MB; %d runs; load average %s; %d hardware threads\n",
                static_cast<long long>(options.rows), QFileInfo(csv).size() / 1e6, options.runs,
                qPrintable(kai::bench::loadAverage()), QThread::idealThreadCount());
    std::fflush(stdout);

    PgBench bench(cluster, csv, temporary.path());
    struct Series
    {
        const char *label;
        const char *format;
        bool firstIntoMonths;
        std::vector<double> times, ratios;
    };
    Series series[] = {{"binary COPY", "binary", false, {}, {}},
                       {"text COPY", "text", false, {}, {}},
                       {"binary COPY, first into its months", "binary", true, {}, {}}};
    std::vector<double> psqlTimes;
    QString viewUri;  // the view and diff below read the last binary import into the sample's months
    for (int run = 0; run < options.runs; ++run) {
        const double psql = bench.psqlCopy(run);
        if (psql <= 0)
            return 2;
        psqlTimes.push_back(psql);
        std::printf("run %d: psql \\copy %.2f s", run + 1, psql);
        QString summary;
        for (Series &one : series) {
            const double seconds = bench.appImport(QStringLiteral("kai%1%2%3").arg(run).arg(QLatin1Char(one.format[0])).arg(int(one.firstIntoMonths)),
                                                   QString::fromLatin1(one.format), one.firstIntoMonths);
            if (seconds <= 0)
                return 2;
            if (summary.isEmpty())
                summary = bench.lastSummary();
            const bool keep = run + 1 == options.runs && !one.firstIntoMonths && QByteArray(one.format) == "binary";
            if (keep)
                viewUri = bench.lastUri();
            bench.dropDatabasesExcept(viewUri);
            one.times.push_back(seconds);
            one.ratios.push_back(seconds / psql);
            std::printf("; %s %.2f s (ratio %.2f)", one.label, seconds, seconds / psql);
        }
        std::printf("; %s\n", qPrintable(summary));
        std::fflush(stdout);
    }
    std::printf("psql \\copy into a bare table: median %.2f s\n", pgBenchMedian(psqlTimes));
    for (const Series &one : series) {
        std::printf("import-gpu-usage, %s: median %.2f s, %.2f us/row; ratio median %.2f (target <= 1.5)\n", one.label,
                    pgBenchMedian(one.times), pgBenchMedian(one.times) * 1e6 / double(options.rows),
                    pgBenchMedian(one.ratios));
    }
    std::fflush(stdout);
    if (options.view)
        pgBenchView(viewUri, options.viewRuns, bench.environment());
    if (options.diff)
        pgBenchDiff(viewUri, options.rows, bench.environment());
    if (options.small)
        pgBenchSmallImports(viewUri, temporary.path(), bench.environment());
    return 0;
}
