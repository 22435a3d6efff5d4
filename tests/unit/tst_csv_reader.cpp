// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/CsvReader.h"
#include "import/IsoTimestamp.h"

#include <QBuffer>
#include <QDateTime>
#include <QTimeZone>
#include <QTest>

using kai::import::CsvReader;
using kai::import::IsoTimestamp;

namespace {
// Every record of the input, each as a list of fields, with the line each starts on.
struct Parsed
{
    QList<QStringList> records;
    QList<qint64> lines;
    QStringList errors;
};

QStringList fields(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

Parsed parse(const QByteArray &bytes)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    Parsed parsed;
    while (reader.readRecord()) {
        QStringList fields;
        for (int i = 0; i < reader.fieldCount(); ++i) {
            const std::string_view field = reader.field(i);
            fields.append(QString::fromUtf8(field.data(), qsizetype(field.size())));
        }
        parsed.records.append(fields);
        parsed.lines.append(reader.lineNumber());
        parsed.errors.append(reader.error());
    }
    return parsed;
}
} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void plainRecordsWithLf()
    {
        const Parsed parsed = parse("a,b,c\n1,2,3\n");
        QCOMPARE(parsed.records.size(), 2);
        QCOMPARE(parsed.records[1], fields({"1", "2", "3"}));
        QCOMPARE(parsed.lines, QList<qint64>({1, 2}));
    }

    void crlfLineEndsAndNoFinalNewline()
    {
        const Parsed parsed = parse("a,b\r\n1,2\r\n3,4");
        QCOMPARE(parsed.records.size(), 3);
        QCOMPARE(parsed.records[1], fields({"1", "2"}));
        QCOMPARE(parsed.records[2], fields({"3", "4"}));
        QCOMPARE(parsed.lines[2], 3);
    }

    void byteOrderMarkIsNotPartOfTheFirstName()
    {
        const Parsed parsed = parse("\xEF\xBB\xBFperiod_start,node\n2026-01-01,n1\n");
        QCOMPARE(parsed.records[0][0], QStringLiteral("period_start"));
    }

    void quotedCommasQuotesAndNewlines()
    {
        const Parsed parsed = parse("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nnext,1,2\n");
        QCOMPARE(parsed.records.size(), 3);
        QCOMPARE(parsed.records[1], fields({"x, y", "say \"hi\"", "two\nlines"}));
        // The quoted line break counts: the next record starts on physical line 4.
        QCOMPARE(parsed.lines[2], 4);
        QVERIFY(parsed.errors[1].isEmpty());
    }

    void emptyFieldsAndBlankLines()
    {
        const Parsed parsed = parse("a,b,c\n\n,,\n\"\",x,\n");
        QCOMPARE(parsed.records.size(), 3);
        QCOMPARE(parsed.records[1], fields({"", "", ""}));
        QCOMPARE(parsed.lines[1], 3);
        QCOMPARE(parsed.records[2], fields({"", "x", ""}));
    }

    void koreanText()
    {
        const Parsed parsed = parse("consortium\nLG AI연구원\n\"업스테이지, 컨소시엄\"\n");
        QCOMPARE(parsed.records[1][0], QStringLiteral("LG AI연구원"));
        QCOMPARE(parsed.records[2][0], QStringLiteral("업스테이지, 컨소시엄"));
    }

    void malformedQuotingIsReported()
    {
        const Parsed parsed = parse("a,b\n\"x\"y,2\n\"open,3\n");
        QVERIFY(!parsed.errors[1].isEmpty());
        QVERIFY(!parsed.errors[2].isEmpty());
    }

    void isoDates()
    {
        const auto date = IsoTimestamp::parse("2026-01-02");
        QVERIFY(date && date->dateOnly);
        QCOMPARE(date->secondsSinceEpoch, QDateTime(QDate(2026, 1, 2), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch());
        QVERIFY(!IsoTimestamp::parse("2025-02-29"));
        QVERIFY(IsoTimestamp::parse("2024-02-29"));
        QVERIFY(!IsoTimestamp::parse("2026-13-01"));
        QVERIFY(!IsoTimestamp::parse("26-1-2"));
        QVERIFY(!IsoTimestamp::parse("2026-01-02T25:00"));
        QVERIFY(!IsoTimestamp::parse("yesterday"));
        // Found by fuzz_iso_timestamp: no zone is further than 14:00 from UTC.
        QVERIFY(IsoTimestamp::parse("2026-01-02T09:00-14:00"));
        QVERIFY(!IsoTimestamp::parse("9999-12-31T23:59:59-14:15"));
        QVERIFY(!IsoTimestamp::parse("2026-01-02T09:00+1401"));
    }

    void isoDateTimesWithoutZoneAreKoreaStandardTime()
    {
        const qint64 utcMidnight = QDateTime(QDate(2026, 1, 2), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        QCOMPARE(IsoTimestamp::parse("2026-01-02T09:00")->secondsSinceEpoch, utcMidnight);
        QCOMPARE(IsoTimestamp::parse("2026-01-02 09:00:00")->secondsSinceEpoch, utcMidnight);
        QCOMPARE(IsoTimestamp::parse("2026-01-02T00:00:00Z")->secondsSinceEpoch, utcMidnight);
        QCOMPARE(IsoTimestamp::parse("2026-01-02T09:00:00+09:00")->secondsSinceEpoch, utcMidnight);
        QCOMPARE(IsoTimestamp::parse("2026-01-01T19:00:00.250-05:00")->secondsSinceEpoch, utcMidnight);
        QVERIFY(!IsoTimestamp::parse("2026-01-02T09:00+9"));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csv_reader.moc"
