// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/RoundFunnelSlide.h"

#include "DashboardState.h"
#include "domain/ProgramFigures.h"
#include "domain/ProgramFunnel.h"
#include "items/ApplicantText.h"
#include "rounds/RoundChartBuilder.h"
#include "slides/SlideBarChart.h"
#include "slides/SlideBumpChart.h"

#include <QPainter>
#include <QTextDocument>

namespace kai::ui {

using namespace kai::domain;

QString RoundFunnelSlide::title() const
{
    return tr("Evaluation Rounds — program funnel");
}

bool RoundFunnelSlide::hasContent() const
{
    return ProgramFigures::compute(state().snapshot()).applied > 0;
}

QString RoundFunnelSlide::headline() const
{
    const QVector<ProgramFunnel::Step> steps = ProgramFunnel::build(state().snapshot());
    int remaining = 0;
    QString pending;
    for (const ProgramFunnel::Step &step : steps) {
        if (step.state == ProgramFunnel::StepState::Done)
            remaining = step.teamsAfter;
        if (step.state == ProgramFunnel::StepState::Pending && pending.isEmpty())
            pending = step.name.in(state().language());
    }
    const QString counts = tr("%1, %n remain", nullptr, remaining)
                               .arg(ApplicantText::sentence(ProgramFigures::compute(state().snapshot())));
    return pending.isEmpty() ? counts : tr("%1; %2 result pending").arg(counts, pending);
}

void RoundFunnelSlide::paintBody(QPainter &painter, const QRectF &body, const SlideStyle &style, int page) const
{
    Q_UNUSED(page)
    const QVector<ProgramFunnel::Step> steps = ProgramFunnel::build(state().snapshot());
    const RoundChartBuilder builder(state().snapshot(), state().language());
    // Chart on the left two thirds; who left and why on the right, as the supporting element.
    const qreal chartWidth = (body.width() - style.gutter()) * 0.6;
    SlideBarChart(builder.funnel(steps)).paint(painter, QRectF(body.topLeft(), QSizeF(chartWidth, body.height())), style);
    QTextDocument notes;
    notes.setDefaultFont(style.font(SlideStyle::Text::Label));
    notes.setDocumentMargin(0);
    notes.setHtml(QStringLiteral("<div style=\"line-height:140%\">%1</div>").arg(builder.funnelAnnotations(steps)));
    const QRectF side(body.left() + chartWidth + style.gutter(), body.top(), body.width() - chartWidth - style.gutter(),
                      body.height());
    notes.setTextWidth(side.width());
    painter.save();
    painter.translate(side.topLeft());
    notes.drawContents(&painter, QRectF(QPointF(), side.size()));
    painter.restore();
}

QString RoundRanksSlide::title() const
{
    return tr("Evaluation Rounds — rank movement");
}

QString RoundRanksSlide::headline() const
{
    const BumpChart::Data data = RoundChartBuilder(state().snapshot(), state().language()).rankMovement();
    if (data.lines.isEmpty())
        return tr("No consortium has been ranked in two rounds yet");
    return tr("%n consortia ranked in more than one round", nullptr, int(data.lines.size()));
}

bool RoundRanksSlide::hasContent() const
{
    return !RoundChartBuilder(state().snapshot(), state().language()).rankMovement().lines.isEmpty();
}

void RoundRanksSlide::paintBody(QPainter &painter, const QRectF &body, const SlideStyle &style, int page) const
{
    Q_UNUSED(page)
    const RoundChartBuilder builder(state().snapshot(), state().language());
    const BumpChart::Data data = builder.rankMovement();
    if (data.lines.isEmpty()) {
        const QStringList ranked = builder.rankedRoundNames();
        painter.fillRect(body, style.band());
        painter.setPen(style.mutedInk());
        painter.setFont(style.font(SlideStyle::Text::Heading));
        painter.drawText(body.adjusted(style.gutter(), 0, -style.gutter(), 0), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Rank movement needs a consortium ranked in at least two rounds. Rounds ranked so far: %1.")
                             .arg(ranked.isEmpty() ? tr("none") : ranked.join(tr(", "))));
        return;
    }
    SlideBumpChart(data).paint(painter, body, style);
}

} // namespace kai::ui
