// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/ReviewNote.h"

#include <QVector>

namespace kai::store {

class SqlConnection;

// Reviewers' notes merged into the office database (table review_note, schema version 4), a file
// or a server alike.
class ReviewNoteRepository
{
public:
    explicit ReviewNoteRepository(SqlConnection &connection) : m_connection(connection) {}

    bool contains(const QString &uid);
    void insert(const review::MergedNote &note);
    QVector<review::MergedNote> all();
    // Marks an open note resolved or dismissed; false when no open note has that id.
    bool close(qint64 id, review::MergedNote::Status status, const QString &reason, const QString &by,
               const QDateTime &at);

private:
    SqlConnection &m_connection;
};

} // namespace kai::store
