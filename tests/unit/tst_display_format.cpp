// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "items/DisplayFormat.h"

#include <QTest>
#include <limits>

using namespace kai;
using domain::Language;

class TestDisplayFormat : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::enterTestMode(); }

    void datesFollowTheLanguage()
    {
        QCOMPARE(DisplayFormat(Language::Korean).date(QDate(2025, 8, 4)), QStringLiteral("2025년 8월 4일"));
        QCOMPARE(DisplayFormat(Language::English).date(QDate(2025, 8, 4)), QStringLiteral("4 Aug 2025"));
        QCOMPARE(DisplayFormat(Language::English).date(QDate()), QString());
    }

    void numbersUseGrouping()
    {
        QCOMPARE(DisplayFormat(Language::Korean).integer(1234567), QStringLiteral("1,234,567"));
        QCOMPARE(DisplayFormat(Language::English).gpuHours(12287.6), QStringLiteral("12,288"));
        // Issue 13: values past qint64 (only a damaged database holds them) are not wrapped to negative.
        QVERIFY(!DisplayFormat(Language::English).gpuHours(1e19).startsWith(QLatin1Char('-')));
        QVERIFY(!DisplayFormat(Language::English).gpuHours(std::numeric_limits<double>::infinity()).startsWith(QLatin1Char('-')));
        QCOMPARE(DisplayFormat(Language::English).percent(95.04), QStringLiteral("95.0%"));
    }

    void moneyInEachAudiencesUnits()
    {
        QCOMPARE(DisplayFormat(Language::Korean).money(193'600'000'000LL), QStringLiteral("1,936억 원"));
        QCOMPARE(DisplayFormat(Language::Korean).money(1'460'000'000'000LL), QStringLiteral("1.46조 원"));
        QCOMPARE(DisplayFormat(Language::Korean).money(2'800'000'000LL), QStringLiteral("28.0억 원"));
        QCOMPARE(DisplayFormat(Language::English).money(193'600'000'000LL), QStringLiteral("KRW 193.6 bn"));
    }
};

QTEST_GUILESS_MAIN(TestDisplayFormat)
#include "tst_display_format.moc"
