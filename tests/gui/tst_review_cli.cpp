// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18 on the command line: make-review-copy, export-notes and merge-notes, exit codes 0/2.
#include "AppProcess.h"
#include "TestSupport.h"
#include "review/ReviewNotebook.h"
#include "store/Database.h"
#include "store/ReviewNoteRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace kai;
using kai::test::runApp;
using Run = kai::test::AppRun;

class TestReviewCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

private slots:
    void initTestCase() { test::enterTestMode(); }

    void copyNotesAndMergeRoundTrip()
    {
        test::SampleDatabase office;
        const QDir dir(office.dirPath());
        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        const Run made = runApp({QStringLiteral("make-review-copy"), QStringLiteral("--out"), copy, QStringLiteral("--db"),
                                 office.path(), QStringLiteral("--as-of"), QStringLiteral("2026-11-30"),
                                 QStringLiteral("--lang"), QStringLiteral("en")},
                                m_home.path());
        QVERIFY2(made.exitCode == 0, qPrintable(made.out + made.err));
        QVERIFY2(made.out.contains(QLatin1String("as of 30 Nov 2026")), qPrintable(made.out));
        QVERIFY(made.out.contains(QLatin1String("opens read-only")));

        {
            store::Database::OpenResult opened = store::Database::open(copy, {});
            QVERIFY(opened.reviewCopy && opened.database->isReadOnly());
            QVERIFY(review::ReviewNotebook::add(*opened.database, review::ReviewItemKey::stage(QStringLiteral("showcase-1")),
                                                review::NoteKind::Question, QStringLiteral("Date?")));
        }
        const QString json = dir.filePath(QStringLiteral("notes.json"));
        const Run exported = runApp({QStringLiteral("export-notes"), QStringLiteral("--out"), json, QStringLiteral("--db"), copy,
                                     QStringLiteral("--lang"), QStringLiteral("en")},
                                    m_home.path());
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.out + exported.err));
        QVERIFY2(exported.out.contains(QLatin1String("1 note written")), qPrintable(exported.out));

        const Run merged = runApp({QStringLiteral("merge-notes"), json, json, QStringLiteral("--db"), office.path(),
                                   QStringLiteral("--lang"), QStringLiteral("en")},
                                  m_home.path());
        QVERIFY2(merged.exitCode == 0, qPrintable(merged.out + merged.err));
        QVERIFY2(merged.out.contains(QLatin1String("1 note merged as open notes; 1 already merged before.")), qPrintable(merged.out));
        auto database = office.open(true);
        QCOMPARE(store::ReviewNoteRepository(database->connection()).all().size(), 1);
    }

    void badArgumentsAndFilesExitTwoWithAClearMessage()
    {
        test::SampleDatabase office;
        const QDir dir(office.dirPath());
        const auto run = [&](const QStringList &arguments) {
            return runApp(arguments + QStringList{QStringLiteral("--db"), office.path(), QStringLiteral("--lang"), QStringLiteral("en")},
                          m_home.path());
        };
        Run r = run({QStringLiteral("make-review-copy")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("make-review-copy needs --out FILE")), qPrintable(r.err));
        r = run({QStringLiteral("make-review-copy"), QStringLiteral("--out"), dir.filePath(QStringLiteral("x.sqlite")),
                 QStringLiteral("--press")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("--press does not apply")), qPrintable(r.err));
        r = run({QStringLiteral("make-review-copy"), QStringLiteral("--out"), office.path()});  // over a database
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("never overwritten")), qPrintable(r.err));
        r = run({QStringLiteral("merge-notes")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("at least one notes file")), qPrintable(r.err));
        const QString bad = test::writeFile(dir.filePath(QStringLiteral("bad.json")), "{\n  \"format\": 3\n}\n");
        r = run({QStringLiteral("merge-notes"), bad});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("bad.json, line 1: not a K-AI Dashboard notes file")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("Nothing was merged")));
    }
};

QTEST_MAIN(TestReviewCli)
#include "tst_review_cli.moc"
