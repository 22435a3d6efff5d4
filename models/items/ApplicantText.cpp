// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/ApplicantText.h"
#include "items/DisplayFormat.h"

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

ApplicantText::TeamsFigure ApplicantText::teams(const domain::ProgramFigures &figures, domain::Language language)
{
    const DisplayFormat fmt(language);
    if (figures.everSelected == 0 && figures.underReview > 0)
        return {fmt.integer(figures.underReview), underReview(figures, language)};
    if (figures.applied == 0)
        return {tr("None yet"), tr("No applicants announced yet")};
    return {fmt.integer(figures.inCompetition),
            tr("%1 · %2 selected · %3 out").arg(brief(figures), fmt.integer(figures.everSelected), fmt.integer(figures.eliminated))};
}

QString ApplicantText::underReview(const domain::ProgramFigures &figures, domain::Language language)
{
    const DisplayFormat fmt(language);
    const QString count = fmt.integer(figures.underReview);
    if (figures.runningRound)
        return tr("%1 applicants under %2").arg(count, figures.runningRound->name.in(language));
    return figures.eliminated > 0 ? tr("%1 shortlisted · %2 out").arg(count, fmt.integer(figures.eliminated))
                                  : tr("%1 applicants, none evaluated yet").arg(count);
}

} // namespace kai
