// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "items/ChartFigures.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace kai {
class ChartFiguresModel;
}

namespace kai::ui {

// "Show as table": a chart's numbers as an accessible table, headed by the chart's text
// alternative. Follows the chart: new figures or a language change update it while it is open.
class ChartTableDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChartTableDialog(QWidget *chart);

    void setFigures(const ChartFigures &figures);
    QTableView *table() const { return m_table; }
    ChartFiguresModel *model() const { return m_model; }

private:
    QLabel *m_summary;
    QTableView *m_table;
    ChartFiguresModel *m_model;
};

} // namespace kai::ui
