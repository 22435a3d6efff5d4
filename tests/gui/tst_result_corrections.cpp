// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: a corrected sealed result shows the original as of a date before the correction was
// recorded, the corrected value with a marker after; press exports show the reason, never the note.
#include "AppProcess.h"
#include "TestSupport.h"
#include "items/ConsortiumRoundModel.h"
#include "items/DisplayFormat.h"
#include "items/RoundResultTableModel.h"
#include "items/SnapshotTableModel.h"
#include "shell/LanguageManager.h"
#include "store/SealedResultStore.h"
#include "store/SqliteConnection.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using kai::RoundResultTableModel;
using kai::domain::Language;

namespace {
// "1 Sep 2026" as the English display format writes it (Qt's English calls September "Sept").
QString correctedOn()
{
    return QStringLiteral("Corrected ") + kai::DisplayFormat(Language::English).date(QDate(2026, 9, 1));
}

// The sample database with phase 1 sealed on 20 January 2026 and LG AI Research's total corrected
// from 90.2 to 90.4 on 1 September 2026. Returns the corrected result's id.
qint64 addCorrection(const kai::test::SampleDatabase &sample)
{
    auto database = sample.open();
    kai::store::SqliteConnection &c = database->connection();
    kai::store::SealedResultStore store(c);
    const qint64 phase1 = c.queryInt(QStringLiteral("SELECT id FROM stage WHERE code = 'phase1-eval'"));
    if (!store.sealRound(phase1, QDate(2026, 1, 20)).ok())
        qFatal("cannot seal phase 1");
    kai::store::CorrectionInput input;
    input.roundResultId = c.queryInt(QStringLiteral(
        "SELECT r.id FROM round_result r JOIN consortium k ON k.id = r.consortium_id WHERE r.stage_id = %1 AND k.code = 'lg'")
                                         .arg(phase1));
    input.recordedOn = QDate(2026, 9, 1);
    input.outcome = kai::domain::Outcome::Advanced;
    input.rank = 1;
    input.totalScore = 90.4;
    input.totalSourceId = c.queryInt(QStringLiteral("SELECT id FROM source WHERE code = 'S41'"));
    input.sourceId = input.totalSourceId;
    input.reason = {QStringLiteral("사용자 평가 재집계"), QStringLiteral("User evaluation recounted")};
    input.note = {QStringLiteral("내부 확인용 메모"), QStringLiteral("memo for internal checking")};
    const auto recorded = store.recordCorrection(input);
    if (!recorded.ok())
        qFatal("cannot record the correction: %s", qPrintable(recorded.errors.join(QLatin1Char(' '))));
    return input.roundResultId;
}

int rowOf(const QAbstractItemModel &model, qint64 id)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(kai::SnapshotTableModel::IdRole).toLongLong() == id)
            return row;
    }
    return -1;
}

} // namespace

class TestResultCorrections : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    kai::test::SampleDatabase m_sample;
    qint64 m_resultId = 0;

    QString cell(Language language, const QDate &asOf, int column, int role = Qt::DisplayRole, bool press = false)
    {
        auto state = kai::test::createState(m_sample, language, asOf);
        kai::ui::LanguageManager languages(*state);  // the translator of the display language
        languages.setLanguage(language, false);
        state->setPressMode(press);
        RoundResultTableModel model(*state);
        const int row = rowOf(model, m_resultId);
        return row < 0 ? QStringLiteral("(no row)") : model.index(row, column).data(role).toString();
    }

