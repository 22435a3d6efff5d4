// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace kai::files {

// Decides, before anything is written, whether the app may put a file at a path. Exports and
// import reports are written only as a new file or over a regular file; never through a
// symbolic link (its target could be any file), never over a device, pipe, socket or folder, and
// never over a K-AI Dashboard database or one of its -wal/-shm/-journal files.
class OutputFileGuard
{
    Q_DECLARE_TR_FUNCTIONS(OutputFileGuard)

public:
    // Empty when the path may be written; otherwise a translated reason naming the file.
    static QString refusal(const QString &path);

private:
    static QString refusalOfExisting(const QString &path);
    static QString refusalOfDatabase(const QString &path);
};

} // namespace kai::files
