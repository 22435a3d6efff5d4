// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/TablePage.h"

namespace kai {
class DashboardState;
class ConsortiumTableModel;
}

namespace kai::ui {

// Who is in which consortium, and where each team stands.
class ConsortiaView : public TablePage
{
    Q_OBJECT

public:
    explicit ConsortiaView(const DashboardState &state, QWidget *parent = nullptr);

    QString title() const override;
    QString description() const override;
    ConsortiumTableModel *model() const { return m_model; }

private:
    ConsortiumTableModel *m_model;
};

} // namespace kai::ui
