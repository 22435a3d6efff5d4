// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ProgramSnapshot.h"
#include "items/RoundResultsByRoundModel.h"
#include "slides/Slide.h"

namespace kai::ui {

// Base of the slides about one round (results, relative performance, what-if): picks the round
// by its code, or the one that says most on the date, as the Rounds view does, and holds the
// same item model as the view.
class RoundSlide : public Slide
{
    Q_DECLARE_TR_FUNCTIONS(RoundSlide)

public:
    RoundSlide(const DashboardState &state, const QString &roundCode);

    QString context() const override;

protected:
    const domain::Stage *stage() const;
    QString roundName() const;
    const RoundResultsByRoundModel &model() const { return m_model; }
    // The details without what the press profile leaves out (illustrative scores and references).
    domain::RoundDetails publishableDetails() const;
    // A sentence in place of a figure, centred in the body.
    static void paintSentence(QPainter &painter, const QRectF &body, const SlideStyle &style, const QString &text);

private:
    static qint64 chooseStage(const domain::ProgramSnapshot &snapshot, const QString &code);

    RoundResultsByRoundModel m_model;
};

} // namespace kai::ui
