// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/EditActions.h"

#include "DashboardState.h"
#include "edit/DisplayNameDialog.h"
#include "edit/EditSession.h"
#include "edit/FactDialogs.h"
#include "edit/RoundResultsDialog.h"
#include "edit/SealDialogs.h"

#include <QAction>
#include <algorithm>
#include <QDialog>
#include <QMenu>
#include <QMessageBox>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace kai::ui {

namespace {
constexpr int KindCount = int(EditActions::Kind::CorrectCriterionScore) + 1;

qint64 contextId(ViewPage *page, const char *key)
{
    return page ? page->editContext().value(QString::fromLatin1(key)).toLongLong() : 0;
}

// Outside the Rounds view: the first round still waiting for its result, else the last round.
qint64 defaultRound(const domain::ProgramSnapshot &snapshot)
{
    qint64 last = 0;
    for (const domain::Stage &stage : snapshot.stages) {
        if (!stage.isRound())
            continue;
        const auto results = snapshot.resultsOfStage(stage.id);
        if (results.isEmpty())
            continue;
        last = stage.id;
        if (std::any_of(results.cbegin(), results.cend(),
                        [](const domain::RoundResult *r) { return r->outcome == domain::Outcome::Pending; }))
            return stage.id;
    }
    return last;
}
} // namespace

