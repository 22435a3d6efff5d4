// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DomainTypes.h"
#include "review/ReviewNote.h"

#include <QHash>
#include <QObject>

namespace kai {
class DashboardState;
}

namespace kai::edit {
class EditSession;
}

namespace kai::ui {

class EditDialog;

// Accepting a reviewer's correction: opens the edit form of the note's item with the proposed
// value filled in (review::CorrectionPlan says which form and which fields); for a result of a
// sealed round, the correction form, its reason drafted from the note's text. The edit's change-log
// rows name the note and its reviewer; once the form saves, the note is resolved, which the change
// log records too. Nothing is written if the form is cancelled.
class CorrectionAcceptor : public QObject
{
    Q_OBJECT

public:
    CorrectionAcceptor(edit::EditSession &session, const DashboardState &state, QWidget &window);

    // The prefilled form (not shown; owned by the window), or null with *refusal set.
    EditDialog *createDialog(const review::MergedNote &note, QString *refusal);
    // Opens the form for the merged note `noteId`; an empty string, or why there is none.
    QString accept(qint64 noteId);

private:
    static void prefill(EditDialog &dialog, const QHash<QString, QString> &fields, domain::Language language);
    void resolveWhenSaved(EditDialog *dialog, const review::MergedNote &note);

    edit::EditSession &m_session;
    const DashboardState &m_state;
    QWidget &m_window;
};

} // namespace kai::ui
