// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/XlsxExport.h"

#include "DashboardState.h"
#include "export/ExportContext.h"
#include "export/XlsxWorkbookWriter.h"
#include "history/ChangeLogModel.h"
#include "items/ConsortiumMemberModel.h"
#include "items/ConsortiumTableModel.h"
#include "items/FundingTableModel.h"
#include "items/GpuSummaryTableModel.h"
#include "items/GpuUsagePeriodModel.h"
#include "items/KnownSources.h"
#include "items/RoundResultsByRoundModel.h"
#include "items/SourceTableModel.h"
#include "items/StageTableModel.h"

#include <QSortFilterProxyModel>

namespace kai::ui {

using namespace kai::domain;

namespace {
// The sources a reader on the as-of date could know (KnownSources). The press leaves out the
// illustrative pseudo-source, as its figures are masked.
class SourcesKnownOn : public QSortFilterProxyModel
{
public:
    SourcesKnownOn(const ProgramSnapshot &snapshot, bool press) : m_known(snapshot), m_press(press) {}

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QAbstractItemModel *sources = sourceModel();
        if (m_press && sources->index(row, 0, parent).data(SnapshotTableModel::IllustrativeRole).toBool())
            return false;
        return m_known.contains(sources->index(row, 0, parent).data(SnapshotTableModel::IdRole).toLongLong(),
                                sources->index(row, SourceTableModel::PublishedColumn, parent).data(SnapshotTableModel::SortRole).toDate());
    }

private:
    KnownSources m_known;
    bool m_press;
};
} // namespace

QString XlsxExport::write(const std::optional<SlideTarget> &target, const QString &path) const
{
    const bool everything = !target;
    if (target && target->view == ViewId::Overview)
        return tr("The overview has no table to export; choose consortia, timeline, gpu, rounds or workbook.");
    const QString title = everything ? tr("K-AI Dashboard tables") : tr("K-AI Dashboard table");
    XlsxWorkbookWriter writer(m_context.stamp(title, false));
    writer.setIllustrativeSources(illustrativeSources());
    if (everything || target->view == ViewId::Consortia) {
        addConsortia(writer);
        addMembers(writer);
    }
    if (everything || target->view == ViewId::Timeline)
        addTimeline(writer);
    if (everything || target->view == ViewId::Gpu)
        addGpu(writer, target.value_or(SlideTarget(ViewId::Gpu)));
    if (everything || target->view == ViewId::Rounds) {
        addRounds(writer, target ? target->roundCode : QString());
        addFunding(writer);
    }
    // Who changed what and why is internal: the press workbook leaves it out, as it leaves out notes.
    if (everything && m_context.options().profile == ExportProfile::Internal)
        addChangeHistory(writer);
    addSources(writer);
    return writer.write(path);
}

QString XlsxExport::writeTable(const QString &title, const QAbstractItemModel &model, const QString &path) const
{
    XlsxWorkbookWriter writer(m_context.stamp(title, false));
    writer.setIllustrativeSources(illustrativeSources());
    writer.addTable(title, model);
    addSources(writer);
    return writer.write(path);
}

QStringList XlsxExport::illustrativeSources() const
{
    QStringList codes;
    for (const Source &source : m_context.state().snapshot().sources) {
        if (source.isIllustrative())
            codes.append(source.code);
    }
    return codes;
}

void XlsxExport::addConsortia(XlsxWorkbookWriter &writer) const
{
    const ConsortiumTableModel model(m_context.state());
    writer.addTable(tr("Consortia"), model);
}

void XlsxExport::addTimeline(XlsxWorkbookWriter &writer) const
{
    const StageTableModel model(m_context.state());
    writer.addTable(tr("Timeline stages"), model);
}

void XlsxExport::addGpu(XlsxWorkbookWriter &writer, const SlideTarget &target) const
{
    const DashboardState &state = m_context.state();
    const GpuSummaryTableModel summary(state);
    writer.addTable(tr("GPU summary"), summary);
    GpuUsagePeriodModel periods(state);
    GpuUsagePeriodModel::Filter filter;
    for (const Consortium &consortium : state.snapshot().consortia) {
        if (!target.consortiumCode.isEmpty() && consortium.code.compare(target.consortiumCode, Qt::CaseInsensitive) == 0)
            filter.consortiumId = consortium.id;
    }
    filter.from = target.from.isValid() ? target.from : DashboardState::earliestAsOf();
    filter.to = target.to.isValid() ? target.to : DashboardState::latestAsOf();
    periods.setFilter(filter);
    writer.addTable(tr("GPU usage by period"), periods);
}

void XlsxExport::addRounds(XlsxWorkbookWriter &writer, const QString &roundCode) const
{
    const ProgramSnapshot &snapshot = m_context.state().snapshot();
    for (const Stage &stage : snapshot.stages) {
        if (!stage.isRound() || snapshot.resultsOfStage(stage.id).isEmpty())
            continue;
        if (!roundCode.isEmpty() && stage.code.compare(roundCode, Qt::CaseInsensitive) != 0)
            continue;
        RoundResultsByRoundModel model(m_context.state());
        model.setStageId(stage.id);
        writer.addTable(stage.name.in(m_context.options().language), model);
    }
}

void XlsxExport::addMembers(XlsxWorkbookWriter &writer) const
{
    const DashboardState &state = m_context.state();
    ConsortiumMemberModel model(state);
    for (const Consortium &consortium : state.snapshot().consortia) {
        model.setScopeId(consortium.id);
        if (model.rowCount() > 0)
            writer.addTable(tr("Members %1").arg(consortium.name.in(m_context.options().language)), model);
    }
}

void XlsxExport::addFunding(XlsxWorkbookWriter &writer) const
{
    const FundingTableModel model(m_context.state());
    if (model.rowCount() > 0)
        writer.addTable(tr("Funding"), model);
}

void XlsxExport::addChangeHistory(XlsxWorkbookWriter &writer) const
{
    const history::ChangeLogModel model(m_context.state());
    writer.addTable(tr("Change history"), model);
}

void XlsxExport::addSources(XlsxWorkbookWriter &writer) const
{
    SourceTableModel model(m_context.state());
    SourcesKnownOn known(m_context.state().snapshot(), m_context.options().profile == ExportProfile::Press);
    known.setSourceModel(&model);
    writer.addTable(tr("Sources"), known);
}

} // namespace kai::ui
