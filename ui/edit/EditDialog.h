// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edit/EditProblem.h"

#include <QDate>
#include <QDialog>
#include <QHash>
#include <memory>
#include <optional>

class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace kai {
class DashboardState;
}

namespace kai::edit {
class EditCommand;
class EditContext;
class EditSession;
}

namespace kai::ui {

class SourcePicker;

// The frame of every edit form: fields in a form layout, each with a line under it where its
// problems appear in the display language, a source picker, an optional reason, and Save. Save
// builds the command, lets it check itself and submits it; the dialog closes only when the edit
// was written, so nothing is written while a problem remains.
class EditDialog : public QDialog
{
    Q_OBJECT

public:
    EditDialog(edit::EditSession &session, const DashboardState &state, QWidget *parent = nullptr);
    ~EditDialog() override;

    // Builds, checks and submits; true when written (the dialog then accepts).
    bool save();
    QString problemText(const QString &field) const;
    QString generalProblemText() const;
    // Recorded in the change log's reason of the edit, before what the user types there.
    void setOrigin(const QString &origin) { m_origin = origin; }

protected:
    // The command for what the form holds now.
    virtual std::unique_ptr<edit::EditCommand> buildCommand() = 0;

    // Adds a labelled field whose problems are shown under it.
    void addField(const QString &field, const QString &label, QWidget *widget);
    // A problem line for a field that is not a row of the form (a table cell); shown under `anchor`.
    void addProblemLine(const QString &field, QVBoxLayout *layout);
    void addSourcePicker(bool forNewFact);
    QDateEdit *dateEdit(const QDate &date = {});
    // A number as typed in the display language's convention (or with a dot); empty text: none.
    // Text that is no number comes back as -1, which the commands refuse as negative.
    std::optional<double> number(const QString &text) const;
    QFormLayout *form() const { return m_form; }
    QVBoxLayout *mainLayout() const { return m_layout; }
    edit::EditContext &context() { return *m_context; }
    const DashboardState &state() const { return m_state; }
    void finishLayout();
    // Hook for subclasses that show problems elsewhere too (table cells).
    virtual void showProblems(const edit::EditProblems &problems);

private:
    // Another client changed the server database: say now if what this form started from is gone.
    void noticeChangeElsewhere();
    std::unique_ptr<edit::EditCommand> commandWithSource();

private:
    edit::EditSession &m_session;
    const DashboardState &m_state;
    std::unique_ptr<edit::EditContext> m_context;
    QVBoxLayout *m_layout;
    QFormLayout *m_form;
    QLabel *m_general;
    SourcePicker *m_source = nullptr;
    QLineEdit *m_reason;
    QString m_origin;
    QDialogButtonBox *m_buttons;
    QHash<QString, QLabel *> m_problemLabels;
};

} // namespace kai::ui
