// SPDX-License-Identifier: GPL-3.0-or-later
#include "consortia/ConsortiaView.h"

#include "items/ConsortiumTableModel.h"

namespace kai::ui {

ConsortiaView::ConsortiaView(const DashboardState &state, QWidget *parent)
    : TablePage(new ConsortiumTableModel(state), parent), m_model(static_cast<ConsortiumTableModel *>(sourceModel()))
{
    setObjectName(QStringLiteral("consortiaView"));
    retranslate();
}

QString ConsortiaView::title() const
{
    return tr("Consortia");
}

QString ConsortiaView::description() const
{
    return tr("Every consortium that applied, its members by kind and its status as of the chosen date.");
}

} // namespace kai::ui
