// SPDX-License-Identifier: GPL-3.0-or-later
#include "rounds/WhatIfPanel.h"

#include "common/ContentColumnWidths.h"
#include "common/WrappingLabel.h"

#include "items/CorrectionText.h"
#include "items/DisplayFormat.h"
#include "items/DomainText.h"
#include "items/StatusPalette.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace kai::ui {

using namespace kai::domain;

namespace {
// A criterion is weighted on its own when it scores points and has no sub-criteria: the parent's
// weight is the sum of its children's (phase 1: benchmarks 40 = 10 + 20 + 10).
bool isWeighted(const RoundDetails &details, const Criterion &c)
{
    return !c.isGate && c.maxPoints && !details.hasChildren(c.id);
}

// How many teams the round let through: the official count once published, else the plan's.
int advancingCount(const ProgramSnapshot &snapshot, qint64 stageId)
{
    int advanced = 0;
    bool decided = false;
    for (const RoundResult *r : snapshot.resultsOfStage(stageId)) {
        decided = decided || r->outcome != Outcome::Pending;
        advanced += r->outcome == Outcome::Advanced ? 1 : 0;
    }
    const Stage *stage = snapshot.stage(stageId);
    return decided ? advanced : (stage ? stage->maxAdvancing.value_or(advanced) : advanced);
}
} // namespace

WhatIfPanel::WhatIfPanel(QWidget *parent)
    : QWidget(parent), m_banner(new WrappingLabel(this)), m_intro(new WrappingLabel(this)), m_weightGrid(nullptr),
      m_weightBox(new QWidget(this)), m_gates(new QCheckBox(this)), m_reset(new QPushButton(this)),
      m_sumLabel(new QLabel(this)), m_table(new QTableWidget(this)), m_flip(new WrappingLabel(this)),
      m_notes(new WrappingLabel(this))
{
    setObjectName(QStringLiteral("whatIfPanel"));
    m_banner->setObjectName(QStringLiteral("simulationBanner"));
    // The banner must read as "not official" at a glance: bold text in a framed box, not colour alone.
    m_banner->setFrameShape(QFrame::Box);
    m_banner->setMargin(6);
    QFont bannerFont = m_banner->font();
    bannerFont.setBold(true);
    m_banner->setFont(bannerFont);
    m_banner->setWordWrap(true);
    m_intro->setWordWrap(true);
    m_flip->setWordWrap(true);
    m_notes->setWordWrap(true);
    m_flip->setObjectName(QStringLiteral("smallestFlip"));
    m_weightGrid = new QGridLayout(m_weightBox);
    m_weightGrid->setContentsMargins(0, 0, 0, 0);
    m_gates->setChecked(true);
    m_reset->setObjectName(QStringLiteral("resetWeights"));

    m_table->setColumnCount(ColumnCount);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Measured once per change, not once per header label and cell (six measurements a language switch).
    m_columnWidths = ContentColumnWidths::attach(m_table);
    m_table->setObjectName(QStringLiteral("whatIfTable"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_gates);
    controls->addStretch(1);
    controls->addWidget(m_sumLabel);
    controls->addWidget(m_reset);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_intro);
    layout->addWidget(m_weightBox);
    layout->addLayout(controls);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_flip);
    layout->addWidget(m_notes);

    connect(m_gates, &QCheckBox::toggled, this, &WhatIfPanel::recompute);
    connect(m_reset, &QPushButton::clicked, this, &WhatIfPanel::reset);
    retranslate();
}

void WhatIfPanel::setRound(const ProgramSnapshot &snapshot, qint64 stageId, const RoundDetails &details,
                           Language language)
{
    m_snapshot = snapshot;
    m_stageId = stageId;
    m_details = details;
    m_language = language;
    m_advancing = advancingCount(snapshot, stageId);
    rebuildControls();
    recompute();
}

void WhatIfPanel::setLanguage(Language language)
{
    m_language = language;
    fillTable();
    retranslate();
}

