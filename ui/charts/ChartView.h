// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "items/ChartFigures.h"

#include <QChartView>
#include <QElapsedTimer>

class QMenu;

namespace kai::ui {
class ChartTitleItem;
}

namespace kai::ui {

// What every chart here shares: it is a focus stop that shows its focus, it carries the numbers it
// plots (ChartFigures) and says them as its accessible description, and its context menu — by
// mouse, the Menu key or Shift+F10 — offers "Show as Table". Owners that add their own entries
// (exports) connect customContextMenuRequested and call addTableAction().
class ChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ChartView(QWidget *parent = nullptr);

    const ChartFigures &figures() const { return m_figures; }
    // The accessible description, rebuilt whenever the figures or the display language change.
    QString textAlternative() const;

    // The narrowest this chart can be without Qt Charts cutting its title or a legend entry short:
    // a layout puts charts side by side only while each gets this much (large system text).
    int leastWidth() const;

    // The chart's title, drawn by ChartTitleItem: wrapped onto as many lines as the chart's width
    // needs, where Qt Charts would end it in "...".
    void setChartTitle(const QString &title);
    QString chartTitle() const { return m_title; }
    const ChartTitleItem *titleItem() const { return titleItemOf(); }
    // Wraps the title again for the chart's present width (a resize does it here).
    void fitTitle();

    // Opens the figures as an accessible table (non-modal, one per chart).
    void showAsTable();
    void addTableAction(QMenu *menu);

protected:
    // Subclasses call this from setData()/setTitles() with the same numbers they plot.
    void setFigures(const ChartFigures &figures);
    bool event(QEvent *event) override;
    // A style or font change may change the title's lines and the room it reserves.
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateDescription();
    ChartTitleItem *titleItemOf() const;
    void openKeyboardMenu();

    ChartFigures m_figures;
    QElapsedTimer m_lastKeyboardMenu;
    bool m_sendingOwnMenuEvent = false;
    QString m_nameFromTitle;
    QString m_title;
};

// Decimals for the figures: none for whole numbers or values in the thousands, one otherwise.
int chartDecimals(const QVector<ChartFigures::Series> &series);

} // namespace kai::ui
