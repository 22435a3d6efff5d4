// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/RoundWhatIfSlide.h"

#include "DashboardState.h"
#include "rounds/WhatIfPanel.h"

#include <QSlider>
#include <QTableWidget>

namespace kai::ui {

using namespace kai::domain;

RoundWhatIfSlide::RoundWhatIfSlide(const DashboardState &state, const QString &roundCode,
                                   const QMap<QString, int> &weights)
    : RoundSlide(state, roundCode), m_panel(std::make_unique<WhatIfPanel>()), m_weights(weights)
{
    m_panel->setRound(state.snapshot(), model().stageId(), model().details(), state.language());
    for (auto it = weights.cbegin(); it != weights.cend(); ++it) {
        if (QSlider *slider = m_panel->sliderFor(it.key()))
            slider->setValue(it.value());
    }
}

RoundWhatIfSlide::~RoundWhatIfSlide() = default;

QString RoundWhatIfSlide::title() const
{
    return tr("Evaluation Rounds — what-if simulation");
}

bool RoundWhatIfSlide::hasContent() const
{
    return m_panel->hasCriteria();
}

QString RoundWhatIfSlide::headline() const
{
    if (!m_panel->hasCriteria())
        return tr("%1: no scored criteria to simulate").arg(roundName());
    QStringList names;
    for (const WeightedRanking::RankedTeam &team : m_panel->result().teams) {
        const Consortium *c = team.advances ? state().snapshot().consortium(team.id) : nullptr;
        if (c)
            names << c->name.in(state().language());
    }
    return tr("Simulation: with these weights %1 would advance").arg(names.isEmpty() ? tr("no team") : names.join(tr(", ")));
}

QString RoundWhatIfSlide::context() const
{
    QStringList weights;
    for (const Criterion &criterion : model().details().criteria) {
        if (const QSlider *slider = m_panel->sliderFor(criterion.code))
            weights << tr("%1 %2").arg(criterion.name.in(state().language())).arg(slider->value());
    }
    return tr("%1 · simulation, not an official result · weights: %2").arg(roundName(), weights.join(tr(", ")));
}

bool RoundWhatIfSlide::showsIllustrativeData() const
{
    const ProgramSnapshot &snapshot = state().snapshot();
    const auto &scores = model().details().scores;
    return std::any_of(scores.cbegin(), scores.cend(), [&](const CriterionScore &s) { return snapshot.isIllustrative(s.sourceId); });
}

SlideTable RoundWhatIfSlide::table() const
{
    const QAbstractItemModel &source = *m_panel->table()->model();
    QVector<int> columns;
    for (int column = 0; column < source.columnCount(); ++column)
        columns << column;
    SlideTable result = SlideTable::fromModel(source, columns, false);
    for (const int numeric : {int(WhatIfPanel::RankColumn), int(WhatIfPanel::TotalColumn), int(WhatIfPanel::DistanceColumn)}) {
        if (numeric < result.columns.size())
            result.columns[numeric].alignment = Qt::AlignRight;
    }
    return result;
}

int RoundWhatIfSlide::pageCount(const SlideStyle &style, const QSizeF &body) const
{
    return table().pageCount(style, body);
}

void RoundWhatIfSlide::paintBody(QPainter &painter, const QRectF &body, const SlideStyle &style, int page) const
{
    const SlideTable simulated = table();
    if (simulated.isEmpty())
        return paintSentence(painter, body, style, tr("This round has no scores to re-rank."));
    simulated.paint(painter, body, style, page);
}

std::optional<Slide::TablePage> RoundWhatIfSlide::tableOfPage(const SlideStyle &style, const QSizeF &body, int page) const
{
    Q_UNUSED(style)
    Q_UNUSED(body)
    return TablePage{table(), page};  // an empty table is a sentence, drawn as a figure
}

} // namespace kai::ui
