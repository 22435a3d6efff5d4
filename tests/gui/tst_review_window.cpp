// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18 in the window: make a review copy, open it (read-only, status bar), add notes from the
// views, the Notes panel, export the notes, merge them at the office; notes pages in internal
// packs only.
#include "ShellFixture.h"
#include "consortia/ConsortiaView.h"
#include "export/BriefingDeck.h"
#include "export/BriefingPack.h"
#include "export/XlsxExport.h"
#include "export/pptx/PptxTemplate.h"
#include "export/ExportContext.h"
#include "items/SnapshotTableModel.h"
#include "review/AddNoteDialog.h"
#include "review/ItemKeys.h"
#include "review/NoteListModel.h"
#include "review/NoteMarkers.h"
#include "review/NotesBook.h"
#include "review/NotesPanel.h"
#include "review/ReviewActions.h"
#include "review/ReviewStatusLabel.h"
#include "store/Database.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace kai;
using ui::ViewId;

namespace {

const QString NoteText = QStringLiteral("Namecheck");  // one word: table cells wrap

// Every part of a zipped export (PPTX, XLSX), one after another.
QByteArray unzipped(const QString &path)
{
    QByteArray all;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return all;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}
} // namespace

class TestReviewWindow : public QObject
{
    Q_OBJECT

private:
    test::SampleDatabase *m_sample = nullptr;
    std::unique_ptr<test::ShellFixture> m_shell;
    ui::MainWindow *m_window = nullptr;
    QString m_copy;
    QString m_json;

    ui::ReviewStatusLabel *statusLabel() const { return m_window->findChild<ui::ReviewStatusLabel *>(); }
    ui::NotesPanel *panel() const { return m_window->reviewActions()->notesPanel(); }
    QTableView *consortiaTable() const { return m_window->findChild<QTableView *>(QStringLiteral("consortiaTable")); }

    int rowOfConsortium(const QString &code) const
    {
        QAbstractItemModel *model = consortiaTable()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const auto key = review::ItemKeys::consortium(m_shell->state.snapshot(),
                                                          model->index(row, 0).data(SnapshotTableModel::IdRole).toLongLong());
            if (key && key->parts.first() == code)
                return row;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        test::enterTestMode();
        qputenv("USERNAME", "park");
        qputenv("USER", "park");
        m_sample = new test::SampleDatabase;
        m_shell = std::make_unique<test::ShellFixture>(*m_sample, domain::Language::English, QDate(2026, 11, 29));
        m_window = m_shell->window.get();
        m_copy = QDir(m_sample->dirPath()).filePath(QStringLiteral("review-copy.sqlite"));
        m_json = QDir(m_sample->dirPath()).filePath(QStringLiteral("park-notes.json"));
    }

    void cleanupTestCase()
    {
        m_shell.reset();
        delete m_sample;
    }

    void anOfficeDatabaseShowsNoReviewStatus()
    {
        QVERIFY(statusLabel());
        QVERIFY(statusLabel()->isHidden());
    }

    void makeAndOpenAReviewCopy()
    {
        QCOMPARE(m_window->reviewActions()->makeReviewCopy(m_copy), QString());
        QVERIFY(m_window->openDatabase(m_copy));
        QVERIFY(m_shell->state.isReadOnly());
        QVERIFY(statusLabel()->isVisible());
        QVERIFY2(statusLabel()->text().startsWith(QLatin1String("Review copy of ")), qPrintable(statusLabel()->text()));
        QVERIFY(statusLabel()->text().endsWith(QLatin1String(", unchanged")));
        m_shell->languages.setLanguage(domain::Language::Korean, false);
        QVERIFY2(!statusLabel()->text().startsWith(QLatin1String("Review copy")), qPrintable(statusLabel()->text()));
        m_shell->languages.setLanguage(domain::Language::English, false);
    }

