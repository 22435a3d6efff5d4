// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ShownUpdates.h"

#include "common/ViewPage.h"

#include <QEvent>
#include <QWidget>
#include <algorithm>

namespace kai::ui {

ShownUpdates::ShownUpdates(ViewPage &view) : QObject(&view), m_view(view) {}

void ShownUpdates::run(QWidget *target, std::function<void()> update)
{
    const auto noted = std::find_if(m_pending.begin(), m_pending.end(),
                                    [target](const Pending &pending) { return pending.target == target; });
    if (!m_view.defersWhileHidden() || target->isVisible()) {
        if (noted != m_pending.end()) {
            target->removeEventFilter(this);
            m_pending.erase(noted);
        }
        update();
        return;
    }
    if (noted != m_pending.end()) {
        noted->update = std::move(update);  // the latest describes the data as it is now
        return;
    }
    m_pending.push_back({target, std::move(update)});
    target->installEventFilter(this);
}

bool ShownUpdates::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show) {
        const auto noted = std::find_if(m_pending.begin(), m_pending.end(),
                                        [watched](const Pending &pending) { return pending.target == watched; });
        if (noted != m_pending.end()) {
            const std::function<void()> update = std::move(noted->update);
            m_pending.erase(noted);
            watched->removeEventFilter(this);
            update();
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace kai::ui
