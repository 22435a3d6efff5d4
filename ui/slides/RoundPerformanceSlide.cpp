// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/RoundPerformanceSlide.h"

#include "DashboardState.h"
#include "items/DisplayFormat.h"
#include "rounds/RoundChartBuilder.h"
#include "slides/SlideBarChart.h"

#include <algorithm>

namespace kai::ui {

using namespace kai::domain;

RoundPerformanceSlide::RoundPerformanceSlide(const DashboardState &state, const QString &roundCode, int benchmarkIndex)
    : RoundSlide(state, roundCode)
{
    // The index on screen counts every reference; find the same benchmark among the publishable ones.
    const auto &all = model().details().references;
    m_benchmarkIndex = benchmarkIndex >= 0 && benchmarkIndex < all.size() ? benchmarkIndex : 0;
}

int RoundPerformanceSlide::referenceIndex(const RoundDetails &details) const
{
    const auto &all = model().details().references;
    if (all.isEmpty() || details.references.isEmpty())
        return -1;
    const qint64 benchmark = all[m_benchmarkIndex].benchmarkId;
    for (int i = 0; i < details.references.size(); ++i) {
        if (details.references[i].benchmarkId == benchmark)
            return i;
    }
    return -1;
}

QString RoundPerformanceSlide::title() const
{
    return tr("Evaluation Rounds — relative performance");
}

QVector<double> RoundPerformanceSlide::shares() const
{
    const RoundDetails details = publishableDetails();
    QVector<double> result;
    const int index = referenceIndex(details);
    if (index < 0)
        return result;
    const RoundReference &reference = details.references[index];
    for (const ModelScore &score : details.modelScores) {
        if (score.benchmarkId == reference.benchmarkId && !(press() && score.isConfidential))
            result << score.score / reference.referenceScore * 100.0;
    }
    std::sort(result.begin(), result.end(), std::greater<>());
    return result;
}

QString RoundPerformanceSlide::headline() const
{
    const QVector<double> values = shares();
    if (values.isEmpty())
        return tr("%1: no published model scores").arg(roundName());
    // A share of the round's reference model, named: the programme's target counts the global
    // frontier models, so reaching 95 % of one reference is not said to meet it.
    const RoundDetails details = publishableDetails();
    const QString reference = details.references[referenceIndex(details)].referenceModel;
    const double target = state().snapshot().program.targetRelativePct;
    const DisplayFormat format(state().language());
    const int meeting = int(std::count_if(values.cbegin(), values.cend(), [&](double v) { return v + 1e-9 >= target; }));
    if (meeting == 0)
        return tr("No model reaches %1 of %2 yet; best %3").arg(format.percent(target, 0), reference, format.percent(values.first()));
    return tr("%1 of %n models reach %2 of %3", nullptr, int(values.size()))
        .arg(meeting).arg(format.percent(target, 0), reference);
}

QString RoundPerformanceSlide::context() const
{
    const RoundDetails details = publishableDetails();
    const int index = referenceIndex(details);
    if (index < 0)
        return RoundSlide::context();
    const RoundReference &reference = details.references[index];
    const RoundChartBuilder builder(state().snapshot(), state().language());
    return tr("%1 · %2 vs %3, frozen %4 · %5")
        .arg(roundName(), builder.referenceLabel(reference), reference.referenceModel,
             DisplayFormat(state().language()).date(reference.frozenOn), asOfText());
}

bool RoundPerformanceSlide::showsIllustrativeData() const
{
    const RoundDetails details = publishableDetails();
    const ProgramSnapshot &snapshot = state().snapshot();
    const int index = referenceIndex(details);
    if (index >= 0 && snapshot.isIllustrative(details.references[index].sourceId))
        return true;
    return std::any_of(details.modelScores.cbegin(), details.modelScores.cend(),
                       [&](const ModelScore &s) { return snapshot.isIllustrative(s.sourceId); });
}

void RoundPerformanceSlide::paintBody(QPainter &painter, const QRectF &body, const SlideStyle &style, int page) const
{
    Q_UNUSED(page)
    const RoundDetails details = publishableDetails();
    const int index = referenceIndex(details);
    if (index < 0 || shares().isEmpty()) {
        const bool leftOut = !model().details().modelScores.isEmpty();
        return paintSentence(painter, body, style,
                             leftOut ? tr("Figures not published: this round's model scores are not public.")
                                     : tr("No frozen reference or model scores are known for this round on the as-of date."));
    }
    const RoundChartBuilder builder(state().snapshot(), state().language(), press());
    HorizontalBarChart::Data data = builder.relativePerformance(details, index);
    SlideBarChart(data).paint(painter, body, style);
}

} // namespace kai::ui
