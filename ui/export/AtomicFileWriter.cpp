// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/AtomicFileWriter.h"

#include "files/OutputFileGuard.h"

#include <QDir>
#include <QSaveFile>

namespace kai::ui {

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
