// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ProgramSnapshot.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace kai::ui {

class HorizontalBarChart;

// Government and private funding per consortium and year, with the open-source grade that set the
// government's share, as announced by the as-of date.
class FundingPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FundingPanel(QWidget *parent = nullptr);
    void setSnapshot(const domain::ProgramSnapshot &snapshot, domain::Language language);
    bool showsIllustrativeData() const { return m_illustrative; }
    QTableWidget *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill(const domain::ProgramSnapshot &snapshot, domain::Language language);
    void chart(const domain::ProgramSnapshot &snapshot, domain::Language language);

    QLabel *m_intro;
    HorizontalBarChart *m_chart;
    QTableWidget *m_table;
    bool m_illustrative = false;
};

} // namespace kai::ui
