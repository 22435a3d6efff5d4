// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace kai::store {

// The first 100 bytes of an SQLite file, read as plain bytes: what a file is can be told without
// letting SQLite open it, which would create -wal and -shm files beside a file we then refuse.
struct SqliteFileHeader
{
    bool readable = false;  // the file could be opened and has at least 100 bytes
    bool sqlite = false;    // starts with "SQLite format 3\0"
    quint32 applicationId = 0;
    int userVersion = 0;
    bool walMode = false;   // the file format numbers say write-ahead logging

    static SqliteFileHeader read(const QString &path);
    bool isOurs() const;

    // The side files SQLite keeps next to a database, and the database a side file belongs to
    // (empty when the name is not that of a side file).
    static QStringList sideFileSuffixes();
    static QString databaseOfSideFile(const QString &path);
};

} // namespace kai::store
