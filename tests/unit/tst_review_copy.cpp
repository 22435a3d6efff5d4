// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18: review copies — an online-backup copy with a manifest, opened read-only, verified
// against its manifest, and named in every export's stamp.
#include "TestSupport.h"
#include "export/ExportContext.h"
#include "review/OsAccount.h"
#include "review/ReviewCopyMaker.h"
#include "review/ReviewCopyStatus.h"
#include "store/Database.h"
#include "store/DatabaseFingerprint.h"
#include "store/ReviewManifestStore.h"
#include "store/SqliteConnection.h"
#include "store/SqliteFileHeader.h"

#include <QDir>
#include <QTest>

using namespace kai;

class TestReviewCopy : public QObject
{
    Q_OBJECT

private:
    static QString makeCopy(const test::SampleDatabase &sample, const QString &name = QStringLiteral("copy.sqlite"))
    {
        const QString path = QDir(sample.dirPath()).filePath(name);
        auto database = sample.open(true);
        const review::ReviewCopyMaker::Result made = review::ReviewCopyMaker::make(*database, path, QDate(2026, 11, 30));
        if (!made)
            qFatal("%s", qPrintable(made.error));
        return path;
    }

private slots:
    void initTestCase() { test::enterTestMode(); }

    void copyCarriesAManifestWithTheSourceChecksum()
    {
        test::SampleDatabase sample;
        QByteArray sourceChecksum;
        {
            auto source = sample.open(true);
            sourceChecksum = store::DatabaseFingerprint(source->connection()).sha256().toHex();
        }
        const QString path = makeCopy(sample);
        // One self-contained file: no -wal, and no temporary file left beside it.
        QVERIFY(!store::SqliteFileHeader::read(path).walMode);
        const QStringList leftovers = QDir(sample.dirPath()).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));

        store::Database::OpenResult opened = store::Database::open(path, {});
        QVERIFY2(opened, qPrintable(opened.error));
        QVERIFY(opened.reviewCopy);
        QVERIFY(opened.database->isReadOnly());  // read-only by default
        const auto manifest = store::ReviewManifestStore::read(opened.database->connection());
        QVERIFY(manifest.has_value());
        QCOMPARE(manifest->checksum.toLatin1(), sourceChecksum);
        QCOMPARE(manifest->madeBy, review::OsAccount::name());
        QCOMPARE(manifest->asOf, QDate(2026, 11, 30));
        QCOMPARE(manifest->appVersion, QCoreApplication::applicationVersion());
        QCOMPARE(manifest->madeOn.date(), QDateTime::currentDateTimeUtc().date());
        // The manifest does not count in the checksum: the copy's data is the office's data.
        QCOMPARE(store::DatabaseFingerprint(opened.database->connection()).sha256().toHex(), sourceChecksum);

        const review::ReviewCopyStatus status = review::ReviewCopyStatus::of(opened.database->connection());
        QVERIFY(status.isUnchanged());
        const QString expected = QStringLiteral("Review copy of %1, unchanged")
                                     .arg(QLocale(QLocale::English, QLocale::UnitedKingdom)
                                              .toString(manifest->madeOn.date(), QStringLiteral("d MMM yyyy")));
        QCOMPARE(status.text(domain::Language::English), expected);
    }

    void anOrdinaryDatabaseIsNoReviewCopy()
    {
        test::SampleDatabase sample;
        auto database = sample.open(true);
        const review::ReviewCopyStatus status = review::ReviewCopyStatus::of(database->connection());
        QVERIFY(!status.isReviewCopy);
        QVERIFY(status.text(domain::Language::English).isEmpty());
    }

    void aModifiedCopyIsDetected()
    {
        test::SampleDatabase sample;
        const QString path = makeCopy(sample);
        {
            store::Database::OpenOptions options;
            options.writeReviewCopy = true;
            store::Database::OpenResult opened = store::Database::open(path, options);
            QVERIFY2(opened, qPrintable(opened.error));
            QVERIFY(!opened.database->isReadOnly());
            opened.database->connection().execute(
                QStringLiteral("UPDATE consortium SET name_en = name_en || ' (edited)' WHERE id = (SELECT min(id) FROM consortium)"));
        }
        store::Database::OpenResult opened = store::Database::open(path, {});
        QVERIFY2(opened, qPrintable(opened.error));
        const review::ReviewCopyStatus status = review::ReviewCopyStatus::of(opened.database->connection());
        QVERIFY(status.isModified());
        QCOMPARE(status.text(domain::Language::English), QStringLiteral("Review copy modified after it was made"));
        // Found from the cached shares and the row the write journaled, without reading the tables.
        QVERIFY(status.manifest.cacheComplete);
        QVERIFY(review::ReviewCopyStatus::allContentCached(opened.database->connection()));
        QCOMPARE(status.actualChecksum.size(), 64);
    }

    void aCopyVerifiesFromItsCacheAndAnOlderCopyInFull()
    {
        test::SampleDatabase sample;
        const QString path = makeCopy(sample);
        {
            store::Database::OpenResult opened = store::Database::open(path, {});
            QVERIFY(review::ReviewCopyStatus::allContentCached(opened.database->connection()));
            const review::ReviewCopyStatus status = review::ReviewCopyStatus::of(opened.database->connection());
            QVERIFY(status.manifest.cacheComplete);
            QVERIFY(status.isUnchanged());
        }
        // A copy made before the manifest recorded its cache: verified by its checksum, as before.
        store::Database::OpenOptions writable;
        writable.writeReviewCopy = true;
        {
            store::Database::OpenResult opened = store::Database::open(path, writable);
            QVERIFY2(opened, qPrintable(opened.error));
            opened.database->connection().execute(QStringLiteral("ALTER TABLE review_manifest DROP COLUMN cache_complete"));
        }
        {
            store::Database::OpenResult opened = store::Database::open(path, {});
            const review::ReviewCopyStatus status = review::ReviewCopyStatus::of(opened.database->connection());
            QVERIFY(!status.manifest.cacheComplete);
            QVERIFY(status.isUnchanged());
        }
        {
            store::Database::OpenResult opened = store::Database::open(path, writable);
            opened.database->connection().execute(QStringLiteral("UPDATE source SET title = title || '.' WHERE id = (SELECT min(id) FROM source)"));
        }
        store::Database::OpenResult opened = store::Database::open(path, {});
        const review::ReviewCopyStatus status = review::ReviewCopyStatus::of(opened.database->connection());
        QVERIFY(status.isModified());
        QCOMPARE(status.actualChecksum.size(), 64);  // recomputed
    }

    void exportsFromACopyCarryTheWordsInTheirStamp()
    {
        test::SampleDatabase sample;
        const QString path = makeCopy(sample);
        ui::ExportContext::Options options;
        options.asOf = QDate(2026, 11, 29);
        QString error;
        auto context = ui::ExportContext::openCopy(path, options, &error);
        QVERIFY2(context, qPrintable(error));
        const ui::ProvenanceStamp stamp = context->stamp(QStringLiteral("Overview"), false);
        QVERIFY2(stamp.checksumLine().contains(QLatin1String("Review copy of ")), qPrintable(stamp.checksumLine()));
        QVERIFY(stamp.checksumLine().contains(QLatin1String(", unchanged")));
        QVERIFY(!stamp.reviewCopyModified);

        auto office = ui::ExportContext::openCopy(sample.path(), options, &error);
        QVERIFY(!office->stamp(QStringLiteral("Overview"), false).checksumLine().contains(QLatin1String("Review copy")));
        // The same data, the same checksum on both stamps.
        QCOMPARE(office->checksum(), context->checksum());
    }

    void aCopyOverADatabaseIsRefusedAndNothingIsWritten()
    {
        test::SampleDatabase sample;
        const QByteArray before = test::fileHash(sample.path());
        auto database = sample.open(true);
        const review::ReviewCopyMaker::Result made = review::ReviewCopyMaker::make(*database, sample.path(), QDate(2026, 11, 30));
        QVERIFY(!made);
        QVERIFY(made.error.contains(QDir::toNativeSeparators(sample.path())));
        database.reset();
        QCOMPARE(test::fileHash(sample.path()), before);
    }

    void aCopyOfACopyHasItsOwnManifest()
    {
        test::SampleDatabase sample;
        const QString first = makeCopy(sample);
        store::Database::OpenResult opened = store::Database::open(first, {});
        const QString second = QDir(sample.dirPath()).filePath(QStringLiteral("second.sqlite"));
        const review::ReviewCopyMaker::Result made = review::ReviewCopyMaker::make(*opened.database, second, QDate(2026, 12, 1));
        QVERIFY2(made, qPrintable(made.error));
        store::Database::OpenResult copy = store::Database::open(second, {});
        QCOMPARE(store::ReviewManifestStore::read(copy.database->connection())->asOf, QDate(2026, 12, 1));
        QVERIFY(review::ReviewCopyStatus::of(copy.database->connection()).isUnchanged());
    }
};

QTEST_MAIN(TestReviewCopy)
#include "tst_review_copy.moc"
