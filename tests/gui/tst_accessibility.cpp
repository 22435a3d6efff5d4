// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 20: what a screen reader hears. Every view (and every tab of it) and every dialog the menus
// open is read through QAccessible in both languages: no interactive element without a name, no
// chart without a description, no table without column headings, no coloured cell without words.
// A window switched to Korean must say exactly what a window started in Korean says.
#include "AccessibilityWalk.h"
#include "ShellFixture.h"
#include "charts/ChartTableDialog.h"
#include "charts/ChartView.h"
#include "gpu/GpuUsageView.h"
#include "charts/BarChart.h"
#include "items/ChartFiguresModel.h"

#include <QAccessible>
#include <QApplication>
#include <QDialog>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace kai;
using ui::ViewId;

namespace {
// The view and each of its tabs in turn: a tab's page is only on screen while it is current.
QStringList problemsOf(ui::MainWindow &window, ViewId view, QMap<QString, QString> *texts = nullptr)
{
    window.showView(view);
    QTest::qWait(1);
    QStringList problems;
    const auto walk = [&](const QString &where) {
        const test::AccessibilityWalk walk(&window);
        for (const QString &problem : walk.problems)
            problems << where + QStringLiteral(": ") + problem;
        if (texts) {
            for (auto it = walk.texts.cbegin(); it != walk.texts.cend(); ++it)
                texts->insert(where + it.key(), it.value());
        }
    };
    walk(QStringLiteral("view %1").arg(int(view)));
    for (QTabWidget *tabs : window.page(view)->findChildren<QTabWidget *>()) {
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QTest::qWait(1);
            walk(QStringLiteral("view %1 tab %2").arg(int(view)).arg(tab));
        }
        tabs->setCurrentIndex(0);
    }
    problems.removeDuplicates();
    return problems;
}

// Qt's own dialogs (file chooser, message box, print preview) are Qt's to name.
bool isQtStandardDialog(const QWidget *dialog)
{
    return qobject_cast<const QFileDialog *>(dialog) || qobject_cast<const QMessageBox *>(dialog)
        || qobject_cast<const QPrintPreviewDialog *>(dialog);
}

QList<QAction *> menuActions(QMenuBar *bar)
{
    QList<QAction *> actions;
    QList<QMenu *> menus;
    for (QAction *action : bar->actions()) {
        if (action->menu())
            menus << action->menu();
    }
    while (!menus.isEmpty()) {
        for (QAction *action : menus.takeFirst()->actions()) {
            if (action->menu())
                menus << action->menu();
            else if (!action->isSeparator())
                actions << action;
        }
    }
    return actions;
}

// Runs an action that opens a modal dialog, reads the dialog while it is open, then closes it.
QStringList dialogProblems(QAction *action)
{
    QStringList problems;
    bool seen = false;
    std::function<void()> inspect = [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        seen = true;
        if (!isQtStandardDialog(modal)) {
            for (const QString &problem : test::AccessibilityWalk(modal).problems)
                problems << QStringLiteral("%1: %2").arg(action->text(), problem);
        }
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        else
            modal->close();
    };
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, inspect);
    poll.start();
    action->trigger();
    poll.stop();
    Q_UNUSED(seen)
    return problems;
}
} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    test::SampleDatabase *m_sample = nullptr;

