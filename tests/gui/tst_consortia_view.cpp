// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardState.h"
#include "TestSupport.h"
#include "consortia/ConsortiaView.h"
#include "consortia/ConsortiumDetailPanel.h"
#include "consortia/DetailSection.h"
#include "items/ConsortiumTableModel.h"
#include "items/NameSearchProxyModel.h"
#include "items/SearchRoles.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QScrollBar>
#include <QHeaderView>
#include <QTest>

using namespace kai;
using ui::ConsortiaView;

class TestConsortiaView : public QObject
{
    Q_OBJECT

private:
    test::SampleDatabase *m_sample = nullptr;
    std::unique_ptr<DashboardState> m_state;
    ConsortiaView *m_view = nullptr;

    QStringList shownNames() const
    {
        QStringList names;
        const QAbstractItemModel *model = m_view->table()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            names.append(model->index(row, ConsortiumTableModel::NameColumn).data().toString());
        return names;
    }

    // Types key by key. QTest::keyClicks in Qt 6.4 takes Latin-1 only (it asserts on Hangul), so
    // other characters go as key events carrying their text, as a Korean keyboard delivers them.
    void typeSearch(const QString &text)
    {
        m_view->searchBox()->clear();
        for (QChar c : text) {
            if (c.unicode() < 0x80)
                QTest::keyClicks(m_view->searchBox(), QString(c));
            else
                QTest::sendKeyEvent(QTest::Click, m_view->searchBox(), Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
        QCOMPARE(m_view->searchBox()->text(), text);
    }

    qint64 idOf(const QString &code) const
    {
        for (const domain::Consortium &consortium : m_state->snapshot().consortia) {
            if (consortium.code == code)
                return consortium.id;
        }
        return 0;
    }

    // Set KAI_SCREENSHOT_DIR to keep a picture of the view (run under Xvfb with QT_QPA_PLATFORM=xcb).
    void saveScreenshot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("KAI_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(100);  // let pending layout requests run first
        m_view->grab().save(dir + QLatin1Char('/') + name + QLatin1String(".png"));
    }

private slots:
    void initTestCase()
    {
        test::enterTestMode();
        m_sample = new test::SampleDatabase;
    }

    void init()
    {
        m_state = test::createState(*m_sample);
        m_view = new ConsortiaView(*m_state);
        m_view->resize(1160, 660);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view));
    }

    void cleanup()
    {
        delete m_view;
        m_state.reset();
    }

    void cleanupTestCase() { delete m_sample; }

    // Issue 14: at a 1366-px laptop's width the table fits without sideways scrolling; with room to
    // spare the columns share it and the table ends flush with its viewport.
    void columnsShareTheWidthWithoutSidewaysScrolling()
    {
        for (const int width : {1366 - 180, 1920 - 200}) {
            m_view->resize(width, 660);
            QTRY_COMPARE(m_view->table()->horizontalScrollBar()->maximum(), 0);
            const QHeaderView *header = m_view->table()->horizontalHeader();
            QTRY_VERIFY(std::abs(header->length() - m_view->table()->viewport()->width()) <= 2);
        }
    }

    void showsEveryConsortiumWithTheFirstSelected()
    {
        QCOMPARE(shownNames().size(), 16);
        QVERIFY(m_view->selectedConsortiumId() != 0);
        QCOMPARE(m_view->detailPanel()->consortiumId(), m_view->selectedConsortiumId());
        QCOMPARE(m_view->detailPanel()->titleText(), shownNames().first());
        QVERIFY(m_view->detailPanel()->membersSection()->table()->model()->rowCount() > 0);
        saveScreenshot(QStringLiteral("consortia-en"));
        QVERIFY(m_view->detailPanel()->releasesSection()->table()->model()->rowCount() > 0);
        QVERIFY(m_view->detailPanel()->allocationsSection()->table()->model()->rowCount() > 0);
        m_view->detailPanel()->ensureWidgetVisible(m_view->detailPanel()->allocationsSection());
        saveScreenshot(QStringLiteral("consortia-detail-bottom-en"));
    }

