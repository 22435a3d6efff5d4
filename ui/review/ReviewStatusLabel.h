// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/ReviewCopyStatus.h"

#include <QLabel>

namespace kai {
class DashboardState;
}

namespace kai::ui {

// The status bar's word on a review copy: "Review copy of 30 Nov 2026, unchanged", or "Review
// copy modified after it was made" in the warning colour. Hidden for an ordinary database. The
// copy is verified once when it is opened (its checksum recomputed), not on every as-of change.
class ReviewStatusLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ReviewStatusLabel(const DashboardState &state, QWidget *parent = nullptr);
    const review::ReviewCopyStatus &status() const { return m_status; }

private:
    void verify();
    void showStatus();

    const DashboardState &m_state;
    review::ReviewCopyStatus m_status;
};

} // namespace kai::ui
