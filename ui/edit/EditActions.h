// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/ViewPage.h"

#include <QObject>
#include <QVector>

class QAction;
class QDialog;
class QMenu;
class QWidget;

namespace kai {
class DashboardState;
}

namespace kai::edit {
class EditSession;
}

namespace kai::ui {

// The Edit menu: Undo and Redo named by the command ("Undo: record …"), the history of this
// session's edits (QUndoView), and the edits of the view on screen, which the views also offer in
// their context menus and detail panels. On a read-only database every edit is disabled.
class EditActions : public QObject
{
    Q_OBJECT

public:
    enum class Kind {
        AddConsortium, AddOrganisation, EditOrganisation, MemberJoins, MemberLeaves, RecordRelease,
        AddStage, ChangeStageDates, MarkStageAnnounced, RecordRoundResults, DefineRoundCriteria,
        AddAllocation, EndAllocation, AddSource, SealRound, RecordCorrection, CorrectCriterionScore
    };

    EditActions(edit::EditSession &session, DashboardState &state, QWidget &window);

    void addTo(QMenu *menu);
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *historyAction() const { return m_history; }
    QAction *reloadAction() const { return m_reload; }
    QAction *displayNameAction() const { return m_displayName; }
    QAction *action(Kind kind) const { return m_actions.value(int(kind)); }
    QList<QAction *> actionsFor(ViewId view) const;
    // Shows the Edit menu's actions of this view; the page tells which item is current.
    void setCurrentView(ViewId view, ViewPage *page);
    void retranslate();
    // Opens the form of one kind of edit (modal); returns when it closes.
    void open(Kind kind);

private:
    static QVector<ViewId> viewsOf(Kind kind);
    QDialog *createDialog(Kind kind);
    void updateEnabled();
    void updateUndoTexts();
    void showHistory();

    edit::EditSession &m_session;
    DashboardState &m_state;
    QWidget &m_window;
    ViewPage *m_page = nullptr;
    ViewId m_view = ViewId::Overview;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_history;
    QAction *m_reload;
    QAction *m_displayName;
    QVector<QAction *> m_actions;
    QDialog *m_historyDialog = nullptr;
};

} // namespace kai::ui
