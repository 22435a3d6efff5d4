// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/ViewPage.h"

#include <optional>

namespace kai {
class DashboardState;
}

namespace kai::ui {

// Builds a fresh instance of any view for drawing offscreen, so exports never resize or disturb
// the pages on screen, and names the views on the command line.
class ViewFactory
{
public:
    static ViewPage *create(ViewId view, const DashboardState &state);
    static QString key(ViewId view);  // "overview", "consortia", ...
    static std::optional<ViewId> parseKey(const QString &key);
    static QStringList keys();
};

} // namespace kai::ui
