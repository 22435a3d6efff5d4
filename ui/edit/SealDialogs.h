// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edit/EditDialog.h"
#include "edit/SealEdits.h"

class QCheckBox;
class QComboBox;
class QLabel;

namespace kai::ui {

// Seals a round whose results are all announced. The note under the form says what sealing means:
// from then on the results change only through corrections; Undo takes the seal back until an
// export shows it.
class SealRoundDialog : public EditDialog
{
    Q_OBJECT

public:
    SealRoundDialog(edit::EditSession &session, const DashboardState &state, qint64 stageId, QWidget *parent = nullptr);

protected:
    std::unique_ptr<edit::EditCommand> buildCommand() override;

private:
    void loadRound();

    QComboBox *m_stage;
    QDateEdit *m_sealedOn;
};

// Records a correction of a sealed result: the result (a team in a sealed round), the corrected
// outcome, rank and total, the day it is recorded, a mandatory reason in Korean and/or English,
// an internal note and the source. Starts from the values the views show now.
class CorrectionDialog : public EditDialog
{
    Q_OBJECT

public:
    // stageId/consortiumId choose the result shown first (0: the first sealed result).
    CorrectionDialog(edit::EditSession &session, const DashboardState &state, qint64 stageId, qint64 consortiumId,
                     QWidget *parent = nullptr);

    // How many results can be corrected (those of sealed rounds).
    int resultCount() const;

protected:
    std::unique_ptr<edit::EditCommand> buildCommand() override;

private:
    void loadResult();

    QComboBox *m_result;
    QComboBox *m_outcome;
    QLineEdit *m_rank;
    QLineEdit *m_total;
    QCheckBox *m_confidential;
    QDateEdit *m_recordedOn;
    QLineEdit *m_reasonKo;
    QLineEdit *m_reasonEn;
    QLineEdit *m_note;
};

// Records a correction of one criterion score of a sealed round: the team's result, the criterion,
// the corrected points (or passed/failed for a gate), the day it is recorded, a mandatory reason in
// Korean and/or English, an internal note and the source. Starts from the score the views show now.
class CriterionCorrectionDialog : public EditDialog
{
    Q_OBJECT

public:
    // stageId/consortiumId choose the result shown first (0: the first sealed result).
    CriterionCorrectionDialog(edit::EditSession &session, const DashboardState &state, qint64 stageId,
                              qint64 consortiumId, QWidget *parent = nullptr);

    // How many results have scores that can be corrected (those of sealed rounds).
    int resultCount() const;

protected:
    std::unique_ptr<edit::EditCommand> buildCommand() override;

private:
    void loadCriteria();
    void loadScore();
    void offerMatchingTotal();
    edit::CriterionCorrectionForm currentForm();
    edit::CriterionCorrectionForm enteredForm();

    QComboBox *m_result;
    QComboBox *m_criterion;
    QLineEdit *m_points;
    QCheckBox *m_matchTotal;
    QComboBox *m_verdict;
    QCheckBox *m_confidential;
    QDateEdit *m_recordedOn;
    QLineEdit *m_reasonKo;
    QLineEdit *m_reasonEn;
    QLineEdit *m_note;
};

} // namespace kai::ui
