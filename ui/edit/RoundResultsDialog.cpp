// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/RoundResultsDialog.h"

#include "DashboardState.h"
#include "edit/EditContext.h"
#include "items/DisplayFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kai::ui {

using edit::TeamOutcome;

namespace {
enum Column { TeamColumn, OutcomeColumn, RankColumn, TotalColumn, ConfidentialColumn, FirstCriterionColumn };

QLineEdit *numberEdit(const QString &name, const std::optional<double> &value, const QLocale &locale)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(name);
    edit->setAccessibleName(name);
    if (value)
        edit->setText(locale.toString(*value, 'g', 10));
    return edit;
}
} // namespace

RoundResultsDialog::RoundResultsDialog(edit::EditSession &session, const DashboardState &state, qint64 stageId, QWidget *parent)
    : EditDialog(session, state, parent), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("roundResultsDialog"));
    m_base = edit::RecordRoundResultsCommand::formFor(context(), stageId);
    m_criteria = context().criteriaOf(stageId);
    setWindowTitle(tr("Record results: %1").arg(m_base.stageName));
    m_evaluatedOn = dateEdit(m_base.evaluatedOn);
    m_announcedOn = dateEdit(m_base.announcedOn);
    addField(QStringLiteral("evaluatedOn"), tr("&Evaluated on:"), m_evaluatedOn);
    addField(QStringLiteral("announcedOn"), tr("A&nnounced on:"), m_announcedOn);
    m_table->setObjectName(QStringLiteral("resultsTable"));
    m_table->setAccessibleName(tr("Results of every team"));
    mainLayout()->addWidget(m_table, 1);
    fillTable();
    for (const edit::TeamResultForm &team : std::as_const(m_base.teams)) {
        const QString id = QString::number(team.consortiumId);
        addProblemLine(QStringLiteral("rank:") + id, mainLayout());
        addProblemLine(QStringLiteral("total:") + id, mainLayout());
        for (const domain::Criterion &criterion : std::as_const(m_criteria))
            addProblemLine(QStringLiteral("score:%1:%2").arg(id).arg(criterion.id), mainLayout());
    }
    addSourcePicker(false);
    finishLayout();
    resize(900, 560);
}

