// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edit/EditProblem.h"

#include <QObject>
#include <memory>

class QUndoStack;

namespace kai {
class DashboardState;
}

namespace kai::edit {

class EditCommand;
class EditContext;

// The edits made in this window: applies commands to the state's database, keeps them on an undo
// stack and reloads the state after every edit, undo and redo so all views follow. The stack is
// cleared when another database is opened; nothing can be edited in a read-only one.
class EditSession : public QObject
{
    Q_OBJECT

public:
    explicit EditSession(DashboardState &state, QObject *parent = nullptr);
    ~EditSession() override;

    QUndoStack *undoStack() const { return m_stack; }
    bool canEdit() const;
    // A context over the open database for forms (their choices and starting values); null when
    // no database is open.
    std::unique_ptr<EditContext> context() const;

    // Checks without writing (a form shows the problems next to its fields).
    EditProblems check(EditCommand &command) const;
    // Why saving the command now would be refused because someone else changed its facts, or empty.
    QString conflict(EditCommand &command) const;
    // Applies and keeps the command; on problems nothing is written and the command is dropped.
    EditProblems submit(std::unique_ptr<EditCommand> command);

    // Why the next Undo is refused (a seal or correction an export has shown since), or empty.
    QString undoRefusal() const;
    bool canUndo() const;
    // Undoes the last edit, unless it has become permanent: then editFailed says why and nothing
    // changes (the stack stays as it is; what is below a permanent edit stays too).
    void undo();

signals:
    void canEditChanged(bool canEdit);
    // An undo or redo could not be written (someone else changed the same facts meanwhile).
    void editFailed(const QString &message);

private:
    DashboardState &m_state;
    QUndoStack *m_stack = nullptr;
};

} // namespace kai::edit
