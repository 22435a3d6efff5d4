// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: `kai-dashboard changes --since DAY | --since-export CHECKSUM` prints the Changes list in
// either language and exits 0; a bad argument, an unknown checksum or an unusable file exit 2 with
// a message naming it.
#include "AppProcess.h"
#include "CommandLine.h"
#include "TestSupport.h"
#include "edit/EditContext.h"
#include "edit/TimelineEdits.h"
#include "store/DatabaseFingerprint.h"
#include "store/ExportRegisterStore.h"
#include "store/FactStore.h"
#include "store/SqliteConnection.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace kai;

namespace {
void moveStageTwo(store::Database &database)
{
    store::FactStore facts(database.connection());
    const qint64 stage = facts.idOfCode(store::FactKind::Stage, QStringLiteral("phase2-eval")).value_or(0);
    edit::EditContext context(database);
    edit::ChangeStageDatesCommand move({stage, QDate(2026, 9, 1), QDate(2026, 9, 15), {}, {}, {},
                                        context.read(store::FactKind::Stage, stage)},
                                       QStringLiteral("Phase-2 evaluation"));
    move.setSource({facts.idOfCode(store::FactKind::Source, QStringLiteral("S61")).value_or(0), std::nullopt});
    QVERIFY(move.apply(database).isEmpty());
}

QString registerBriefing(store::Database &database)
{
    store::SqliteConnection &c = database.connection();
    const QString checksum = store::DatabaseFingerprint(c).shortHex();
    store::ExportRegisterStore(c).record({QDateTime::currentDateTimeUtc(), QStringLiteral("pack"), QStringLiteral("ko"),
                                          QStringLiteral("press"), QDate(2026, 11, 29), checksum,
                                          QStringLiteral("briefing.pdf")});
    return checksum;
}
} // namespace

class TestChangesCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    test::AppRun run(const QStringList &arguments) { return test::runApp(arguments, m_home.path()); }

