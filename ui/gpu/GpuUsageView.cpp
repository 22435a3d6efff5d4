// SPDX-License-Identifier: GPL-3.0-or-later
#include "gpu/GpuUsageView.h"

#include "items/GpuSummaryTableModel.h"

namespace kai::ui {

GpuUsageView::GpuUsageView(const DashboardState &state, QWidget *parent)
    : TablePage(new GpuSummaryTableModel(state), parent), m_model(static_cast<GpuSummaryTableModel *>(sourceModel()))
{
    setObjectName(QStringLiteral("gpuUsageView"));
    retranslate();
}

QString GpuUsageView::title() const
{
    return tr("GPU Usage");
}

QString GpuUsageView::description() const
{
    return tr("GPU-hours allocated and used per consortium up to the as-of date, raw and in H100 equivalents.");
}

} // namespace kai::ui
