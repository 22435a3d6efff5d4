// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ProgramSnapshot.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace kai {
class DashboardState;
class FundingTableModel;
}

namespace kai::ui {

class HorizontalBarChart;

// Government and private funding per consortium and year, with the open-source grade that set the
// government's share, as announced by the as-of date.
class FundingPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FundingPanel(const DashboardState &state, QWidget *parent = nullptr);
    // The texts and whether illustrative rows are shown; the chart follows with drawChart(), which
    // the owner may put off until the chart is on screen.
    void setSnapshot(const domain::ProgramSnapshot &snapshot);
    void drawChart(const domain::ProgramSnapshot &snapshot, domain::Language language);
    QWidget *chartView() const;
    bool showsIllustrativeData() const { return m_illustrative; }
    QTableView *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_intro;
    HorizontalBarChart *m_chart;
    FundingTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    bool m_illustrative = false;
};

} // namespace kai::ui
