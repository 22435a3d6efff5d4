// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DomainTypes.h"

namespace kai::domain {

class ProgramSnapshot;

// Derives a consortium's status from the round results known in a snapshot, in stage order.
// Status is never stored: a stored status could not answer "as known on date D".
class ConsortiumStatusResolver
{
public:
    static ConsortiumStatus resolve(const ProgramSnapshot &snapshot, qint64 consortiumId);
    static ConsortiumStatus apply(ConsortiumStatus current, StageKind stage, Outcome outcome);
};

} // namespace kai::domain
