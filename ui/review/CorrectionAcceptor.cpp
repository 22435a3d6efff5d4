// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/CorrectionAcceptor.h"

#include "DashboardState.h"
#include "edit/FactDialogs.h"
#include "edit/RoundResultsDialog.h"
#include "edit/SealDialogs.h"
#include "items/DisplayFormat.h"
#include "review/CorrectionPlan.h"
#include "review/NotesBook.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>

namespace kai::ui {

using review::CorrectionPlan;

CorrectionAcceptor::CorrectionAcceptor(edit::EditSession &session, const DashboardState &state, QWidget &window)
    : QObject(&window), m_session(session), m_state(state), m_window(window)
{
}

EditDialog *CorrectionAcceptor::createDialog(const review::MergedNote &note, QString *refusal)
{
    const CorrectionPlan plan = CorrectionPlan::of(note, m_state.snapshot());
    EditDialog *dialog = nullptr;
    switch (plan.form) {
    case CorrectionPlan::Form::None: *refusal = plan.refusal; return nullptr;
    case CorrectionPlan::Form::StageDates:
        dialog = new StageDatesDialog(m_session, m_state, plan.stageId, false, &m_window);
        break;
    case CorrectionPlan::Form::RoundResults: dialog = new RoundResultsDialog(m_session, m_state, plan.stageId, &m_window); break;
    case CorrectionPlan::Form::Correction:
        dialog = new CorrectionDialog(m_session, m_state, plan.stageId, plan.consortiumId, &m_window);
        break;
    }
    QHash<QString, QString> fields = plan.fields;
    // The reviewer's words start the correction's published reason, in the language they chose to
    // work in; the official rewords them as needed.
    if (!plan.reasonDraft.isEmpty())
        fields.insert(m_state.language() == domain::Language::Korean ? QStringLiteral("reasonKo") : QStringLiteral("reasonEn"),
                      plan.reasonDraft);
    prefill(*dialog, fields, m_state.language());
    dialog->setOrigin(tr("From review note %1 by %2").arg(note.note.uid, note.note.reviewer));
    resolveWhenSaved(dialog, note);
    return dialog;
}

QString CorrectionAcceptor::accept(qint64 noteId)
{
    const QVector<review::MergedNote> &notes = review::NotesBook::of(m_state).notes();
    const auto note = std::find_if(notes.cbegin(), notes.cend(), [noteId](const review::MergedNote &n) { return n.id == noteId; });
    if (noteId == 0 || note == notes.cend())
        return tr("Only a merged note can be accepted.");
    QString refusal;
    EditDialog *dialog = createDialog(*note, &refusal);
    if (!dialog)
        return refusal;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return {};
}

void CorrectionAcceptor::resolveWhenSaved(EditDialog *dialog, const review::MergedNote &note)
{
    const qint64 id = note.id;
    const QString reason = tr("Correction accepted: %1").arg(note.note.proposedValue);
    connect(dialog, &QDialog::accepted, this, [this, id, reason] {
        review::NotesBook::of(m_state).close(id, review::MergedNote::Status::Resolved, reason);
    });
}

// Selecting fields first (a choice reloads the form), then switches (they enable dates), then values.
void CorrectionAcceptor::prefill(EditDialog &dialog, const QHash<QString, QString> &fields, domain::Language language)
{
    QStringList names = fields.keys();
    const auto order = [&dialog](const QString &name) {
        QWidget *widget = dialog.findChild<QWidget *>(name);
        return qobject_cast<QComboBox *>(widget) ? 0 : qobject_cast<QCheckBox *>(widget) ? 1 : 2;
    };
    std::stable_sort(names.begin(), names.end(), [&order](const QString &a, const QString &b) { return order(a) < order(b); });
    const QLocale locale = DisplayFormat::localeFor(language);
    for (const QString &name : std::as_const(names)) {
        const QString value = fields.value(name);
        QWidget *widget = dialog.findChild<QWidget *>(name);
        if (auto *box = qobject_cast<QComboBox *>(widget)) {
            const int index = box->findData(value.toLongLong());
            box->setCurrentIndex(index >= 0 ? index : box->findData(value.toInt()));
        } else if (auto *check = qobject_cast<QCheckBox *>(widget)) {
            check->setChecked(value == QLatin1String("1"));
        } else if (auto *date = qobject_cast<QDateEdit *>(widget)) {
            if (const QDate parsed = QDate::fromString(value, Qt::ISODate); parsed.isValid())
                date->setDate(parsed);
        } else if (auto *line = qobject_cast<QLineEdit *>(widget)) {
            bool number = false;
            const double parsed = value.toDouble(&number);
            line->setText(number ? locale.toString(parsed, 'g', 10) : value);
        }
    }
}

} // namespace kai::ui
