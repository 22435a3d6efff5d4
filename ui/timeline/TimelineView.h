// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/TablePage.h"

namespace kai {
class DashboardState;
class StageTableModel;
}

namespace kai::ui {

// The program's evaluation calendar, planned against actual.
class TimelineView : public TablePage
{
    Q_OBJECT

public:
    explicit TimelineView(const DashboardState &state, QWidget *parent = nullptr);

    QString title() const override;
    QString description() const override;
    StageTableModel *model() const { return m_model; }

private:
    StageTableModel *m_model;
};

} // namespace kai::ui
