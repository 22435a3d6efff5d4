// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace kai::store {

// Looks at a file before anything opens it for writing: a mistyped path, an empty file, a text
// file, somebody else's SQLite database or one written by a newer app are all refused here,
// untouched. The header is read as plain bytes and SQLite opens the file only as immutable, so a
// refused file gets no -wal or -shm beside it.
class DatabaseFileInspector
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseFileInspector)

public:
    enum class Verdict { Usable, Missing, NotAFile, Empty, NotSqlite, Foreign, TooNew, Corrupt, Unreadable, UnreadableWal };

    struct Result
    {
        Verdict verdict = Verdict::Missing;
        int schemaVersion = 0;
        bool writable = false;        // the file and its folder can be written
        bool folderWritable = false;  // SQLite can create -wal and -shm beside the file
        bool walMode = false;
        bool pendingWal = false;      // a non-empty -wal holds changes not yet merged into the file
        bool reviewCopy = false;      // made by File > Make Review Copy (it has a manifest)
        QString message;  // translated, names the file; empty when usable
        bool isUsable() const { return verdict == Verdict::Usable; }
        // A write-ahead-log database that can only be read without the shared-memory file, which
        // SQLite cannot create in a read-only folder: it is opened immutable.
        bool needsImmutableOpen() const { return walMode && !folderWritable && !pendingWal; }
    };

    // The refusal of a database written by a newer K-AI Dashboard: the same words for a file and a server.
    static QString tooNewMessage(const QString &shown, int schemaVersion);
    static Result inspect(const QString &path);
};

} // namespace kai::store
