// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace kai {
class DashboardState;
}

namespace kai::ui {

// File → Save Import Template…: an .xlsx to fill in for File → Import GPU usage…. The usage
// columns in the header, each with a comment in the display language saying what goes there;
// drop-down lists of the database's consortium codes, GPU models and providers (a warning, not a
// refusal, since names are accepted too); two example rows that import as they are.
class GpuImportTemplate
{
    Q_DECLARE_TR_FUNCTIONS(GpuImportTemplate)

public:
    explicit GpuImportTemplate(const DashboardState &state) : m_state(state) {}

    // Returns an empty string or a translated reason; the file is written atomically.
    QString write(const QString &path) const;

    // What each column holds, for its header comment.
    static QString columnHelp(int column);

private:
    const DashboardState &m_state;
};

} // namespace kai::ui
