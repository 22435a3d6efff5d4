// SPDX-License-Identifier: GPL-3.0-or-later
#include "overview/OverviewView.h"

#include "items/OverviewFigureModel.h"

namespace kai::ui {

OverviewView::OverviewView(const DashboardState &state, QWidget *parent)
    : TablePage(new OverviewFigureModel(state), parent), m_model(static_cast<OverviewFigureModel *>(sourceModel()))
{
    setObjectName(QStringLiteral("overviewView"));
    retranslate();
}

QString OverviewView::title() const
{
    return tr("Overview");
}

QString OverviewView::description() const
{
    return tr("The program's headline figures as known on the as-of date.");
}

} // namespace kai::ui
