// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/ReviewStatusLabel.h"

#include "DashboardState.h"
#include "items/StatusPalette.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <spdlog/spdlog.h>

namespace kai::ui {

ReviewStatusLabel::ReviewStatusLabel(const DashboardState &state, QWidget *parent) : QLabel(parent), m_state(state)
{
    setObjectName(QStringLiteral("reviewCopyStatus"));
    connect(&m_state, &DashboardState::databaseChanged, this, &ReviewStatusLabel::verify);
    connect(&m_state, &DashboardState::languageChanged, this, &ReviewStatusLabel::showStatus);
    verify();
}

void ReviewStatusLabel::verify()
{
    m_status = {};
    // Review copies are files; a server database is never one.
    if (store::Database *database = m_state.database(); database && !database->isServer()) {
        try {
            m_status = review::ReviewCopyStatus::of(database->connection());
        } catch (const store::StoreError &error) {
            spdlog::warn("review copy not verified: {}", error.message().toStdString());
        }
    }
    if (m_status.isModified())
        spdlog::warn("review copy {} no longer matches its manifest", m_state.databasePath().toStdString());
    showStatus();
}

void ReviewStatusLabel::showStatus()
{
    setText(m_status.text(m_state.language()));
    setVisible(m_status.isReviewCopy);
    setStyleSheet(m_status.isModified() ? QStringLiteral("QLabel { background: %1; color: %2; padding: 0 6px; }")
                                              .arg(StatusPalette::warningBackground().name(),
                                                   StatusPalette::warningText().name())
                                        : QString());
}

} // namespace kai::ui
