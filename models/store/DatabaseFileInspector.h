// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace kai::store {

// Looks at a file before anything opens it for writing: a mistyped path, an empty file, a text
// file, somebody else's SQLite database or one written by a newer app are all refused here,
// untouched.
class DatabaseFileInspector
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseFileInspector)

public:
    enum class Verdict { Usable, Missing, NotAFile, Empty, NotSqlite, Foreign, TooNew, Corrupt, Unreadable };

    struct Result
    {
        Verdict verdict = Verdict::Missing;
        int schemaVersion = 0;
        bool writable = false;
        QString message;  // translated, names the file; empty when usable
        bool isUsable() const { return verdict == Verdict::Usable; }
    };

    static Result inspect(const QString &path);
};

} // namespace kai::store
