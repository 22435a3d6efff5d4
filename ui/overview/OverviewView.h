// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/TablePage.h"

namespace kai {
class DashboardState;
class OverviewFigureModel;
}

namespace kai::ui {

// The program on one screen: headline figures as of the chosen date.
class OverviewView : public TablePage
{
    Q_OBJECT

public:
    explicit OverviewView(const DashboardState &state, QWidget *parent = nullptr);

    QString title() const override;
    QString description() const override;
    OverviewFigureModel *model() const { return m_model; }

private:
    OverviewFigureModel *m_model;
};

} // namespace kai::ui
