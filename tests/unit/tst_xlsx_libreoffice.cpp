// SPDX-License-Identifier: GPL-3.0-or-later
// A workbook saved by another program than ours: LibreOffice converts a usage CSV to .xlsx
// (dates become date-styled serials, numbers numbers, text shared strings) and the workbook
// imports to the same rows as the CSV. Exits 77 (skipped) where LibreOffice is not installed.
#include "TestSupport.h"
#include "import/GpuUsageImporter.h"
#include "store/SqliteConnection.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using kai::import::GpuUsageImporter;
using kai::import::GpuUsageImportResult;

namespace {
// ISO moments with and without a zone, a plain date, a space for 'T', decimals, Korean names,
// a quoted comma and empty cells.
const QByteArray Csv = "period_start,period_end,consortium,gpu_model,gpu_hours_used,provider,node,utilization_pct\n"
                       "2027-03-01T09:00,2027-03-01T10:00,lg,B200,8,nhn-cloud,n1,50\n"
                       "2027-03-01T10:00:00+09:00,,LG AI연구원,B200,4.25,nhn-cloud,n1,\n"
                       "2027-03-02,,Upstage,H100,24.5,,\"node, 2\",80\n"
                       "2027-03-03 12:30,,skt,H100,0.125,skt,노드7,99.5\n";

QString soffice()
{
    for (const char *name : {"soffice", "libreoffice"}) {
        if (const QString found = QStandardPaths::findExecutable(QString::fromLatin1(name)); !found.isEmpty())
            return found;
    }
    return {};
}

QStringList importedRows(const QString &file)
{
    const kai::test::SampleDatabase sample;
    const auto db = sample.open();
    GpuUsageImporter importer(db->connection());
    const GpuUsageImportResult result = importer.importFile(file);
    if (!result.error.isEmpty() || result.skipped != 0)
        qWarning() << file << result.error << (result.issues.isEmpty() ? QString() : result.issues.first().reason);
    QStringList rows;
    kai::store::SqliteStatement query = db->connection().prepare(QStringLiteral(
        "SELECT u.period_start, u.period_end, c.code, n.name, m.name, p.code, u.gpu_hours, ifnull(u.utilization_pct, '-') "
        "FROM gpu_usage u JOIN consortium c ON c.id = u.consortium_id JOIN gpu_node n ON n.id = u.node_id "
        "JOIN gpu_model m ON m.id = u.gpu_model_id JOIN gpu_provider p ON p.id = u.provider_id "
        "JOIN source s ON s.id = u.source_id WHERE s.code LIKE 'IMPORT:%' ORDER BY 1, 3, 4"));
    while (query.step()) {
        QStringList fields;
        for (int column = 0; column < query.columnCount(); ++column)
            fields.append(query.columnText(column));
        rows.append(fields.join(u'|'));
    }
    return rows;
}
} // namespace

class TestXlsxLibreOffice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { kai::test::enterTestMode(); }

    void workbookSavedByLibreOfficeImportsLikeItsCsv()
    {
        QTemporaryDir dir;
        const QString csv = kai::test::writeFile(dir.filePath(QStringLiteral("usage.csv")), Csv);
        QProcess convert;
        // Its own profile: a first start must not touch (or wait for) the user's LibreOffice.
        convert.start(soffice(), {QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("profile")),
                                  QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("xlsx"),
                                  // comma, double quote, UTF-8, from line 1
                                  QStringLiteral("--infilter=CSV:44,34,76,1"), QStringLiteral("--outdir"), dir.path(), csv});
        QVERIFY(convert.waitForFinished(180000));
        const QString xlsx = dir.filePath(QStringLiteral("usage.xlsx"));
        QVERIFY2(QFile::exists(xlsx), convert.readAllStandardError().constData());
        QFile::rename(csv, dir.filePath(QStringLiteral("twin.csv")));

        const QStringList fromCsv = importedRows(dir.filePath(QStringLiteral("twin.csv")));
        QCOMPARE(fromCsv.size(), 4);
        QCOMPARE(importedRows(xlsx), fromCsv);
    }
};

int main(int argc, char **argv)
{
    if (soffice().isEmpty()) {
        fprintf(stderr, "LibreOffice (soffice) is not installed: skipped\n");
        return 77;
    }
    QCoreApplication app(argc, argv);
    TestXlsxLibreOffice test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_xlsx_libreoffice.moc"
