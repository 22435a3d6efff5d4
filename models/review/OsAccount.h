// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kai::review {

// The operating-system account of whoever runs the app: the "made by" of a review copy and the
// reviewer of a note. Read from the environment so no platform API is needed.
class OsAccount
{
public:
    static QString name();
};

} // namespace kai::review
