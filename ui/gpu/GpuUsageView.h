// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/TablePage.h"

namespace kai {
class DashboardState;
class GpuSummaryTableModel;
}

namespace kai::ui {

// Leased GPUs: allocation against use per consortium.
class GpuUsageView : public TablePage
{
    Q_OBJECT

public:
    explicit GpuUsageView(const DashboardState &state, QWidget *parent = nullptr);

    QString title() const override;
    QString description() const override;
    GpuSummaryTableModel *model() const { return m_model; }

private:
    GpuSummaryTableModel *m_model;
};

} // namespace kai::ui
