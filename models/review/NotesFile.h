// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/ReviewNote.h"

#include <QCoreApplication>
#include <QVector>

namespace kai::store {
class Database;
}

namespace kai::review {

// The file a reviewer sends back: JSON with the reviewer, the reviewed copy's checksum and each
// note with its item's stable key and the value seen.
//   {"format": "kai-dashboard-review-notes", "version": 1, "reviewer": ..., "copyChecksum": ...,
//    "database": ..., "exportedAt": ..., "notes": [{"uid", "item", "kind", "text", "proposedValue",
//    "seenValue", "reviewer", "writtenAt"}, ...]}
struct NotesFile
{
    Q_DECLARE_TR_FUNCTIONS(NotesFile)

public:
    static constexpr int Version = 1;

    QString reviewer;
    QString copyChecksum;  // the manifest's checksum of a review copy, else the data's checksum
    QString databaseName;
    QDateTime exportedAt;
    QVector<ReviewNote> notes;

    QByteArray toJson() const;
    // Reads a file written by toJson(); on failure an error naming the file, line and reason.
    static NotesFile parse(const QByteArray &json, const QString &fileName, QString *error);
    static NotesFile read(const QString &path, QString *error);

    // Gathers the notes beside `database` and writes them to `path` atomically. An empty string or
    // a translated reason naming the file. `count` receives the number of notes written.
    static QString exportNotes(store::Database &database, const QString &path, int *count = nullptr);
};

} // namespace kai::review
