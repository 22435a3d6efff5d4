// SPDX-License-Identifier: GPL-3.0-or-later
// Imports the same generated usage rows into fresh sample databases, once as CSV and once as an
// .xlsx workbook written the way Excel writes one (shared strings for names, date-time styled
// serial numbers, deflated parts), --runs times in turn, and prints the median times, the median of
// each run's ratio (target <= 3.0; both imports of a run see the same machine load) and the peak
// memory of the workbook import (target <= 200 MB).
// Usage: bench_xlsx_import [--rows N] [--runs N] [--dir FOLDER] [--keep]   (default 1,000,000 rows, 5 runs)

#include "BenchStats.h"
#include "import/GpuUsageImporter.h"
#include "import/RecordSource.h"
#include "import/TabularFile.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace {

const char *const Consortia[] = {"LG AI연구원", "skt", "upstage", "엔씨에이아이", "motif"};
const char *const NodePrefixes[] = {"lg", "skt", "upstage", "ncai", "motif"};
const char *const Models[] = {"B200", "H100", "B200", "B200", "H200"};
const char *const Providers[] = {"nhn-cloud", "skt", "kakao-cloud", "naver-cloud", "undisclosed"};
constexpr int NodesPerConsortium = 100;
constexpr int RowsPerHour = 5 * NodesPerConsortium;
constexpr double FirstSerial = 45873.0;  // 2025-08-04 in Excel's 1900 date system

struct Row
{
    qint64 hour;
    int consortium;
    int node;
    double hours;
    double util;
};

// Hour by hour from 2025-08-04 00:00 KST, every node of every consortium reports 8 GPUs' hours.
void forEachRow(qint64 rows, const std::function<void(const Row &)> &visit)
{
    for (qint64 row = 0; row < rows; ++row) {
        const int slot = int(row % RowsPerHour);
        const double util = 40.0 + double((row * 7919) % 600) / 10.0;
        visit({row / RowsPerHour, slot / NodesPerConsortium, slot % NodesPerConsortium, 8.0 * util / 100.0, util});
    }
}

QByteArray nodeName(int consortium, int node)
{
    return QByteArray(NodePrefixes[consortium]) + "-n" + QByteArray::number(node).rightJustified(3, '0');
}

void writeCsv(const QString &path, qint64 rows)
{
    std::FILE *file = std::fopen(QFile::encodeName(path).constData(), "wb");
    std::fputs("period_start,consortium,node,gpu_model,provider,gpu_hours_used,utilization_pct\n", file);
    forEachRow(rows, [file](const Row &r) {
        const QByteArray stamp = QDateTime(QDate(2025, 8, 4), QTime(0, 0)).addSecs(r.hour * 3600).toString(Qt::ISODate).toLatin1();
        std::fprintf(file, "%s,%s,%s,%s,%s,%.3f,%.1f\n", stamp.constData(), Consortia[r.consortium],
                     nodeName(r.consortium, r.node).constData(), Models[r.consortium], Providers[r.consortium], r.hours,
                     r.util);
    });
    std::fclose(file);
}

// Shared string indexes: the header's 7, then consortia, models, providers, nodes.
int consortiumString(int c) { return 7 + c; }
int modelString(int c) { return 12 + c; }
int providerString(int c) { return 17 + c; }
int nodeString(int c, int n) { return 22 + c * NodesPerConsortium + n; }

QByteArray sharedStrings()
{
    QList<QByteArray> all = {"period_start", "consortium", "node", "gpu_model", "provider", "gpu_hours_used", "utilization_pct"};
    for (const char *const *names : {Consortia, Models, Providers}) {
        for (int c = 0; c < 5; ++c)
            all.append(names[c]);
    }
    for (int c = 0; c < 5; ++c) {
        for (int n = 0; n < NodesPerConsortium; ++n)
            all.append(nodeName(c, n));
    }
    QByteArray xml = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    for (const QByteArray &text : all)
        xml += "<si><t>" + text + "</t></si>";
    return xml + "</sst>";
}

