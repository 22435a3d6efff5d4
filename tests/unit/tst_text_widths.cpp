// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "domain/TextWidths.h"

#include <QFont>
#include <QFontMetricsF>
#include <QTest>

using kai::domain::TextWidths;
using kai::test::appFont;

class TestTextWidths : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { kai::test::enterTestMode(); }

    // The Timeline's layout measures through TextWidths, which remembers widths: every answer is
    // QFontMetricsF's, asked again, in both languages, and past the limit where it starts again.
    void measuresAsQFontMetricsF_data()
    {
        QTest::addColumn<bool>("bold");
        QTest::newRow("regular") << false;
        QTest::newRow("bold") << true;
    }

    void measuresAsQFontMetricsF()
    {
        QFETCH(bool, bold);
        const TextWidths widths(appFont(bold));
        const QFontMetricsF metrics(appFont(bold));
        QCOMPARE(widths.height(), metrics.height());
        const QStringList texts = {QString(), QStringLiteral("Program calendar"), QStringLiteral("프로그램 일정"),
                                   QStringLiteral("LG AI연구원 컨소시엄"), QStringLiteral("2027-06-30")};
        for (int pass = 0; pass < 2; ++pass) {
            for (const QString &text : texts)
                QCOMPARE(widths.horizontalAdvance(text), metrics.horizontalAdvance(text));
        }
        for (int i = 0; i < TextWidths::Limit + 10; ++i) {
            const QString text = QStringLiteral("Label %1").arg(i);
            QCOMPARE(widths.horizontalAdvance(text), metrics.horizontalAdvance(text));
        }
        QCOMPARE(widths.horizontalAdvance(texts.at(2)), metrics.horizontalAdvance(texts.at(2)));
        QCOMPARE(widths.elidedText(texts.at(3), Qt::ElideRight, 40), metrics.elidedText(texts.at(3), Qt::ElideRight, 40));
    }
};

QTEST_MAIN(TestTextWidths)
#include "tst_text_widths.moc"
