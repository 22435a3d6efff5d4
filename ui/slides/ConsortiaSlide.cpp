// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/ConsortiaSlide.h"

#include "DashboardState.h"
#include "domain/ProgramFigures.h"
#include "items/ApplicantText.h"

namespace kai::ui {

using namespace kai::domain;

ConsortiaSlide::ConsortiaSlide(const DashboardState &state) : Slide(state), m_model(state) {}

QString ConsortiaSlide::title() const
{
    return tr("Consortia");
}

QString ConsortiaSlide::headline() const
{
    const ProgramFigures figures = ProgramFigures::compute(state().snapshot());
    // Short, so the headline keeps to one line in both languages; the context line spells it out.
    // Before anyone is selected the shortlisted applicants are still in: "0 still compete" would
    // read as if all had been eliminated.
    if (figures.everSelected == 0)
        return tr("%1; %2 under review").arg(ApplicantText::brief(figures)).arg(figures.underReview);
    return tr("%1; %2 still compete").arg(ApplicantText::brief(figures)).arg(figures.inCompetition);
}

QString ConsortiaSlide::context() const
{
    return tr("%1 · %2", "applicants · as of").arg(ApplicantText::sentence(ProgramFigures::compute(state().snapshot())),
                                                  asOfText());
}

SlideTable ConsortiaSlide::withSwatches(SlideTable table) const
{
    const ConsortiumPalette palette = consortiumPalette();
    for (int row = 0; row < m_model.rowCount(); ++row)
        table.swatches << palette.swatch(m_model.index(row, 0).data(SnapshotTableModel::IdRole).toLongLong());
    return table;
}

SlideTable ConsortiaSlide::summary() const
{
    return twinned(withSwatches(SlideTable::fromModel(
                       m_model,
                       {ConsortiumTableModel::NameColumn, ConsortiumTableModel::LeadColumn,
                        ConsortiumTableModel::StatusColumn, ConsortiumTableModel::LatestModelColumn,
                        ConsortiumTableModel::GpusColumn},
                       press())),
                   0);
}

SlideTable ConsortiaSlide::members() const
{
    return twinned(withSwatches(SlideTable::fromModel(
                       m_model, {ConsortiumTableModel::NameColumn, ConsortiumTableModel::MembersColumn}, press())),
                   1);
}

QVector<SlideTable> ConsortiaSlide::tables() const
{
    return {summary(), members()};
}

int ConsortiaSlide::pageCount(const SlideStyle &style, const QSizeF &body) const
{
    return summary().pageCount(style, body) + members().pageCount(style, body);
}

void ConsortiaSlide::paintBody(QPainter &painter, const QRectF &body, const SlideStyle &style, int page) const
{
    const SlideTable first = summary();
    const int summaryPages = first.pageCount(style, body.size());
    if (page < summaryPages)
        return first.paint(painter, body, style, page);
    members().paint(painter, body, style, page - summaryPages);
}

std::optional<Slide::TablePage> ConsortiaSlide::tableOfPage(const SlideStyle &style, const QSizeF &body, int page) const
{
    SlideTable first = summary();
    const int summaryPages = first.pageCount(style, body);
    if (page < summaryPages)
        return TablePage{std::move(first), page};
    return TablePage{members(), page - summaryPages};
}

} // namespace kai::ui