private slots:
    void initTestCase() { test::enterTestMode(); }

    void parsesItsOptions()
    {
        const auto parse = [](const QStringList &arguments) {
            return app::CommandLine::parse(QStringList{QStringLiteral("kai-dashboard")} + arguments);
        };
        auto byDay = parse({QStringLiteral("changes"), QStringLiteral("--since"), QStringLiteral("2026-09-01")});
        QVERIFY2(byDay.error.isEmpty(), qPrintable(byDay.error));
        QCOMPARE(byDay.options.historySince, QDate(2026, 9, 1));
        auto byExport = parse({QStringLiteral("changes"), QStringLiteral("--since-export"), QStringLiteral("1A2b3C4d"),
                               QStringLiteral("--lang"), QStringLiteral("ko")});
        QVERIFY2(byExport.error.isEmpty(), qPrintable(byExport.error));
        QCOMPARE(byExport.options.changesSinceExport, QStringLiteral("1A2b3C4d"));
        QCOMPARE(byExport.options.language, domain::Language::Korean);

        const QList<std::pair<QStringList, QString>> refused = {
            {{QStringLiteral("changes")}, QStringLiteral("exactly one of")},
            {{QStringLiteral("changes"), QStringLiteral("--since"), QStringLiteral("2026-09-01"), QStringLiteral("--since-export"),
              QStringLiteral("1a2b3c4d")}, QStringLiteral("exactly one of")},
            {{QStringLiteral("changes"), QStringLiteral("--since"), QStringLiteral("last week")}, QStringLiteral("YYYY-MM-DD")},
            {{QStringLiteral("changes"), QStringLiteral("--since-export"), QStringLiteral("xyz")}, QStringLiteral("8-digit")},
            {{QStringLiteral("changes"), QStringLiteral("extra"), QStringLiteral("--since"), QStringLiteral("2026-09-01")},
             QStringLiteral("no arguments")},
            {{QStringLiteral("check"), QStringLiteral("--since-export"), QStringLiteral("1a2b3c4d")}, QStringLiteral("only to the changes")},
        };
        for (const auto &[arguments, fragment] : refused) {
            const auto result = parse(arguments);
            QVERIFY2(result.error.contains(fragment), qPrintable(arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") + result.error));
        }
        QVERIFY(app::CommandLine::description().contains(QLatin1String("changes --since YYYY-MM-DD | --since-export CHECKSUM")));
    }

    void printsTheListSinceADayOrABriefing()
    {
        test::SampleDatabase sample;
        QString checksum;
        {
            auto database = sample.open();
            checksum = registerBriefing(*database);
            QThread::msleep(1100);  // the log counts whole seconds
            moveStageTwo(*database);
        }
        const test::AppRun english = run({QStringLiteral("changes"), QStringLiteral("--db"), sample.path(), QStringLiteral("--since"),
                                          QDate::currentDate().toString(Qt::ISODate), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(english.exitCode, 0);
        QVERIFY2(english.out.contains(QLatin1String("\nTimeline\n  - Phase-2 evaluation: planned start moved from 3 Aug 2026 to 1 Sept 2026.\n")),
                 qPrintable(english.out + english.err));

        const test::AppRun korean = run({QStringLiteral("changes"), QStringLiteral("--db"), sample.path(),
                                         QStringLiteral("--since-export"), checksum.toUpper(), QStringLiteral("--lang"),
                                         QStringLiteral("ko")});
        QCOMPARE(korean.exitCode, 0);
        QVERIFY2(korean.out.contains(QStringLiteral("브리핑 이후 변경 사항(briefing.pdf, 데이터 체크섬 %1)").arg(checksum)),
                 qPrintable(korean.out + korean.err));
        QVERIFY(korean.out.contains(QStringLiteral("  - 2차 단계평가: 계획 종료일 변경(2026년 8월 14일 → 2026년 9월 15일).")));

        const test::AppRun future = run({QStringLiteral("changes"), QStringLiteral("--db"), sample.path(), QStringLiteral("--since"),
                                         QStringLiteral("2999-01-01"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(future.exitCode, 0);
        QVERIFY2(future.out.endsWith(QLatin1String("\nNothing has changed since then.\n")), qPrintable(future.out));
    }

    void refusesWhatItCannotUse()
    {
        test::SampleDatabase sample;
        const test::AppRun unknown = run({QStringLiteral("changes"), QStringLiteral("--db"), sample.path(),
                                          QStringLiteral("--since-export"), QStringLiteral("0badc0de")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QLatin1String("has the data checksum 0badc0de")), qPrintable(unknown.err));
        QVERIFY(unknown.out.isEmpty());

        const QString missing = m_home.filePath(QStringLiteral("none.sqlite"));
        const test::AppRun absent = run({QStringLiteral("changes"), QStringLiteral("--db"), missing, QStringLiteral("--since"),
                                         QStringLiteral("2026-01-01")});
        QCOMPARE(absent.exitCode, 2);
        QVERIFY2(absent.err.contains(QLatin1String("none.sqlite")), qPrintable(absent.err));
        QVERIFY(!QFile::exists(missing));

        const QString garbage = test::writeFile(m_home.filePath(QStringLiteral("notes.sqlite")), "not a database at all\n");
        const QByteArray before = test::fileHash(garbage);
        const test::AppRun unusable = run({QStringLiteral("changes"), QStringLiteral("--db"), garbage, QStringLiteral("--since"),
                                           QStringLiteral("2026-01-01")});
        QCOMPARE(unusable.exitCode, 2);
        QVERIFY2(unusable.err.contains(QLatin1String("notes.sqlite")), qPrintable(unusable.err));
        QCOMPARE(test::fileHash(garbage), before);

        const test::AppRun bad = run({QStringLiteral("changes"), QStringLiteral("--since"), QStringLiteral("yesterday")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QLatin1String("YYYY-MM-DD")), qPrintable(bad.err));
    }
};

QTEST_MAIN(TestChangesCli)
#include "tst_changes_cli.moc"
