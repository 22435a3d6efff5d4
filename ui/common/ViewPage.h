// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>
#include <QPointer>
#include <QVariant>
#include <QWidget>
#include <functional>
#include <vector>

namespace kai::ui {

// The views the shell can navigate between, in navigation order. The first ViewCount draw slides
// and export; the change history (issue 16) and the changes since a briefing (issue 17) are
// navigation only.
enum class ViewId { Overview, Consortia, Timeline, Gpu, Rounds, History, Changes };
inline constexpr int ViewCount = 5;
inline constexpr int NavigationCount = 7;

// What the shell needs from every view: a translated title for the navigation, whether
// illustrative figures are on screen (for the status bar), and a way to jump to one item.
class ViewPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    // True when any figure currently shown is an illustrative sample rather than an official one.
    virtual bool showsIllustrativeData() const = 0;
    // Brings one item into view (a consortium id, a stage id, ...); the default ignores it.
    virtual void focusItem(const QVariant &key) { Q_UNUSED(key) }
    // The items an edit form should start from ("consortium", "organisation", "stage" ids).
    virtual QVariantMap editContext() const { return {}; }
    // The edits of the data this view shows; by default offered in the view's context menu.
    virtual void offerEditActions(const QList<QAction *> &actions)
    {
        addActions(actions);
        setContextMenuPolicy(Qt::ActionsContextMenu);
    }

    // Set by the shell on its pages: a page hidden behind another one only notes that the as-of
    // date, data, filters or language changed, and redraws once when it is shown again, so a
    // change costs what the visible page costs. Pages drawn offscreen (exports) always update.
    void setDeferWhileHidden(bool defer) { m_deferWhileHidden = defer; }
    bool defersWhileHidden() const { return m_deferWhileHidden; }
    bool isStale() const { return !m_pending.empty(); }
    // True while the page is hidden behind another page of the shell.
    bool defersUpdates() const { return m_deferWhileHidden && isHidden(); }
    // Runs the updates noted while hidden (the shell calls it as it shows the page).
    void catchUp();

    // Runs `update` on every `signal` of `sender`: at once, or once when the page holding
    // `receiver` is shown again if that page defers while hidden (see setDeferWhileHidden).
    template <typename Sender, typename Signal>
    static void follow(const Sender *sender, Signal signal, QWidget *receiver, std::function<void()> update)
    {
        const quint64 key = nextUpdateKey();
        QObject::connect(sender, signal, receiver,
                         [receiver, key, update = std::move(update)] { updateFor(receiver, key, update); });
    }
    // Runs `update` now, or notes it under `key` (one pending run per key) until the page is shown.
    static void updateFor(QWidget *receiver, quint64 key, const std::function<void()> &update);
    static quint64 nextUpdateKey();

protected:
    // Tab moves from control to control, arrow keys move within a table: no table of a view keeps
    // Tab to step cell by cell (a keyboard user would need hundreds of presses to get past it).
    void showEvent(QShowEvent *event) override;

signals:
    // Asks the shell to switch to another view, optionally focused on one item there.
    void navigateRequested(kai::ui::ViewId view, const QVariant &key = {});
    // The answer of showsIllustrativeData() may have changed (filters, selection).
    void illustrativeDataChanged();

private:
    struct PendingUpdate
    {
        quint64 key;
        QPointer<QWidget> receiver;
        std::function<void()> update;
    };
    static ViewPage *pageOf(QWidget *widget);

    bool m_deferWhileHidden = false;
    std::vector<PendingUpdate> m_pending;  // in the order the updates were connected
    std::vector<PendingUpdate> m_catchingUp;  // the batch catchUp() is running
};

} // namespace kai::ui
