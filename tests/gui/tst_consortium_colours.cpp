// SPDX-License-Identifier: GPL-3.0-or-later
// A journalist's review: consortium colours repeated across the 16 consortia, so two teams in one
// legend or table could share a colour. The rule now: each team selected into the programme has a
// colour of its own, kept on every date, view, export and language; other applicants have none.
#include "DashboardState.h"
#include "GuiSession.h"
#include "TestSupport.h"
#include "domain/ProgramSnapshot.h"
#include "items/ConsortiumPalette.h"
#include "slides/ConsortiaSlide.h"
#include "slides/SlideTable.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace kai;
using domain::Language;

namespace {
const QVector<QDate> Dates{QDate(2025, 7, 20), QDate(2025, 8, 20), QDate(2026, 1, 31), QDate(2026, 3, 1),
                           QDate(2027, 6, 30)};
}

class TestConsortiumColours : public QObject
{
    Q_OBJECT

private:
    test::SampleDatabase *m_sample = nullptr;

    // The swatches of the consortia slide's first table page, as exported.
    QVector<QColor> slideSwatches(Language language, const QDate &asOf) const
    {
        const auto state = test::createState(*m_sample, language, asOf);
        const ui::ConsortiaSlide slide(*state);
        const auto page = slide.figureTable(QSizeF(1920, 1080), QSizeF(1728, 760), QPalette(), 0);
        return page ? page->rows.swatches : QVector<QColor>();
    }

private slots:
    void initTestCase()
    {
        test::enterTestMode();
        app::GuiSession::applyApplicationFont();
        m_sample = new test::SampleDatabase;
    }

    void cleanupTestCase() { delete m_sample; }

    void noTwoTeamsShareAColour()
    {
        for (const QDate &asOf : Dates) {
            const auto state = test::createState(*m_sample, Language::English, asOf);
            const ConsortiumPalette palette(state->snapshot());
            QHash<QRgb, qint64> owner;
            for (const domain::Consortium &c : state->snapshot().consortia) {
                if (!palette.isDistinct(c.id)) {
                    QVERIFY(!palette.swatch(c.id).isValid());
                    QCOMPARE(palette.colour(c.id), ConsortiumPalette::neutral());
                    continue;
                }
                const QRgb rgb = palette.colour(c.id).rgb();
                QVERIFY2(!owner.contains(rgb), qPrintable(QStringLiteral("%1: %2 and %3 share %4")
                                                              .arg(asOf.toString(Qt::ISODate))
                                                              .arg(owner.value(rgb)).arg(c.id)
                                                              .arg(palette.colour(c.id).name())));
                QVERIFY(rgb != ConsortiumPalette::neutral().rgb());
                owner.insert(rgb, c.id);
            }
        }
    }

    void theSelectedTeamsAreTheOnesWithAColour()
    {
        const auto before = test::createState(*m_sample, Language::English, QDate(2025, 7, 20));
        const auto phaseOne = test::createState(*m_sample, Language::English, QDate(2026, 1, 31));
        const auto later = test::createState(*m_sample, Language::English, QDate(2027, 6, 30));
        const auto distinctCount = [](const DashboardState &state) {
            const ConsortiumPalette palette(state.snapshot());
            int count = 0;
            for (const domain::Consortium &c : state.snapshot().consortia)
                count += palette.isDistinct(c.id);
            return count;
        };
        QCOMPARE(distinctCount(*before), 0);    // only applicants yet
        QCOMPARE(distinctCount(*phaseOne), 5);  // the five teams selected in August 2025
        QCOMPARE(distinctCount(*later), 6);     // and the additional call's team
    }

    void aTeamKeepsItsColourOnEveryLaterDate()
    {
        QHash<qint64, QRgb> first;
        for (const QDate &asOf : Dates) {
            const auto state = test::createState(*m_sample, Language::English, asOf);
            const ConsortiumPalette palette(state->snapshot());
            for (const domain::Consortium &c : state->snapshot().consortia) {
                if (!palette.isDistinct(c.id))
                    continue;
                if (first.contains(c.id))
                    QCOMPARE(palette.colour(c.id).rgb(), first.value(c.id));
                first.insert(c.id, palette.colour(c.id).rgb());
            }
        }
        QCOMPARE(first.size(), 6);
    }

    void slidesShowTheSameSwatchesInBothLanguages()
    {
        for (const QDate &asOf : {QDate(2026, 1, 31), QDate(2027, 6, 30)}) {
            const QVector<QColor> korean = slideSwatches(Language::Korean, asOf);
            const QVector<QColor> english = slideSwatches(Language::English, asOf);
            QVERIFY(!korean.isEmpty());
            QCOMPARE(korean, english);
            QSet<QRgb> seen;
            int blank = 0;
            for (const QColor &swatch : korean) {
                if (!swatch.isValid()) {
                    ++blank;  // an applicant never selected: no colour identity
                    continue;
                }
                QVERIFY2(!seen.contains(swatch.rgb()), qPrintable(swatch.name()));
                seen.insert(swatch.rgb());
            }
            QVERIFY(blank > 0);
            QVERIFY(seen.size() >= 5);
        }
    }

    void moreTeamsThanHuesStillDiffer()
    {
        QSet<QRgb> colours{ConsortiumPalette::neutral().rgb()};
        for (int index = 0; index < 16; ++index)
            colours.insert(ConsortiumPalette::distinct(index).rgb());
        QCOMPARE(colours.size(), 17);
    }
};

QTEST_MAIN(TestConsortiumColours)
#include "tst_consortium_colours.moc"
