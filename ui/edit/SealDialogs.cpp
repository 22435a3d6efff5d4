// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/SealDialogs.h"

#include "DashboardState.h"
#include "edit/EditContext.h"
#include "edit/SealEdits.h"
#include "items/DisplayFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace kai::ui {

using edit::TeamOutcome;

namespace {
QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("explanation"));
    label->setWordWrap(true);
    return label;
}
} // namespace

SealRoundDialog::SealRoundDialog(edit::EditSession &session, const DashboardState &state, qint64 stageId, QWidget *parent)
    : EditDialog(session, state, parent), m_stage(new QComboBox(this)), m_sealedOn(dateEdit())
{
    setObjectName(QStringLiteral("sealRoundDialog"));
    setWindowTitle(tr("Seal Round"));
    setMinimumWidth(480);
    const domain::ProgramSnapshot &program = context().program();
    for (const domain::Stage &stage : program.stages) {
        const auto results = program.resultsOfStage(stage.id);
        if (stage.isRound() && !results.isEmpty() && !results.first()->sealed)
            m_stage->addItem(stage.name.in(state.language()), stage.id);
    }
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(stageId)));
    mainLayout()->insertWidget(0, explanation(tr("Once sealed, the round's announced results change only through a "
                                                 "correction that keeps the original. Undo takes the seal back until "
                                                 "an export shows it."), this));
    addField(QStringLiteral("stage"), tr("&Round:"), m_stage);
    addField(QStringLiteral("sealedOn"), tr("&Sealed on:"), m_sealedOn);
    finishLayout();
    connect(m_stage, &QComboBox::currentIndexChanged, this, &SealRoundDialog::loadRound);
    loadRound();
}

// The day the results were announced is the earliest a seal can have.
void SealRoundDialog::loadRound()
{
    QDate announced;
    for (const domain::RoundResult *result : context().program().resultsOfStage(m_stage->currentData().toLongLong()))
        announced = std::max(announced, result->publishedOn);
    m_sealedOn->setDate(std::max(announced, state().asOf()));
}

std::unique_ptr<edit::EditCommand> SealRoundDialog::buildCommand()
{
    return std::make_unique<edit::SealRoundCommand>(
        edit::SealRoundForm{m_stage->currentData().toLongLong(), m_stage->currentText(), m_sealedOn->date()});
}

CorrectionDialog::CorrectionDialog(edit::EditSession &session, const DashboardState &state, qint64 stageId,
                                   qint64 consortiumId, QWidget *parent)
    : EditDialog(session, state, parent), m_result(new QComboBox(this)), m_outcome(new QComboBox(this)),
      m_rank(new QLineEdit(this)), m_total(new QLineEdit(this)),
      m_confidential(new QCheckBox(tr("The total is confidential"), this)), m_recordedOn(dateEdit()),
      m_reasonKo(new QLineEdit(this)), m_reasonEn(new QLineEdit(this)), m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("correctionDialog"));
    setWindowTitle(tr("Record Correction"));
    const domain::Language language = state.language();
    const domain::ProgramSnapshot &program = context().program();
    int preferred = -1;
    for (const domain::Stage &stage : program.stages) {
        for (const domain::RoundResult *result : program.resultsOfStage(stage.id)) {
            if (!result->sealed)
                continue;
            m_result->addItem(QStringLiteral("%1 · %2").arg(stage.name.in(language), program.shortNameOf(result->consortiumId).in(language)),
                              result->id);
            if (result->stageId == stageId && (result->consortiumId == consortiumId || (consortiumId == 0 && preferred < 0)))
                preferred = m_result->count() - 1;
        }
    }
    m_result->setCurrentIndex(std::max(0, preferred));
    m_outcome->addItem(tr("Advanced"), int(TeamOutcome::Advanced));
    m_outcome->addItem(tr("Eliminated (below the cut line)"), int(TeamOutcome::BelowCutLine));
    m_outcome->addItem(tr("Failed a gate"), int(TeamOutcome::FailedGate));
    m_outcome->addItem(tr("Pending"), int(TeamOutcome::Pending));
    m_reasonKo->setPlaceholderText(tr("Why the result is corrected, in Korean"));
    m_reasonEn->setPlaceholderText(tr("Why the result is corrected, in English"));
    m_note->setPlaceholderText(tr("Internal: never in press exports"));
    mainLayout()->insertWidget(0, explanation(tr("A sealed result is never overwritten: the correction is a new version "
                                                 "with its reason and source, and the original stays. Views show the "
                                                 "corrected value with a marker from the day it is recorded."), this));
    addField(QStringLiteral("result"), tr("Res&ult:"), m_result);
    addField(QStringLiteral("outcome"), tr("&Outcome:"), m_outcome);
    addField(QStringLiteral("rank"), tr("Ran&k:"), m_rank);
    addField(QStringLiteral("total"), tr("&Total score:"), m_total);
    addField(QStringLiteral("totalConfidential"), QString(), m_confidential);
    addField(QStringLiteral("recordedOn"), tr("Recor&ded on:"), m_recordedOn);
    addField(QStringLiteral("reasonKo"), tr("Correction reason (&Korean):"), m_reasonKo);
    addField(QStringLiteral("reasonEn"), tr("Correction reason (&English):"), m_reasonEn);
    addField(QStringLiteral("note"), tr("Internal &note:"), m_note);
    addSourcePicker(true);
    finishLayout();
    connect(m_result, &QComboBox::currentIndexChanged, this, &CorrectionDialog::loadResult);
    loadResult();
}

