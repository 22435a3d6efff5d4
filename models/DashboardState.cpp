// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardState.h"

#include "store/Database.h"
#include "store/DatabaseWatcher.h"
#include "store/ProgramRepository.h"
#include "store/StoreError.h"
#include "store/GpuUsageRollupCache.h"

#include <algorithm>

namespace kai {

DashboardState::DashboardState(QObject *parent)
    : QObject(parent), m_asOf(std::clamp(QDate::currentDate(), earliestAsOf(), latestAsOf()))
{
}

DashboardState::~DashboardState() = default;

void DashboardState::setDatabase(std::unique_ptr<store::Database> database)
{
    m_watcher.reset();
    m_database = std::move(database);
    if (m_database)
        m_watcher = store::DatabaseWatcher::create(*m_database);
    if (m_watcher) {
        connect(m_watcher.get(), &store::DatabaseWatcher::changedElsewhere, this, [this] {
            reload();
            emit changedElsewhere();
        });
        connect(m_watcher.get(), &store::DatabaseWatcher::connectionProblem, this, [this](const QString &message) {
            if (!message.isEmpty())
                emit errorOccurred(message);
        });
    }
    // A new connection counts its changes from zero again: never trust sums kept for another one.
    m_usageRollup = std::make_unique<store::GpuUsageRollupCache>();
    reload();
    emit databaseChanged();
}

QString DashboardState::databasePath() const
{
    return m_database ? m_database->path() : QString();
}

bool DashboardState::isReadOnly() const
{
    return m_database && m_database->isReadOnly();
}

void DashboardState::setAsOf(const QDate &date)
{
    const QDate clamped = std::clamp(date, earliestAsOf(), latestAsOf());
    if (!clamped.isValid() || clamped == m_asOf)
        return;
    m_asOf = clamped;
    reload();
}

void DashboardState::setLanguage(domain::Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    emit languageChanged();
}

void DashboardState::setTodayOverride(const QDate &date)
{
    m_todayOverride = date;
}

void DashboardState::setPressMode(bool press)
{
    if (press == m_pressMode)
        return;
    m_pressMode = press;
    emit pressModeChanged(press);
    emit snapshotChanged();
}

void DashboardState::reload()
{
    m_snapshot = domain::ProgramSnapshot();
    m_snapshot.asOf = m_asOf;
    if (m_database) {
        try {
            m_snapshot = store::ProgramRepository(m_database->sql(), m_usageRollup.get()).loadSnapshot(m_asOf);
            m_lastError.clear();
        } catch (const store::StoreError &error) {
            m_lastError = error.message();
            emit errorOccurred(m_lastError);
        }
    }
    emit snapshotChanged();
}

} // namespace kai
