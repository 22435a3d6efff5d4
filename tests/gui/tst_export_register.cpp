// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: every export is entered in the database's register when the file can be written.
#include "AppProcess.h"
#include "TestFolders.h"
#include "TestSupport.h"
#include "domain/UtcDateTime.h"
#include "items/DisplayFormat.h"
#include "items/ExportRegisterModel.h"
#include "store/DatabaseFingerprint.h"
#include "store/ExportRegisterStore.h"
#include "store/SqliteConnection.h"
#include "store/StoreError.h"

#include <QTest>

using kai::history::ExportRecord;
using kai::store::ExportRegisterStore;

namespace {
QStringList exportArguments(const QString &db, const QString &out, const QStringList &extra = {})
{
    return QStringList{QStringLiteral("export"), QStringLiteral("--view"), QStringLiteral("rounds-results"),
                       QStringLiteral("--as-of"), QStringLiteral("2026-03-01"), QStringLiteral("--size"),
                       QStringLiteral("1280x720"), QStringLiteral("--db"), db, QStringLiteral("--out"), out}
        + extra;
}

QVector<ExportRecord> registerOf(const QString &db)
{
    kai::store::Database::OpenOptions options;
    options.readOnly = true;
    auto opened = kai::store::Database::open(db, options);
    if (!opened)
        qFatal("cannot open %s", qPrintable(db));
    return ExportRegisterStore(opened.database->connection()).list();
}
} // namespace

class TestExportRegister : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

private slots:
    void initTestCase() { kai::test::enterTestMode(); }

    void headlessExportsAreRegisteredAndStayReproducible()
    {
        kai::test::SampleDatabase sample;
        QTemporaryDir out;
        QString checksum;
        {
            auto database = sample.open(true);
            checksum = kai::store::DatabaseFingerprint(database->connection()).shortHex();
        }
        auto run = kai::test::runApp(exportArguments(sample.path(), out.filePath(QStringLiteral("first.png"))), m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = kai::test::runApp(exportArguments(sample.path(), out.filePath(QStringLiteral("second.png")),
                                                {QStringLiteral("--press"), QStringLiteral("--lang"), QStringLiteral("ko")}),
                                m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = kai::test::runApp({QStringLiteral("export"), QStringLiteral("--view"), QStringLiteral("pack"),
                                 QStringLiteral("--as-of"), QStringLiteral("2026-03-01"), QStringLiteral("--lang"),
                                 QStringLiteral("en"), QStringLiteral("--db"), sample.path(), QStringLiteral("--out"),
                                 out.filePath(QStringLiteral("pack.pdf"))},
                                m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        const QVector<ExportRecord> records = registerOf(sample.path());
        QCOMPARE(records.size(), 3);
        // Newest first.
        QCOMPARE(records[0].target, QStringLiteral("pack"));
        QCOMPARE(records[0].fileName, QStringLiteral("pack.pdf"));
        QCOMPARE(records[1].target, QStringLiteral("rounds-results"));
        QCOMPARE(records[1].language, QStringLiteral("ko"));
        QCOMPARE(records[1].profile, QStringLiteral("press"));
        QCOMPARE(records[2].language, QStringLiteral("en"));
        QCOMPARE(records[2].profile, QStringLiteral("internal"));
        QCOMPARE(records[2].asOf, QDate(2026, 3, 1));
        QCOMPARE(records[2].fileName, QStringLiteral("first.png"));
        QVERIFY(records[2].exportedAt.isValid() && records[2].exportedAt <= records[0].exportedAt);
        // The register is bookkeeping: it does not change the data's checksum, so every export
        // carries the stamp of the same data and the same options give the same bytes.
        for (const ExportRecord &record : records)
            QCOMPARE(record.checksum, checksum);
        run = kai::test::runApp(exportArguments(sample.path(), out.filePath(QStringLiteral("again.png"))), m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(kai::test::fileHash(out.filePath(QStringLiteral("again.png"))),
                 kai::test::fileHash(out.filePath(QStringLiteral("first.png"))));
    }

    void aReadOnlyDatabaseStillExportsWithoutRegistering()
    {
        kai::test::SampleDatabase sample;
        kai::test::ReadOnlyFolder folder({sample.path()});
        if (!folder.skipReason().isEmpty())
            QSKIP(qPrintable(folder.skipReason()));
        const QString db = folder.filePath(QStringLiteral("sample.sqlite"));
        const QByteArray before = kai::test::fileHash(db);
        QTemporaryDir out;
        const auto run = kai::test::runApp(exportArguments(db, out.filePath(QStringLiteral("ro.png"))), m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFileInfo::exists(out.filePath(QStringLiteral("ro.png"))));
        QCOMPARE(kai::test::fileHash(db), before);
        QVERIFY(registerOf(db).isEmpty());
    }

    void registerIsAppendOnlyAndListedByTheModel()
    {
        kai::test::SampleDatabase sample;
        auto database = sample.open();
        ExportRegisterStore store(database->connection());
        const QDateTime first = kai::utcDateTime(QDate(2026, 9, 1), QTime(1, 2, 3));
        store.record({first, QStringLiteral("overview"), QStringLiteral("ko"), QStringLiteral("internal"),
                      QDate(2026, 9, 1), QStringLiteral("1a2b3c4d"), QStringLiteral("a.png")});
        store.record({first.addSecs(60), QStringLiteral("pack"), QStringLiteral("en"), QStringLiteral("press"),
                      QDate(2026, 9, 2), QStringLiteral("1a2b3c4d"), QStringLiteral("b.pdf")});
        QVERIFY_THROWS_EXCEPTION(kai::store::StoreError,
                                 database->connection().execute(QStringLiteral("UPDATE export_register SET file_name = 'x'")));
        QVERIFY_THROWS_EXCEPTION(kai::store::StoreError,
                                 database->connection().execute(QStringLiteral("DELETE FROM export_register")));

        kai::ExportRegisterModel model;
        model.setRecords(store.list(), kai::domain::Language::English);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, kai::ExportRegisterModel::TargetColumn).data().toString(), QStringLiteral("Briefing pack"));
        QCOMPARE(model.index(0, kai::ExportRegisterModel::ProfileColumn).data().toString(), QStringLiteral("Press"));
        QCOMPARE(model.index(1, kai::ExportRegisterModel::AsOfColumn).data().toString(), kai::DisplayFormat(kai::domain::Language::English).date(QDate(2026, 9, 1)));
        QCOMPARE(model.index(1, kai::ExportRegisterModel::WhenColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("2026-09-01T01:02:03Z"));
        model.setRecords(store.list(), kai::domain::Language::Korean);
        QCOMPARE(model.index(1, kai::ExportRegisterModel::AsOfColumn).data().toString(), QStringLiteral("2026년 9월 1일"));
        QCOMPARE(model.index(0, kai::ExportRegisterModel::FileColumn).data().toString(), QStringLiteral("b.pdf"));
    }
};

QTEST_MAIN(TestExportRegister)
#include "tst_export_register.moc"