QSlider *WhatIfPanel::sliderFor(const QString &criterionCode) const
{
    for (const Weight &w : m_weights) {
        if (w.criterion.code == criterionCode)
            return w.slider;
    }
    return nullptr;
}

void WhatIfPanel::clearControls()
{
    for (const Weight &w : m_weights) {
        delete w.label;
        delete w.slider;
        delete w.spin;
    }
    for (const Group &g : m_groups)
        delete g.label;
    m_weights.clear();
    m_groups.clear();
}

void WhatIfPanel::rebuildControls()
{
    clearControls();
    if (m_details.scores.isEmpty())
        return;  // nothing to re-rank before the round's scores are known
    int row = 0;
    for (const Criterion &c : m_details.criteria) {
        if (isWeighted(m_details, c)) {
            addWeightRow(c, row++);
        } else if (!c.isGate && m_details.hasChildren(c.id)) {
            auto *label = new QLabel(m_weightBox);
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
            m_weightGrid->addWidget(label, row++, 0, 1, 3);
            m_groups.append({c, label});
        }
    }
}

void WhatIfPanel::addWeightRow(const Criterion &criterion, int row)
{
    Weight w{criterion, *criterion.maxPoints, new QLabel(m_weightBox), new QSlider(Qt::Horizontal, m_weightBox),
             new QSpinBox(m_weightBox)};
    w.slider->setRange(0, 100);
    w.spin->setRange(0, 100);
    w.spin->setSuffix(QStringLiteral("%"));  // as DisplayFormat::percent writes it, without a space
    w.slider->setValue(int(std::lround(w.official)));
    w.spin->setValue(w.slider->value());
    w.slider->setObjectName(QStringLiteral("weight-") + criterion.code);
    w.label->setBuddy(w.slider);
    connect(w.slider, &QSlider::valueChanged, w.spin, &QSpinBox::setValue);
    connect(w.spin, &QSpinBox::valueChanged, w.slider, &QSlider::setValue);
    connect(w.slider, &QSlider::valueChanged, this, &WhatIfPanel::recompute);
    // Children of a group are indented under the group's total.
    w.label->setIndent(criterion.parentId != 0 ? 16 : 0);
    m_weightGrid->addWidget(w.label, row, 0);
    m_weightGrid->addWidget(w.slider, row, 1);
    m_weightGrid->addWidget(w.spin, row, 2);
    m_weightGrid->setColumnStretch(1, 1);
    m_weights.append(w);
}

WeightedRanking::Input WhatIfPanel::input() const
{
    WeightedRanking::Input in;
    in.advancing = m_advancing;
    in.applyGates = m_gates->isChecked();
    for (const Weight &w : m_weights)
        in.criteria.append({w.criterion.id, *w.criterion.maxPoints, double(w.slider->value()), false});
    for (const Criterion &c : m_details.criteria) {
        if (c.isGate)
            in.criteria.append({c.id, 1, 0, true});
    }
    for (const RoundResult *r : m_snapshot.resultsOfStage(m_stageId)) {
        WeightedRanking::Team team;
        team.id = r->consortiumId;
        for (const CriterionScore &s : m_details.scores) {
            if (s.consortiumId != r->consortiumId)
                continue;
            if (s.points)
                team.points.insert(s.criterionId, *s.points);
            if (s.passed)
                team.gates.insert(s.criterionId, *s.passed);
        }
        in.teams.append(team);
    }
    return in;
}

void WhatIfPanel::recompute()
{
    m_result = hasCriteria() ? WeightedRanking::rank(input()) : WeightedRanking::Result{};
    fillTable();
    retranslate();
}

void WhatIfPanel::reset()
{
    for (const Weight &w : m_weights) {
        const QSignalBlocker block(w.slider);
        w.slider->setValue(int(std::lround(w.official)));
        w.spin->setValue(w.slider->value());
    }
    const QSignalBlocker block(m_gates);
    m_gates->setChecked(true);
    recompute();
}

