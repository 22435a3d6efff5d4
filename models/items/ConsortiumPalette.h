// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QHash>

namespace kai::domain {
class ProgramSnapshot;
}

namespace kai {

// The colours that tell consortia apart in charts, legends and table swatches. Sixteen hues are not
// legible apart (nor in print), so the rule is explicit: each team selected into the programme
// (a presentation review or an additional call) has a colour of its own, in the order the teams were
// selected (then by id), and keeps it in every chart, view and export, in both languages and on
// every later date; an applicant never selected has no colour identity: a neutral grey where a chart
// must draw it, and no swatch beside its name in a table.
class ConsortiumPalette
{
public:
    explicit ConsortiumPalette(const domain::ProgramSnapshot &snapshot);

    // Whether the consortium has a colour of its own (was selected into the programme by the
    // snapshot's date).
    bool isDistinct(qint64 consortiumId) const;
    // Its own colour, or neutral() for an applicant never selected.
    QColor colour(qint64 consortiumId) const;
    // Its own colour, or none (an invalid colour: no swatch) for an applicant never selected.
    QColor swatch(qint64 consortiumId) const;

    static QColor neutral();
    // How many teams can have a colour of their own before the colours repeat.
    static int distinctCount();
    // The colour of the n-th team selected into the programme.
    static QColor distinct(int index);

private:
    QHash<qint64, int> m_order;  // consortium id → position among the teams selected
};

} // namespace kai
