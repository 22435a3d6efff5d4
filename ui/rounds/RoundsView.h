// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/TablePage.h"

namespace kai {
class DashboardState;
class RoundResultTableModel;
}

namespace kai::ui {

// Results of every selection and elimination round.
class RoundsView : public TablePage
{
    Q_OBJECT

public:
    explicit RoundsView(const DashboardState &state, QWidget *parent = nullptr);

    QString title() const override;
    QString description() const override;
    RoundResultTableModel *model() const { return m_model; }

private:
    RoundResultTableModel *m_model;
};

} // namespace kai::ui