private slots:
    void initTestCase()
    {
        test::enterTestMode();
        QAccessible::setActive(true);
        m_sample = new test::SampleDatabase;
    }

    void cleanupTestCase() { delete m_sample; }

    void everyViewIsNamed_data()
    {
        QTest::addColumn<int>("language");
        QTest::newRow("en") << int(domain::Language::English);
        QTest::newRow("ko") << int(domain::Language::Korean);
    }

    void everyViewIsNamed()
    {
        QFETCH(int, language);
        test::ShellFixture shell(*m_sample, domain::Language(language), QDate(2026, 11, 29), true);
        QStringList problems;
        for (int view = 0; view < ui::ViewCount; ++view)
            problems << problemsOf(*shell.window, ViewId(view));
        for (const QString &problem : std::as_const(problems))
            qWarning().noquote() << problem;
        QVERIFY2(problems.isEmpty(), "see the warnings above");
    }

    void everyMenuDialogIsNamed_data() { everyViewIsNamed_data(); }

    void everyMenuDialogIsNamed()
    {
        QFETCH(int, language);
        test::ShellFixture shell(*m_sample, domain::Language(language), QDate(2026, 11, 29), true);
        QStringList problems;
        int dialogs = 0;
        for (QAction *action : menuActions(shell.window->menuBar())) {
            // "…" promises a dialog; Quit would end the test.
            if (!action->isEnabled() || !action->text().endsWith(QChar(0x2026)))
                continue;
            ++dialogs;
            problems << dialogProblems(action);
        }
        QVERIFY(dialogs >= 4);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void switchingLanguageRenamesEverything()
    {
        test::ShellFixture korean(*m_sample, domain::Language::Korean, QDate(2026, 11, 29), true);
        test::ShellFixture switched(*m_sample, domain::Language::English, QDate(2026, 11, 29), true);
        switched.languages.setLanguage(domain::Language::Korean, false);
        QTest::qWait(1);
        QStringList differences;
        for (int view = 0; view < ui::ViewCount; ++view) {
            QMap<QString, QString> fresh;
            QMap<QString, QString> after;
            problemsOf(*korean.window, ViewId(view), &fresh);
            problemsOf(*switched.window, ViewId(view), &after);
            QVERIFY(fresh.size() > 10);
            for (auto it = fresh.cbegin(); it != fresh.cend(); ++it) {
                if (after.value(it.key()) != it.value())
                    differences << QStringLiteral("%1: '%2' after the switch, '%3' when started in Korean")
                                       .arg(it.key(), after.value(it.key()), it.value());
            }
        }
        QVERIFY2(differences.isEmpty(), qPrintable(differences.mid(0, 30).join(QLatin1Char('\n'))));
    }

    void chartSaysItsFigures()
    {
        test::ShellFixture shell(*m_sample, domain::Language::English, QDate(2026, 11, 29), true);
        shell.window->showView(ViewId::Gpu);
        auto *gpu = qobject_cast<ui::GpuUsageView *>(shell.window->page(ViewId::Gpu));
        QVERIFY(gpu);
        const ChartFigures &figures = gpu->monthlyChart()->figures();
        QVERIFY(figures.categories.size() > 1);
        QCOMPARE(figures.categories, gpu->monthlyChart()->categories());
        QAccessibleInterface *chart = QAccessible::queryAccessibleInterface(gpu->monthlyChart());
        const QString description = chart->text(QAccessible::Description);
        QCOMPARE(description, ChartText::describe(figures));
        QVERIFY2(description.contains(figures.categories.first()) && description.contains(figures.categories.last()),
                 qPrintable(description));
        QVERIFY2(description.contains(QStringLiteral("highest total: ")), qPrintable(description));

        shell.languages.setLanguage(domain::Language::Korean, false);
        QTest::qWait(1);
        const QString korean = chart->text(QAccessible::Description);
        QVERIFY2(korean != description && korean.contains(QStringLiteral("최고")), qPrintable(korean));
    }

    void showAsTableByKeyboard_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::newRow("Menu key") << int(Qt::Key_Menu) << int(Qt::NoModifier);
        QTest::newRow("Shift+F10") << int(Qt::Key_F10) << int(Qt::ShiftModifier);
    }

    void showAsTableByKeyboard()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        test::ShellFixture shell(*m_sample, domain::Language::English, QDate(2026, 11, 29), true);
        shell.window->showView(ViewId::Gpu);
        auto *gpu = qobject_cast<ui::GpuUsageView *>(shell.window->page(ViewId::Gpu));
        ui::BarChart *chart = gpu->monthlyChart();
        chart->setFocus();
        int menus = 0;
        QTimer::singleShot(50, [&menus] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            ++menus;
            QAction *show = menu->findChild<QAction *>(QStringLiteral("showAsTable"));
            menu->close();
            if (show)
                show->trigger();
        });
        QTest::keyClick(chart, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        QTRY_COMPARE(menus, 1);
        auto *dialog = chart->findChild<ui::ChartTableDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const ChartFigures &figures = chart->figures();
        QCOMPARE(dialog->model()->rowCount(), figures.categories.size());
        QCOMPARE(dialog->model()->columnCount(), figures.series.size() + 1);
        QAccessibleInterface *table = QAccessible::queryAccessibleInterface(dialog->table());
        QVERIFY(table->tableInterface());
        QCOMPARE(table->tableInterface()->columnDescription(0), figures.categoryName);
        QVERIFY(!table->text(QAccessible::Name).isEmpty());
        for (int row = 0; row < figures.categories.size(); ++row)
            QCOMPARE(dialog->model()->index(row, 0).data().toString(), figures.categories[row]);
        const test::AccessibilityWalk walk(dialog);
        QVERIFY2(walk.problems.isEmpty(), qPrintable(walk.problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
