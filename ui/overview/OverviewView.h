// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/ViewPage.h"

#include <QVector>

class QBoxLayout;
class QGridLayout;
class QLabel;
class QTableView;

namespace kai {
class DashboardState;
class CompetingTeamModel;
namespace domain {
struct ProgramFigures;
}
}

namespace kai::ui {

class CalendarStrip;
class FigureTile;
class FunnelStrip;

// The program on one screen: headline tiles, a small funnel, a calendar strip and the teams still
// in the competition. Every part opens its full view on click or Enter. The layout reflows from a
// 1366x768 laptop to a 4K monitor.
class OverviewView : public ViewPage
{
    Q_OBJECT

public:
    enum Tile { TeamsTile, MilestoneTile, GpuMonthTile, GpuTotalTile, PerformanceTile, FundingTile, TileCount };

    explicit OverviewView(const DashboardState &state, QWidget *parent = nullptr);

    QString title() const override;
    // The title before the view exists (the shell builds views on their first visit).
    static QString titleText();
    bool showsIllustrativeData() const override;

    FigureTile *tile(Tile tile) const { return m_tiles[tile]; }
    static ViewId targetOf(Tile tile);
    int tileColumns() const { return m_columns; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    void refreshTiles();
    void refreshStrips();
    void reflow();

    const DashboardState &m_state;
    QLabel *m_heading;
    QLabel *m_subheading;
    QVector<FigureTile *> m_tiles;
    QGridLayout *m_tileGrid;
    QBoxLayout *m_stripLayout;
    QLabel *m_funnelCaption;
    FunnelStrip *m_funnel;
    QLabel *m_calendarCaption;
    CalendarStrip *m_calendar;
    QLabel *m_teamsCaption;
    QTableView *m_teams;
    QLabel *m_teamsEmpty;
    CompetingTeamModel *m_teamModel;
    int m_columns = 0;
};

} // namespace kai::ui
