// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/KoreanSearch.h"

#include <QTest>

using kai::domain::KoreanSearch;

class TestKoreanSearch : public QObject
{
    Q_OBJECT

private:
    static bool finds(const QString &name, const QString &query)
    {
        return KoreanSearch::matches(KoreanSearch::prepare(name), KoreanSearch::prepareQuery(query));
    }

private slots:
    void initialConsonantsOfSyllables()
    {
        QCOMPARE(KoreanSearch::initialsOf(QStringLiteral("업스테이지")), QStringLiteral("ㅇㅅㅌㅇㅈ"));
        QCOMPARE(KoreanSearch::initialsOf(QStringLiteral("LG AI연구원")), QStringLiteral("LG AIㅇㄱㅇ"));
        // Double consonants and the first and last syllables of the block.
        QCOMPARE(KoreanSearch::initialsOf(QStringLiteral("까뼈쯔")), QStringLiteral("ㄲㅃㅉ"));
        QCOMPARE(KoreanSearch::initialConsonant(QChar(0xAC00)), QChar(0x3131));  // 가 -> ㄱ
        QCOMPARE(KoreanSearch::initialConsonant(QChar(0xD7A3)), QChar(0x314E));  // 힣 -> ㅎ
        QVERIFY(KoreanSearch::initialConsonant(QChar(0xABFF)).isNull());
        QVERIFY(KoreanSearch::initialConsonant(QChar(0xD7A4)).isNull());
        QVERIFY(KoreanSearch::isInitialJamo(QChar(0x3131)));
        QVERIFY(!KoreanSearch::isInitialJamo(QChar(0x314F)));  // ㅏ is a vowel
        QVERIFY(!KoreanSearch::isInitialJamo(QChar(0x3133)));  // ㄳ is only a final consonant
    }

    void matches_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("expected");
        QTest::newRow("korean whole") << QStringLiteral("업스테이지") << QStringLiteral("업스테이지") << true;
        QTest::newRow("korean part") << QStringLiteral("업스테이지") << QStringLiteral("테이") << true;
        QTest::newRow("korean miss") << QStringLiteral("업스테이지") << QStringLiteral("네이버") << false;
        QTest::newRow("choseong whole") << QStringLiteral("업스테이지") << QStringLiteral("ㅇㅅㅌㅇㅈ") << true;
        QTest::newRow("choseong part") << QStringLiteral("업스테이지") << QStringLiteral("ㅅㅌ") << true;
        QTest::newRow("choseong miss") << QStringLiteral("업스테이지") << QStringLiteral("ㄴㅇㅂ") << false;
        QTest::newRow("mixed") << QStringLiteral("업스테이지") << QStringLiteral("업ㅅ") << true;
        QTest::newRow("mixed inside") << QStringLiteral("업스테이지") << QStringLiteral("ㅅ테ㅇ") << true;
        QTest::newRow("mixed wrong order") << QStringLiteral("업스테이지") << QStringLiteral("ㅅ업") << false;
        QTest::newRow("syllable is not jamo") << QStringLiteral("ㅇ") << QStringLiteral("업") << false;
        QTest::newRow("english case") << QStringLiteral("Upstage") << QStringLiteral("upSTAGE") << true;
        QTest::newRow("english part") << QStringLiteral("SK Telecom") << QStringLiteral("tele") << true;
        QTest::newRow("spaces ignored") << QStringLiteral("SK Telecom") << QStringLiteral("skte") << true;
        QTest::newRow("query spaces ignored") << QStringLiteral("업스테이지") << QStringLiteral("업 스") << true;
        QTest::newRow("mixed script") << QStringLiteral("LG AI연구원") << QStringLiteral("ai연") << true;
        QTest::newRow("mixed script choseong") << QStringLiteral("LG AI연구원") << QStringLiteral("AIㅇㄱ") << true;
        QTest::newRow("digits") << QStringLiteral("42dot") << QStringLiteral("42D") << true;
        QTest::newRow("empty query finds nothing") << QStringLiteral("업스테이지") << QString() << false;
        QTest::newRow("blank query finds nothing") << QStringLiteral("업스테이지") << QStringLiteral("  ") << false;
        QTest::newRow("empty name") << QString() << QStringLiteral("a") << false;
        QTest::newRow("query longer than name") << QStringLiteral("KT") << QStringLiteral("KT컨소시엄") << false;
        QTest::newRow("latin jamo lookalike") << QStringLiteral("ABC") << QStringLiteral("ㄱ") << false;
        QTest::newRow("emoji in query") << QStringLiteral("업스테이지") << QStringLiteral("업😀") << true;
        QTest::newRow("german sharp s") << QStringLiteral("Straße") << QStringLiteral("STRASSE") << false;
        QTest::newRow("accents folded by case only") << QStringLiteral("Élan") << QStringLiteral("élan") << true;
    }

    void matches()
    {
        QFETCH(QString, name);
        QFETCH(QString, query);
        QFETCH(bool, expected);
        QCOMPARE(finds(name, query), expected);
    }

    void narrowing_data()
    {
        QTest::addColumn<QString>("previous");
        QTest::addColumn<QString>("next");
        QTest::addColumn<bool>("expected");
        QTest::newRow("longer") << QStringLiteral("ups") << QStringLiteral("upst") << true;
        QTest::newRow("consonant to syllable") << QStringLiteral("업ㅅ") << QStringLiteral("업스") << true;
        QTest::newRow("syllable grows a final") << QStringLiteral("어") << QStringLiteral("업") << false;
        QTest::newRow("other consonant") << QStringLiteral("ㅅ") << QStringLiteral("어") << false;
        QTest::newRow("shorter") << QStringLiteral("upst") << QStringLiteral("ups") << false;
        QTest::newRow("from nothing") << QString() << QStringLiteral("a") << false;
    }

    void narrowing()
    {
        QFETCH(QString, previous);
        QFETCH(QString, next);
        QFETCH(bool, expected);
        QCOMPARE(KoreanSearch::narrows(KoreanSearch::prepareQuery(previous), KoreanSearch::prepareQuery(next)), expected);
    }

    void spansPointAtTheOriginalText()
    {
        const auto query = KoreanSearch::prepareQuery(QStringLiteral("ㅅㅌ"));
        const auto span = KoreanSearch::firstMatch(KoreanSearch::prepare(QStringLiteral("업스테이지 컨소시엄")), query);
        QCOMPARE(span.start, 1);
        QCOMPARE(span.length, 2);
        // A match across a space covers the space too.
        const auto across = KoreanSearch::firstMatch(KoreanSearch::prepare(QStringLiteral("SK Telecom")),
                                                     KoreanSearch::prepareQuery(QStringLiteral("kte")));
        QCOMPARE(across.start, 1);
        QCOMPARE(across.length, 4);  // "K Te"
        const auto all = KoreanSearch::allMatches(QStringLiteral("AI, ai and Ai"), KoreanSearch::prepareQuery(QStringLiteral("ai")));
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[1].start, 4);
        QCOMPARE(all[2].start, 11);
        QVERIFY(KoreanSearch::allMatches(QStringLiteral("abc"), KoreanSearch::prepareQuery(QString())).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestKoreanSearch)
#include "tst_korean_search.moc"
