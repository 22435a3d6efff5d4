// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/AtomicFileWriter.h"

#include "files/OutputFileGuard.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>
#include <cerrno>
#include <cstring>

namespace kai::ui {

namespace {
// Below this much free space after a failed write, the failure is the disk being full.
constexpr qint64 NearlyFullBytes = 1024 * 1024;

bool diskFull(const QString &path, const QFileDevice &file)
{
    if (file.errorString() == QString::fromLocal8Bit(std::strerror(ENOSPC)))
        return true;
    QStorageInfo storage(QFileInfo(path).absolutePath());
    storage.refresh();
    return storage.isValid() && storage.bytesAvailable() < NearlyFullBytes;
}
} // namespace

QString AtomicFileWriter::checkWritable(const QString &path)
{
    return files::OutputFileGuard::refusal(path);
}

QString AtomicFileWriter::write(const QString &path, const std::function<bool(QIODevice &)> &writer)
{
    // Checked again right before writing: the window's file dialog does not go through
    // checkWritable(), and QSaveFile itself would follow a symbolic link and replace a device.
    if (const QString refusal = checkWritable(path); !refusal.isEmpty())
        return refusal;
    // Drawn into memory first: the encoders (libpng above all) never meet a failing disk, whose
    // errors they report in their own words ("libpng error: Write Error") or not at all.
    QBuffer content;
    content.open(QIODevice::WriteOnly);
    if (!writer(content))
        return tr("Could not draw %1; nothing was written.").arg(QDir::toNativeSeparators(path));
    return store(path, content.data());
}

QString AtomicFileWriter::store(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    // Never fall back to writing in place: that is exactly the half-written file we must avoid.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return failure(path, file);
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        // Asked while the unfinished temporary file still takes its space.
        const QString reason = failure(path, file);
        file.cancelWriting();
        return reason;
    }
    if (!file.commit())
        return failure(path, file);
    return {};
}

QString AtomicFileWriter::failure(const QString &path, const QFileDevice &file)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (diskFull(path, file))
        return tr("The disk holding %1 is full; nothing was written, and an older file there is unchanged.").arg(shown);
    return tr("Cannot write %1: %2").arg(shown, file.errorString());
}

} // namespace kai::ui
