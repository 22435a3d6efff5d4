// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ViewPage.h"

#include <QAbstractItemView>
#include <algorithm>

namespace kai::ui {

void ViewPage::showEvent(QShowEvent *event)
{
    // On every show: views may build tables lazily or replace them.
    for (QAbstractItemView *view : findChildren<QAbstractItemView *>())
        view->setTabKeyNavigation(false);
    catchUp();
    QWidget::showEvent(event);
}

void ViewPage::catchUp()
{
    if (!m_catchingUp.empty())
        return;  // already catching up (an update showed this page again)
    // Updates may note further updates (a model reset redraws a chart): run until none is left.
    while (!m_pending.empty() && !defersUpdates()) {
        m_catchingUp.swap(m_pending);
        std::sort(m_catchingUp.begin(), m_catchingUp.end(),
                  [](const PendingUpdate &a, const PendingUpdate &b) { return a.key < b.key; });
        // By index: an update run at once by an earlier one is dropped from the batch (updateFor).
        for (size_t at = 0; at < m_catchingUp.size(); ++at) {
            const PendingUpdate entry = m_catchingUp[at];
            if (entry.receiver)
                entry.update();
        }
        m_catchingUp.clear();
    }
}

quint64 ViewPage::nextUpdateKey()
{
    static quint64 next = 0;
    return ++next;
}

ViewPage *ViewPage::pageOf(QWidget *widget)
{
    for (QWidget *at = widget; at; at = at->parentWidget()) {
        if (auto *page = qobject_cast<ViewPage *>(at))
            return page;
    }
    return nullptr;
}

void ViewPage::updateFor(QWidget *receiver, quint64 key, const std::function<void()> &update)
{
    ViewPage *page = pageOf(receiver);
    if (!page || !page->defersUpdates()) {
        if (page) {
            for (PendingUpdate &entry : page->m_catchingUp) {
                if (entry.key == key)
                    entry.receiver = nullptr;  // runs now: once is enough
            }
        }
        update();
        return;
    }
    const bool noted = std::any_of(page->m_pending.cbegin(), page->m_pending.cend(),
                                   [key](const PendingUpdate &entry) { return entry.key == key; });
    if (!noted)
        page->m_pending.push_back({key, receiver, update});
}

} // namespace kai::ui
