// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <functional>

class QFileDevice;
class QIODevice;

namespace kai::ui {

// Writes a file through QSaveFile: the content is drawn into memory, goes to a temporary file
// beside the target and replaces it only when everything was written. A failure leaves no
// partial file and keeps any older file at the path intact; a full disk is called that.
class AtomicFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFileWriter)

public:
    // writer returns false (or throws nothing and leaves the device in error) to abandon the file.
    // Returns an empty string on success, otherwise a translated reason naming the file.
    static QString write(const QString &path, const std::function<bool(QIODevice &)> &writer);
    // Empty when the file may be written at path (see files::OutputFileGuard); otherwise the reason.
    static QString checkWritable(const QString &path);

private:
    // Writes content that is already complete.
    static QString store(const QString &path, const QByteArray &bytes);
    static QString failure(const QString &path, const QFileDevice &file);
};

} // namespace kai::ui
