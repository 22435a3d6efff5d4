// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/TabularFile.h"

#include "import/CsvReader.h"
#include "import/TextEncodingSniffer.h"
#include "import/XlsxSheetReader.h"
#include "import/XlsxWorkbook.h"

#include <QFile>
#include <QFileInfo>

namespace kai::import {

namespace {
class CsvFile : public TabularFile
{
public:
    explicit CsvFile(std::unique_ptr<QFile> file) : m_file(std::move(file)), m_reader(*m_file) {}
    RecordSource &records() override { return m_reader; }
    qint64 bytesTotal() const override { return m_file->size(); }

private:
    std::unique_ptr<QFile> m_file;
    CsvReader m_reader;
};

class XlsxFile : public TabularFile
{
public:
    explicit XlsxFile(std::unique_ptr<QFile> file) : m_file(std::move(file)) {}
    QString open(const QString &fileName, const QString &sheet)
    {
        if (QString problem = m_workbook.open(*m_file, fileName); !problem.isEmpty())
            return problem;
        m_reader = m_workbook.openSheet(sheet);
        return m_reader ? QString() : m_workbook.error();
    }
    RecordSource &records() override { return *m_reader; }
    qint64 bytesTotal() const override { return m_workbook.sheetBytes(); }

private:
    std::unique_ptr<QFile> m_file;
    XlsxWorkbook m_workbook;
    XlsxSheetReader *m_reader = nullptr;
};

bool hasWorkbookSuffix(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"xlsx" || suffix == u"xlsm" || suffix == u"xls";
}
} // namespace

std::unique_ptr<TabularFile> TabularFile::open(const QString &path, const QString &sheet, QString &error)
{
    const QString fileName = QFileInfo(path).fileName();
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        error = tr("Cannot read %1: %2").arg(path, file->errorString());
        return nullptr;
    }
    switch (XlsxWorkbook::sniff(*file)) {
    case XlsxWorkbook::Kind::Zip: {
        auto workbook = std::make_unique<XlsxFile>(std::move(file));
        error = workbook->open(fileName, sheet);
        return error.isEmpty() ? std::move(workbook) : nullptr;
    }
    case XlsxWorkbook::Kind::Cfb:
        error = XlsxWorkbook::cfbRefusal(*file, fileName);
        return nullptr;
    case XlsxWorkbook::Kind::Other:
        break;
    }
    if (hasWorkbookSuffix(path)) {
        error = tr("%1 is not an Excel workbook although its name says so (it is not a ZIP archive). Save it "
                   "from Excel as an Excel workbook (.xlsx) or CSV and import that.")
                    .arg(fileName);
        return nullptr;
    }
    if (error = TextEncodingSniffer::refusal(*file, fileName); !error.isEmpty())
        return nullptr;
    return std::make_unique<CsvFile>(std::move(file));
}

QStringList TabularFile::sheetNames(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || XlsxWorkbook::sniff(file) != XlsxWorkbook::Kind::Zip)
        return {};
    XlsxWorkbook workbook;
    return workbook.open(file, QFileInfo(path).fileName()).isEmpty() ? workbook.sheetNames() : QStringList();
}

} // namespace kai::import