double WhatIfPanel::groupWeight(qint64 parentId) const
{
    double sum = 0;
    for (const Weight &w : m_weights) {
        if (w.criterion.parentId == parentId)
            sum += w.slider->value();
    }
    return sum;
}

QString WhatIfPanel::gateNames() const
{
    QStringList names;
    for (const Criterion &c : m_details.criteria) {
        if (c.isGate)
            names << c.name.in(m_language);
    }
    return names.join(tr(", "));
}

QString WhatIfPanel::consortiumName(qint64 id) const
{
    const Consortium *c = m_snapshot.consortium(id);
    return c ? c->name.in(m_language) : QString();
}

QString WhatIfPanel::criterionName(qint64 id) const
{
    for (const Criterion &c : m_details.criteria) {
        if (c.id == id)
            return c.name.in(m_language);
    }
    return {};
}

QString WhatIfPanel::officialText(qint64 consortiumId) const
{
    for (const RoundResult *r : m_snapshot.resultsOfStage(m_stageId)) {
        if (r->consortiumId != consortiumId)
            continue;
        const QString outcome = DomainText::outcome(r->outcome);
        return r->exitReason == ExitReason::None ? outcome
                                                 : tr("%1: %2").arg(outcome, DomainText::exitReason(r->exitReason));
    }
    return {};
}

