// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edit/EditDialog.h"
#include "edit/RoundEdits.h"

class QComboBox;
class QTableWidget;

namespace kai::ui {

// Records a round's results for every team at once: outcome, rank, a score for each criterion of
// the round, total, confidential marks and the announcement date.
class RoundResultsDialog : public EditDialog
{
    Q_OBJECT

public:
    RoundResultsDialog(edit::EditSession &session, const DashboardState &state, qint64 stageId, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

protected:
    std::unique_ptr<edit::EditCommand> buildCommand() override;
    void showProblems(const edit::EditProblems &problems) override;

private:
    void fillTable();
    std::optional<double> numberAt(int row, const QString &prefix, qint64 criterionId = 0) const;

    edit::RoundResultsForm m_base;
    QVector<domain::Criterion> m_criteria;
    QTableWidget *m_table;
    QDateEdit *m_evaluatedOn;
    QDateEdit *m_announcedOn;
};

// Defines a round's criteria and their weights (maximum points); gates are pass/fail.
class RoundCriteriaDialog : public EditDialog
{
    Q_OBJECT

public:
    RoundCriteriaDialog(edit::EditSession &session, const DashboardState &state, qint64 stageId, QWidget *parent = nullptr);

protected:
    std::unique_ptr<edit::EditCommand> buildCommand() override;

private:
    void addRow(const edit::CriterionForm &criterion);

    edit::RoundCriteriaForm m_base;
    QTableWidget *m_table;
};

} // namespace kai::ui