void RoundResultsDialog::fillTable()
{
    const QLocale locale = DisplayFormat::localeFor(state().language());
    QStringList headers{tr("Team"), tr("Outcome"), tr("Rank"), tr("Total"), tr("Confidential total")};
    for (const domain::Criterion &criterion : std::as_const(m_criteria)) {
        headers << (criterion.maxPoints ? tr("%1 (max %2)").arg(criterion.name.in(state().language()),
                                                                DisplayFormat(state().language()).number(*criterion.maxPoints, 1))
                                        : criterion.name.in(state().language()));
    }
    m_table->setColumnCount(headers.size());
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(m_base.teams.size()));
    for (int row = 0; row < m_base.teams.size(); ++row) {
        const edit::TeamResultForm &team = m_base.teams.at(row);
        const QString id = QString::number(team.consortiumId);
        m_table->setItem(row, TeamColumn, new QTableWidgetItem(team.teamName));
        auto *outcome = new QComboBox;
        outcome->setObjectName(QStringLiteral("outcome:") + id);
        outcome->addItem(tr("Advanced"), int(TeamOutcome::Advanced));
        outcome->addItem(tr("Eliminated (below the cut line)"), int(TeamOutcome::BelowCutLine));
        outcome->addItem(tr("Failed a gate"), int(TeamOutcome::FailedGate));
        outcome->addItem(tr("Pending"), int(TeamOutcome::Pending));
        outcome->setCurrentIndex(outcome->findData(int(team.outcome)));
        m_table->setCellWidget(row, OutcomeColumn, outcome);
        m_table->setCellWidget(row, RankColumn, numberEdit(QStringLiteral("rank:") + id,
                                                           team.rank ? std::optional<double>(*team.rank) : std::nullopt, locale));
        m_table->setCellWidget(row, TotalColumn, numberEdit(QStringLiteral("total:") + id, team.total, locale));
        auto *confidential = new QCheckBox;
        confidential->setObjectName(QStringLiteral("confidential:") + id);
        confidential->setChecked(team.totalConfidential);
        m_table->setCellWidget(row, ConfidentialColumn, confidential);
        for (int c = 0; c < m_criteria.size(); ++c) {
            const domain::Criterion &criterion = m_criteria.at(c);
            const edit::ScoreEntry entry = team.scores.value(criterion.id);
            const QString name = QStringLiteral("score:%1:%2").arg(id).arg(criterion.id);
            if (criterion.isGate) {
                auto *gate = new QComboBox;
                gate->setObjectName(name);
                gate->addItem(tr("—"), -1);
                gate->addItem(tr("Passed"), 1);
                gate->addItem(tr("Failed"), 0);
                gate->setCurrentIndex(gate->findData(entry.passed ? int(*entry.passed) : -1));
                m_table->setCellWidget(row, FirstCriterionColumn + c, gate);
            } else {
                m_table->setCellWidget(row, FirstCriterionColumn + c, numberEdit(name, entry.points, locale));
            }
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

std::optional<double> RoundResultsDialog::numberAt(int row, const QString &prefix, qint64 criterionId) const
{
    const QString id = QString::number(m_base.teams.at(row).consortiumId);
    const QString name = criterionId ? QStringLiteral("%1:%2:%3").arg(prefix, id).arg(criterionId) : prefix + QLatin1Char(':') + id;
    const auto *edit = m_table->findChild<QLineEdit *>(name);
    return edit ? number(edit->text()) : std::nullopt;
}

std::unique_ptr<edit::EditCommand> RoundResultsDialog::buildCommand()
{
    edit::RoundResultsForm form = m_base;
    form.evaluatedOn = m_evaluatedOn->date();
    form.announcedOn = m_announcedOn->date();
    for (int row = 0; row < form.teams.size(); ++row) {
        edit::TeamResultForm &team = form.teams[row];
        const QString id = QString::number(team.consortiumId);
        team.outcome = TeamOutcome(m_table->findChild<QComboBox *>(QStringLiteral("outcome:") + id)->currentData().toInt());
        const std::optional<double> rank = numberAt(row, QStringLiteral("rank"));
        team.rank = rank ? std::optional<int>(int(*rank)) : std::nullopt;
        team.total = numberAt(row, QStringLiteral("total"));
        team.totalConfidential = m_table->findChild<QCheckBox *>(QStringLiteral("confidential:") + id)->isChecked();
        for (const domain::Criterion &criterion : std::as_const(m_criteria)) {
            edit::ScoreEntry &entry = team.scores[criterion.id];
            if (criterion.isGate) {
                const int passed = m_table->findChild<QComboBox *>(QStringLiteral("score:%1:%2").arg(id).arg(criterion.id))->currentData().toInt();
                entry.passed = passed < 0 ? std::nullopt : std::optional<bool>(passed == 1);
            } else {
                entry.points = numberAt(row, QStringLiteral("score"), criterion.id);
            }
        }
    }
    return std::make_unique<edit::RecordRoundResultsCommand>(form);
}

void RoundResultsDialog::showProblems(const edit::EditProblems &problems)
{
    // Problems of a table cell say which team they are about.
    edit::EditProblems named = problems;
    for (edit::EditProblem &problem : named) {
        for (const edit::TeamResultForm &team : std::as_const(m_base.teams)) {
            const QString id = QString::number(team.consortiumId);
            if (problem.field == QStringLiteral("rank:") + id || problem.field == QStringLiteral("total:") + id
                || problem.field.startsWith(QStringLiteral("score:%1:").arg(id))) {
                problem.message = tr("%1: %2").arg(team.teamName, problem.message);
            }
        }
    }
    EditDialog::showProblems(named);
}

RoundCriteriaDialog::RoundCriteriaDialog(edit::EditSession &session, const DashboardState &state, qint64 stageId, QWidget *parent)
    : EditDialog(session, state, parent), m_table(new QTableWidget(0, 5, this))
{
    setObjectName(QStringLiteral("roundCriteriaDialog"));
    m_base = edit::DefineRoundCriteriaCommand::formFor(context(), stageId);
    setWindowTitle(tr("Criteria and weights: %1").arg(m_base.stageName));
    m_table->setObjectName(QStringLiteral("criteriaTable"));
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Name (Korean)"), tr("Name (English)"), tr("Maximum points"), tr("Gate")});
    for (const edit::CriterionForm &criterion : std::as_const(m_base.criteria))
        addRow(criterion);
    auto *addButton = new QPushButton(tr("Add &criterion"), this);
    auto *removeButton = new QPushButton(tr("&Remove criterion"), this);
    connect(addButton, &QPushButton::clicked, this, [this] { addRow({}); });
    connect(removeButton, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    mainLayout()->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(removeButton);
    buttons->addStretch();
    mainLayout()->addLayout(buttons);
    for (int row = 0; row < 20; ++row) {
        for (const char *field : {"code", "nameKo", "nameEn", "maxPoints"})
            addProblemLine(QStringLiteral("%1:%2").arg(QLatin1String(field)).arg(row), mainLayout());
    }
    addSourcePicker(true);
    finishLayout();
    resize(760, 480);
}

void RoundCriteriaDialog::addRow(const edit::CriterionForm &criterion)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *code = new QTableWidgetItem(criterion.code);
    code->setData(Qt::UserRole, criterion.id);
    m_table->setItem(row, 0, code);
    m_table->setItem(row, 1, new QTableWidgetItem(criterion.nameKo));
    m_table->setItem(row, 2, new QTableWidgetItem(criterion.nameEn));
    m_table->setItem(row, 3, new QTableWidgetItem(criterion.maxPoints ? DisplayFormat::localeFor(state().language()).toString(*criterion.maxPoints) : QString()));
    auto *gate = new QTableWidgetItem;
    gate->setCheckState(criterion.isGate ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, 4, gate);
}

std::unique_ptr<edit::EditCommand> RoundCriteriaDialog::buildCommand()
{
    edit::RoundCriteriaForm form = m_base;
    form.criteria.clear();
    const QLocale locale = DisplayFormat::localeFor(state().language());
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto text = [this, row](int column) { return m_table->item(row, column) ? m_table->item(row, column)->text() : QString(); };
        edit::CriterionForm criterion;
        criterion.id = m_table->item(row, 0) ? m_table->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
        criterion.code = text(0);
        criterion.nameKo = text(1);
        criterion.nameEn = text(2);
        const std::optional<double> max = number(text(3));
        criterion.maxPoints = max;
        criterion.isGate = m_table->item(row, 4) && m_table->item(row, 4)->checkState() == Qt::Checked;
        for (const edit::CriterionForm &stored : std::as_const(m_base.criteria)) {
            if (stored.id == criterion.id)
                criterion.base = stored.base;
        }
        form.criteria.append(criterion);
    }
    return std::make_unique<edit::DefineRoundCriteriaCommand>(form);
}

} // namespace kai::ui
