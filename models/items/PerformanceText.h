// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DomainTypes.h"

#include <QCoreApplication>

namespace kai {

// The best score against a round's reference model, in words that say what it is: a share of one
// named model the round was measured against. The programme's target counts the global frontier
// models of the last six months, so such a share is never called "frontier" and never said to
// meet or miss that target.
class PerformanceText
{
    Q_DECLARE_TR_FUNCTIONS(PerformanceText)

public:
    // "Best score vs reference model"
    static QString caption();
    // "K-EXAONE vs Qwen3-235B, the round's reference model; not measured against the 95% frontier target"
    static QString detail(const domain::RelativePerformance &best, double targetPct, domain::Language language);
    // "K-EXAONE vs Qwen3-235B, the round's reference model", with the company caveat when the figure
    // rests only on the company's own claim.
    static QString comparison(const domain::RelativePerformance &best);
};

} // namespace kai
