// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/XlsxDocument.h"

#include "export/AtomicFileWriter.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTimeZone>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace kai::ui {

namespace {
const char *const MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const char *const RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const char *const PackageRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";
const char *const XmlHead = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

QByteArray escaped(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        // XML 1.0 has no place for most control characters.
        if (c.unicode() >= 0x20 || c == u'\t' || c == u'\n' || c == u'\r')
            clean.append(c);
    }
    return clean.toHtmlEscaped().toUtf8();
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 17);
}
} // namespace

int XlsxDocument::addSheet(const QString &name, bool hidden)
{
    Sheet sheet;
    sheet.name = name;
    sheet.hidden = hidden;
    m_sheets.append(sheet);
    return int(m_sheets.size()) - 1;
}

void XlsxDocument::setText(int sheet, int row, int column, const QString &text, Style style)
{
    m_sheets[sheet].rows[row][column] = {Cell::Text, text, 0, style};
}

void XlsxDocument::setNumber(int sheet, int row, int column, double value, Style style)
{
    m_sheets[sheet].rows[row][column] = {Cell::Number, QString(), value, style};
}

void XlsxDocument::setDate(int sheet, int row, int column, const QDateTime &moment, Style style)
{
    setNumber(sheet, row, column, serial(moment), style);
}

void XlsxDocument::setComment(int sheet, int row, int column, const QString &text)
{
    m_sheets[sheet].comments.insert({row, column}, text);
}

void XlsxDocument::setColumnWidth(int sheet, int column, double width)
{
    m_sheets[sheet].widths.insert(column, width);
}

void XlsxDocument::freezeRows(int sheet, int rows)
{
    m_sheets[sheet].frozenRows = rows;
}

void XlsxDocument::setAutoFilter(int sheet, int firstRow, int lastRow, int firstColumn, int lastColumn)
{
    m_sheets[sheet].autoFilter = cellReference(firstRow, firstColumn) + u':' + cellReference(lastRow, lastColumn);
}

void XlsxDocument::addListValidation(int sheet, int column, int firstRow, const QString &listRange, const QString &warning)
{
    m_sheets[sheet].validations.append(
        {cellReference(firstRow, column) + u':' + cellReference(1048575, column), listRange, warning});
}

QString XlsxDocument::cellReference(int row, int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters + QString::number(row + 1);
}

double XlsxDocument::serial(const QDateTime &moment)
{
    // Excel's 1900 date system from 1900-03-01 on: days since 1899-12-30, the time as a fraction.
    const QDate date = moment.date();
    return double(QDate(1899, 12, 30).daysTo(date)) + moment.time().msecsSinceStartOfDay() / 86400000.0;
}

QByteArray XlsxDocument::stylesXml() const
{
    // The order of cellXfs is the Style enum.
    return QByteArray(XmlHead) + "<styleSheet xmlns=\"" + MainNs + "\">"
        "<numFmts count=\"5\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/>"
        "<numFmt numFmtId=\"165\" formatCode=\"yyyy\\-mm\\-dd hh:mm\"/><numFmt numFmtId=\"166\" formatCode=\"#,##0.0##\"/>"
        "<numFmt numFmtId=\"167\" formatCode=\"0.0%\"/><numFmt numFmtId=\"168\" formatCode=\"" + escaped(m_moneyFormat) + "\"/></numFmts>"
        "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
        "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFFFF2CC\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
        "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
        "<border><left/><right/><top/><bottom style=\"thin\"><color auto=\"1\"/></bottom><diagonal/></border></borders>"
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        "<cellXfs count=\"14\">"
        "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
        "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyBorder=\"1\"/>"
        "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        "<xf numFmtId=\"3\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        "<xf numFmtId=\"166\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        "<xf numFmtId=\"167\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyFill=\"1\"/>"
        "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyFill=\"1\"/>"
        "<xf numFmtId=\"166\" fontId=\"0\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyFill=\"1\"/>"
        "<xf numFmtId=\"167\" fontId=\"0\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyFill=\"1\"/>"
        "<xf numFmtId=\"168\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        "<xf numFmtId=\"168\" fontId=\"0\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyFill=\"1\"/>"
        "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>";
}

