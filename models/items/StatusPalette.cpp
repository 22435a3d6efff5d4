// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/StatusPalette.h"

namespace kai {

using namespace kai::domain;

QColor StatusPalette::background(ConsortiumStatus status)
{
    switch (status) {
    case ConsortiumStatus::Applied: return QColor(0xEE, 0xEE, 0xEE);
    case ConsortiumStatus::Shortlisted: return QColor(0xD6, 0xE6, 0xF5);
    case ConsortiumStatus::Selected: return QColor(0x9E, 0xCA, 0xE1);
    case ConsortiumStatus::Advanced: return QColor(0x6B, 0xAE, 0xD6);
    case ConsortiumStatus::Eliminated: return QColor(0xFD, 0xD0, 0xA2);
    case ConsortiumStatus::NationalModel: return QColor(0x41, 0x92, 0xC6);
    }
    return {};
}

QColor StatusPalette::background(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Advanced: return background(ConsortiumStatus::Advanced);
    case Outcome::Eliminated:
    case Outcome::Withdrawn: return background(ConsortiumStatus::Eliminated);
    case Outcome::Pending: return background(ConsortiumStatus::Applied);
    }
    return {};
}

} // namespace kai
