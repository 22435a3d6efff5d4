// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 19: the shell builds a view on its first visit, and a view hidden behind another one
// catches up with the as-of date and the language when it is shown again.
#include "ShellFixture.h"
#include "charts/HorizontalBarChart.h"
#include "common/ViewPage.h"
#include "consortia/ConsortiaView.h"
#include "consortia/ConsortiumDetailPanel.h"
#include "consortia/DetailSection.h"
#include "export/ViewFactory.h"
#include "rounds/RoundsView.h"
#include "shell/AppSettings.h"

#include <QAbstractItemView>
#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace kai;
using ui::ViewId;

class TestLazyViews : public QObject
{
    Q_OBJECT

private:
    test::SampleDatabase *m_sample = nullptr;
    std::unique_ptr<test::ShellFixture> m_shell;

    ui::MainWindow &window() const { return *m_shell->window; }

    // What Ctrl+1…7 do: the View menu's actions carry those shortcuts.
    void pressViewShortcut(ViewId view)
    {
        const QKeySequence keys(Qt::CTRL | Qt::Key(Qt::Key_1 + int(view)));
        for (QAction *action : window().findChildren<QAction *>()) {
            if (action->shortcut() == keys) {
                action->trigger();
                return;
            }
        }
        QFAIL("no action has the view's shortcut");
    }

    // The overview's line under its heading names the as-of date ("As known on …").
    static QString overviewAsOfLine(const QWidget *overview)
    {
        for (const QLabel *label : overview->findChildren<QLabel *>()) {
            if (label->text().startsWith(QLatin1String("As known on")))
                return label->text();
        }
        return {};
    }

    static int tableRows(const QWidget *page, const char *name)
    {
        const auto *table = page->findChild<QAbstractItemView *>(QLatin1String(name));
        return table && table->model() ? table->model()->rowCount() : -1;
    }

    // The height a detail section's table is fitted to: its header and every row, no scrolling.
    static int fittedHeight(const QTableView *table)
    {
        int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
        for (int row = 0; row < table->model()->rowCount(); ++row)
            height += table->rowHeight(row);
        return height;
    }

private slots:
    void initTestCase()
    {
        test::enterTestMode();
        m_sample = new test::SampleDatabase;
    }

    void init()
    {
        ui::AppSettings::setValue(ui::AppSettings::Key::CurrentView, int(ViewId::Overview));  // where the window opens
        m_shell = std::make_unique<test::ShellFixture>(*m_sample, domain::Language::English, QDate(2026, 11, 29));
    }

    void cleanup() { m_shell.reset(); }
    void cleanupTestCase() { delete m_sample; }

    void onlyTheFirstViewIsBuiltAtStart()
    {
        QCOMPARE(window().currentView(), ViewId::Overview);
        QVERIFY(window().builtPage(ViewId::Overview));
        for (int view = 1; view < ui::NavigationCount; ++view)
            QVERIFY2(!window().builtPage(ViewId(view)), qPrintable(QString::number(view)));
    }

    void aViewIsBuiltOnItsFirstVisit()
    {
        pressViewShortcut(ViewId::Rounds);
        QCOMPARE(window().currentView(), ViewId::Rounds);
        ui::ViewPage *rounds = window().builtPage(ViewId::Rounds);
        QVERIFY(rounds);
        QVERIFY(rounds->isVisible());
        QVERIFY(!window().builtPage(ViewId::Consortia));  // only what was visited
        pressViewShortcut(ViewId::Overview);
        pressViewShortcut(ViewId::Rounds);
        QCOMPARE(window().builtPage(ViewId::Rounds), rounds);  // built once
        pressViewShortcut(ViewId::Changes);
        QVERIFY(window().builtPage(ViewId::Changes));
        QVERIFY(window().builtPage(ViewId::Changes)->isVisible());
    }

    void aHiddenViewShowsTheNewAsOfDateWhenShown()
    {
        pressViewShortcut(ViewId::Consortia);
        QCOMPARE(tableRows(window().builtPage(ViewId::Consortia), "consortiaTable"), 16);
        pressViewShortcut(ViewId::Timeline);
        const ui::ViewPage *overview = window().builtPage(ViewId::Overview);
        QVERIFY(overviewAsOfLine(overview).contains(QLatin1String("29 Nov 2026")));

        m_shell->state.setAsOf(QDate(2025, 7, 22));
        QVERIFY(overview->isStale());  // hidden: noted, not redrawn
        QVERIFY(overviewAsOfLine(overview).contains(QLatin1String("29 Nov 2026")));
        QVERIFY(!window().builtPage(ViewId::Timeline)->isStale());  // the visible view follows at once

        pressViewShortcut(ViewId::Overview);
        QVERIFY(!overview->isStale());
        QVERIFY2(overviewAsOfLine(overview).contains(QLatin1String("22 Jul 2025")), qPrintable(overviewAsOfLine(overview)));
        pressViewShortcut(ViewId::Consortia);
        QCOMPARE(tableRows(window().builtPage(ViewId::Consortia), "consortiaTable"), 15);  // before Trillion Labs applied
    }