    void typingFiltersTheRows_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("english") << QStringLiteral("upstage") << QStringList{QStringLiteral("Upstage consortium")};
        QTest::newRow("korean") << QStringLiteral("업스테이지") << QStringList{QStringLiteral("Upstage consortium")};
        QTest::newRow("initials") << QStringLiteral("ㅇㅅㅌㅇㅈ") << QStringList{QStringLiteral("Upstage consortium")};
        QTest::newRow("mixed") << QStringLiteral("업ㅅ") << QStringList{QStringLiteral("Upstage consortium")};
        QTest::newRow("member in korean") << QStringLiteral("크래프톤")
                                          << QStringList{QStringLiteral("SK Telecom consortium")};
        QTest::newRow("no match") << QStringLiteral("없는회사") << QStringList{};
    }

    void typingFiltersTheRows()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, expected);
        typeSearch(typed);
        QCOMPARE(shownNames(), expected);
        if (expected.isEmpty()) {
            QCOMPARE(m_view->detailPanel()->consortiumId(), 0);
        } else {
            // The detail follows the search: it never describes a consortium the table hides.
            QCOMPARE(m_view->detailPanel()->titleText(), expected.first());
        }
    }

    void theMatchedMemberIsShownAndHighlighted()
    {
        typeSearch(QStringLiteral("kraf"));
        QCOMPARE(shownNames(), QStringList{QStringLiteral("SK Telecom consortium")});
        const QModelIndex members = m_view->table()->model()->index(0, ConsortiumTableModel::MembersColumn);
        QCOMPARE(members.data(MatchedMembersRole).toString(), QStringLiteral("KRAFTON"));
        QCOMPARE(members.data(MatchSpansRole).toList().size(), 1);
        const auto *count = m_view->findChild<QLabel *>(QStringLiteral("consortiaResultCount"));
        QVERIFY(count->text().contains(QLatin1String("KRAFTON")));
        m_view->table()->viewport()->repaint();  // paints through the highlighting delegate
        saveScreenshot(QStringLiteral("consortia-search-en"));
    }

    void escapeClearsTheSearch()
    {
        typeSearch(QStringLiteral("ㅇㅅㅌ"));
        QVERIFY(shownNames().size() < 16);
        QTest::keyClick(m_view->searchBox(), Qt::Key_Escape);
        QVERIFY(m_view->searchBox()->text().isEmpty());
        QCOMPARE(shownNames().size(), 16);
    }

    void ctrlFSelectsTheSearchText()
    {
        if (!QTest::qWaitForWindowActive(m_view))
            QSKIP("Shortcuts need an active window (bare Xvfb has no window manager)");
        m_view->searchBox()->setText(QStringLiteral("LG"));
        m_view->searchBox()->deselect();
        QVERIFY(!m_view->searchBox()->hasSelectedText());
        QTest::keyClick(m_view->table(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(m_view->searchBox()->selectedText(), QStringLiteral("LG"));
    }

    void arrowsMoveAndEnterOpensTheDetail()
    {
        QTableView *table = m_view->table();
        table->setCurrentIndex(table->model()->index(0, 0));
        const qint64 first = m_view->selectedConsortiumId();
        QTest::keyClick(table, Qt::Key_Down);
        const qint64 second = m_view->selectedConsortiumId();
        QVERIFY(second != first);
        QCOMPARE(m_view->detailPanel()->consortiumId(), second);
        QCOMPARE(m_view->detailPanel()->titleText(), table->currentIndex().siblingAtColumn(0).data().toString());
        QTest::keyClick(table, Qt::Key_Return);
        // Enter moves into the members; the current member's history appears.
        QVERIFY(m_view->detailPanel()->membersSection()->table()->currentIndex().isValid());
        QVERIFY(m_view->detailPanel()->historyOrganisationId() != 0);
    }

    void selectingAMemberShowsItsHistory()
    {
        m_view->focusItem(idOf(QStringLiteral("lunit")));
        QCOMPARE(m_view->selectedConsortiumId(), idOf(QStringLiteral("lunit")));
        QTableView *members = m_view->detailPanel()->membersSection()->table();
        int trillion = -1;
        for (int row = 0; row < members->model()->rowCount(); ++row) {
            if (members->model()->index(row, 1).data().toString().startsWith(QLatin1String("Trillion Labs")))
                trillion = row;
        }
        QVERIFY(trillion >= 0);
        members->setCurrentIndex(members->model()->index(trillion, 1));
        QTableView *history = m_view->detailPanel()->historySection()->table();
        QCOMPARE(history->model()->rowCount(), 2);
        QVERIFY(m_view->detailPanel()->historySection()->heading()->text().contains(QLatin1String("Trillion Labs")));
        QVERIFY(m_view->detailPanel()->breachText().isEmpty());
        // Enter on a row of the history opens that consortium.
        history->setCurrentIndex(history->model()->index(1, 0));
        QTest::keyClick(history, Qt::Key_Return);
        QCOMPARE(m_view->selectedConsortiumId(), idOf(QStringLiteral("trillion")));
        QCOMPARE(m_view->detailPanel()->titleText(), QStringLiteral("Trillion Labs consortium"));
    }

    void focusItemClearsASearchThatHidesIt()
    {
        typeSearch(QStringLiteral("upstage"));
        m_view->focusItem(idOf(QStringLiteral("skt")));
        QVERIFY(m_view->searchBox()->text().isEmpty());
        QCOMPARE(m_view->selectedConsortiumId(), idOf(QStringLiteral("skt")));
    }

    void followsTheAsOfDate()
    {
        m_state->setAsOf(QDate(2025, 7, 22));
        QCOMPARE(shownNames().size(), 15);
        const QAbstractItemModel *model = m_view->table()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, ConsortiumTableModel::StatusColumn).data().toString(), QStringLiteral("Applied"));
        QVERIFY(!shownNames().contains(QStringLiteral("Trillion Labs consortium")));
        m_state->setAsOf(QDate(2026, 3, 1));
        QVERIFY(shownNames().contains(QStringLiteral("Trillion Labs consortium")));
    }

    void selectionSurvivesAnAsOfChange()
    {
        m_view->focusItem(idOf(QStringLiteral("upstage")));
        m_state->setAsOf(QDate(2025, 8, 5));
        QCOMPARE(m_view->selectedConsortiumId(), idOf(QStringLiteral("upstage")));
    }

    void namesFollowTheLanguage()
    {
        m_view->focusItem(idOf(QStringLiteral("upstage")));
        m_state->setLanguage(domain::Language::Korean);
        QCOMPARE(m_view->detailPanel()->titleText(), QStringLiteral("업스테이지 컨소시엄"));
        typeSearch(QStringLiteral("업ㅅ"));
        QCOMPARE(shownNames(), QStringList{QStringLiteral("업스테이지 컨소시엄")});
        const QVariantList spans =
            m_view->table()->model()->index(0, ConsortiumTableModel::NameColumn).data(MatchSpansRole).toList();
        QCOMPARE(spans.size(), 1);
        QCOMPARE(spans[0].toPoint(), QPoint(0, 2));
        typeSearch(QStringLiteral("ㅋㄹㅍ"));
        QCOMPARE(shownNames(), QStringList{QStringLiteral("SK텔레콤 컨소시엄")});
        QCOMPARE(m_view->table()->model()->index(0, ConsortiumTableModel::MembersColumn).data(MatchedMembersRole).toString(),
                 QStringLiteral("크래프톤"));
        saveScreenshot(QStringLiteral("consortia-search-ko"));
        m_view->searchBox()->clear();
        saveScreenshot(QStringLiteral("consortia-ko"));
    }

    void aPlantedBreachIsFlaggedInTheDetail()
    {
        test::SampleDatabase sample;
        auto database = sample.open(false);
        database->connection().execute(QStringLiteral("DROP TRIGGER membership_one_consortium_on_insert"));
        database->connection().execute(QStringLiteral(
            "INSERT INTO membership (consortium_id, organisation_id, role, joined_on, left_on, announced_on, source_id) "
            "VALUES ((SELECT id FROM consortium WHERE code = 'skt'), (SELECT id FROM organisation WHERE code = 'upstage'), "
            "'participant', '2025-09-01', NULL, '2025-09-01', (SELECT id FROM source WHERE code = 'S8'))"));
        m_state->setDatabase(std::move(database));
        m_view->focusItem(idOf(QStringLiteral("skt")));
        QVERIFY(m_view->detailPanel()->breachText().contains(QLatin1String("Upstage")));
        // Selecting the member shows both consortia and says which rule is broken.
        QTableView *members = m_view->detailPanel()->membersSection()->table();
        for (int row = 0; row < members->model()->rowCount(); ++row) {
            if (members->model()->index(row, 1).data().toString().startsWith(QLatin1String("Upstage")))
                members->setCurrentIndex(members->model()->index(row, 1));
        }
        QCOMPARE(m_view->detailPanel()->historySection()->table()->model()->rowCount(), 2);
        QVERIFY(m_view->detailPanel()->breachText().contains(QLatin1String("one-consortium rule")));
        m_view->detailPanel()->ensureWidgetVisible(m_view->detailPanel()->historySection());
        saveScreenshot(QStringLiteral("consortia-breach"));
        m_view->focusItem(idOf(QStringLiteral("lg")));
        QVERIFY(m_view->detailPanel()->breachText().isEmpty());
    }

    void everyControlHasAnAccessibleName()
    {
        for (QWidget *widget : m_view->findChildren<QWidget *>()) {
            const bool isControl = qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractItemView *>(widget)
                || qobject_cast<QAbstractButton *>(widget);
            if (isControl && widget->isVisibleTo(m_view))
                QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
        }
    }
};

QTEST_MAIN(TestConsortiaView)
#include "tst_consortia_view.moc"
