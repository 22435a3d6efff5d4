// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ExcelSerialDate.h"
#include "import/XlsxDateStyles.h"
#include "import/XlsxSharedStrings.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>
#include <memory>

class QIODevice;
class QuaZip;
class QuaZipFile;

namespace kai::import {

class XlsxSheetReader;

// An .xlsx workbook opened for reading one sheet as a stream: the workbook part (sheet names and
// date system), the shared strings and the date styles are read whole, the sheet row by row.
class XlsxWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWorkbook)

public:
    XlsxWorkbook();
    ~XlsxWorkbook();

    // Opens the workbook held by device (kept open by the caller); fileName names it in messages.
    // Returns an empty string or the reason, e.g. a damaged or password-protected archive.
    QString open(QIODevice &device, const QString &fileName);
    const QStringList &sheetNames() const { return m_sheetNames; }
    ExcelSerialDate::System dateSystem() const { return m_dates; }

    // Starts reading a sheet (an empty name: the first one); null with error() set when it cannot.
    XlsxSheetReader *openSheet(const QString &name);
    qint64 sheetBytes() const { return m_sheetBytes; }
    const QString &error() const { return m_error; }

    // What a file that is no ZIP archive is, from its first bytes: empty for anything that may be
    // CSV, otherwise the reason it cannot be imported (an encrypted workbook, a .xls).
    enum class Kind { Zip, Cfb, Other };
    static Kind sniff(QIODevice &device);
    static QString cfbRefusal(QIODevice &device, const QString &fileName);

private:
    QString readWorkbookPart();
    QString readPart(const QString &path, const std::function<QString(QIODevice &)> &read, bool optional);
    QString resolve(const QString &target) const;

    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_sheetFile;
    std::unique_ptr<XlsxSheetReader> m_reader;
    QString m_fileName;
    QStringList m_sheetNames;
    QStringList m_sheetPaths;
    QString m_stringsPath;
    QString m_stylesPath;
    ExcelSerialDate::System m_dates = ExcelSerialDate::System::Excel1900;
    XlsxSharedStrings m_strings;
    XlsxDateStyles m_styles;
    qint64 m_sheetBytes = 0;
    QString m_error;
};

} // namespace kai::import