QByteArray XlsxDocument::sheetXml(const Sheet &sheet, int index) const
{
    QByteArray xml = QByteArray(XmlHead) + "<worksheet xmlns=\"" + MainNs + "\" xmlns:r=\"" + RelNs + "\">";
    xml += "<sheetViews><sheetView workbookViewId=\"0\"" + QByteArray(index == 0 ? " tabSelected=\"1\"" : "") + ">";
    if (sheet.frozenRows > 0)
        xml += "<pane ySplit=\"" + QByteArray::number(sheet.frozenRows) + "\" topLeftCell=\""
            + cellReference(sheet.frozenRows, 0).toLatin1() + "\" activePane=\"bottomLeft\" state=\"frozen\"/>";
    xml += "</sheetView></sheetViews>";
    if (!sheet.widths.isEmpty()) {
        xml += "<cols>";
        for (auto it = sheet.widths.cbegin(); it != sheet.widths.cend(); ++it)
            xml += "<col min=\"" + QByteArray::number(it.key() + 1) + "\" max=\"" + QByteArray::number(it.key() + 1)
                + "\" width=\"" + number(it.value()) + "\" customWidth=\"1\"/>";
        xml += "</cols>";
    }
    xml += "<sheetData>";
    for (auto row = sheet.rows.cbegin(); row != sheet.rows.cend(); ++row) {
        xml += "<row r=\"" + QByteArray::number(row.key() + 1) + "\">";
        for (auto cell = row.value().cbegin(); cell != row.value().cend(); ++cell) {
            const QByteArray ref = cellReference(row.key(), cell.key()).toLatin1();
            const QByteArray style = cell->style == Plain ? QByteArray() : " s=\"" + QByteArray::number(int(cell->style)) + "\"";
            if (cell->kind == Cell::Number)
                xml += "<c r=\"" + ref + "\"" + style + "><v>" + number(cell->number) + "</v></c>";
            else
                xml += "<c r=\"" + ref + "\"" + style + " t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                    + escaped(cell->text) + "</t></is></c>";
        }
        xml += "</row>";
    }
    xml += "</sheetData>";
    if (!sheet.autoFilter.isEmpty())
        xml += "<autoFilter ref=\"" + sheet.autoFilter.toLatin1() + "\"/>";
    if (!sheet.validations.isEmpty()) {
        xml += "<dataValidations count=\"" + QByteArray::number(sheet.validations.size()) + "\">";
        for (const Validation &v : sheet.validations)
            xml += "<dataValidation type=\"list\" errorStyle=\"warning\" allowBlank=\"1\" showErrorMessage=\"1\" error=\""
                + escaped(v.warning) + "\" sqref=\"" + v.range.toLatin1() + "\"><formula1>" + escaped(v.list)
                + "</formula1></dataValidation>";
        xml += "</dataValidations>";
    }
    if (!sheet.comments.isEmpty())
        xml += "<legacyDrawing r:id=\"rId1\"/>";
    return xml + "</worksheet>";
}

QByteArray XlsxDocument::commentsXml(const Sheet &sheet) const
{
    QByteArray xml = QByteArray(XmlHead) + "<comments xmlns=\"" + MainNs + "\"><authors><author>K-AI Dashboard</author></authors><commentList>";
    for (auto it = sheet.comments.cbegin(); it != sheet.comments.cend(); ++it)
        xml += "<comment ref=\"" + cellReference(it.key().first, it.key().second).toLatin1()
            + "\" authorId=\"0\"><text><r><t xml:space=\"preserve\">" + escaped(it.value()) + "</t></r></text></comment>";
    return xml + "</commentList></comments>";
}

