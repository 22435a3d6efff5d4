// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace kai::test {

// A small .xlsx workbook written part by part, so that a test states exactly which of Excel's
// realities it holds (a style, a missing cached value, a hidden row), as Excel or LibreOffice
// would write them. Styles: 0 General, 1 date (built-in 14), 2 date-time (built-in 22),
// 3 custom "yyyy\-mm\-dd hh:mm", 4 text "@" (49), 5 custom "#,##0.0\"h\"" (not a date).
struct XlsxFixture
{
    struct Sheet
    {
        QString name;
        QString rows;   // the <row> elements of <sheetData>
        QString after;  // what follows <sheetData>, e.g. <mergeCells>
    };
    QList<Sheet> sheets;
    QStringList sharedStrings;
    bool date1904 = false;

    static QString escaped(const QString &text) { return text.toHtmlEscaped(); }
    // Cells: a shared string (its index is added), an inline string, a number, a formula.
    QString shared(const QString &ref, const QString &text)
    {
        qsizetype index = sharedStrings.indexOf(text);
        if (index < 0) {
            index = sharedStrings.size();
            sharedStrings.append(text);
        }
        return QStringLiteral("<c r=\"%1\" t=\"s\"><v>%2</v></c>").arg(ref).arg(index);
    }
    static QString inlineText(const QString &ref, const QString &text)
    {
        return QStringLiteral("<c r=\"%1\" t=\"inlineStr\"><is><t>%2</t></is></c>").arg(ref, escaped(text));
    }
    static QString number(const QString &ref, const QString &value, int style = 0)
    {
        return QStringLiteral("<c r=\"%1\" s=\"%2\"><v>%3</v></c>").arg(ref).arg(style).arg(value);
    }
    static QString row(int number, const QString &cells, const QString &attributes = QString())
    {
        return QStringLiteral("<row r=\"%1\"%2>%3</row>").arg(number).arg(attributes, cells);
    }
    // The usage header in row 1 as shared strings.
    QString header(const QStringList &names)
    {
        QString cells;
        for (int i = 0; i < names.size(); ++i)
            cells += shared(QChar(u'A' + i) + QStringLiteral("1"), names.at(i));
        return row(1, cells);
    }

    QList<QPair<QString, QByteArray>> parts() const
    {
        QList<QPair<QString, QByteArray>> parts;
        const QString ns = QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
        const QString rel = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        QString types = QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
        parts.append({QStringLiteral("[Content_Types].xml"), types.toUtf8()});
        parts.append({QStringLiteral("_rels/.rels"),
                      QStringLiteral("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                     "<Relationship Id=\"rId1\" Type=\"%1/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")
                          .arg(rel)
                          .toUtf8()});
        QString sheetList;
        QString rels;
        for (int i = 0; i < sheets.size(); ++i) {
            sheetList += QStringLiteral("<sheet name=\"%1\" sheetId=\"%2\" r:id=\"rId%2\"/>").arg(escaped(sheets[i].name)).arg(i + 1);
            rels += QStringLiteral("<Relationship Id=\"rId%1\" Type=\"%2/worksheet\" Target=\"worksheets/sheet%1.xml\"/>")
                        .arg(i + 1)
                        .arg(rel);
            parts.append({QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1),
                          QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"%1\" xmlns:r=\"%2\">"
                                         "<sheetData>%3</sheetData>%4</worksheet>")
                              .arg(ns, rel, sheets[i].rows, sheets[i].after)
                              .toUtf8()});
        }
        rels += QStringLiteral("<Relationship Id=\"rIdS\" Type=\"%1/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                               "<Relationship Id=\"rIdT\" Type=\"%1/styles\" Target=\"/xl/styles.xml\"/>")
                    .arg(rel);
        parts.append({QStringLiteral("xl/workbook.xml"),
                      QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"%1\" xmlns:r=\"%2\">"
                                     "<workbookPr%3/><sheets>%4</sheets></workbook>")
                          .arg(ns, rel, date1904 ? QStringLiteral(" date1904=\"1\"") : QString(), sheetList)
                          .toUtf8()});
        parts.append({QStringLiteral("xl/_rels/workbook.xml.rels"),
                      QStringLiteral("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">%1</Relationships>")
                          .arg(rels)
                          .toUtf8()});
        QString strings;
        for (const QString &text : sharedStrings)
            strings += QStringLiteral("<si><t>%1</t></si>").arg(escaped(text));
        parts.append({QStringLiteral("xl/sharedStrings.xml"),
                      QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"%1\" count=\"%2\">%3</sst>")
                          .arg(ns)
                          .arg(sharedStrings.size())
                          .arg(strings)
                          .toUtf8()});
        parts.append({QStringLiteral("xl/styles.xml"),
                      QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"%1\"><numFmts count=\"2\">"
                                     "<numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd hh:mm\"/>"
                                     "<numFmt numFmtId=\"165\" formatCode=\"#,##0.0&quot;h&quot;\"/></numFmts>"
                                     "<cellXfs count=\"6\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"22\"/>"
                                     "<xf numFmtId=\"164\"/><xf numFmtId=\"49\"/><xf numFmtId=\"165\"/></cellXfs></styleSheet>")
                          .arg(ns)
                          .toUtf8()});
        return parts;
    }

    bool write(const QString &path) const { return writeZip(path, parts()); }

    static bool writeZip(const QString &path, const QList<QPair<QString, QByteArray>> &parts)
    {
        QuaZip zip(path);
        if (!zip.open(QuaZip::mdCreate))
            return false;
        for (const auto &[name, bytes] : parts) {
            QuaZipFile file(&zip);
            if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) || file.write(bytes) != bytes.size())
                return false;
            file.close();
        }
        zip.close();
        return zip.getZipError() == 0;
    }
};

} // namespace kai::test
