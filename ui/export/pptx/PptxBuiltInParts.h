// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/pptx/PptxPackage.h"

namespace kai::ui {

// The clean built-in 16:9 master of a deck without a template, as a presentation with no
// slides: one slide master (title, body, footer band, a short accent bar), two layouts (Title
// Slide and Title Only), a theme in Nanum Gothic with the export palette's colours, and a notes
// master. Each part is a small fixed XML template documented where it is written; PptxTemplate
// reads them exactly like a ministry's template.
class PptxBuiltInParts
{
public:
    static PptxPackage package();
};

} // namespace kai::ui