QByteArray XlsxDocument::vmlXml(const Sheet &sheet) const
{
    // Excel shows a comment only with its legacy VML note shape.
    QByteArray xml = "<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
                     "xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"1\"/>"
                     "</o:shapelayout><v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\">"
                     "<v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>";
    int id = 1025;
    for (auto it = sheet.comments.cbegin(); it != sheet.comments.cend(); ++it, ++id) {
        const QByteArray row = QByteArray::number(it.key().first);
        const QByteArray column = QByteArray::number(it.key().second);
        xml += "<v:shape id=\"_x0000_s" + QByteArray::number(id) + "\" type=\"#_x0000_t202\" "
               "style=\"position:absolute;margin-left:80pt;margin-top:2pt;width:180pt;height:80pt;z-index:1;visibility:hidden\" "
               "fillcolor=\"#ffffe1\" o:insetmode=\"auto\"><v:fill color2=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/>"
               "<v:path o:connecttype=\"none\"/><v:textbox style=\"mso-direction-alt:auto\"><div style=\"text-align:left\"></div></v:textbox>"
               "<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False</x:AutoFill>"
               "<x:Row>" + row + "</x:Row><x:Column>" + column + "</x:Column></x:ClientData></v:shape>";
    }
    return xml + "</xml>";
}

QByteArray XlsxDocument::contentTypes() const
{
    QByteArray xml = QByteArray(XmlHead) + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Default Extension=\"vml\" ContentType=\"application/vnd.openxmlformats-officedocument.vmlDrawing\"/>"
        "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        "<Override PartName=\"/docProps/custom.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.custom-properties+xml\"/>";
    for (int i = 0; i < m_sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        xml += "<Override PartName=\"/xl/worksheets/sheet" + n
            + ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
        if (!m_sheets[i].comments.isEmpty())
            xml += "<Override PartName=\"/xl/comments" + n
                + ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml\"/>";
    }
    return xml + "</Types>";
}

QByteArray XlsxDocument::workbookXml() const
{
    QByteArray xml = QByteArray(XmlHead) + "<workbook xmlns=\"" + MainNs + "\" xmlns:r=\"" + RelNs + "\"><bookViews><workbookView/></bookViews><sheets>";
    for (int i = 0; i < m_sheets.size(); ++i)
        xml += "<sheet name=\"" + escaped(m_sheets[i].name) + "\" sheetId=\"" + QByteArray::number(i + 1) + "\""
            + (m_sheets[i].hidden ? " state=\"hidden\"" : "") + " r:id=\"rId" + QByteArray::number(i + 1) + "\"/>";
    xml += "</sheets>";
    QByteArray names;
    for (int i = 0; i < m_sheets.size(); ++i) {
        if (m_sheets[i].autoFilter.isEmpty())
            continue;
        const QStringList corners = m_sheets[i].autoFilter.split(u':');
        const auto absolute = [](const QString &ref) {
            const qsizetype digit = ref.indexOf(QRegularExpression(QStringLiteral("[0-9]")));
            return u'$' + ref.left(digit) + u'$' + ref.mid(digit);
        };
        names += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"" + QByteArray::number(i) + "\" hidden=\"1\">'"
            + escaped(QString(m_sheets[i].name).replace(u'\'', QStringLiteral("''"))) + "'!"
            + absolute(corners.value(0)).toLatin1() + ":" + absolute(corners.value(1)).toLatin1() + "</definedName>";
    }
    if (!names.isEmpty())
        xml += "<definedNames>" + names + "</definedNames>";
    return xml + "</workbook>";
}

QByteArray XlsxDocument::workbookRels() const
{
    QByteArray xml = QByteArray(XmlHead) + "<Relationships xmlns=\"" + PackageRelNs + "\">";
    for (int i = 0; i < m_sheets.size(); ++i)
        xml += "<Relationship Id=\"rId" + QByteArray::number(i + 1) + "\" Type=\"" + RelNs
            + "/worksheet\" Target=\"worksheets/sheet" + QByteArray::number(i + 1) + ".xml\"/>";
    xml += "<Relationship Id=\"rIdStyles\" Type=\"" + QByteArray(RelNs) + "/styles\" Target=\"styles.xml\"/>";
    return xml + "</Relationships>";
}

