// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/ChartView.h"

#include "charts/ChartStyle.h"
#include "charts/ChartTableDialog.h"
#include "charts/ChartTitleItem.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QMenu>
#include <QPointer>
#include <cmath>

namespace kai::ui {

namespace {
// A platform may send its own keyboard context-menu event for the same key press (X11 for the
// Menu key, Windows for both keys): one menu per press.
constexpr int DuplicateMenuWindowMs = 500;
} // namespace

ChartView::ChartView(QWidget *parent) : QChartView(parent)
{
    ChartStyle::showFocus(this);
}

void ChartView::setFigures(const ChartFigures &figures)
{
    m_figures = figures;
    if (m_figures.categoryName.isEmpty())
        m_figures.categoryName = tr("Category");
    if (m_figures.title.isEmpty())
        m_figures.title = accessibleName();
    // A chart nobody named is announced by its title.
    if (accessibleName().isEmpty() || accessibleName() == m_nameFromTitle) {
        m_nameFromTitle = m_figures.title;
        setAccessibleName(m_nameFromTitle);
    }
    updateDescription();
}

QString ChartView::textAlternative() const
{
    return ChartText::describe(m_figures);
}

void ChartView::updateDescription()
{
    setAccessibleDescription(textAlternative());
    if (auto *table = findChild<ChartTableDialog *>())
        table->setFigures(m_figures);
}

void ChartView::showAsTable()
{
    auto *dialog = findChild<ChartTableDialog *>();
    if (!dialog) {
        dialog = new ChartTableDialog(this);
        dialog->setFigures(m_figures);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void ChartView::setChartTitle(const QString &title)
{
    m_title = title;
    ChartTitleItem *item = titleItemOf();
    if (!item)
        item = new ChartTitleItem(chart());  // the chart owns it
    item->setText(title);
}

ChartTitleItem *ChartView::titleItemOf() const
{
    // Looked up, not kept: a subclass may put its own chart in place of the default one.
    for (QGraphicsItem *child : chart()->childItems()) {
        if (auto *item = dynamic_cast<ChartTitleItem *>(child))
            return item;
    }
    return nullptr;
}

void ChartView::fitTitle()
{
    if (ChartTitleItem *item = titleItemOf())
        item->arrange();
}

void ChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);  // sizes the chart
    fitTitle();
}

int ChartView::leastWidth() const
{
    // Title and legend entries with their markers and spacing, plus the chart's margins and the
    // background's rounded inset on both sides.
    constexpr int Frame = 48;
    constexpr int MarkerAndSpacing = 32;
    const QFontMetrics titleMetrics(chart()->titleFont());
    const QFontMetrics legendMetrics(chart()->legend()->font());
    int legend = 0;
    for (const QLegendMarker *marker : chart()->legend()->markers())
        legend += legendMetrics.horizontalAdvance(marker->label()) + MarkerAndSpacing;
    return std::max(titleMetrics.horizontalAdvance(m_title), legend) + Frame;
}

void ChartView::addTableAction(QMenu *menu)
{
    QAction *action = menu->addAction(tr("Show as &Table"), this, &ChartView::showAsTable);
    action->setObjectName(QStringLiteral("showAsTable"));
}

void ChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    const QEvent::Type type = event->type();
    if (type == QEvent::StyleChange || type == QEvent::FontChange)  // the title may measure differently
        fitTitle();
}

bool ChartView::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Views re-set titles and data on a language change; this catches a chart whose owner does not.
        updateDescription();
        // The owner has given the chart its new texts by now (a parent gets the event first): lay
        // the chart and its legend out at once, ahead of the scene updates and repaints queued with
        // them. Left to the event loop, the charts were laid out after the first paint, which then
        // had to be painted again. Only the chart's own layouts: handling the window's there as
        // well made other views lay out twice.
        QCoreApplication::sendPostedEvents(chart()->legend(), QEvent::LayoutRequest);
        QCoreApplication::sendPostedEvents(chart(), QEvent::LayoutRequest);
    } else if (event->type() == QEvent::ContextMenu && !m_sendingOwnMenuEvent
               && static_cast<QContextMenuEvent *>(event)->reason() == QContextMenuEvent::Keyboard
               && m_lastKeyboardMenu.isValid() && m_lastKeyboardMenu.elapsed() < DuplicateMenuWindowMs) {
        return true;
    }
    return QChartView::event(event);
}

void ChartView::keyPressEvent(QKeyEvent *event)
{
    const bool menuKey = event->key() == Qt::Key_Menu
        || (event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier);
    if (!menuKey)
        return QChartView::keyPressEvent(event);
    event->accept();
    openKeyboardMenu();
}

void ChartView::openKeyboardMenu()
{
    // Same path as the mouse (custom menu of the owner, or our own), placed at the chart's centre.
    const QPoint centre = rect().center();
    QContextMenuEvent menuEvent(QContextMenuEvent::Keyboard, centre, mapToGlobal(centre));
    m_lastKeyboardMenu.start();
    m_sendingOwnMenuEvent = true;
    QCoreApplication::sendEvent(this, &menuEvent);
    m_sendingOwnMenuEvent = false;
    m_lastKeyboardMenu.start();
}

void ChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    addTableAction(&menu);
    menu.exec(event->globalPos());
}

int chartDecimals(const QVector<ChartFigures::Series> &series)
{
    // A tenth matters for percentages and scores, not for thousands of hours.
    bool fractions = false;
    for (const ChartFigures::Series &one : series) {
        for (const double value : one.values) {
            if (std::isfinite(value) && std::abs(value) >= 1000)
                return 0;
            fractions = fractions || (std::isfinite(value) && std::abs(value - std::round(value)) > 1e-9);
        }
    }
    return fractions ? 1 : 0;
}

} // namespace kai::ui
