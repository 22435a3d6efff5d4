// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/RoundSlide.h"

#include "DashboardState.h"
#include "items/DisplayFormat.h"

#include <QPainter>

namespace kai::ui {

using namespace kai::domain;

RoundSlide::RoundSlide(const DashboardState &state, const QString &roundCode) : Slide(state), m_model(state)
{
    m_model.setStageId(chooseStage(state.snapshot(), roundCode));
}

qint64 RoundSlide::chooseStage(const ProgramSnapshot &snapshot, const QString &code)
{
    // The round that says most on the date: the latest ranked one, else the latest with a decision.
    qint64 decided = 0;
    qint64 ranked = 0;
    for (const Stage &stage : snapshot.stages) {
        if (!stage.isRound())
            continue;
        if (!code.isEmpty() && stage.code.compare(code, Qt::CaseInsensitive) == 0)
            return stage.id;
        decided = decided ? decided : stage.id;
        for (const RoundResult *r : snapshot.resultsOfStage(stage.id)) {
            if (r->outcome != Outcome::Pending)
                decided = stage.id;
            if (r->rank)
                ranked = stage.id;
        }
    }
    return ranked ? ranked : decided;
}

const Stage *RoundSlide::stage() const
{
    return state().snapshot().stage(m_model.stageId());
}

QString RoundSlide::roundName() const
{
    const Stage *round = stage();
    return round ? round->name.in(state().language()) : QString();
}

QString RoundSlide::context() const
{
    const DisplayFormat format(state().language());
    if (m_model.results().isEmpty())
        return tr("%1 · no result known · %2").arg(roundName(), asOfText());
    return tr("%1 · published %2 · %3").arg(roundName(), format.date(m_model.results().first().publishedOn), asOfText());
}

RoundDetails RoundSlide::publishableDetails() const
{
    RoundDetails details = m_model.details();
    if (!press())
        return details;
    const ProgramSnapshot &snapshot = state().snapshot();
    details.references.removeIf([&](const RoundReference &r) { return snapshot.isIllustrative(r.sourceId); });
    details.modelScores.removeIf([&](const ModelScore &s) { return snapshot.isIllustrative(s.sourceId); });
    details.scores.removeIf([&](const CriterionScore &s) { return snapshot.isIllustrative(s.sourceId); });
    return details;
}

void RoundSlide::paintSentence(QPainter &painter, const QRectF &body, const SlideStyle &style, const QString &text)
{
    painter.save();
    painter.fillRect(body, style.band());
    painter.setPen(style.mutedInk());
    painter.setFont(style.font(SlideStyle::Text::Heading));
    painter.drawText(body.adjusted(style.gutter(), 0, -style.gutter(), 0), Qt::AlignCenter | Qt::TextWordWrap, text);
    painter.restore();
}

} // namespace kai::ui
