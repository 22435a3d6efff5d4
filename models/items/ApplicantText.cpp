// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/ApplicantText.h"

namespace kai {

QString ApplicantText::sentence(const domain::ProgramFigures &figures)
{
    if (figures.appliedLater() <= 0)
        return tr("%1 applied in %2").arg(figures.appliedToFirstCall).arg(figures.firstCallYear);
    return tr("%1 applied in %2, %3 more in the %4 additional call")
        .arg(figures.appliedToFirstCall)
        .arg(figures.firstCallYear)
        .arg(figures.appliedLater())
        .arg(figures.laterCallYear);
}

QString ApplicantText::brief(const domain::ProgramFigures &figures)
{
    if (figures.appliedLater() <= 0)
        return tr("%1 applied").arg(figures.appliedToFirstCall);
    return tr("%1+%2 applied", "original call + additional call")
        .arg(figures.appliedToFirstCall)
        .arg(figures.appliedLater());
}

} // namespace kai
