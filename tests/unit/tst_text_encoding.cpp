// SPDX-License-Identifier: GPL-3.0-or-later
// A CSV in UTF-16 or CP949 says that its encoding is not UTF-8, instead of "required columns are
// missing" (issue 13, item 13).
#include "TestSupport.h"
#include "import/GpuUsageImporter.h"
#include "import/TextEncodingSniffer.h"

#include <QBuffer>
#include <QFile>
#include <QStringEncoder>
#include <QTest>

using kai::import::TextEncodingSniffer;

namespace {
const QString Csv = QStringLiteral("period_start,consortium,gpu_model,gpu_hours_used,node\n"
                                   "2027-03-01T09:00,LG AI연구원,B200,8,노드-1\n");

QString sniff(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const QString reason = TextEncodingSniffer::refusal(buffer, QStringLiteral("usage.csv"));
    if (buffer.pos() != 0)
        return QStringLiteral("moved the read position");
    return reason;
}

QByteArray encoded(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    if (!encoder.isValid())
        return {};
    return encoder(text);
}
} // namespace

class TestTextEncoding : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { kai::test::enterTestMode(); }

    void utf8IsAccepted()
    {
        QCOMPARE(sniff(Csv.toUtf8()), QString());
        QCOMPARE(sniff("\xEF\xBB\xBF" + Csv.toUtf8()), QString());  // with a BOM
        QCOMPARE(sniff(QByteArray("period_start\n")), QString());
        // A character cut at the end of the sample is not an error.
        QByteArray large = Csv.toUtf8().repeated(2000);
        QCOMPARE(sniff(large.left(TextEncodingSniffer::SampleBytes - 1)), QString());
        // A stray bad byte in a UTF-8 file is left to the row checks, which name line and column.
        QCOMPARE(sniff(Csv.toUtf8() + "2027-03-01,lg,B200,8,n\xFF\n"), QString());
    }

    void utf16SaysUtf16()
    {
        QByteArray little = QByteArray("\xFF\xFE") + encoded(Csv, "UTF-16LE");
        QVERIFY2(sniff(little).contains(QLatin1String("encoded as UTF-16, not UTF-8")), qPrintable(sniff(little)));
        QByteArray big = QByteArray("\xFE\xFF") + encoded(Csv, "UTF-16BE");
        QVERIFY(sniff(big).contains(QLatin1String("UTF-16")));
        QVERIFY2(sniff(encoded(Csv, "UTF-16LE")).contains(QLatin1String("UTF-16")), "without a byte order mark");
        QVERIFY(sniff(QByteArray("\xFF\xFE\x00\x00", 4) + encoded(Csv, "UTF-32LE")).contains(QLatin1String("UTF-32")));
    }

    void cp949SaysCp949()
    {
        const QByteArray cp949 = encoded(Csv, "CP949");
        if (cp949.isEmpty())
            QSKIP("this Qt has no CP949 codec (built without ICU)");
        const QString reason = sniff(cp949);
        QVERIFY2(reason.contains(QLatin1String("CP949")) && reason.contains(QLatin1String("not UTF-8")), qPrintable(reason));
    }

    void theImporterReportsTheEncodingNotMissingColumns()
    {
        kai::test::SampleDatabase sample;
        const QString path = sample.dirPath() + QStringLiteral("/usage16.csv");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\xFF\xFE") + encoded(Csv, "UTF-16LE"));
        file.close();
        const auto db = sample.open();
        kai::import::GpuUsageImporter importer(db->connection());
        const kai::import::GpuUsageImportResult result = importer.importFile(path);
        QVERIFY(!result.committed());
        QVERIFY2(result.error.contains(QLatin1String("UTF-16")) && !result.error.contains(QLatin1String("columns")),
                 qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestTextEncoding)
#include "tst_text_encoding.moc"
