// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/SlideTarget.h"

#include "DashboardState.h"
#include "gpu/GpuUsageView.h"
#include "items/GpuUsagePeriodModel.h"
#include "items/RoundResultsByRoundModel.h"
#include "rounds/RoundsView.h"
#include "rounds/WhatIfPanel.h"

#include <QComboBox>
#include <QSlider>
#include <QTabWidget>

namespace kai::ui {

namespace {
const char *const RoundsTabKeys[] = {"rounds-results", "rounds-performance", "rounds-whatif",
                                     "rounds-funnel",  "rounds-ranks",       "rounds-funding"};
const char *const ViewKeys[] = {"overview", "consortia", "timeline", "gpu", "rounds"};

QString codeOf(const QComboBox *box, const QVector<GpuUsagePeriodModel::Choice> &choices)
{
    const QVariant id = box ? box->currentData() : QVariant();
    for (const auto &choice : choices) {
        if (id.isValid() && choice.id == id.toLongLong())
            return choice.code;
    }
    return {};
}
} // namespace

QString SlideTarget::key() const
{
    if (view == ViewId::Rounds)
        return QString::fromLatin1(RoundsTabKeys[int(tab)]);
    return QString::fromLatin1(ViewKeys[int(view)]);
}

QStringList SlideTarget::keys(bool includeWhatIf)
{
    QStringList result;
    for (int view = 0; view < ViewCount; ++view)
        result << QString::fromLatin1(ViewKeys[view]);
    for (const char *key : RoundsTabKeys) {
        if (includeWhatIf || QLatin1String(key) != QLatin1String("rounds-whatif"))
            result << QString::fromLatin1(key);
    }
    return result;
}

std::optional<SlideTarget> SlideTarget::parse(const QString &key)
{
    const QString name = key.trimmed().toLower();
    for (int view = 0; view < ViewCount; ++view) {
        if (name == QLatin1String(ViewKeys[view]))
            return SlideTarget(ViewId(view));
    }
    for (int tab = 0; tab < int(std::size(RoundsTabKeys)); ++tab) {
        if (name == QLatin1String(RoundsTabKeys[tab])) {
            SlideTarget target(ViewId::Rounds);
            target.tab = RoundsTab(tab);
            return target;
        }
    }
    return std::nullopt;
}

SlideTarget SlideTarget::ofPage(ViewId view, const ViewPage *page, const DashboardState &state)
{
    SlideTarget target(view);
    if (const auto *rounds = qobject_cast<const RoundsView *>(page)) {
        target.tab = RoundsTab(std::max(0, rounds->tabs()->currentIndex()));
        if (const domain::Stage *stage = state.snapshot().stage(rounds->roundPicker()->currentData().toLongLong()))
            target.roundCode = stage->code;
        if (const auto *benchmark = rounds->findChild<QComboBox *>(QStringLiteral("benchmarkPicker")))
            target.benchmarkIndex = std::max(0, benchmark->currentIndex());
        for (const domain::Criterion &criterion : rounds->model()->details().criteria) {
            if (const QSlider *slider = rounds->whatIf()->sliderFor(criterion.code))
                target.whatIfWeights.insert(criterion.code, slider->value());
        }
    }
    if (const auto *gpu = qobject_cast<const GpuUsageView *>(page)) {
        const GpuUsagePeriodModel &periods = *gpu->periodModel();
        const QVariant consortium = gpu->consortiumFilter()->currentData();
        if (const domain::Consortium *c = consortium.isValid() ? state.snapshot().consortium(consortium.toLongLong()) : nullptr)
            target.consortiumCode = c->code;
        target.providerCode = codeOf(gpu->providerFilter(), periods.providers());
        target.gpuModelCode = codeOf(gpu->gpuModelFilter(), periods.gpuModels());
        target.from = periods.filter().from;
        target.to = periods.filter().to;
        target.drillMonth = periods.drillMonth();
    }
    return target;
}

} // namespace kai::ui
