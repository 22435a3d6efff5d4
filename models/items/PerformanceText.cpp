// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/PerformanceText.h"

#include "items/DisplayFormat.h"
#include "items/DomainText.h"

namespace kai {

QString PerformanceText::caption()
{
    return tr("Best score vs reference model");
}

QString PerformanceText::comparison(const domain::RelativePerformance &best)
{
    const QString compared = tr("%1 vs %2, the round's reference model").arg(best.modelName, best.referenceModel);
    return best.companyClaim ? tr("%1; %2").arg(compared, DomainText::companyFigure()) : compared;
}

QString PerformanceText::detail(const domain::RelativePerformance &best, double targetPct, domain::Language language)
{
    return tr("%1; not measured against the %2 frontier target")
        .arg(comparison(best), DisplayFormat(language).percent(targetPct, 0));
}

} // namespace kai
