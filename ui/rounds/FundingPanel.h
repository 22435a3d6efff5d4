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
    void setSnapshot(const domain::ProgramSnapshot &snapshot, domain::Language language);
    bool showsIllustrativeData() const { return m_illustrative; }
    QTableView *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void chart(const domain::ProgramSnapshot &snapshot, domain::Language language);

    QLabel *m_intro;
    HorizontalBarChart *m_chart;
    FundingTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    bool m_illustrative = false;
};

} // namespace kai::ui
