// SPDX-License-Identifier: GPL-3.0-or-later
#include "rounds/RoundsView.h"

#include "items/RoundResultTableModel.h"

namespace kai::ui {

RoundsView::RoundsView(const DashboardState &state, QWidget *parent)
    : TablePage(new RoundResultTableModel(state), parent), m_model(static_cast<RoundResultTableModel *>(sourceModel()))
{
    setObjectName(QStringLiteral("roundsView"));
    retranslate();
}

QString RoundsView::title() const
{
    return tr("Evaluation Rounds");
}

QString RoundsView::description() const
{
    return tr("Each selection and elimination round's published results. Figures marked confidential or illustrative are not official.");
}

} // namespace kai::ui
