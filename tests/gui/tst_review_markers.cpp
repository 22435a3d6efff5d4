// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18, notes on every item every view shows: after a note is added, the view that shows the
// item marks it (timeline stages and round results, GPU months, overview teams, members, sources),
// offers "Add Review Note…" in its context menu, and the Notes panel opens the item there,
// selected.
#include "ShellFixture.h"
#include "consortia/ConsortiaView.h"
#include "consortia/ConsortiumDetailPanel.h"
#include "consortia/DetailSection.h"
#include "gpu/GpuUsageView.h"
#include "items/GpuUsagePeriodModel.h"
#include "items/SnapshotTableModel.h"
#include "review/AddNoteDialog.h"
#include "review/ItemKeys.h"
#include "review/NoteListModel.h"
#include "review/NoteMarkers.h"
#include "review/NotesBook.h"
#include "review/NotesPanel.h"
#include "review/ReviewActions.h"
#include "rounds/RoundsView.h"
#include "shell/AboutDialog.h"
#include "timeline/TimelineCanvas.h"
#include "timeline/TimelineView.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace kai;
using review::ReviewItemKey;
using ui::ViewId;

class TestReviewMarkers : public QObject
{
    Q_OBJECT

private:
    test::SampleDatabase *m_sample = nullptr;
    std::unique_ptr<test::ShellFixture> m_shell;
    ui::MainWindow *m_window = nullptr;
    int m_markersSeen = 0;

    const domain::ProgramSnapshot &snapshot() const { return m_shell->state.snapshot(); }
    review::NotesBook &book() const { return review::NotesBook::of(m_shell->state); }
    ui::NotesPanel *panel() const { return m_window->reviewActions()->notesPanel(); }
    template <typename View>
    View *page(ViewId id) const
    {
        return qobject_cast<View *>(m_window->page(id));
    }
    static ui::NoteMarkers *markersOf(QAbstractScrollArea *widget)
    {
        return widget->viewport()->findChild<ui::NoteMarkers *>();
    }

    // Adds a note on the key, after checking that the markers did not show one; then they must.
    void addNoteAndSeeMarker(ui::NoteMarkers *markers, const ReviewItemKey &key)
    {
        QVERIFY(markers);
        QVERIFY(!markers->markedKeys().contains(key.toString()));
        QCOMPARE(book().add(key, review::NoteKind::Question, QStringLiteral("Checked? ") + key.toString()), QString());
        QVERIFY2(markers->markedKeys().contains(key.toString()), qPrintable(markers->markedKeys().join(u' ')));
        // Drawn where the item is, when the item is on screen: the corner pixel has the marker's colour.
        const QRect place = markers->placeOf(key.toString());
        if (place.isValid() && markers->rect().contains(place.topLeft() + QPoint(1, 1))) {
            const QImage shown = markers->parentWidget()->grab().toImage();
            QCOMPARE(shown.pixelColor(place.topLeft() + QPoint(1, 1)), ui::NoteMarkers::colour());
            ++m_markersSeen;
        }
    }

