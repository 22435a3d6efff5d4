// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/ReviewNote.h"
#include "store/SqliteConnection.h"

#include <QCoreApplication>
#include <QVector>

namespace kai::store {

// The reviewers' notes file beside a database, NAME.notes.sqlite: its own small SQLite file with
// its own application id, so it is never taken for a dashboard database and the reviewed data
// is never written. Opened on demand; created on the first note.
class NoteSidecarStore
{
    Q_DECLARE_TR_FUNCTIONS(NoteSidecarStore)

public:
    static constexpr std::int32_t ApplicationId = 0x4B41494E;  // 'KAIN'

    static QString pathFor(const QString &databasePath);

    // Throws StoreError (translated, naming the file) when the file exists but is not a notes
    // file, or cannot be opened or created.
    static NoteSidecarStore open(const QString &databasePath, bool create);
    bool isOpen() const { return m_connection.isOpen(); }
    QString path() const { return m_path; }

    QVector<review::ReviewNote> notes();
    void add(const review::ReviewNote &note);
    void remove(const QString &uid);

private:
    void createSchema();

    SqliteConnection m_connection;
    QString m_path;
};

} // namespace kai::store
