// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/RoundFundingSlide.h"

#include "DashboardState.h"
#include "items/DisplayFormat.h"
#include "slides/SlideBarChart.h"

#include <QPainter>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace kai::ui {

using namespace kai::domain;

QString RoundFundingSlide::title() const
{
    return tr("Evaluation Rounds — funding");
}

QVector<const Funding *> RoundFundingSlide::shownRows() const
{
    QVector<const Funding *> rows;
    for (const Funding &f : state().snapshot().funding) {
        if (!(press() && state().snapshot().isIllustrative(f.sourceId)))
            rows << &f;
    }
    return rows;
}

QString RoundFundingSlide::headline() const
{
    const QVector<const Funding *> rows = shownRows();
    if (rows.isEmpty())
        return tr("Per-team funding has not been published");
    qint64 total = 0;
    QSet<qint64> teams;
    for (const Funding *f : rows) {
        total += f->governmentKrw + f->privateKrw;
        teams.insert(f->consortiumId);
    }
    // In the unit and decimals of the axis and the rows below (억 원 / KRW billion), never 조 or a
    // second unit beside them.
    const QString committed = tr("%1 committed across %n teams", nullptr, int(teams.size()))
                                  .arg(DisplayFormat(state().language()).money(total, moneyDecimals()));
    return showsIllustrativeData() ? committed + tr(" (sample)") : committed;
}

QString RoundFundingSlide::context() const
{
    return tr("Government and private funding per consortium and year, %1 · %2", "unit · as of")
        .arg(DisplayFormat(state().language()).moneyUnitName(), asOfText());
}

int RoundFundingSlide::moneyDecimals() const
{
    QVector<qint64> amounts;
    qint64 total = 0;
    for (const Funding *f : shownRows()) {
        amounts << f->governmentKrw + f->privateKrw;
        total += amounts.last();
    }
    amounts << total;
    return DisplayFormat(state().language()).moneyDecimals(amounts);
}

bool RoundFundingSlide::showsIllustrativeData() const
{
    const QVector<const Funding *> rows = shownRows();
    return std::any_of(rows.cbegin(), rows.cend(),
                       [this](const Funding *f) { return state().snapshot().isIllustrative(f->sourceId); });
}

void RoundFundingSlide::paintBody(QPainter &painter, const QRectF &body, const SlideStyle &style, int page) const
{
    Q_UNUSED(page)
    const QVector<const Funding *> rows = shownRows();
    if (rows.isEmpty()) {
        painter.fillRect(body, style.band());
        painter.setPen(style.mutedInk());
        painter.setFont(style.font(SlideStyle::Text::Heading));
        painter.drawText(body.adjusted(style.gutter(), 0, -style.gutter(), 0), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Figures not published: the ministry has not released per-team amounts."));
        return;
    }
    const ProgramSnapshot &snapshot = state().snapshot();
    const Language language = state().language();
    const DisplayFormat format(language);
    const double unit = format.moneyUnit();
    const int decimals = moneyDecimals();
    HorizontalBarChart::Data data;
    data.valueAxisTitle = format.moneyUnitName();
    HorizontalBarChart::Set government{tr("Government"), {}, SlideStyle::seriesColour(0), Qt::SolidPattern, Qt::SolidLine};
    HorizontalBarChart::Set privateShare{tr("Private"), {}, SlideStyle::seriesColour(1), Qt::FDiagPattern, Qt::SolidLine};
    double highest = 1;
    for (const Funding *f : rows) {
        const Consortium *c = snapshot.consortium(f->consortiumId);
        const QString marker = snapshot.isIllustrative(f->sourceId) ? tr(" (sample)") : QString();
        data.categories << tr("%1 %2: %3%4")
                               .arg(c ? c->name.in(language) : QString(), QString::number(f->year),
                                    format.money(f->governmentKrw + f->privateKrw, decimals), marker);
        government.values << double(f->governmentKrw) / unit;
        privateShare.values << double(f->privateKrw) / unit;
        highest = std::max(highest, double(f->governmentKrw + f->privateKrw) / unit);
    }
    data.sets = {government, privateShare};
    // Rounded up to KRW 10 billion (100억 원) whatever the unit: twins in 억 and in billions then
    // draw the same bars against the same ticks, only the figures differ.
    const double step = 1e10 / unit;
    data.maximum = std::ceil(highest / step) * step;
    SlideBarChart(data).paint(painter, body, style);
}

} // namespace kai::ui
