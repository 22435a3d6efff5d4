// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/XlsxWorkbook.h"

#include "import/XlsxSheetReader.h"

#include <QHash>
#include <QXmlStreamReader>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace kai::import {

namespace {
constexpr quint16 EncryptedEntryFlag = 0x1;  // ZIP general purpose bit 0

struct Relationship
{
    QString type;
    QString target;
};

// The attribute "id" of any prefix (r:id; Strict OOXML binds another namespace URI to it).
QString relationshipId(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name() == u"id")
            return attribute.value().toString();
    }
    return {};
}
} // namespace

XlsxWorkbook::XlsxWorkbook() = default;
XlsxWorkbook::~XlsxWorkbook() = default;

XlsxWorkbook::Kind XlsxWorkbook::sniff(QIODevice &device)
{
    const QByteArray head = device.peek(8);
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return Kind::Zip;
    if (head == QByteArray::fromHex("d0cf11e0a1b11ae1"))
        return Kind::Cfb;
    return Kind::Other;
}

QString XlsxWorkbook::cfbRefusal(QIODevice &device, const QString &fileName)
{
    // Excel saves a workbook with a password to open as an OLE compound file holding the
    // encrypted package; the stream names are UTF-16 in its directory.
    const QByteArray sample = device.peek(4 << 20);
    const QByteArray encrypted = QByteArray("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
    if (sample.contains(encrypted))
        return tr("%1 is an encrypted (password-protected) workbook and cannot be read. Open it in Excel, remove "
                  "the password (File → Info → Protect Workbook), save it and import it again.")
            .arg(fileName);
    return tr("%1 is an Excel 97-2003 workbook (.xls) or another older Office file, which cannot be read. "
              "Save it in Excel as an Excel workbook (.xlsx) or CSV and import that.")
        .arg(fileName);
}

QString XlsxWorkbook::open(QIODevice &device, const QString &fileName)
{
    m_fileName = fileName;
    m_zip = std::make_unique<QuaZip>(&device);
    if (!m_zip->open(QuaZip::mdUnzip))
        return m_error = tr("%1 is damaged: it is not a readable ZIP archive, which an .xlsx workbook is.").arg(fileName);
    if (!m_zip->setCurrentFile(QStringLiteral("xl/workbook.xml"), QuaZip::csInsensitive))
        return m_error = tr("%1 is a ZIP archive but not an Excel workbook (it has no xl/workbook.xml).").arg(fileName);
    if (const QString problem = readWorkbookPart(); !problem.isEmpty())
        return m_error = problem;
    if (const QString problem = readPart(m_stringsPath, [this](QIODevice &part) { return m_strings.load(part); },
                                         true);
        !problem.isEmpty())
        return m_error = problem;
    return m_error = readPart(m_stylesPath, [this](QIODevice &part) { return m_styles.load(part); }, true);
}

QString XlsxWorkbook::readWorkbookPart()
{
    QHash<QString, Relationship> relationships;
    QString problem = readPart(QStringLiteral("xl/_rels/workbook.xml.rels"), [&](QIODevice &part) {
        QXmlStreamReader xml(&part);
        while (!xml.atEnd() && !xml.hasError()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship") {
                const QXmlStreamAttributes a = xml.attributes();
                relationships.insert(a.value(QLatin1String("Id")).toString(),
                                     {a.value(QLatin1String("Type")).toString(), a.value(QLatin1String("Target")).toString()});
            }
        }
        return xml.hasError() ? xml.errorString() : QString();
    }, false);
    if (!problem.isEmpty())
        return problem;
    m_stringsPath = QStringLiteral("xl/sharedStrings.xml");
    m_stylesPath = QStringLiteral("xl/styles.xml");
    for (const Relationship &relationship : std::as_const(relationships)) {
        if (relationship.type.endsWith(u"/sharedStrings"))
            m_stringsPath = resolve(relationship.target);
        else if (relationship.type.endsWith(u"/styles"))
            m_stylesPath = resolve(relationship.target);
    }
    return readPart(QStringLiteral("xl/workbook.xml"), [&](QIODevice &part) {
        QXmlStreamReader xml(&part);
        while (!xml.atEnd() && !xml.hasError()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QXmlStreamAttributes a = xml.attributes();
            if (xml.name() == u"workbookPr") {
                const QStringView date1904 = a.value(QLatin1String("date1904"));
                if (date1904 == u"1" || date1904 == u"true")
                    m_dates = ExcelSerialDate::System::Excel1904;
            } else if (xml.name() == u"sheet") {
                const Relationship relationship = relationships.value(relationshipId(a));
                // Chart sheets and dialog sheets hold no cells.
                if (!relationship.type.endsWith(u"/worksheet"))
                    continue;
                m_sheetNames.append(a.value(QLatin1String("name")).toString());
                m_sheetPaths.append(resolve(relationship.target));
            }
        }
        return xml.hasError() ? xml.errorString() : QString();
    }, false);
}

QString XlsxWorkbook::resolve(const QString &target) const
{
    // Targets are relative to xl/ unless they start at the package root.
    return target.startsWith(u'/') ? target.mid(1) : QStringLiteral("xl/") + target;
}

QString XlsxWorkbook::readPart(const QString &path, const std::function<QString(QIODevice &)> &read, bool optional)
{
    if (!m_zip->setCurrentFile(path, QuaZip::csInsensitive))
        return optional ? QString() : tr("%1 is not a complete Excel workbook: it has no %2.").arg(m_fileName, path);
    QuaZipFileInfo64 info;
    if (m_zip->getCurrentFileInfo(&info) && (info.flags & EncryptedEntryFlag))
        return tr("%1 is password-protected and cannot be read. Save it again without a password and import "
                  "it again.")
            .arg(m_fileName);
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1 is damaged: its part %2 cannot be read.").arg(m_fileName, path);
    const QString problem = read(file);
    file.close();
    if (!problem.isEmpty() || file.getZipError() != UNZ_OK)
        return tr("%1 is damaged: its part %2 cannot be read (%3).")
            .arg(m_fileName, path, problem.isEmpty() ? tr("checksum mismatch") : problem);
    return {};
}

XlsxSheetReader *XlsxWorkbook::openSheet(const QString &name)
{
    if (m_sheetNames.isEmpty()) {
        m_error = tr("%1 has no worksheet.").arg(m_fileName);
        return nullptr;
    }
    const qsizetype index = name.isEmpty() ? 0 : m_sheetNames.indexOf(name);
    if (index < 0) {
        m_error = tr("%1 has no sheet named '%2'; its sheets are: %3.")
                      .arg(m_fileName, name, m_sheetNames.join(QStringLiteral(", ")));
        return nullptr;
    }
    const QString path = m_sheetPaths.at(index);
    QuaZipFileInfo64 info;
    if (!m_zip->setCurrentFile(path, QuaZip::csInsensitive) || !m_zip->getCurrentFileInfo(&info)) {
        m_error = tr("%1 is not a complete Excel workbook: it has no %2.").arg(m_fileName, path);
        return nullptr;
    }
    m_sheetBytes = qint64(info.uncompressedSize);
    m_sheetFile = std::make_unique<QuaZipFile>(m_zip.get());
    if ((info.flags & EncryptedEntryFlag) || !m_sheetFile->open(QIODevice::ReadOnly)) {
        m_error = tr("%1 is damaged: its part %2 cannot be read.").arg(m_fileName, path);
        return nullptr;
    }
    m_reader = std::make_unique<XlsxSheetReader>(*m_sheetFile, m_strings, m_styles, m_dates);
    return m_reader.get();
}

} // namespace kai::import
