// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/ReviewNote.h"

#include <QVector>

namespace kai::store {

class SqliteConnection;

// Reviewers' notes merged into the office database (table review_note, schema version 4).
class ReviewNoteRepository
{
public:
    explicit ReviewNoteRepository(SqliteConnection &connection) : m_connection(connection) {}

    bool contains(const QString &uid);
    void insert(const review::MergedNote &note);
    QVector<review::MergedNote> all();
    // Marks an open note resolved or dismissed; false when no open note has that id.
    bool close(qint64 id, review::MergedNote::Status status, const QString &reason, const QString &by,
               const QDateTime &at);

private:
    SqliteConnection &m_connection;
};

} // namespace kai::store