    // Opens the panel's note on `key` (from another view) and returns whether the panel found it.
    bool openFromPanel(const ReviewItemKey &key)
    {
        m_window->showView(ViewId::Overview);
        for (int row = 0; row < panel()->proxy()->rowCount(); ++row) {
            if (panel()->proxy()->index(row, 0).data(review::NoteListModel::ItemKeyRole).toString() == key.toString())
                return panel()->openRow(row);
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        test::enterTestMode();
        m_sample = new test::SampleDatabase;
        m_shell = std::make_unique<test::ShellFixture>(*m_sample, domain::Language::English, QDate(2026, 11, 29));
        m_window = m_shell->window.get();
        m_window->resize(1400, 900);
    }

    void cleanupTestCase()
    {
        m_shell.reset();
        delete m_sample;
    }

    void everyMarkedWidgetOffersTheNoteAction()
    {
        for (int view = 0; view < ui::NavigationCount; ++view)
            m_window->page(ViewId(view));  // views are built on their first visit
        const auto markers = m_window->findChildren<ui::NoteMarkers *>();
        QVERIFY(markers.size() >= 6);  // consortia, members, timeline, GPU months, overview teams, round results
        for (const ui::NoteMarkers *marker : markers) {
            auto *widget = qobject_cast<QWidget *>(marker->parent()->parent());
            QVERIFY(widget);
            QCOMPARE(widget->contextMenuPolicy(), Qt::ActionsContextMenu);
            QVERIFY(widget->actions().contains(marker->addNoteAction()));
        }
    }

    void timelineStage()
    {
        m_window->showView(ViewId::Timeline);
        auto *view = page<ui::TimelineView>(ViewId::Timeline);
        const qint64 stageId = review::ItemKeys::stageId(snapshot(), QStringLiteral("presentation-review"));
        QVERIFY(stageId != 0);
        const ReviewItemKey key = ReviewItemKey::stage(QStringLiteral("presentation-review"));
        addNoteAndSeeMarker(markersOf(view->canvas()), key);
        QVERIFY(openFromPanel(key));
        QCOMPARE(m_window->currentView(), ViewId::Timeline);
        QCOMPARE(view->canvas()->focusedRound(), stageId);
    }

    void timelineNoteActionWritesOnTheChosenStage()
    {
        // Opened by keyboard, the entry writes on the stage chosen on the chart.
        auto *canvas = page<ui::TimelineView>(ViewId::Timeline)->canvas();
        const QString code = QStringLiteral("document-review");
        canvas->focusStage(review::ItemKeys::stageId(snapshot(), code));
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<ui::AddNoteDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->textEdit()->setPlainText(QStringLiteral("Dates as announced?"));
            dialog->accept();
        });
        markersOf(canvas)->addNoteAt(std::nullopt);
        QVERIFY(markersOf(canvas)->markedKeys().contains(ReviewItemKey::stage(code).toString()));
    }

    void timelineRoundResultMarker()
    {
        auto *canvas = page<ui::TimelineView>(ViewId::Timeline)->canvas();
        const domain::RoundResult &result = snapshot().results.first();
        const auto key = review::ItemKeys::roundResult(snapshot(), result.stageId, result.consortiumId);
        QVERIFY(key);
        addNoteAndSeeMarker(markersOf(canvas), *key);
        // The same note marks the row of the round results table.
        QVERIFY(openFromPanel(*key));
        QCOMPARE(m_window->currentView(), ViewId::Rounds);
        QTableView *table = page<ui::RoundsView>(ViewId::Rounds)->table();
        QCOMPARE(table->currentIndex().data(SnapshotTableModel::IdRole).toLongLong(), result.consortiumId);
        QVERIFY(markersOf(table)->markedKeys().contains(key->toString()));
    }

    void gpuMonth()
    {
        m_window->showView(ViewId::Gpu);
        auto *view = page<ui::GpuUsageView>(ViewId::Gpu);
        const GpuUsagePeriodModel *model = view->periodModel();
        QVERIFY(!model->periods().isEmpty() && !model->series().isEmpty());
        const int period = int(model->periods().size()) / 2;
        const auto &series = model->series().last();
        const auto key = review::ItemKeys::gpuMonth(snapshot(), series.consortiumId, model->periods().at(period));
        QVERIFY(key);
        addNoteAndSeeMarker(markersOf(view->periodTable()), *key);
        QCOMPARE(markersOf(view->periodTable())->markedKeys(), QStringList{key->toString()});  // one cell, not the row

        view->consortiumFilter()->setCurrentIndex(1);  // a filter that may hide it
        QVERIFY(openFromPanel(*key));
        QCOMPARE(m_window->currentView(), ViewId::Gpu);
        const QModelIndex current = static_cast<QSortFilterProxyModel *>(view->periodTable()->model())
                                        ->mapToSource(view->periodTable()->currentIndex());
        QCOMPARE(model->periods().value(current.row()), model->periods().at(period));
        QCOMPARE(model->series().value(current.column() - 1).consortiumId, series.consortiumId);
    }

    void overviewTeam()
    {
        m_window->showView(ViewId::Overview);
        auto *teams = m_window->findChild<QTableView *>(QStringLiteral("overviewTeams"));
        QVERIFY(teams && teams->model()->rowCount() > 0);
        const qint64 consortiumId = teams->model()->index(0, 0).data(SnapshotTableModel::IdRole).toLongLong();
        const auto key = review::ItemKeys::consortium(snapshot(), consortiumId);
        QVERIFY(key);
        addNoteAndSeeMarker(markersOf(teams), *key);
        // Consortia open in the consortia view; its table carries the same marker.
        QVERIFY(openFromPanel(*key));
        QCOMPARE(m_window->currentView(), ViewId::Consortia);
        auto *table = m_window->findChild<QTableView *>(QStringLiteral("consortiaTable"));
        QCOMPARE(table->currentIndex().data(SnapshotTableModel::IdRole).toLongLong(), consortiumId);
        QVERIFY(markersOf(table)->markedKeys().contains(key->toString()));
    }

    void member()
    {
        m_window->showView(ViewId::Consortia);
        auto *detail = m_window->findChild<ui::ConsortiumDetailPanel *>();
        const qint64 consortiumId = review::ItemKeys::consortiumId(snapshot(), QStringLiteral("lg"));
        page<ui::ConsortiaView>(ViewId::Consortia)->focusItem(consortiumId);
        QTableView *members = detail->membersSection()->table();
        QVERIFY(members->model()->rowCount() > 1);
        const int row = members->model()->rowCount() - 1;
        const qint64 organisationId = members->model()->index(row, 0).data(SnapshotTableModel::IdRole).toLongLong();
        const auto key = review::ItemKeys::member(snapshot(), consortiumId, organisationId);
        QVERIFY(key);
        addNoteAndSeeMarker(markersOf(members), *key);

        page<ui::ConsortiaView>(ViewId::Consortia)->focusItem(review::ItemKeys::consortiumId(snapshot(), QStringLiteral("upstage")));
        QVERIFY(openFromPanel(*key));
        QCOMPARE(m_window->currentView(), ViewId::Consortia);
        QCOMPARE(detail->consortiumId(), consortiumId);
        QCOMPARE(detail->selectedMemberId(), organisationId);
    }

    void source()
    {
        const domain::Source &first = snapshot().sources.first();
        const auto key = review::ItemKeys::source(snapshot(), first.id);
        QVERIFY(key);
        {
            ui::AboutDialog about(m_shell->state, m_window);
            addNoteAndSeeMarker(markersOf(about.sourcesTable()), *key);
        }
        QVERIFY(openFromPanel(*key));
        auto *about = m_window->findChild<ui::AboutDialog *>();
        QVERIFY(about && about->isVisible());
        QCOMPARE(about->sourcesTable()->currentIndex().data(SnapshotTableModel::IdRole).toLongLong(), first.id);
        QVERIFY(markersOf(about->sourcesTable())->markedKeys().contains(key->toString()));
        about->close();
    }

    void markersWereSeenOnScreen()
    {
        QVERIFY2(m_markersSeen >= 4, qPrintable(QString::number(m_markersSeen)));
    }

    // The screen shows the markers, not only a fresh rendering of the table: the overlay is painted
    // with the viewport under it (NoteMarkers asks the viewport to repaint, so that a change does not
    // draw the table twice), after the window is shown, after an as-of change resets the rows and
    // after a language switch.
    void theMarkersReachTheScreen()
    {
        m_window->show();
        m_window->showView(ViewId::Consortia);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        auto *table = m_window->findChild<QTableView *>(QStringLiteral("consortiaTable"));
        ui::NoteMarkers *markers = markersOf(table);
        QVERIFY(markers && !markers->markedKeys().isEmpty());
        const QString key = markers->markedKeys().first();
        const QList<std::pair<const char *, std::function<void()>>> changes = {
            {"shown", [] {}},
            {"as-of date", [&] { m_shell->state.setAsOf(QDate(2026, 6, 30)); }},
            {"language", [&] { m_shell->languages.setLanguage(domain::Language::Korean, false); }},
            {"language back", [&] { m_shell->languages.setLanguage(domain::Language::English, false); }},
        };
        for (const auto &[label, change] : changes) {
            change();
            QTest::qWait(50);
            const QRect place = markers->placeOf(key);
            QVERIFY2(place.isValid(), label);
            const QPoint corner = markers->mapTo(m_window, place.topLeft() + QPoint(1, 1));
            const QImage screen = m_window->screen()->grabWindow(m_window->winId()).toImage();
            QVERIFY2(screen.pixelColor(corner) == ui::NoteMarkers::colour(), label);
        }
        m_shell->state.setAsOf(QDate(2026, 11, 29));
    }

    void theMarkersFollowTheLanguage()
    {
        m_shell->languages.setLanguage(domain::Language::Korean, false);
        const auto markers = m_window->findChildren<ui::NoteMarkers *>();
        for (const ui::NoteMarkers *marker : markers)
            QVERIFY2(!marker->addNoteAction()->text().startsWith(QLatin1String("Add")),
                     qPrintable(marker->addNoteAction()->text()));
        m_shell->languages.setLanguage(domain::Language::English, false);
    }
};

QTEST_MAIN(TestReviewMarkers)
#include "tst_review_markers.moc"