    void aHiddenViewIsInTheNewLanguageWhenShown()
    {
        pressViewShortcut(ViewId::Rounds);
        auto *tabs = window().builtPage(ViewId::Rounds)->findChild<QTabWidget *>();
        QVERIFY(tabs);
        const QString englishTab = tabs->tabText(0);
        pressViewShortcut(ViewId::Overview);
        m_shell->languages.setLanguage(domain::Language::Korean, false);
        QVERIFY(window().builtPage(ViewId::Rounds)->isStale());
        pressViewShortcut(ViewId::Rounds);
        QVERIFY(!window().builtPage(ViewId::Rounds)->isStale());
        QVERIFY2(tabs->tabText(0) != englishTab, qPrintable(tabs->tabText(0)));
        QCOMPARE(window().builtPage(ViewId::Rounds)->title(), ui::RoundsView::titleText());
    }

    // A chart on a tab that is not on screen is laid out when its tab is opened, in the language and
    // with the data of that moment; the tab on screen follows at once.
    void aChartOnAClosedTabIsDrawnWhenItsTabOpens()
    {
        pressViewShortcut(ViewId::Rounds);
        ui::ViewPage *rounds = window().builtPage(ViewId::Rounds);
        auto *tabs = rounds->findChild<QTabWidget *>();
        auto *funnel = rounds->findChild<ui::HorizontalBarChart *>(QStringLiteral("funnelChart"));
        QVERIFY(tabs && funnel);
        tabs->setCurrentIndex(0);
        const QString englishTitle = funnel->data().title;
        QVERIFY(!englishTitle.isEmpty());

        m_shell->languages.setLanguage(domain::Language::Korean, false);
        QCOMPARE(funnel->data().title, englishTitle);  // closed tab: not laid out yet
        tabs->setCurrentWidget(tabs->widget(3));
        QVERIFY(funnel->isVisible());
        QVERIFY2(funnel->data().title != englishTitle, qPrintable(funnel->data().title));
        QCOMPARE(funnel->figures().title, funnel->data().title);
        const QString koreanTitle = funnel->data().title;

        // Open: it follows at once.
        m_shell->languages.setLanguage(domain::Language::English, false);
        QCOMPARE(funnel->data().title, englishTitle);
        QVERIFY(koreanTitle != englishTitle);
    }

    // A consortium's detail sections measure their rows (text layout of every cell) once the view is
    // shown, not on every change while it is hidden; shown again, they fit the new rows.
    void aHiddenDetailSectionFitsItsNewRowsWhenShown()
    {
        pressViewShortcut(ViewId::Consortia);
        auto *consortia = qobject_cast<ui::ConsortiaView *>(window().builtPage(ViewId::Consortia));
        QVERIFY(consortia);
        consortia->focusItem(1);  // LG AI Research: three releases by 29 Nov 2026, one by 31 Jan 2026
        QTableView *releases = consortia->detailPanel()->releasesSection()->table();
        QCOMPARE(releases->model()->rowCount(), 3);
        QCOMPARE(releases->maximumHeight(), fittedHeight(releases));
        const int threeRows = releases->maximumHeight();

        pressViewShortcut(ViewId::Overview);
        m_shell->state.setAsOf(QDate(2026, 1, 31));
        QCOMPARE(releases->model()->rowCount(), 1);  // the model follows at once
        QCOMPARE(releases->maximumHeight(), threeRows);  // the hidden section has not measured

        pressViewShortcut(ViewId::Consortia);
        QCOMPARE(consortia->detailPanel()->consortiumId(), 1);
        QCOMPARE(releases->maximumHeight(), fittedHeight(releases));
        QVERIFY(releases->maximumHeight() < threeRows);
    }

    // Exports draw views of their own, never shown: those follow every change at once.
    void aViewDrawnOffscreenUpdatesAtOnce()
    {
        std::unique_ptr<ui::ViewPage> overview(ui::ViewFactory::create(ViewId::Overview, m_shell->state));
        QVERIFY(overviewAsOfLine(overview.get()).contains(QLatin1String("29 Nov 2026")));
        m_shell->state.setAsOf(QDate(2026, 3, 1));
        QVERIFY(!overview->isStale());
        QVERIFY(overviewAsOfLine(overview.get()).contains(QLatin1String("1 Mar 2026")));
    }
};

QTEST_MAIN(TestLazyViews)
#include "tst_lazy_views.moc"
