// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: the briefing pack and deck carry an optional "changes since" page after the cover
// (export --changes-since DATE|CHECKSUM); the press profile's page never shows internal notes.
#include "AppProcess.h"
#include "TestSupport.h"
#include "edit/EditContext.h"
#include "edit/TimelineEdits.h"
#include "store/ChangeLog.h"
#include "store/DatabaseFingerprint.h"
#include "store/FactStore.h"
#include "store/SqliteConnection.h"

#include <QTemporaryDir>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <QTest>

using namespace kai;

namespace {
// The slides of a .pptx by part name.
QMap<QString, QByteArray> slides(const QString &path)
{
    QMap<QString, QByteArray> parts;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return parts;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        const QString name = zip.getCurrentFileName();
        if (!name.startsWith(QLatin1String("ppt/slides/slide")) || !name.endsWith(QLatin1String(".xml")))
            continue;
        QuaZipFile file(&zip);
        if (file.open(QIODevice::ReadOnly))
            parts.insert(name, file.readAll());
    }
    return parts;
}
} // namespace

class TestChangesExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<test::SampleDatabase> m_sample;

    test::AppRun exportPack(const QString &out, const QStringList &extra)
    {
        return test::runApp(QStringList{QStringLiteral("export"), QStringLiteral("--db"), m_sample->path(), QStringLiteral("--out"),
                                        out} + extra, m_home.path());
    }

private slots:
    void initTestCase()
    {
        test::enterTestMode();
        // KAI_KEEP_CHANGES_EXPORT=1 keeps the files for a look (pdftoppm) and prints where.
        m_home.setAutoRemove(!qEnvironmentVariableIsSet("KAI_KEEP_CHANGES_EXPORT"));
        qInfo().noquote() << "exports in" << m_home.path();
        m_sample = std::make_unique<test::SampleDatabase>();
        auto database = m_sample->open();
        store::FactStore facts(database->connection());
        const qint64 stage = facts.idOfCode(store::FactKind::Stage, QStringLiteral("phase2-eval")).value_or(0);
        edit::EditContext context(*database);
        edit::ChangeStageDatesCommand move({stage, QDate(2026, 9, 1), QDate(2026, 9, 15), {}, {}, {},
                                            context.read(store::FactKind::Stage, stage)},
                                           QStringLiteral("Phase-2 evaluation"));
        move.setSource({facts.idOfCode(store::FactKind::Source, QStringLiteral("S61")).value_or(0), std::nullopt});
        QVERIFY(move.apply(*database).isEmpty());
        // An internal note's change: the internal page lists it, the press page never.
        store::ChangeLogWriter log(database->connection(), QStringLiteral("edit"), QStringLiteral("note"));
        log.append(QStringLiteral("round_result"), QStringLiteral("phase1-eval/lg"), QStringLiteral("note_en"),
                   QStringLiteral("old memo"), QStringLiteral("memo for the minister only"));
    }

    void thePackHasAChangesPageAfterTheCover()
    {
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const QString internal = m_home.filePath(QStringLiteral("pack-en.pdf"));
        test::AppRun run = exportPack(internal, {QStringLiteral("--view"), QStringLiteral("pack"), QStringLiteral("--lang"),
                                                 QStringLiteral("en"), QStringLiteral("--changes-since"), today});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString text = test::pdfText(internal);
        if (text.isNull())
            QSKIP("pdftotext is not installed");
        const qsizetype page = text.indexOf(QLatin1String("Changes since"));
        QVERIFY2(page > 0 && page < text.indexOf(QLatin1String("Programme")) + 100000, qPrintable(text.left(400)));
        QVERIFY(text.contains(QLatin1String("planned start moved from 3 Aug 2026 to 1 Sept 2026")));
        QVERIFY(text.contains(QLatin1String("memo for the minister only")));
        // After the cover, before the first view: the second page.
        const QStringList pages = text.split(QLatin1Char('\f'));
        QVERIFY2(pages.size() > 2 && pages.at(1).contains(QLatin1String("Changes since")), qPrintable(pages.value(1).left(300)));

        const QString press = m_home.filePath(QStringLiteral("pack-ko-press.pdf"));
        run = exportPack(press, {QStringLiteral("--view"), QStringLiteral("pack"), QStringLiteral("--lang"), QStringLiteral("ko"),
                                 QStringLiteral("--press"), QStringLiteral("--changes-since"), today});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString pressText = test::pdfText(press);
        QVERIFY2(pressText.split(QLatin1Char('\f')).value(1).contains(QStringLiteral("이후 변경 사항")), qPrintable(pressText.left(400)));
        QVERIFY(pressText.contains(QStringLiteral("계획 시작일 변경")));
        QVERIFY(!pressText.contains(QLatin1String("memo for the minister only")));

        // Without the option the pack is as before.
        const QString plain = m_home.filePath(QStringLiteral("plain.pdf"));
        run = exportPack(plain, {QStringLiteral("--view"), QStringLiteral("pack"), QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!test::pdfText(plain).contains(QLatin1String("Changes since")));
    }

    void theOptionIsCheckedBeforeAnythingIsWritten()
    {
        const QString out = m_home.filePath(QStringLiteral("refused.pdf"));
        test::AppRun run = exportPack(out, {QStringLiteral("--view"), QStringLiteral("pack"), QStringLiteral("--changes-since"),
                                            QStringLiteral("0badc0de")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("0badc0de")), qPrintable(run.err));
        run = exportPack(out, {QStringLiteral("--view"), QStringLiteral("overview"), QStringLiteral("--changes-since"),
                               QStringLiteral("2026-01-01")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("--view pack or deck")), qPrintable(run.err));
        run = exportPack(out, {QStringLiteral("--view"), QStringLiteral("pack"), QStringLiteral("--changes-since"),
                               QStringLiteral("last week")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!QFile::exists(out));
    }

    void theDeckHasAChangesSlide()
    {
        const QString with = m_home.filePath(QStringLiteral("deck.pptx"));
        const QString without = m_home.filePath(QStringLiteral("deck-plain.pptx"));
        test::AppRun run = exportPack(with, {QStringLiteral("--view"), QStringLiteral("deck"), QStringLiteral("--lang"), QStringLiteral("en"),
                                             QStringLiteral("--changes-since"), QDate::currentDate().toString(Qt::ISODate)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = exportPack(without, {QStringLiteral("--view"), QStringLiteral("deck"), QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QMap<QString, QByteArray> withParts = slides(with);
        QCOMPARE(withParts.size(), slides(without).size() + 1);
        QVERIFY2(QString::fromUtf8(withParts.value(QStringLiteral("ppt/slides/slide2.xml"))).contains(QLatin1String("Changes since")),
                 qPrintable(QString::fromUtf8(withParts.value(QStringLiteral("ppt/slides/slide2.xml")).left(600))));
    }
};

QTEST_MAIN(TestChangesExport)
#include "tst_changes_export.moc"