int CorrectionDialog::resultCount() const
{
    return m_result->count();
}

void CorrectionDialog::loadResult()
{
    const edit::CorrectionForm form = edit::RecordCorrectionCommand::formFor(context(), m_result->currentData().toLongLong());
    const QLocale locale = DisplayFormat::localeFor(state().language());
    m_outcome->setCurrentIndex(std::max(0, m_outcome->findData(int(form.teamOutcome()))));
    m_rank->setText(form.rank ? locale.toString(*form.rank) : QString());
    m_total->setText(form.total ? locale.toString(*form.total, 'g', 10) : QString());
    m_confidential->setChecked(form.totalConfidential);
}

std::unique_ptr<edit::EditCommand> CorrectionDialog::buildCommand()
{
    edit::CorrectionForm form = edit::RecordCorrectionCommand::formFor(context(), m_result->currentData().toLongLong());
    form.chooseOutcome(TeamOutcome(m_outcome->currentData().toInt()));
    const std::optional<double> rank = number(m_rank->text());
    form.rank = rank ? std::optional<int>(int(*rank)) : std::nullopt;
    form.total = number(m_total->text());
    form.totalConfidential = m_confidential->isChecked();
    form.recordedOn = m_recordedOn->date();
    form.reason = {m_reasonKo->text(), m_reasonEn->text()};
    // The note is kept in the language it was typed in.
    const QString note = m_note->text();
    form.note = state().language() == domain::Language::Korean ? domain::BilingualText{note, {}} : domain::BilingualText{{}, note};
    return std::make_unique<edit::RecordCorrectionCommand>(form);
}

CriterionCorrectionDialog::CriterionCorrectionDialog(edit::EditSession &session, const DashboardState &state,
                                                     qint64 stageId, qint64 consortiumId, QWidget *parent)
    : EditDialog(session, state, parent), m_result(new QComboBox(this)), m_criterion(new QComboBox(this)),
      m_points(new QLineEdit(this)), m_matchTotal(new QCheckBox(this)), m_verdict(new QComboBox(this)),
      m_confidential(new QCheckBox(tr("The score is confidential"), this)), m_recordedOn(dateEdit()),
      m_reasonKo(new QLineEdit(this)), m_reasonEn(new QLineEdit(this)), m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("criterionCorrectionDialog"));
    setWindowTitle(tr("Correct Criterion Score"));
    const domain::Language language = state.language();
    const domain::ProgramSnapshot &program = context().program();
    int preferred = -1;
    for (const domain::Stage &stage : program.stages) {
        const auto results = program.resultsOfStage(stage.id);
        if (results.isEmpty() || !results.first()->sealed || context().criteriaOf(stage.id).isEmpty())
            continue;
        for (const domain::RoundResult *result : results) {
            m_result->addItem(QStringLiteral("%1 · %2").arg(stage.name.in(language), program.shortNameOf(result->consortiumId).in(language)),
                              result->id);
            if (result->stageId == stageId && (result->consortiumId == consortiumId || (consortiumId == 0 && preferred < 0)))
                preferred = m_result->count() - 1;
        }
    }
    m_result->setCurrentIndex(std::max(0, preferred));
    m_verdict->addItem(tr("Passed"), 1);
    m_verdict->addItem(tr("Failed"), 0);
    // Points for a scored criterion, a verdict for a gate: one row, whichever the criterion needs.
    auto *score = new QWidget(this);
    auto *scoreLayout = new QHBoxLayout(score);
    scoreLayout->setContentsMargins(0, 0, 0, 0);
    scoreLayout->addWidget(m_points);
    scoreLayout->addWidget(m_verdict);
    m_reasonKo->setPlaceholderText(tr("Why the score is corrected, in Korean"));
    m_reasonEn->setPlaceholderText(tr("Why the score is corrected, in English"));
    m_note->setPlaceholderText(tr("Internal: never in press exports"));
    mainLayout()->insertWidget(0, explanation(tr("A sealed round's scores are never overwritten: the correction is a new "
                                                 "version with its reason and source, and the original stays. Views show "
                                                 "the corrected score with a marker from the day it is recorded."), this));
    addField(QStringLiteral("result"), tr("Res&ult:"), m_result);
    addField(QStringLiteral("criterion"), tr("&Criterion:"), m_criterion);
    addField(QStringLiteral("points"), tr("Corrected &score:"), score);
    m_points->setObjectName(QStringLiteral("pointsValue"));
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_points->setAccessibleName(score->accessibleName());
    m_verdict->setAccessibleName(score->accessibleName());
    addField(QStringLiteral("confidential"), QString(), m_confidential);
    // The weighted total is the criteria's sum: correcting both in one step keeps them from
    // contradicting each other (and one Undo takes both back).
    m_matchTotal->setChecked(true);
    addField(QStringLiteral("matchingTotal"), QString(), m_matchTotal);
    addField(QStringLiteral("recordedOn"), tr("Recor&ded on:"), m_recordedOn);
    addField(QStringLiteral("reasonKo"), tr("Correction reason (&Korean):"), m_reasonKo);
    addField(QStringLiteral("reasonEn"), tr("Correction reason (&English):"), m_reasonEn);
    addField(QStringLiteral("note"), tr("Internal &note:"), m_note);
    addSourcePicker(true);
    finishLayout();
    connect(m_result, &QComboBox::currentIndexChanged, this, &CriterionCorrectionDialog::loadCriteria);
    connect(m_criterion, &QComboBox::currentIndexChanged, this, &CriterionCorrectionDialog::loadScore);
    connect(m_points, &QLineEdit::textChanged, this, &CriterionCorrectionDialog::offerMatchingTotal);
    loadCriteria();
}