QByteArray XlsxDocument::propertiesXml() const
{
    const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1();
    return QByteArray(XmlHead)
        + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
          "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
          "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        + "<dc:title>" + escaped(m_properties.title) + "</dc:title><dc:subject>" + escaped(m_properties.subject)
        + "</dc:subject><dc:creator>" + escaped(m_properties.author) + "</dc:creator><cp:keywords>"
        + escaped(m_properties.keywords) + "</cp:keywords><dc:description>" + escaped(m_properties.comments)
        + "</dc:description><dcterms:created xsi:type=\"dcterms:W3CDTF\">" + now + "</dcterms:created></cp:coreProperties>";
}

QByteArray XlsxDocument::customPropertiesXml() const
{
    QByteArray xml = QByteArray(XmlHead)
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" "
          "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">";
    int pid = 2;
    for (const auto &[name, value] : m_properties.custom)
        xml += "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"" + QByteArray::number(pid++) + "\" name=\""
            + escaped(name) + "\"><vt:lpwstr>" + escaped(value) + "</vt:lpwstr></property>";
    return xml + "</Properties>";
}

QByteArray XlsxDocument::bytes() const
{
    QByteArray archive;
    QBuffer buffer(&archive);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        return {};
    const auto add = [&zip](const QString &name, const QByteArray &content) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return false;
        const bool written = file.write(content) == content.size();
        file.close();
        return written && file.getZipError() == 0;
    };
    bool ok = add(QStringLiteral("[Content_Types].xml"), contentTypes());
    ok = ok && add(QStringLiteral("_rels/.rels"),
                   QByteArray(XmlHead) + "<Relationships xmlns=\"" + PackageRelNs + "\">"
                       + "<Relationship Id=\"rId1\" Type=\"" + RelNs + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                       + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                       + "<Relationship Id=\"rId3\" Type=\"" + RelNs + "/extended-properties\" Target=\"docProps/app.xml\"/>"
                       + "<Relationship Id=\"rId4\" Type=\"" + RelNs + "/custom-properties\" Target=\"docProps/custom.xml\"/></Relationships>");
    ok = ok && add(QStringLiteral("docProps/core.xml"), propertiesXml());
    ok = ok && add(QStringLiteral("docProps/app.xml"),
                   QByteArray(XmlHead) + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                       "<Application>K-AI Dashboard</Application></Properties>");
    ok = ok && add(QStringLiteral("docProps/custom.xml"), customPropertiesXml());
    ok = ok && add(QStringLiteral("xl/workbook.xml"), workbookXml());
    ok = ok && add(QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRels());
    ok = ok && add(QStringLiteral("xl/styles.xml"), stylesXml());
    for (int i = 0; ok && i < m_sheets.size(); ++i) {
        const QString n = QString::number(i + 1);
        ok = add(QStringLiteral("xl/worksheets/sheet%1.xml").arg(n), sheetXml(m_sheets[i], i));
        if (!ok || m_sheets[i].comments.isEmpty())
            continue;
        ok = add(QStringLiteral("xl/worksheets/_rels/sheet%1.xml.rels").arg(n),
                 QByteArray(XmlHead) + "<Relationships xmlns=\"" + PackageRelNs + "\">"
                     + "<Relationship Id=\"rId1\" Type=\"" + RelNs + "/vmlDrawing\" Target=\"../drawings/vmlDrawing" + n.toLatin1() + ".vml\"/>"
                     + "<Relationship Id=\"rId2\" Type=\"" + RelNs + "/comments\" Target=\"../comments" + n.toLatin1() + ".xml\"/></Relationships>")
            && add(QStringLiteral("xl/comments%1.xml").arg(n), commentsXml(m_sheets[i]))
            && add(QStringLiteral("xl/drawings/vmlDrawing%1.vml").arg(n), vmlXml(m_sheets[i]));
    }
    zip.close();
    return ok && zip.getZipError() == 0 ? archive : QByteArray();
}

QString XlsxDocument::write(const QString &path) const
{
    const QByteArray content = bytes();
    if (content.isEmpty())
        return tr("Cannot assemble the workbook for %1.").arg(path);
    return AtomicFileWriter::write(path, [&content](QIODevice &device) { return device.write(content) == content.size(); });
}

} // namespace kai::ui