private slots:
    void initTestCase()
    {
        kai::test::enterTestMode();
        m_resultId = addCorrection(m_sample);
    }

    void beforeTheCorrectionWasRecordedTheOriginalShows()
    {
        QCOMPARE(cell(Language::English, QDate(2026, 8, 31), RoundResultTableModel::TotalColumn), QStringLiteral("90.2"));
        QCOMPARE(cell(Language::English, QDate(2026, 8, 31), RoundResultTableModel::OutcomeColumn), QStringLiteral("Advanced"));
        QVERIFY(!cell(Language::English, QDate(2026, 8, 31), RoundResultTableModel::TotalColumn, Qt::ToolTipRole)
                     .contains(QLatin1String("Corrected")));
    }

    void afterwardsTheCorrectedValueShowsWithItsMarker()
    {
        const QDate after(2026, 9, 1);
        QCOMPARE(cell(Language::English, after, RoundResultTableModel::TotalColumn), QStringLiteral("90.4"));
        QCOMPARE(cell(Language::English, after, RoundResultTableModel::OutcomeColumn),
                 QStringLiteral("Advanced · ") + correctedOn());
        QCOMPARE(cell(Language::Korean, after, RoundResultTableModel::TotalColumn), QStringLiteral("90.4"));
        QCOMPARE(cell(Language::Korean, after, RoundResultTableModel::OutcomeColumn),
                 QStringLiteral("통과 · 정정 2026년 9월 1일"));
    }

    void tooltipShowsReasonOriginalAndSource()
    {
        const QDate after(2026, 9, 2);
        const QString english = cell(Language::English, after, RoundResultTableModel::TotalColumn, Qt::ToolTipRole);
        QVERIFY2(english.contains(correctedOn() + QStringLiteral(": User evaluation recounted")), qPrintable(english));
        QVERIFY2(english.contains(QLatin1String("Originally: Advanced, rank 1, total 90.2")), qPrintable(english));
        QVERIFY2(english.contains(QLatin1String("(S41)")), qPrintable(english));
        QVERIFY2(english.contains(QLatin1String("memo for internal checking")), qPrintable(english));
        const QString korean = cell(Language::Korean, after, RoundResultTableModel::TotalColumn, Qt::ToolTipRole);
        QVERIFY2(korean.contains(QStringLiteral("정정 2026년 9월 1일: 사용자 평가 재집계")), qPrintable(korean));
        QVERIFY2(korean.contains(QStringLiteral("90.2")), qPrintable(korean));
        // Press: marker and reason, never the internal note.
        const QString press = cell(Language::English, after, RoundResultTableModel::TotalColumn, Qt::ToolTipRole, true);
        QVERIFY2(press.contains(QLatin1String("User evaluation recounted")), qPrintable(press));
        QVERIFY2(!press.contains(QLatin1String("memo")), qPrintable(press));
    }

    void consortiumDetailNamesTheCorrection()
    {
        auto state = kai::test::createState(m_sample, Language::English, QDate(2026, 9, 2));
        kai::ConsortiumRoundModel model(*state);
        model.setScopeId(state->snapshot().results.value(0).consortiumId);
        const kai::domain::RoundResult *lg = nullptr;
        for (const auto &r : state->snapshot().results)
            lg = r.id == m_resultId ? &r : lg;
        QVERIFY(lg && lg->correction && lg->sealed);
        model.setScopeId(lg->consortiumId);
        QString details;
        for (int row = 0; row < model.rowCount(); ++row)
            details += model.index(row, kai::ConsortiumRoundModel::DetailColumn).data().toString() + QLatin1Char('\n');
        QVERIFY2(details.contains(QLatin1String("User evaluation recounted")), qPrintable(details));
        QVERIFY2(details.contains(QLatin1String("total 90.2")), qPrintable(details));
    }

    // Exports follow the same two times; the press profile prints the marker and reason only.
    void pressExportShowsMarkerAndReasonNeverTheNote()
    {
        QTemporaryDir out;
        const auto exportAt = [&](const QString &asOf, const QString &lang, const QString &name) {
            const QString path = out.filePath(name);
            const auto run = kai::test::runApp({QStringLiteral("export"), QStringLiteral("--view"), QStringLiteral("rounds-results"),
                                                QStringLiteral("--round"), QStringLiteral("phase1-eval"), QStringLiteral("--press"),
                                                QStringLiteral("--as-of"), asOf, QStringLiteral("--lang"), lang,
                                                QStringLiteral("--db"), m_sample.path(), QStringLiteral("--out"), path},
                                               m_home.path());
            return run.exitCode == 0 ? kai::test::pdfText(path) : QStringLiteral("export failed: ") + run.err;
        };
        const QString before = exportAt(QStringLiteral("2026-08-31"), QStringLiteral("en"), QStringLiteral("before.pdf"));
        if (before.isNull())
            QSKIP("pdftotext is not installed (poppler-utils)");
        QVERIFY2(before.contains(QLatin1String("90.2")) && !before.contains(QLatin1String("Corrected")), qPrintable(before));
        const QString after = exportAt(QStringLiteral("2026-09-02"), QStringLiteral("en"), QStringLiteral("after.pdf"));
        QVERIFY2(after.contains(QLatin1String("90.4")), qPrintable(after));
        QVERIFY2(after.contains(correctedOn()), qPrintable(after));
        QVERIFY2(after.contains(QLatin1String("User evaluation recounted")), qPrintable(after));
        QVERIFY2(!after.contains(QLatin1String("memo")), qPrintable(after));
        const QString korean = exportAt(QStringLiteral("2026-09-02"), QStringLiteral("ko"), QStringLiteral("after-ko.pdf"));
        QVERIFY2(korean.contains(QStringLiteral("사용자 평가 재집계")), qPrintable(korean));
        QVERIFY2(!korean.contains(QStringLiteral("내부 확인용")), qPrintable(korean));
    }
};

QTEST_MAIN(TestResultCorrections)
#include "tst_result_corrections.moc"