    void addANoteFromTheConsortiaTable()
    {
        const QByteArray before = test::fileHash(m_copy);
        m_window->showView(ViewId::Consortia);
        const int row = rowOfConsortium(QStringLiteral("lg"));
        QVERIFY(row >= 0);
        auto *markers = consortiaTable()->viewport()->findChild<ui::NoteMarkers *>();
        QVERIFY(markers);
        QVERIFY(markers->markedKeys().isEmpty());

        ui::AddNoteDialog dialog(m_shell->state, review::ReviewItemKey::consortium(QStringLiteral("lg")), m_window);
        dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(int(review::NoteKind::Correction)));
        QVERIFY2(dialog.proposedEdit()->text().startsWith(QLatin1String("name=")), qPrintable(dialog.proposedEdit()->text()));
        dialog.proposedEdit()->clear();  // a correction starts from the value the copy states
        dialog.textEdit()->setPlainText(NoteText);
        dialog.accept();  // a correction without its proposed value is refused, nothing written
        QVERIFY(dialog.problemLabel()->isVisibleTo(&dialog));
        QVERIFY(review::NotesBook::of(m_shell->state).notes().isEmpty());
        dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(int(review::NoteKind::Question)));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        QCOMPARE(markers->markedKeys(), QStringList{QStringLiteral("consortium:lg")});
        QCOMPARE(test::fileHash(m_copy), before);  // the reviewed data is untouched
    }

    void theNotesPanelFiltersAndOpensTheItem()
    {
        QCOMPARE(panel()->proxy()->rowCount(), 1);
        panel()->kindFilter()->setCurrentIndex(panel()->kindFilter()->findData(QStringLiteral("correction")));
        QCOMPARE(panel()->proxy()->rowCount(), 0);
        panel()->kindFilter()->setCurrentIndex(panel()->kindFilter()->findData(QStringLiteral("question")));
        QCOMPARE(panel()->proxy()->rowCount(), 1);
        panel()->kindFilter()->setCurrentIndex(0);
        m_window->showView(ViewId::Overview);
        QVERIFY(panel()->openRow(0));
        QCOMPARE(m_window->currentView(), ViewId::Consortia);
    }

    void exportTheNotesAndMergeThemAtTheOffice()
    {
        QCOMPARE(m_window->reviewActions()->exportNotes(m_json), QString());
        QVERIFY(m_window->openDatabase(m_sample->path()));
        QVERIFY(statusLabel()->isHidden());
        QString error;
        const QStringList lines = m_window->reviewActions()->mergeNotes({m_json}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(lines.join(QLatin1Char(' ')).contains(QLatin1String("1 note merged")), qPrintable(lines.join(QLatin1Char(' '))));
        QCOMPARE(panel()->proxy()->rowCount(), 1);
        QVERIFY(panel()->proxy()->index(0, 0).data(review::NoteListModel::NoteIdRole).toLongLong() > 0);
        auto *markers = consortiaTable()->viewport()->findChild<ui::NoteMarkers *>();
        QCOMPARE(markers->markedKeys().size(), 1);
    }

    void internalPacksCarryTheNotesAndPressPacksNever()
    {
        ui::ExportContext::Options options;
        options.asOf = QDate(2026, 11, 29);
        QString error;
        for (const ui::ExportProfile profile : {ui::ExportProfile::Internal, ui::ExportProfile::Press}) {
            options.profile = profile;
            auto context = ui::ExportContext::openCopy(m_sample->path(), options, &error);
            QVERIFY2(context, qPrintable(error));
            ui::BriefingPack pack(*context);
            const bool press = profile == ui::ExportProfile::Press;
            QCOMPARE(pack.notesPageCount() > 0, !press);
            const QString pdf = QDir(m_sample->dirPath()).filePath(press ? QStringLiteral("press.pdf") : QStringLiteral("internal.pdf"));
            QCOMPARE(pack.write(pdf), QString());
            const QString text = kai::test::pdfText(pdf);
            if (text.isNull())
                QSKIP("pdftotext is not installed (Debian package poppler-utils)");
            QVERIFY2(text.contains(NoteText) == !press, qPrintable(text.right(1200)));
            QCOMPARE(text.contains(QLatin1String("Review notes on these figures: 1")), !press);
            if (!press)
                continue;
            // Nor does any other press export: the slide deck and the workbook of every table.
            const QString deck = QDir(m_sample->dirPath()).filePath(QStringLiteral("press.pptx"));
            QCOMPARE(ui::BriefingDeck(*context, ui::PptxTemplate::builtIn()).write(deck), QString());
            const QString workbook = QDir(m_sample->dirPath()).filePath(QStringLiteral("press.xlsx"));
            QCOMPARE(ui::XlsxExport(*context).write(std::nullopt, workbook), QString());
            for (const QString &zipped : {deck, workbook}) {
                const QByteArray content = unzipped(zipped);
                QVERIFY(content.size() > 1000);
                QVERIFY2(!content.contains(NoteText.toUtf8()), qPrintable(zipped));
            }
        }
    }

    void resolveTheMergedNoteWithAReason()
    {
        QVERIFY(!panel()->closeRow(0, true, QString()).isEmpty());
        QCOMPARE(panel()->closeRow(0, true, QStringLiteral("Name checked against the ministry release")), QString());
        QVERIFY(panel()->proxy()->index(0, review::NoteListModel::StateColumn).data().toString().startsWith(QLatin1String("Resolved")));
    }

    void aModifiedCopyIsShownInTheWarningColour()
    {
        {
            store::Database::OpenOptions options;
            options.writeReviewCopy = true;
            store::Database::OpenResult opened = store::Database::open(m_copy, options);
            QVERIFY2(opened, qPrintable(opened.error));
            opened.database->connection().execute(QStringLiteral("UPDATE source SET title = title || '.' WHERE id = (SELECT min(id) FROM source)"));
        }
        QVERIFY(m_window->openDatabase(m_copy));
        QCOMPARE(statusLabel()->text(), QStringLiteral("Review copy modified after it was made"));
        QVERIFY(statusLabel()->styleSheet().contains(QLatin1String("background")));
    }
};

QTEST_MAIN(TestReviewWindow)
#include "tst_review_window.moc"
