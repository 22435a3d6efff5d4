// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/EditSession.h"

#include "DashboardState.h"
#include "edit/EditCommand.h"
#include "edit/EditContext.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <QUndoStack>
#include <spdlog/spdlog.h>

namespace kai::edit {

EditSession::EditSession(DashboardState &state, QObject *parent)
    : QObject(parent), m_state(state), m_stack(new QUndoStack(this))
{
    connect(&m_state, &DashboardState::databaseChanged, this, [this] {
        m_stack->clear();
        emit canEditChanged(canEdit());
    });
    // Undo and redo write to the database; every view follows the reloaded snapshot.
    connect(m_stack, &QUndoStack::indexChanged, this, [this] { m_state.reload(); });
}

EditSession::~EditSession()
{
    // The stack is destroyed after this object, and clearing itself it would signal the actions and
    // the state about a session that is already gone (UBSan: a call on a half-destroyed EditSession).
    m_stack->blockSignals(true);
}

bool EditSession::canEdit() const
{
    return m_state.database() && !m_state.isReadOnly();
}

std::unique_ptr<EditContext> EditSession::context() const
{
    if (!m_state.database())
        return nullptr;
    return std::make_unique<EditContext>(*m_state.database(), m_state.language());
}

EditProblems EditSession::check(EditCommand &command) const
{
    const std::unique_ptr<EditContext> editContext = context();
    if (!editContext)
        return {{QString(), tr("No database is open.")}};
    command.setLanguage(m_state.language());
    try {
        return command.validate(*editContext);
    } catch (const store::StoreError &error) {
        return {{QString(), error.message()}};  // a server's connection lost
    }
}

QString EditSession::conflict(EditCommand &command) const
{
    if (!m_state.database())
        return {};
    command.setLanguage(m_state.language());
    return command.conflict(*m_state.database());
}

EditProblems EditSession::submit(std::unique_ptr<EditCommand> command)
{
    if (!m_state.database())
        return {{QString(), tr("No database is open.")}};
    command->setLanguage(m_state.language());
    if (EditProblems problems = command->apply(*m_state.database()); !problems.isEmpty())
        return problems;
    spdlog::info("edit saved: {}", command->text().toStdString());
    command->setErrorHandler([this](const QString &message) { emit editFailed(message); });
    m_stack->push(command.release());  // indexChanged reloads the state
    return {};
}

QString EditSession::undoRefusal() const
{
    if (!m_stack->canUndo())
        return {};
    const auto *command = dynamic_cast<const EditCommand *>(m_stack->command(m_stack->index() - 1));
    return command ? command->permanence() : QString();
}

bool EditSession::canUndo() const
{
    return m_stack->canUndo() && undoRefusal().isEmpty();
}

void EditSession::undo()
{
    if (const QString refusal = undoRefusal(); !refusal.isEmpty()) {
        spdlog::info("undo refused: {}", refusal.toStdString());
        emit editFailed(refusal);
        return;
    }
    m_stack->undo();
}

} // namespace kai::edit