void WhatIfPanel::fillTable()
{
    const DisplayFormat format(m_language);
    m_table->setRowCount(int(m_result.teams.size()));
    for (int row = 0; row < m_result.teams.size(); ++row) {
        const auto &team = m_result.teams[row];
        QString simulated;
        if (!team.isRanked())
            simulated = tr("Not ranked: scores missing");
        else if (team.failedGate)
            simulated = tr("Out: failed a gate");
        else
            simulated = team.advances ? tr("Would advance") : tr("Would not advance");
        QString distance;
        if (team.distanceToCutLine) {
            const QString points = format.number(std::abs(*team.distanceToCutLine), 1);
            distance = team.advances ? tr("%1 points ahead of the first team out").arg(points)
                                     : tr("%1 points short of the last team in").arg(points);
        }
        const QStringList cells{consortiumName(team.id),
                                team.rank ? format.integer(*team.rank) : tr("—"),
                                team.total ? format.number(*team.total, 1) : tr("—"),
                                simulated,
                                officialText(team.id),
                                distance};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, team.id);
            if (column == SimulatedColumn) {
                item->setBackground(StatusPalette::background(team.advances ? Outcome::Advanced : Outcome::Eliminated));
                item->setForeground(StatusPalette::foreground());  // readable on the tint in the dark theme too
                item->setData(Qt::AccessibleTextRole, cells[column]);
            }
            if (column != ConsortiumColumn && column != SimulatedColumn && column != OfficialColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_columnWidths->contentsChanged();
}

QString WhatIfPanel::flipText() const
{
    if (!hasCriteria())
        return {};
    if (!m_result.smallestFlip)
        return tr("No change of a single weight between 0 and 100 changes who advances.");
    const auto &flip = *m_result.smallestFlip;
    const DisplayFormat format(m_language);
    QStringList joining, leaving;
    for (qint64 id : flip.joining)
        joining << consortiumName(id);
    for (qint64 id : flip.leaving)
        leaving << consortiumName(id);
    return tr("Smallest change that changes who advances: %1 from %2 to %3 (%4 points). %5 would advance instead of %6.")
        .arg(criterionName(flip.criterionId), format.number(flip.newWeight - flip.weightChange, 1),
             format.number(flip.newWeight, 1),
             (flip.weightChange > 0 ? QStringLiteral("+") : QString()) + format.number(flip.weightChange, 1),
             joining.join(tr(", ")), leaving.join(tr(", ")));
}

QString WhatIfPanel::notesText() const
{
    QStringList notes;
    if (m_result.tieAtCutLine)
        notes << tr("Teams are tied at the cut line; all of them are counted as advancing.");
    for (const auto &team : m_result.teams) {
        if (team.isRanked())
            continue;
        QStringList missing;
        for (qint64 id : team.missingCriteria)
            missing << criterionName(id);
        notes << tr("%1 is not ranked: no score for %2.").arg(consortiumName(team.id), missing.join(tr(", ")));
    }
    bool illustrative = false;
    for (const CriterionScore &s : m_details.scores)
        illustrative = illustrative || m_snapshot.isIllustrative(s.sourceId);
    if (illustrative)
        notes << tr("Some scores are illustrative samples, not official figures.");
    // The simulation starts from the scores as corrected by the as-of date: say which.
    for (const CriterionScore &s : m_details.scores) {
        const Criterion *criterion = m_details.criterion(s.criterionId);
        if (criterion && s.correction)
            notes << tr("Uses a corrected score: %1").arg(CorrectionText::footnote(s, *criterion, m_snapshot, m_language));
    }
    return notes.join(QLatin1Char('\n'));
}

void WhatIfPanel::retranslate()
{
    m_banner->setText(tr("Simulation — not an official result. Moving the weights changes nothing in the database."));
    const QString gates = gateNames();
    m_gates->setText(tr("Apply the pass/fail gate: %1").arg(gates));
    m_gates->setAccessibleName(m_gates->text());
    m_reset->setText(tr("Reset to official weights"));
    m_reset->setAccessibleName(m_reset->text());
    m_table->setAccessibleName(tr("Simulated ranking"));
    m_table->setHorizontalHeaderLabels({tr("Consortium"), tr("Simulated rank"), tr("Simulated total"),
                                        tr("Simulated outcome"), tr("Official outcome"), tr("Distance to cut line")});
    const bool active = hasCriteria();
    m_intro->setText(active ? tr("Weights of the scored criteria, in percent. Scores are scaled to each criterion's "
                                 "maximum; %n team(s) advance, as in the official result.", nullptr, m_advancing)
                            : tr("This round has no published criterion scores, so there is nothing to simulate."));
    for (const Weight &w : m_weights) {
        const QString name = w.criterion.name.in(m_language);
        w.label->setText(tr("%1 (official %2)").arg(name, DisplayFormat(m_language).number(w.official, 0)));
        w.slider->setAccessibleName(tr("Weight of %1").arg(name));
        w.spin->setAccessibleName(tr("Weight of %1, in percent").arg(name));
    }
    for (const Group &g : m_groups) {
        const DisplayFormat format(m_language);
        g.label->setText(tr("%1: %2 (official %3), the sum of the weights below")
                             .arg(g.criterion.name.in(m_language), format.number(groupWeight(g.criterion.id), 0),
                                  format.number(g.criterion.maxPoints.value_or(0), 0)));
    }
    const bool normalised = m_result.weightsNormalised;
    const DisplayFormat format(m_language);
    m_sumLabel->setText(active ? (normalised ? tr("Weights sum to %1; totals are rescaled to 100.")
                                                   .arg(format.percent(m_result.weightSum, 0))
                                             : tr("Weights sum to %1.").arg(format.percent(100, 0)))
                               : QString());
    for (QWidget *w : {static_cast<QWidget *>(m_weightBox), static_cast<QWidget *>(m_reset),
                       static_cast<QWidget *>(m_table)})
        w->setVisible(active);
    m_gates->setVisible(active && !gates.isEmpty());
    m_flip->setText(flipText());
    m_notes->setText(active ? notesText() : QString());
}

void WhatIfPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ViewPage::updateFor(this, m_retranslateKey, [this] {  // hidden behind another view: when shown
            fillTable();
            retranslate();
        });
    }
    QWidget::changeEvent(event);
}

} // namespace kai::ui
