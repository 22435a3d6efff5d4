// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ProgramPeriod.h"
#include "domain/ProgramSnapshot.h"

#include <QObject>
#include <memory>

namespace kai::store {
class Database;
class DatabaseWatcher;
class GpuUsageRollupCache;
}

namespace kai {

// The one place that holds the open database, the as-of date and the display language. Every
// item model reads the snapshot from here and every view follows its signals, so moving the
// as-of date or switching language updates all of them at once.
class DashboardState : public QObject
{
    Q_OBJECT

public:
    explicit DashboardState(QObject *parent = nullptr);
    ~DashboardState() override;

    // Takes ownership; pass nullptr to close. Reloads the snapshot.
    void setDatabase(std::unique_ptr<store::Database> database);
    store::Database *database() const { return m_database.get(); }
    // The usage rollup kept for this database's snapshots and GPU figures (a cache: reading through
    // it never changes what is read, hence a const accessor).
    store::GpuUsageRollupCache *usageRollup() const { return m_usageRollup.get(); }
    QString databasePath() const;
    bool isReadOnly() const;

    QDate asOf() const { return m_asOf; }
    void setAsOf(const QDate &date);
    static QDate earliestAsOf() { return domain::ProgramPeriod::firstDay(); }
    static QDate latestAsOf() { return domain::ProgramPeriod::lastDay(); }

    domain::Language language() const { return m_language; }
    void setLanguage(domain::Language language);

    // "Today" for anything that marks the current day (a today line on a timeline, days remaining).
    // Views must ask here rather than call QDate::currentDate(): exports pin it to the as-of date
    // so the same data always gives the same picture. Invalid override: the real date.
    QDate today() const { return m_todayOverride.isValid() ? m_todayOverride : QDate::currentDate(); }
    void setTodayOverride(const QDate &date);

    // Press mode (the 보도용 export profile). Contract for every item model and view:
    //  - a cell whose ConfidentialRole is true returns DomainText::confidential() (or a rank band /
    //    pass-fail text) for Qt::DisplayRole, Qt::ToolTipRole and Qt::AccessibleTextRole, never the
    //    figure itself; SortRole may keep ordering but must not reveal the value as text;
    //  - internal notes (note columns, note tooltips) return nothing;
    //  - charts leave confidential values out (or plot the band) and say so in their legend.
    // Emits pressModeChanged and snapshotChanged, so table models rebuild through their usual path.
    bool pressMode() const { return m_pressMode; }
    void setPressMode(bool press);

    const domain::ProgramSnapshot &snapshot() const { return m_snapshot; }
    QString lastError() const { return m_lastError; }
    // Re-reads the snapshot, e.g. after another connection (an import) changed the database.
    void reload();

signals:
    void snapshotChanged();
    void languageChanged();
    void databaseChanged();
    void errorOccurred(const QString &message);
    // Another client committed a change to the open server database; the snapshot was reloaded
    // (snapshotChanged came first). Open forms check whether what they show is still current.
    void changedElsewhere();
    void pressModeChanged(bool press);

private:
    std::unique_ptr<store::Database> m_database;
    std::unique_ptr<store::DatabaseWatcher> m_watcher;  // declared after: goes before the database
    std::unique_ptr<store::GpuUsageRollupCache> m_usageRollup;  // of m_database: a new one with each database
    QDate m_asOf;
    domain::Language m_language = domain::Language::English;
    domain::ProgramSnapshot m_snapshot;
    QString m_lastError;
    QDate m_todayOverride;
    bool m_pressMode = false;
};

} // namespace kai
