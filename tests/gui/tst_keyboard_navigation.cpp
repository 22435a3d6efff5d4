// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 20: everything without a mouse. Tab goes through every interactive control of each view
// (and of each tab of it), never gets stuck, and comes back round; Help → Keyboard Shortcuts lists
// the menu shortcuts and the keys of views and charts in the display language.
#include "ShellFixture.h"
#include "shell/KeyboardShortcutsDialog.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QMenuBar>
#include <QSet>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace kai;
using ui::ViewId;

namespace {
QString nameOf(const QWidget *widget)
{
    return QStringLiteral("%1 '%2' (%3)")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(), widget->accessibleName());
}

// What Tab must reach on the page on screen: enabled, visible controls that take Tab focus
// themselves (not through a focus proxy).
QSet<QWidget *> tabStops(QWidget *window, QWidget *page)
{
    QSet<QWidget *> stops;
    for (QWidget *widget : page->findChildren<QWidget *>()) {
        if (widget->isVisibleTo(window) && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus)
            && !widget->focusProxy() && widget->window() == window)
            stops.insert(widget);
    }
    return stops;
}

struct TabRound
{
    QSet<QWidget *> reached;
    QStringList problems;
};

// Presses Tab from the navigation list until focus is back there.
TabRound tabAround(ui::MainWindow &window)
{
    TabRound round;
    QWidget *start = window.findChild<QWidget *>(QStringLiteral("navigation"));
    start->setFocus(Qt::TabFocusReason);
    QWidget *previous = start;
    int samePresses = 0;
    for (int press = 0; press < 600; ++press) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (!now) {
            round.problems << QStringLiteral("focus lost after %1").arg(nameOf(previous));
            return round;
        }
        if (now == start)
            return round;
        // A canvas may step through its own items with Tab; it must let go eventually.
        samePresses = now == previous ? samePresses + 1 : 0;
        if (samePresses > 40) {
            round.problems << QStringLiteral("focus stuck in %1").arg(nameOf(now));
            return round;
        }
        round.reached.insert(now);
        previous = now;
    }
    round.problems << QStringLiteral("Tab never came back to the navigation");
    return round;
}
} // namespace

class TestKeyboardNavigation : public QObject
{
    Q_OBJECT

private:
    test::SampleDatabase *m_sample = nullptr;

private slots:
    void initTestCase()
    {
        test::enterTestMode();
        m_sample = new test::SampleDatabase;
    }

    void cleanupTestCase() { delete m_sample; }

    void tabReachesEveryControl_data()
    {
        QTest::addColumn<int>("view");
        for (int view = 0; view < ui::ViewCount; ++view)
            QTest::addRow("view %d", view) << view;
    }

    void tabReachesEveryControl()
    {
        QFETCH(int, view);
        test::ShellFixture shell(*m_sample, domain::Language::English, QDate(2026, 11, 29), true);
        shell.window->showView(ViewId(view));
        QApplication::setActiveWindow(shell.window.get());
        QWidget *page = shell.window->page(ViewId(view));
        QList<QTabWidget *> tabWidgets = page->findChildren<QTabWidget *>();
        const int tabs = tabWidgets.isEmpty() ? 1 : tabWidgets.first()->count();
        QStringList problems;
        for (int tab = 0; tab < tabs; ++tab) {
            if (!tabWidgets.isEmpty())
                tabWidgets.first()->setCurrentIndex(tab);
            QTest::qWait(1);
            const TabRound round = tabAround(*shell.window);
            problems << round.problems;
            QSet<QWidget *> expected = tabStops(shell.window.get(), page);
            expected.unite(tabStops(shell.window.get(), shell.window->findChild<QWidget *>(QStringLiteral("mainToolBar"))));
            for (QWidget *widget : std::as_const(expected)) {
                if (!round.reached.contains(widget))
                    problems << QStringLiteral("tab %1: never reached %2").arg(tab).arg(nameOf(widget));
            }
        }
        for (const QString &problem : std::as_const(problems))
            qWarning().noquote() << problem;
        QVERIFY2(problems.isEmpty(), "see the warnings above");
    }

    void shortcutsAreListed_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("viewsMenu");
        QTest::newRow("en") << int(domain::Language::English) << QStringLiteral("View → Overview");
        QTest::newRow("ko") << int(domain::Language::Korean) << QStringLiteral("보기 → 종합 현황");
    }

    void shortcutsAreListed()
    {
        QFETCH(int, language);
        QFETCH(QString, viewsMenu);
        test::ShellFixture shell(*m_sample, domain::Language(language), QDate(2026, 11, 29), true);
        ui::KeyboardShortcutsDialog dialog(*shell.window->menuBar());
        QTableWidget *table = dialog.table();
        QStringList rows;
        for (int row = 0; row < table->rowCount(); ++row)
            rows << table->item(row, 0)->text() + QStringLiteral(" = ") + table->item(row, 1)->text();
        const QString all = rows.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QKeySequence(Qt::CTRL | Qt::Key_1).toString(QKeySequence::NativeText) + QStringLiteral(" = ") + viewsMenu),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Shift+F10")), qPrintable(all));
        QVERIFY2(all.contains(QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText)), qPrintable(all));
        for (int row = 0; row < table->rowCount(); ++row) {
            QVERIFY(!table->item(row, 0)->text().isEmpty());
            QVERIFY(!table->item(row, 1)->text().isEmpty());
        }
    }
};

QTEST_MAIN(TestKeyboardNavigation)
#include "tst_keyboard_navigation.moc"
