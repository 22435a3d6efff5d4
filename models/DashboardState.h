// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ProgramSnapshot.h"

#include <QObject>
#include <memory>

namespace kai::store {
class Database;
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
    QString databasePath() const;
    bool isReadOnly() const;

    QDate asOf() const { return m_asOf; }
    void setAsOf(const QDate &date);
    static QDate earliestAsOf() { return QDate(2025, 6, 1); }
    static QDate latestAsOf() { return QDate(2027, 12, 31); }

    domain::Language language() const { return m_language; }
    void setLanguage(domain::Language language);

    const domain::ProgramSnapshot &snapshot() const { return m_snapshot; }
    QString lastError() const { return m_lastError; }
    // Re-reads the snapshot, e.g. after another connection (an import) changed the database.
    void reload();

signals:
    void snapshotChanged();
    void languageChanged();
    void databaseChanged();
    void errorOccurred(const QString &message);

private:
    std::unique_ptr<store::Database> m_database;
    QDate m_asOf;
    domain::Language m_language = domain::Language::English;
    domain::ProgramSnapshot m_snapshot;
    QString m_lastError;
};

} // namespace kai
