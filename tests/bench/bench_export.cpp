// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how long exports take: the database checksum of the provenance stamp, each view to PNG
// (1920×1080 at 1× and 2×), SVG and PDF in this process, the briefing pack, and the whole
// `kai-dashboard export` command against `kai-dashboard --version` (the process start) measured in
// the same run. Medians of --runs runs (default 5). Run by hand, offscreen, from a Release build.
// Usage: bench_export [--db FILE] [--runs N] [--scan]   (default: a fresh sample database;
//        --scan also times the full checksum scan that the cache replaces)
#include "BuildPaths.h"
#include "BenchStats.h"
#include "GuiSession.h"
#include "export/BriefingPack.h"
#include "export/ExportContext.h"
#include "export/ViewFactory.h"
#include "store/ContentChecksumCache.h"
#include "store/Database.h"
#include "store/DatabaseFingerprint.h"
#include "store/SqliteConnection.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTextStream>

using namespace kai;
using namespace kai::ui;

namespace {

std::unique_ptr<store::Database> openReadOnly(const QString &path)
{
    return std::move(store::Database::open(path, {true, false}).database);
}

void timeChecksum(const QString &database, int runs, bool scan, QTextStream &out)
{
    QString checksum;
    const double cached = bench::medianMs(runs, [&] {
        auto connection = openReadOnly(database);
        checksum = store::DatabaseFingerprint(connection->connection()).shortHex();
    });
    out << QStringLiteral("database checksum %1 (open + checksum): %2 ms\n").arg(checksum).arg(cached, 0, 'f', 1);
    if (!scan)
        return;
    auto connection = openReadOnly(database);
    const double full = bench::medianMs(1, [&] {
        for (const QString &table : store::ContentChecksumCache::contentTables(connection->connection()))
            store::ContentChecksumCache::scan(connection->connection(), table);
    });
    out << QStringLiteral("  full scan of every table (what each export did before the cache): %1 ms\n")
               .arg(full, 0, 'f', 0);
}

void timeViews(const ExportContext &context, const QString &folder, int runs, QTextStream &out)
{
    struct Case
    {
        const char *name;
        ExportFormat format;
        int scale;
    };
    for (const Case &item : {Case{"png 1x", ExportFormat::Png, 1}, Case{"png 2x", ExportFormat::Png, 2},
                             Case{"svg", ExportFormat::Svg, 1}, Case{"pdf", ExportFormat::Pdf, 1}}) {
        for (int view = 0; view < ViewCount; ++view) {
            ExportSettings settings;
            settings.format = item.format;
            settings.scale = item.scale;
            const QString path = folder + QLatin1Char('/') + ViewFactory::key(ViewId(view)) + QLatin1Char('.')
                + ExportSettings::suffix(item.format);
            QString error;
            const double ms = bench::medianMs(runs, [&] { error = context.exportView(ViewId(view), settings, path); });
            out << QStringLiteral("%1 %2 1920x1080: %3 ms %4\n")
                       .arg(QLatin1String(item.name), ViewFactory::key(ViewId(view)))
                       .arg(ms, 0, 'f', 1)
                       .arg(error);
        }
    }
    QString error;
    int pages = 0;
    const double ms = bench::medianMs(runs, [&] {
        const BriefingPack pack(context);
        pages = pack.pageCount();
        error = pack.write(folder + QStringLiteral("/pack.pdf"));
    });
    out << QStringLiteral("briefing pack (%1 pages): %2 ms %3\n").arg(pages).arg(ms, 0, 'f', 1).arg(error);
}

void timeCommands(const QString &database, const QString &folder, int runs, QTextStream &out)
{
    const QString app = kai::test::appBinary();
    const double start = bench::medianMs(runs, [&] { bench::runApp(app, {QStringLiteral("--version")}); });
    out << QStringLiteral("reference: kai-dashboard --version (process start): %1 ms\n").arg(start, 0, 'f', 1);
    for (const char *view : {"overview", "gpu", "rounds"}) {
        for (const char *format : {"png", "svg"}) {
            const QString key = QLatin1String(view);
            const QStringList arguments = {QStringLiteral("export"), QStringLiteral("--view"), key,
                                           QStringLiteral("--db"), database, QStringLiteral("--format"),
                                           QLatin1String(format), QStringLiteral("--out"),
                                           folder + QStringLiteral("/cmd-%1.%2").arg(key, QLatin1String(format))};
            bool ok = true;
            const double ms = bench::medianMs(runs, [&] { ok = bench::runApp(app, arguments) && ok; });
            out << QStringLiteral("kai-dashboard export --view %1 --format %2: %3 ms, %4 ms beyond process start%5\n")
                       .arg(key, QLatin1String(format))
                       .arg(ms, 0, 'f', 1)
                       .arg(ms - start, 0, 'f', 1)
                       .arg(ok ? QString() : QStringLiteral(" (FAILED)"));
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    app::GuiSession::applyApplicationFont();
    const QStringList arguments = application.arguments();
    const int runs = std::max(1, bench::argumentValue(arguments, QStringLiteral("--runs"), QStringLiteral("5")).toInt());
    QTemporaryDir folder;
    QString database = bench::argumentValue(arguments, QStringLiteral("--db"));
    if (database.isEmpty()) {
        database = folder.filePath(QStringLiteral("sample.sqlite"));
        if (!store::Database::createSample(database))
            return 1;
    }
    QTextStream out(stdout);
    out << QStringLiteral("database %1, median of %2 runs, load average %3\n")
               .arg(database)
               .arg(runs)
               .arg(bench::loadAverage());
    out.flush();
    timeChecksum(database, runs, arguments.contains(QStringLiteral("--scan")), out);
    out.flush();
    {
        const ExportContext context(openReadOnly(database),
                                    {QDate(2026, 6, 1), domain::Language::Korean, ExportProfile::Internal});
        timeViews(context, folder.path(), runs, out);
    }
    out.flush();
    timeCommands(database, folder.path(), runs, out);
    out << QStringLiteral("load average at the end %1\n").arg(bench::loadAverage());
    return 0;
}
