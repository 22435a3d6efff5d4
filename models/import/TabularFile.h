// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <memory>

namespace kai::import {

class RecordSource;

// A file of records to import, opened by what it holds rather than by its name: a CSV file, or a
// sheet of an .xlsx workbook. An older .xls, an encrypted workbook or a renamed file of another
// kind is refused with a message that names the file and says what to do.
class TabularFile
{
    Q_DECLARE_TR_FUNCTIONS(TabularFile)

public:
    virtual ~TabularFile() = default;

    // sheet names the workbook's sheet to read (empty: the first); CSV files ignore it.
    // Null with error set when the file cannot be read.
    static std::unique_ptr<TabularFile> open(const QString &path, const QString &sheet, QString &error);
    // The worksheets of an .xlsx file, in workbook order; empty for anything else.
    static QStringList sheetNames(const QString &path);

    virtual RecordSource &records() = 0;
    // The total of RecordSource::bytesRead() at the end, for progress.
    virtual qint64 bytesTotal() const = 0;

protected:
    TabularFile() = default;
};

} // namespace kai::import
