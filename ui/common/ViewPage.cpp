// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ViewPage.h"

#include <QAbstractItemView>

namespace kai::ui {

void ViewPage::showEvent(QShowEvent *event)
{
    // On every show: views may build tables lazily or replace them.
    for (QAbstractItemView *view : findChildren<QAbstractItemView *>())
        view->setTabKeyNavigation(false);
    QWidget::showEvent(event);
}

} // namespace kai::ui