EditActions::EditActions(edit::EditSession &session, DashboardState &state, QWidget &window)
    : QObject(&window), m_session(session), m_state(state), m_window(window), m_undo(new QAction(this)),
      m_redo(new QAction(this)), m_history(new QAction(this)), m_reload(new QAction(this)),
      m_displayName(new QAction(this))
{
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_undo->setShortcut(QKeySequence::Undo);
    // Ctrl+Shift+Z everywhere, and Ctrl+Y as Windows users expect.
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_reload->setShortcut(QKeySequence(Qt::Key_F5));
    m_reload->setObjectName(QStringLiteral("reloadAction"));
    QUndoStack *stack = m_session.undoStack();
    connect(m_undo, &QAction::triggered, &m_session, &edit::EditSession::undo);
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::indexChanged, this, &EditActions::updateUndoTexts);
    connect(stack, &QUndoStack::cleanChanged, this, &EditActions::updateUndoTexts);
    connect(m_history, &QAction::triggered, this, &EditActions::showHistory);
    connect(m_reload, &QAction::triggered, &m_state, &DashboardState::reload);
    m_displayName->setObjectName(QStringLiteral("displayNameAction"));
    connect(m_displayName, &QAction::triggered, this, [this] {
        auto *dialog = new DisplayNameDialog(&m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    for (int kind = 0; kind < KindCount; ++kind) {
        auto *action = new QAction(this);
        action->setObjectName(QStringLiteral("editAction%1").arg(kind));
        connect(action, &QAction::triggered, this, [this, kind] { open(Kind(kind)); });
        m_actions.append(action);
    }
    connect(&m_session, &edit::EditSession::canEditChanged, this, &EditActions::updateEnabled);
    connect(&m_session, &edit::EditSession::editFailed, this, [this](const QString &message) {
        // Window-modal and not waiting: Ctrl+Z may have been pressed while the menu was closed.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("The edit could not be written"), message, QMessageBox::Ok, &m_window);
        box->setObjectName(QStringLiteral("editFailedMessage"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        updateUndoTexts();
    });
    retranslate();
    updateEnabled();
}

void EditActions::addTo(QMenu *menu)
{
    // An export since the last edit may have made it permanent: look again before the menu shows.
    connect(menu, &QMenu::aboutToShow, this, &EditActions::updateUndoTexts);
    menu->addAction(m_undo);
    menu->addAction(m_redo);
    menu->addAction(m_history);
    menu->addAction(m_displayName);
    menu->addSeparator();
    for (QAction *action : std::as_const(m_actions))
        menu->addAction(action);
}

QVector<ViewId> EditActions::viewsOf(Kind kind)
{
    switch (kind) {
    case Kind::AddConsortium:
    case Kind::AddOrganisation:
    case Kind::EditOrganisation:
    case Kind::MemberJoins:
    case Kind::MemberLeaves:
    case Kind::RecordRelease: return {ViewId::Consortia};
    case Kind::AddStage:
    case Kind::ChangeStageDates:
    case Kind::MarkStageAnnounced: return {ViewId::Timeline};
    case Kind::RecordRoundResults:
    case Kind::DefineRoundCriteria:
    case Kind::SealRound:
    case Kind::RecordCorrection:
    case Kind::CorrectCriterionScore: return {ViewId::Rounds, ViewId::Overview};
    case Kind::AddAllocation:
    case Kind::EndAllocation: return {ViewId::Gpu, ViewId::Consortia};
    case Kind::AddSource: break;
    }
    return {ViewId::Overview, ViewId::Consortia, ViewId::Timeline, ViewId::Gpu, ViewId::Rounds};
}

QList<QAction *> EditActions::actionsFor(ViewId view) const
{
    QList<QAction *> actions;
    for (int kind = 0; kind < KindCount; ++kind) {
        if (viewsOf(Kind(kind)).contains(view))
            actions.append(m_actions.at(kind));
    }
    return actions;
}

void EditActions::setCurrentView(ViewId view, ViewPage *page)
{
    m_view = view;
    m_page = page;
    updateEnabled();
}

void EditActions::updateEnabled()
{
    // A read-only database shows no edit actions at all, not greyed-out promises.
    const bool canEdit = m_session.canEdit();
    for (int kind = 0; kind < KindCount; ++kind) {
        m_actions.at(kind)->setEnabled(canEdit);
        m_actions.at(kind)->setVisible(canEdit && viewsOf(Kind(kind)).contains(m_view));
    }
    m_undo->setVisible(canEdit);
    m_redo->setVisible(canEdit);
    m_history->setVisible(canEdit);
    m_displayName->setVisible(canEdit);
    updateUndoTexts();
}

void EditActions::updateUndoTexts()
{
    const QUndoStack *stack = m_session.undoStack();
    const QString refusal = m_session.undoRefusal();
    m_undo->setEnabled(stack->canUndo() && refusal.isEmpty());
    m_undo->setStatusTip(refusal);
    m_redo->setEnabled(stack->canRedo());
    m_undo->setText(stack->canUndo() && refusal.isEmpty() ? tr("&Undo: %1").arg(stack->undoText()) : tr("&Undo"));
    m_undo->setToolTip(refusal.isEmpty() ? QString() : refusal);
    m_redo->setText(stack->canRedo() ? tr("&Redo: %1").arg(stack->redoText()) : tr("&Redo"));
}

void EditActions::retranslate()
{
    m_history->setText(tr("Edit &History"));
    m_reload->setText(tr("&Reload"));
    m_displayName->setText(tr("Your &Name in the Change Log…"));
    const QStringList texts{tr("Add &Consortium…"),
                            tr("Add &Organisation…"),
                            tr("&Edit Organisation…"),
                            tr("Member &Joins…"),
                            tr("Member &Leaves…"),
                            tr("Record Model &Release…"),
                            tr("Add &Stage…"),
                            tr("Change Stage &Dates…"),
                            tr("&Mark Stage Announced…"),
                            tr("Record Round &Results…"),
                            tr("Define Round &Criteria…"),
                            tr("Add &GPU Allocation…"),
                            tr("E&nd GPU Allocation…"),
                            tr("Add &Source…"),
                            tr("Se&al Round Results…"),
                            tr("Record Correc&tion…"),
                            tr("Correct Cr&iterion Score…")};
    for (int kind = 0; kind < KindCount; ++kind)
        m_actions.at(kind)->setText(texts.at(kind));
    updateUndoTexts();
    if (m_historyDialog)
        m_historyDialog->setWindowTitle(tr("Edit History"));
}

QDialog *EditActions::createDialog(Kind kind)
{
    const qint64 consortium = contextId(m_page, "consortium");
    qint64 stage = contextId(m_page, "stage");
    if (!stage && (kind == Kind::RecordRoundResults || kind == Kind::DefineRoundCriteria))
        stage = defaultRound(m_state.snapshot());
    switch (kind) {
    case Kind::AddConsortium: return new ConsortiumDialog(m_session, m_state, &m_window);
    case Kind::AddOrganisation: return new OrganisationDialog(m_session, m_state, 0, &m_window);
    case Kind::EditOrganisation: {
        const qint64 organisation = contextId(m_page, "organisation");
        if (!organisation) {
            QMessageBox::information(&m_window, tr("Edit Organisation"), tr("Select a member in the consortium's detail panel first."));
            return nullptr;
        }
        return new OrganisationDialog(m_session, m_state, organisation, &m_window);
    }
    case Kind::MemberJoins: return new MemberJoinsDialog(m_session, m_state, consortium, &m_window);
    case Kind::MemberLeaves: return new MemberLeavesDialog(m_session, m_state, consortium, &m_window);
    case Kind::RecordRelease: return new ReleaseDialog(m_session, m_state, consortium, &m_window);
    case Kind::AddStage: return new StageDialog(m_session, m_state, &m_window);
    case Kind::ChangeStageDates: return new StageDatesDialog(m_session, m_state, stage, false, &m_window);
    case Kind::MarkStageAnnounced: return new StageDatesDialog(m_session, m_state, stage, true, &m_window);
    case Kind::RecordRoundResults:
    case Kind::DefineRoundCriteria: {
        if (!stage) {
            QMessageBox::information(&m_window, tr("Rounds"), tr("Choose a round in the Rounds view first."));
            return nullptr;
        }
        if (kind == Kind::RecordRoundResults)
            return new RoundResultsDialog(m_session, m_state, stage, &m_window);
        return new RoundCriteriaDialog(m_session, m_state, stage, &m_window);
    }
    case Kind::AddAllocation: return new AllocationDialog(m_session, m_state, consortium, &m_window);
    case Kind::EndAllocation: return new EndAllocationDialog(m_session, m_state, consortium, &m_window);
    case Kind::AddSource: return new SourceDialog(m_session, m_state, &m_window);
    case Kind::SealRound: return new SealRoundDialog(m_session, m_state, contextId(m_page, "stage"), &m_window);
    case Kind::RecordCorrection: {
        auto *dialog = new CorrectionDialog(m_session, m_state, contextId(m_page, "stage"), 0, &m_window);
        if (dialog->resultCount() == 0) {
            delete dialog;
            QMessageBox::information(&m_window, tr("Record Correction"),
                                     tr("No round is sealed yet: a correction is recorded for a result of a sealed round."));
            return nullptr;
        }
        return dialog;
    }
    case Kind::CorrectCriterionScore: {
        auto *dialog = new CriterionCorrectionDialog(m_session, m_state, contextId(m_page, "stage"), 0, &m_window);
        if (dialog->resultCount() == 0) {
            delete dialog;
            QMessageBox::information(&m_window, tr("Correct Criterion Score"),
                                     tr("No round with criterion scores is sealed yet: a criterion score is corrected "
                                        "once its round is sealed."));
            return nullptr;
        }
        return dialog;
    }
    }
    return nullptr;
}

void EditActions::open(Kind kind)
{
    if (!m_session.canEdit())
        return;
    QDialog *dialog = createDialog(kind);
    if (!dialog)
        return;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void EditActions::showHistory()
{
    if (!m_historyDialog) {
        m_historyDialog = new QDialog(&m_window);
        m_historyDialog->setObjectName(QStringLiteral("editHistory"));
        auto *view = new QUndoView(m_session.undoStack(), m_historyDialog);
        view->setObjectName(QStringLiteral("undoView"));
        view->setEmptyLabel(tr("<opened>"));
        auto *layout = new QVBoxLayout(m_historyDialog);
        layout->addWidget(view);
        m_historyDialog->resize(420, 360);
        m_historyDialog->setWindowTitle(tr("Edit History"));
    }
    m_historyDialog->show();
    m_historyDialog->raise();
}

} // namespace kai::ui