int CriterionCorrectionDialog::resultCount() const
{
    return m_result->count();
}

// The criteria this team was scored on, in the round's order.
void CriterionCorrectionDialog::loadCriteria()
{
    const QSignalBlocker blocker(m_criterion);
    const qint64 previous = m_criterion->currentData().toLongLong();
    m_criterion->clear();
    const qint64 resultId = m_result->currentData().toLongLong();
    for (const domain::RoundResult &result : context().program().results) {
        if (result.id != resultId)
            continue;
        const domain::RoundDetails details = context().roundDetails(result.stageId);
        for (const domain::Criterion &criterion : details.criteria) {
            if (details.score(result.consortiumId, criterion.id))
                m_criterion->addItem(criterion.name.in(state().language()), criterion.id);
        }
    }
    m_criterion->setCurrentIndex(std::max(0, m_criterion->findData(previous)));
    loadScore();
}

void CriterionCorrectionDialog::loadScore()
{
    const edit::CriterionCorrectionForm form = currentForm();
    const QLocale locale = DisplayFormat::localeFor(state().language());
    m_points->setVisible(!form.isGate);
    m_verdict->setVisible(form.isGate);
    m_points->setText(form.points ? locale.toString(*form.points, 'g', 10) : QString());
    m_verdict->setCurrentIndex(std::max(0, m_verdict->findData(form.passed.value_or(true) ? 1 : 0)));
    m_confidential->setChecked(form.confidential);
    offerMatchingTotal();
}

// Offered only where the criterion adds into the total: a top-level scored criterion of a team
// whose criteria are all scored.
void CriterionCorrectionDialog::offerMatchingTotal()
{
    const edit::CriterionCorrectionForm form = enteredForm();
    const std::optional<double> total = edit::RecordCriterionCorrectionCommand::totalWithCorrection(context(), form);
    m_matchTotal->setVisible(total.has_value());
    if (total)
        m_matchTotal->setText(tr("Also correct the weighted total to %1, the criteria's new sum (one step, one Undo)")
                                  .arg(DisplayFormat(state().language()).number(*total, 1)));
}

edit::CriterionCorrectionForm CriterionCorrectionDialog::currentForm()
{
    return edit::RecordCriterionCorrectionCommand::formFor(context(), m_result->currentData().toLongLong(),
                                                           m_criterion->currentData().toLongLong());
}

edit::CriterionCorrectionForm CriterionCorrectionDialog::enteredForm()
{
    edit::CriterionCorrectionForm form = currentForm();
    if (form.isGate)
        form.passed = m_verdict->currentData().toInt() != 0;
    else
        form.points = number(m_points->text());
    return form;
}

std::unique_ptr<edit::EditCommand> CriterionCorrectionDialog::buildCommand()
{
    edit::CriterionCorrectionForm form = enteredForm();
    form.confidential = m_confidential->isChecked();
    form.recordedOn = m_recordedOn->date();
    form.reason = {m_reasonKo->text(), m_reasonEn->text()};
    // The note is kept in the language it was typed in.
    const QString note = m_note->text();
    form.note = state().language() == domain::Language::Korean ? domain::BilingualText{note, {}} : domain::BilingualText{{}, note};
    if (!m_matchTotal->isHidden() && m_matchTotal->isChecked())
        form.matchingTotal = edit::RecordCriterionCorrectionCommand::matchingTotalFor(context(), form);
    return std::make_unique<edit::RecordCriterionCorrectionCommand>(form);
}

} // namespace kai::ui
