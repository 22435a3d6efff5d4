// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/OutputFileGuard.h"

#include "store/SqliteFileHeader.h"

#include <QDir>
#include <QFileInfo>

namespace kai::files {

namespace {
QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}
} // namespace

QString OutputFileGuard::refusal(const QString &path)
{
    if (path.isEmpty())
        return tr("No output file was given.");
    if (const QString problem = refusalOfExisting(path); !problem.isEmpty())
        return problem;
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.isDir())
        return tr("The folder of %1 does not exist.").arg(shown(path));
    if (!folder.isWritable())
        return tr("The folder of %1 is not writable.").arg(shown(path));
    return refusalOfDatabase(path);
}

QString OutputFileGuard::refusalOfExisting(const QString &path)
{
    const QFileInfo info(path);
    // isSymLink() looks at the link itself (lstat), so a dangling link or a loop is caught too.
    if (info.isSymLink()) {
        return tr("%1 is a symbolic link; K-AI Dashboard never writes through a link, because its target could be "
                  "any file. Remove the link or choose another name.")
            .arg(shown(path));
    }
    if (!info.exists())
        return {};
    if (info.isDir())
        return tr("%1 is a folder, not a file.").arg(shown(path));
    // Devices, pipes and sockets: writing "over" one would replace it with a regular file.
    if (!info.isFile())
        return tr("%1 is not a regular file (a device, pipe or socket); choose a file name.").arg(shown(path));
    if (!info.isWritable())
        return tr("%1 is read-only.").arg(shown(path));
    return {};
}

QString OutputFileGuard::refusalOfDatabase(const QString &path)
{
    // The header, not the name: a copy, a hard link or a renamed database is recognised too.
    const bool database = store::SqliteFileHeader::read(path).isOurs();
    const QString owner = store::SqliteFileHeader::databaseOfSideFile(path);
    const bool sideFile = !owner.isEmpty() && store::SqliteFileHeader::read(owner).isOurs();
    if (!database && !sideFile)
        return {};
    return tr("%1 is a K-AI Dashboard database or one of its -wal, -shm or -journal files; it is never "
              "overwritten by an export or a report. Choose another file name.")
        .arg(shown(path));
}

} // namespace kai::files
