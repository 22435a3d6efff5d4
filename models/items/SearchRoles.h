// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace kai {

// Roles shared by the searchable models, the search proxy and the highlighting delegate.
enum SearchRole {
    // QStringList of every name a cell answers to, in pairs (Korean, English), one pair per entity:
    // one pair for a consortium or organisation name, one per member for a list of members.
    SearchTextsRole = Qt::UserRole + 64,
    // QStringList of the entities' names as displayed (same order as the pairs above).
    DisplayNamesRole,
    // QVariantList of QPoint(start, length): the spans of the display text that match the search.
    MatchSpansRole,
    // QString: names of the members that matched, in the display language (empty when none).
    MatchedMembersRole,
};

} // namespace kai
