// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/TimelineView.h"

#include "items/StageTableModel.h"

namespace kai::ui {

TimelineView::TimelineView(const DashboardState &state, QWidget *parent)
    : TablePage(new StageTableModel(state), parent), m_model(static_cast<StageTableModel *>(sourceModel()))
{
    setObjectName(QStringLiteral("timelineView"));
    retranslate();
}

QString TimelineView::title() const
{
    return tr("Timeline");
}

QString TimelineView::description() const
{
    return tr("The evaluation calendar from the June 2025 briefing to the end of 2027, with planned and actual dates.");
}

} // namespace kai::ui
