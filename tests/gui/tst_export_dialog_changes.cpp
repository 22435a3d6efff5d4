// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: the export dialog of the briefing pack and deck offers "Include what changed since…"
// with a previous briefing from the export register or a date; the pack then has the Changes page
// after its cover, and without the box it has none.
#include "ShellFixture.h"
#include "edit/EditContext.h"
#include "edit/EditSession.h"
#include "edit/TimelineEdits.h"
#include "export/ExportActions.h"
#include "export/ExportDialog.h"
#include "items/ExportRegisterModel.h"
#include "store/FactStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QTest>

using namespace kai;

class TestExportDialogChanges : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SampleDatabase> m_sample;
    std::unique_ptr<test::ShellFixture> m_shell;

    ui::MainWindow &window() { return *m_shell->window; }
    QString file(const char *name) { return QDir(m_sample->dirPath()).filePath(QString::fromLatin1(name)); }

    QVector<history::ExportRecord> briefings()
    {
        ExportRegisterModel model;
        model.reload(m_shell->state);
        return model.records();
    }

    // Phase-2's planned dates move, through the window's edit session (logged like any edit).
    void movePhaseTwo()
    {
        store::FactStore facts(m_shell->state.database()->connection());
        const qint64 stage = facts.idOfCode(store::FactKind::Stage, QStringLiteral("phase2-eval")).value_or(0);
        edit::EditContext context(*m_shell->state.database());
        auto move = std::make_unique<edit::ChangeStageDatesCommand>(
            edit::StageDatesForm{stage, QDate(2026, 9, 1), QDate(2026, 9, 15), {}, {}, {}, context.read(store::FactKind::Stage, stage)},
            QStringLiteral("Phase-2 evaluation"));
        move->setSource({facts.idOfCode(store::FactKind::Source, QStringLiteral("S61")).value_or(0), std::nullopt});
        QVERIFY(window().editSession()->submit(std::move(move)).isEmpty());
    }

private slots:
    void initTestCase() { test::enterTestMode(); }

    void init()
    {
        m_sample = std::make_unique<test::SampleDatabase>();
        m_shell = std::make_unique<test::ShellFixture>(*m_sample, domain::Language::English, QDate(2026, 11, 29));
    }

    void cleanup()
    {
        m_shell.reset();
        m_sample.reset();
    }

    void theDialogOffersTheRegistersBriefingsOrADate()
    {
        ui::ExportDialog view(ui::ExportDialog::Mode::View);
        QVERIFY(!view.findChild<QCheckBox *>(QStringLiteral("exportChanges"))->isVisibleTo(&view));

        QCOMPARE(window().exportActions()->exportPack(ui::ExportProfile::Internal, file("first.pdf"), false), QString());
        ui::ExportDialog pack(ui::ExportDialog::Mode::Pack);
        pack.setBriefings(briefings(), domain::Language::English);
        auto *include = pack.findChild<QCheckBox *>(QStringLiteral("exportChanges"));
        auto *since = pack.findChild<QComboBox *>(QStringLiteral("exportChangesSince"));
        auto *day = pack.findChild<QDateEdit *>(QStringLiteral("exportChangesDay"));
        QVERIFY(include->isVisibleTo(&pack));
        QCOMPARE(include->text(), QStringLiteral("&Include what changed since…"));
        QVERIFY(!include->isChecked());
        QVERIFY(!since->isEnabled());
        QVERIFY(!pack.changesSince());  // off by default: the pack is as before

        include->setChecked(true);
        QCOMPARE(since->count(), 2);  // a date, and the one briefing
        QCOMPARE(since->currentIndex(), 1);  // the latest briefing first
        QVERIFY(since->currentText().contains(QLatin1String("first.pdf")));
        QVERIFY(!day->isEnabled());
        QVERIFY(pack.changesSince() && pack.changesSince()->briefing);
        QCOMPARE(pack.changesSince()->briefing->fileName, QStringLiteral("first.pdf"));

        since->setCurrentIndex(0);
        QVERIFY(day->isEnabled());
        day->setDate(QDate(2026, 1, 1));
        QVERIFY(pack.changesSince() && !pack.changesSince()->briefing);
        QCOMPARE(pack.changesSince()->at.date(), QDate(2026, 1, 1));
    }

    void thePackHasTheChangesPageSinceTheChosenBriefing()
    {
        QCOMPARE(window().exportActions()->exportPack(ui::ExportProfile::Internal, file("last-week.pdf"), false), QString());
        movePhaseTwo();
        ui::ExportDialog pack(ui::ExportDialog::Mode::Pack);
        pack.setBriefings(briefings(), domain::Language::English);
        pack.findChild<QCheckBox *>(QStringLiteral("exportChanges"))->setChecked(true);
        const QString out = file("this-week.pdf");
        QCOMPARE(window().exportActions()->exportPack(pack.settings().profile, out, pack.bilingualTwins(), pack.changesSince()),
                 QString());
        const QString text = test::pdfText(out);
        if (text.isNull())
            QSKIP("pdftotext is not installed");
        const QStringList pages = text.split(QLatin1Char('\f'));
        QVERIFY2(pages.size() > 2 && pages.at(1).contains(QLatin1String("Changes since the briefing of")), qPrintable(pages.value(1).left(300)));
        QVERIFY2(pages.at(1).contains(QLatin1String("last-week.pdf")), qPrintable(pages.at(1).left(300)));
        QVERIFY(pages.at(1).contains(QLatin1String("planned start moved from 3 Aug 2026 to 1 Sept 2026")));

        pack.findChild<QCheckBox *>(QStringLiteral("exportChanges"))->setChecked(false);
        const QString plain = file("plain.pdf");
        QCOMPARE(window().exportActions()->exportPack(pack.settings().profile, plain, false, pack.changesSince()), QString());
        QVERIFY(!test::pdfText(plain).contains(QLatin1String("Changes since")));
    }
};

QTEST_MAIN(TestExportDialogChanges)
#include "tst_export_dialog_changes.moc"
