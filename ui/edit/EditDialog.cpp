// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/EditDialog.h"

#include "DashboardState.h"
#include "edit/EditCommand.h"
#include "edit/EditContext.h"
#include "edit/EditSession.h"
#include "edit/SourcePicker.h"
#include "items/DisplayFormat.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kai::ui {

namespace {
QLabel *problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    label->setVisible(false);
    return label;
}
} // namespace

EditDialog::EditDialog(edit::EditSession &session, const DashboardState &state, QWidget *parent)
    : QDialog(parent), m_session(session), m_state(state), m_context(session.context()),
      m_layout(new QVBoxLayout(this)), m_form(new QFormLayout), m_general(problemLabel(this)),
      m_reason(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    m_general->setObjectName(QStringLiteral("generalProblems"));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("Optional: why, for the change history"));
    m_layout->addWidget(m_general);
    m_layout->addLayout(m_form);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_state, &DashboardState::changedElsewhere, this, &EditDialog::noticeChangeElsewhere);
}

EditDialog::~EditDialog() = default;

QDateEdit *EditDialog::dateEdit(const QDate &date)
{
    auto *edit = new QDateEdit(this);
    edit->setCalendarPopup(true);
    edit->setLocale(DisplayFormat::localeFor(m_state.language()));
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setDate(date.isValid() ? date : m_state.asOf());
    return edit;
}

std::optional<double> EditDialog::number(const QString &text) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    double value = DisplayFormat::localeFor(m_state.language()).toDouble(trimmed, &ok);
    if (!ok)
        value = QLocale::c().toDouble(trimmed, &ok);
    return ok ? std::optional<double>(value) : std::optional<double>(-1.0);
}

void EditDialog::addField(const QString &field, const QString &label, QWidget *widget)
{
    widget->setObjectName(field);
    widget->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    auto *cell = new QWidget(this);
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(widget);
    QLabel *problem = problemLabel(cell);
    problem->setObjectName(QStringLiteral("problem:") + field);
    column->addWidget(problem);
    m_problemLabels.insert(field, problem);
    m_form->addRow(label, cell);
}

void EditDialog::addProblemLine(const QString &field, QVBoxLayout *layout)
{
    QLabel *problem = problemLabel(this);
    problem->setObjectName(QStringLiteral("problem:") + field);
    m_problemLabels.insert(field, problem);
    layout->addWidget(problem);
}

void EditDialog::addSourcePicker(bool forNewFact)
{
    m_source = new SourcePicker(m_state, forNewFact, this);
    addField(QStringLiteral("source"), tr("&Source:"), m_source);
    for (const QString &field : {QStringLiteral("source.title"), QStringLiteral("source.confidence")})
        addProblemLine(field, m_source->problemLayout());
}

void EditDialog::finishLayout()
{
    m_form->addRow(tr("&Reason:"), m_reason);
    m_layout->addWidget(m_buttons);
}

QString EditDialog::problemText(const QString &field) const
{
    const QLabel *label = m_problemLabels.value(field);
    return label && label->isVisible() ? label->text() : QString();
}

QString EditDialog::generalProblemText() const
{
    return m_general->isVisible() ? m_general->text() : QString();
}

void EditDialog::showProblems(const edit::EditProblems &problems)
{
    QStringList general;
    for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it) {
        const QString text = edit::problemFor(problems, it.key());
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
    }
    for (const edit::EditProblem &problem : problems) {
        if (!m_problemLabels.contains(problem.field))
            general << problem.message;
    }
    m_general->setText(general.join(QLatin1Char('\n')));
    m_general->setVisible(!general.isEmpty());
}

std::unique_ptr<edit::EditCommand> EditDialog::commandWithSource()
{
    std::unique_ptr<edit::EditCommand> command = buildCommand();
    if (m_source)
        command->setSource(m_source->choice());
    return command;
}

void EditDialog::noticeChangeElsewhere()
{
    std::unique_ptr<edit::EditCommand> command = commandWithSource();
    if (const QString conflict = m_session.conflict(*command); !conflict.isEmpty()) {
        m_general->setText(conflict);
        m_general->setVisible(true);
    }
}

bool EditDialog::save()
{
    std::unique_ptr<edit::EditCommand> command = commandWithSource();
    // Where the edit came from (a review note) stays in the change log whatever is typed as reason.
    const QString typed = m_reason->text().trimmed();
    command->setReason(m_origin.isEmpty() ? typed : typed.isEmpty() ? m_origin : m_origin + QStringLiteral(" — ") + typed);
    edit::EditProblems problems = m_session.check(*command);
    if (problems.isEmpty())
        problems = m_session.submit(std::move(command));
    showProblems(problems);
    if (!problems.isEmpty())
        return false;
    accept();
    return true;
}

} // namespace kai::ui
