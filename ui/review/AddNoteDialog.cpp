// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/AddNoteDialog.h"

#include "DashboardState.h"
#include "review/ItemValueReader.h"
#include "review/NoteListModel.h"
#include "review/NotesBook.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace kai::ui {

using review::NoteKind;

AddNoteDialog::AddNoteDialog(const DashboardState &state, const review::ReviewItemKey &key, QWidget *parent)
    : QDialog(parent), m_state(state), m_key(key)
{
    setObjectName(QStringLiteral("addNoteDialog"));
    setWindowTitle(tr("Add Review Note"));
    auto *form = new QFormLayout(this);
    const review::NoteListModel names(state);
    auto *item = new QLabel(names.itemText(key.toString()), this);
    item->setWordWrap(true);
    form->addRow(tr("Item:"), item);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("noteKind"));
    for (const NoteKind kind : {NoteKind::Question, NoteKind::Correction, NoteKind::Confirmed})
        m_kind->addItem(review::NoteListModel::kindText(kind), int(kind));
    form->addRow(tr("&Kind:"), m_kind);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("noteText"));
    m_text->setTabChangesFocus(true);
    form->addRow(tr("&Note:"), m_text);
    m_proposed = new QLineEdit(this);
    m_proposed->setObjectName(QStringLiteral("proposedValue"));
    form->addRow(tr("&Proposed value:"), m_proposed);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("noteProblem"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AddNoteDialog::updateProposed);
    updateProposed();
}

void AddNoteDialog::updateProposed()
{
    const bool correction = NoteKind(m_kind->currentData().toInt()) == NoteKind::Correction;
    m_proposed->setEnabled(correction);
    // A correction starts from the item's value as the database states it ("total=87.5; ..."), so
    // the reviewer changes what is wrong and the office's form can be filled from it.
    if (correction && m_proposed->text().isEmpty())
        m_proposed->setText(currentValue());
}

QString AddNoteDialog::currentValue() const
{
    store::Database *database = m_state.database();
    if (!database)
        return {};
    try {
        return review::ItemValueReader(database->sql()).valueOf(m_key).value_or(QString());
    } catch (const store::StoreError &) {
        return {};  // the reviewer types the value instead
    }
}

void AddNoteDialog::accept()
{
    const QString error = review::NotesBook::of(m_state).add(m_key, NoteKind(m_kind->currentData().toInt()),
                                                             m_text->toPlainText(), m_proposed->text());
    if (!error.isEmpty()) {
        m_problem->setText(error);
        m_problem->setVisible(true);
        return;  // nothing written; the reader fixes the field
    }
    QDialog::accept();
}

} // namespace kai::ui
