// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/AtomicFileWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace kai::ui {

QString AtomicFileWriter::checkWritable(const QString &path)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        return tr("No output file was given.");
    if (info.isDir())
        return tr("%1 is a folder, not a file.").arg(shown);
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir())
        return tr("The folder of %1 does not exist.").arg(shown);
    if (!folder.isWritable())
        return tr("The folder of %1 is not writable.").arg(shown);
    if (info.exists() && !info.isWritable())
        return tr("%1 is read-only.").arg(shown);
    return {};
}

QString AtomicFileWriter::write(const QString &path, const std::function<bool(QIODevice &)> &writer)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    // Never fall back to writing in place: that is exactly the half-written file we must avoid.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(shown, file.errorString());
    if (!writer(file)) {
        file.cancelWriting();
        return tr("Could not draw %1; nothing was written.").arg(shown);
    }
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(shown, file.errorString());
    return {};
}

} // namespace kai::ui