bool writePart(QuaZip &zip, const QString &name, const std::function<void(QIODevice &)> &write)
{
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
        return false;
    write(file);
    file.close();
    return file.getZipError() == 0;
}

bool writeXlsx(const QString &path, qint64 rows)
{
    const QByteArray ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    const auto fixed = [](const QByteArray &bytes) { return [bytes](QIODevice &out) { out.write(bytes); }; };
    bool ok = writePart(zip, QStringLiteral("[Content_Types].xml"),
                        fixed("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"));
    ok = ok && writePart(zip, QStringLiteral("xl/workbook.xml"),
                         fixed("<workbook " + ns + " xmlns:r=\"" + rel + "\"><sheets><sheet name=\"Usage\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
    ok = ok && writePart(zip, QStringLiteral("xl/_rels/workbook.xml.rels"),
                         fixed("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                               "<Relationship Id=\"rId1\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                               "<Relationship Id=\"rId2\" Type=\"" + rel + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                               "<Relationship Id=\"rId3\" Type=\"" + rel + "/styles\" Target=\"styles.xml\"/></Relationships>"));
    ok = ok && writePart(zip, QStringLiteral("xl/styles.xml"),
                         fixed("<styleSheet " + ns + "><numFmts><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd hh:mm\"/></numFmts>"
                               "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>"));
    ok = ok && writePart(zip, QStringLiteral("xl/sharedStrings.xml"), fixed(sharedStrings()));
    ok = ok && writePart(zip, QStringLiteral("xl/worksheets/sheet1.xml"), [&](QIODevice &out) {
        QByteArray chunk = "<worksheet " + ns + "><sheetData><row r=\"1\">";
        for (int c = 0; c < 7; ++c)
            chunk += "<c r=\"" + QByteArray(1, char('A' + c)) + "1\" t=\"s\"><v>" + QByteArray::number(c) + "</v></c>";
        chunk += "</row>";
        qint64 r = 1;
        char line[512];
        forEachRow(rows, [&](const Row &row) {
            ++r;
            const int n = std::snprintf(
                line, sizeof line,
                "<row r=\"%lld\"><c r=\"A%lld\" s=\"1\"><v>%.17g</v></c><c r=\"B%lld\" t=\"s\"><v>%d</v></c>"
                "<c r=\"C%lld\" t=\"s\"><v>%d</v></c><c r=\"D%lld\" t=\"s\"><v>%d</v></c><c r=\"E%lld\" t=\"s\"><v>%d</v></c>"
                "<c r=\"F%lld\"><v>%.3f</v></c><c r=\"G%lld\"><v>%.1f</v></c></row>",
                r, r, FirstSerial + double(row.hour) / 24.0, r, consortiumString(row.consortium), r,
                nodeString(row.consortium, row.node), r, modelString(row.consortium), r, providerString(row.consortium),
                r, row.hours, r, row.util);
            chunk.append(line, n);
            if (chunk.size() > (1 << 20)) {
                out.write(chunk);
                chunk.clear();
            }
        });
        out.write(chunk + "</sheetData></worksheet>");
    });
    zip.close();
    return ok && zip.getZipError() == 0;
}

struct Measured
{
    double seconds = 0;
    double cpuSeconds = 0;  // the machine may be shared: CPU time shows the work itself
    double peakMb = 0;
    qint64 inserted = 0;
};

Measured importInto(const QString &dbPath, const QString &file)
{
    auto created = kai::store::Database::createSample(dbPath);
    if (!created) {
        std::fprintf(stderr, "cannot create the sample database: %s\n", qPrintable(created.error));
        std::exit(2);
    }
    kai::bench::resetPeakRss();
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    kai::import::GpuUsageImporter importer(created.database->connection());
    const auto result = importer.importFile(file);
    Measured measured{timer.elapsed() / 1000.0, double(std::clock() - cpuStart) / CLOCKS_PER_SEC,
                      kai::bench::peakRssKib() / 1024.0, result.inserted};
    if (!result.committed() || result.skipped > 0)
        std::fprintf(stderr, "%s: %s %s\n", qPrintable(file), qPrintable(result.error),
                     result.issues.isEmpty() ? "" : qPrintable(result.issues.first().reason));
    return measured;
}

// Reading alone, without validation or SQLite: where the time of each format goes.
double readSeconds(const QString &file)
{
    const std::clock_t cpuStart = std::clock();
    QString error;
    const auto table = kai::import::TabularFile::open(file, QString(), error);
    if (!table)
        return -1;
    size_t bytes = 0;
    while (table->records().readRecord())
        bytes += table->records().field(0).size();
    return double(std::clock() - cpuStart) / CLOCKS_PER_SEC + double(bytes) * 0.0;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    qint64 rows = 1000000;
    QString dir = QDir::tempPath();
    if (const int at = args.indexOf(QStringLiteral("--rows")); at > 0)
        rows = args.value(at + 1).toLongLong();
    if (const int at = args.indexOf(QStringLiteral("--dir")); at > 0)
        dir = args.value(at + 1);
    QTemporaryDir temporary(dir + QStringLiteral("/bench-xlsx-XXXXXX"));
    temporary.setAutoRemove(!args.contains(QStringLiteral("--keep")));
    const QString csv = temporary.filePath(QStringLiteral("usage.csv"));
    const QString xlsx = temporary.filePath(QStringLiteral("usage.xlsx"));

    QElapsedTimer timer;
    timer.start();
    writeCsv(csv, rows);
    if (!writeXlsx(xlsx, rows)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(xlsx));
        return 2;
    }
    std::printf("rows: %lld; CSV %.0f MB, XLSX %.0f MB, written in %.1f s\n", static_cast<long long>(rows),
                QFileInfo(csv).size() / 1e6, QFileInfo(xlsx).size() / 1e6, timer.elapsed() / 1000.0);

    std::printf("reading alone (CPU): CSV %.2f s, XLSX %.2f s\n", readSeconds(csv), readSeconds(xlsx));
    const int runs = std::max(1, int(kai::bench::argumentValue(args, QStringLiteral("--runs"), QStringLiteral("5")).toInt()));
    std::vector<double> csvSeconds, xlsxSeconds, ratios, cpuRatios, peaks;
    bool complete = true;
    for (int run = 0; run < runs; ++run) {
        QFile::remove(temporary.filePath(QStringLiteral("csv.db")));
        QFile::remove(temporary.filePath(QStringLiteral("xlsx.db")));
        const Measured fromCsv = importInto(temporary.filePath(QStringLiteral("csv.db")), csv);
        const Measured fromXlsx = importInto(temporary.filePath(QStringLiteral("xlsx.db")), xlsx);
        std::printf("run %d (load %s): CSV %.2f s (CPU %.2f s, peak %.0f MB), XLSX %.2f s (CPU %.2f s, peak %.0f MB), "
                    "ratio %.2f (CPU %.2f)\n",
                    run + 1, qPrintable(kai::bench::loadAverage()), fromCsv.seconds, fromCsv.cpuSeconds, fromCsv.peakMb,
                    fromXlsx.seconds, fromXlsx.cpuSeconds, fromXlsx.peakMb, fromXlsx.seconds / fromCsv.seconds,
                    fromXlsx.cpuSeconds / fromCsv.cpuSeconds);
        std::fflush(stdout);
        csvSeconds.push_back(fromCsv.seconds);
        xlsxSeconds.push_back(fromXlsx.seconds);
        ratios.push_back(fromXlsx.seconds / fromCsv.seconds);
        cpuRatios.push_back(fromXlsx.cpuSeconds / fromCsv.cpuSeconds);
        peaks.push_back(fromXlsx.peakMb);
        complete = complete && fromCsv.inserted == rows && fromXlsx.inserted == rows;
    }
    std::printf("median of %d runs: CSV %.2f s, XLSX %.2f s; ratio XLSX / CSV %.2f, in CPU time %.2f (target <= 3.0); "
                "XLSX peak RSS at most %.0f MB (target <= 200 MB)\n",
                runs, median(csvSeconds), median(xlsxSeconds), median(ratios), median(cpuRatios),
                *std::max_element(peaks.begin(), peaks.end()));
    return complete ? 0 : 1;
}
