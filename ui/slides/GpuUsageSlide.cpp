// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/GpuUsageSlide.h"

#include "DashboardState.h"
#include "items/DisplayFormat.h"
#include "items/GpuCountText.h"
#include "slides/SlideBarChart.h"
#include "slides/SlideColumnChart.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

namespace kai::ui {

using namespace kai::domain;

namespace {
std::optional<qint64> choiceId(const QVector<GpuUsagePeriodModel::Choice> &choices, const QString &code, Language language,
                               QStringList &names)
{
    for (const auto &choice : choices) {
        if (!code.isEmpty() && choice.code.compare(code, Qt::CaseInsensitive) == 0) {
            const QString name = language == Language::Korean ? choice.nameKo : choice.nameEn;
            names << (name.isEmpty() ? choice.code : name);
            return choice.id;
        }
    }
    return std::nullopt;
}
} // namespace

GpuUsageSlide::GpuUsageSlide(const DashboardState &state, const SlideTarget &target)
    : Slide(state), m_summary(state), m_periods(state)
{
    applyTarget(target);
}

void GpuUsageSlide::applyTarget(const SlideTarget &target)
{
    const Language language = state().language();
    GpuUsagePeriodModel::Filter filter;
    for (const Consortium &c : state().snapshot().consortia) {
        if (!target.consortiumCode.isEmpty() && c.code.compare(target.consortiumCode, Qt::CaseInsensitive) == 0) {
            filter.consortiumId = c.id;
            m_filterNames << c.name.in(language);
        }
    }
    filter.providerId = choiceId(m_periods.providers(), target.providerCode, language, m_filterNames);
    filter.gpuModelId = choiceId(m_periods.gpuModels(), target.gpuModelCode, language, m_filterNames);
    filter.from = target.from.isValid() ? target.from : DashboardState::earliestAsOf();
    filter.to = target.to.isValid() ? target.to : DashboardState::latestAsOf();
    m_periods.setFilter(filter);
    if (target.drillMonth.isValid())
        m_periods.setDrillMonth(target.drillMonth);
}

QString GpuUsageSlide::title() const
{
    return tr("GPU Usage");
}

bool GpuUsageSlide::leftOut() const
{
    return press() && m_periods.hasIllustrativeData();
}

bool GpuUsageSlide::hasContent() const
{
    // A press slide without the usage still shows the published allocations.
    if (leftOut())
        return true;
    const auto rows = m_summary.summaryRows();
    return std::any_of(rows.cbegin(), rows.cend(), [](const GpuSummaryTableModel::Row &row) { return row.allocatedHours > 0; });
}

QString GpuUsageSlide::headline() const
{
    if (leftOut())
        return tr("GPU usage per team is unpublished; the published allocations stand");
    double allocated = 0;
    double used = 0;
    bool approximate = false;
    for (const GpuSummaryTableModel::Row &row : m_summary.summaryRows()) {
        allocated += row.allocatedHours;
        used += row.usedHours;
        approximate = approximate || row.allocatedApproximate;
    }
    const DisplayFormat format(state().language());
    if (allocated <= 0)
        return tr("No GPU allocation has started yet");
    int under = 0;
    for (const auto &series : m_periods.series())
        under += GpuUsagePeriodModel::useOf(series.totalUsed(), series.totalAllocated()) == GpuUsagePeriodModel::Use::UnderUse;
    const QString share = tr("%1 of the allocated GPU-hours used to date")
                              .arg(GpuCountText::derived(format.percent(used / allocated * 100.0), approximate));
    return under > 0 ? tr("%1; %n teams under-use their allocation", nullptr, under).arg(share) : share;
}

QString GpuUsageSlide::filterText() const
{
    const DisplayFormat format(state().language());
    QStringList parts = m_filterNames;
    if (m_periods.drillMonth().isValid())
        parts << format.month(m_periods.drillMonth());
    const auto &filter = m_periods.filter();
    if (filter.from > DashboardState::earliestAsOf() || filter.to < DashboardState::latestAsOf())
        parts << tr("%1 to %2").arg(format.date(filter.from), format.date(filter.to));
    return parts.isEmpty() ? tr("All consortia, providers and GPU models") : parts.join(tr(" · "));
}

QString GpuUsageSlide::context() const
{
    return tr("%1 · GPU-hours · %2").arg(filterText(), asOfText());
}

bool GpuUsageSlide::showsIllustrativeData() const
{
    if (leftOut())
        return false;
    const auto &rows = m_summary.summaryRows();
    return m_periods.hasIllustrativeData()
        || std::any_of(rows.cbegin(), rows.cend(), [](const GpuSummaryTableModel::Row &r) { return r.illustrative; });
}

int GpuUsageSlide::pageCount(const SlideStyle &style, const QSizeF &body) const
{
    Q_UNUSED(style)
    Q_UNUSED(body)
    return leftOut() ? 1 : 2;
}

SlideTable GpuUsageSlide::publishedAllocations() const
{
    const ProgramSnapshot &snapshot = state().snapshot();
    const Language language = state().language();
    const DisplayFormat format(language);
    SlideTable table;
    table.columns = {{tr("Consortium")}, {tr("Provider")}, {tr("GPU model")}, {tr("GPUs"), Qt::AlignRight},
                     {tr("Period")}};
    for (const GpuAllocation &allocation : snapshot.allocations) {
        const Consortium *c = snapshot.consortium(allocation.consortiumId);
        if (snapshot.isIllustrative(allocation.sourceId) || !c)
            continue;
        // A published "none" has no provider or model.
        const QString none = tr("–", "no provider or GPU model: none allocated");
        table.rows.append({c->name.in(language), allocation.noneAllocated() ? none : allocation.providerName.in(language),
                           allocation.noneAllocated() ? none : allocation.gpuModelCode,
                           GpuCountText::of(allocation, language),
                           tr("%1 to %2").arg(format.date(allocation.periodStart), format.date(allocation.periodEnd))});
        table.swatches << consortiumPalette().swatch(c->id);
    }
    return table;
}

void GpuUsageSlide::paintNotPublished(QPainter &painter, const QRectF &body, const SlideStyle &style) const
{
    // Usage is left out; the published allocations stay, as the supporting table.
    const SlideTable allocations = publishedAllocations();
    const QFont font = style.font(SlideStyle::Text::Heading);
    const QString sentence = tr("Figures not published: usage per team is not public; the figures on file are "
                                "illustrative samples and are left out of press material.");
    const qreal height = allocations.isEmpty()
        ? body.height()
        : QFontMetricsF(font).boundingRect(body.adjusted(style.gutter(), 0, -style.gutter(), 0), Qt::TextWordWrap, sentence)
                  .height() + style.gutter() * 2;
    const QRectF panel(body.topLeft(), QSizeF(body.width(), height));
    painter.fillRect(panel, style.band());
    painter.setPen(style.mutedInk());
    painter.setFont(font);
    painter.drawText(panel.adjusted(style.gutter(), 0, -style.gutter(), 0), Qt::AlignCenter | Qt::TextWordWrap, sentence);
    if (!allocations.isEmpty())
        allocations.paint(painter, body.adjusted(0, height + style.gutter(), 0, 0), style, 0);
}

void GpuUsageSlide::paintMonthly(QPainter &painter, const QRectF &body, const SlideStyle &style) const
{
    SlideColumnChart chart;
    chart.categories = m_periods.axisLabels();
    chart.labelsOf = [this](const QVector<int> &shown) { return m_periods.axisLabels(shown); };
    chart.valueAxisTitle = tr("GPU-hours used per %1").arg(m_periods.drillMonth().isValid() ? tr("day") : tr("month"));
    const ConsortiumPalette palette = consortiumPalette();
    for (const auto &series : m_periods.series())
        chart.series.append({series.name, palette.colour(series.consortiumId), series.gpuHours});
    if (chart.categories.isEmpty()) {
        painter.fillRect(body, style.band());
        painter.setFont(style.font(SlideStyle::Text::Heading));
        painter.drawText(body, Qt::AlignCenter | Qt::TextWordWrap, tr("No GPU usage is known for these filters."));
        return;
    }
    chart.paint(painter, body, style);
}

void GpuUsageSlide::paintAllocation(QPainter &painter, const QRectF &body, const SlideStyle &style) const
{
    const DisplayFormat format(state().language());
    HorizontalBarChart::Data data;
    data.valueAxisTitle = tr("GPU-hours in the chosen period");
    HorizontalBarChart::Set used{tr("Used"), {}, SlideStyle::seriesColour(0), Qt::SolidPattern, Qt::SolidLine};
    HorizontalBarChart::Set unused{tr("Allocated, not used"), {}, SlideStyle::seriesColour(5).lighter(130),
                                   Qt::BDiagPattern, Qt::SolidLine};
    double highest = 1;
    for (const auto &series : m_periods.series()) {
        const double allocated = series.totalAllocated();
        const double spent = series.totalUsed();
        const bool approximate = series.totalAllocatedApproximate();
        data.categories << (allocated > 0 ? tr("%1: %2 of %3")
                                                .arg(series.name,
                                                     GpuCountText::derived(format.percent(spent / allocated * 100.0), approximate),
                                                     GpuCountText::derived(format.gpuHours(allocated), approximate))
                                          : tr("%1: no allocation").arg(series.name));
        used.values << spent;
        unused.values << std::max(0.0, allocated - spent);
        highest = std::max({highest, allocated, spent});
    }
    data.sets = {used, unused};
    data.maximum = highest * 1.05;
    SlideBarChart(data).paint(painter, body, style);
}

void GpuUsageSlide::paintBody(QPainter &painter, const QRectF &body, const SlideStyle &style, int page) const
{
    if (leftOut())
        return paintNotPublished(painter, body, style);
    if (page == 1)
        return paintAllocation(painter, body, style);
    paintMonthly(painter, body, style);
}

} // namespace kai::ui
