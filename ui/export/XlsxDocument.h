// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QStringList>

class QIODevice;

namespace kai::ui {

// A small .xlsx (SpreadsheetML) document kept in memory and written as one ZIP through QuaZip:
// typed cells, a few fixed styles, frozen rows, an autofilter, column widths, header comments,
// list validations, hidden sheets and the document properties.
//
// Why not libxlsxwriter: on Linux it calls minizip's zipOpen()/zipClose(), and QuaZip (linked into
// the same process for the XLSX import) exports functions of the same names with another ABI; the
// dynamic linker binds libxlsxwriter's calls to QuaZip's, and workbook_close() crashed inside
// QuaZip's QIODevice wrapper. Writing the parts ourselves avoids a second ZIP library altogether.
class XlsxDocument
{
    Q_DECLARE_TR_FUNCTIONS(XlsxDocument)

public:
    enum Style { Plain, Title, Header, Date, DateTime, Integer, Decimal, Percent, Shaded, ShadedDate, ShadedDecimal, ShadedPercent,
                 Money, ShadedMoney };

    struct Properties
    {
        QString title;
        QString subject;
        QString author;
        QString keywords;
        QString comments;
        QList<QPair<QString, QString>> custom;
    };

    // Adds a sheet and returns its index; names must already be valid and unique.
    int addSheet(const QString &name, bool hidden = false);
    void setText(int sheet, int row, int column, const QString &text, Style style = Plain);
    void setNumber(int sheet, int row, int column, double value, Style style = Plain);
    void setDate(int sheet, int row, int column, const QDateTime &moment, Style style = Date);
    void setComment(int sheet, int row, int column, const QString &text);
    void setColumnWidth(int sheet, int column, double width);
    void freezeRows(int sheet, int rows);
    void setAutoFilter(int sheet, int firstRow, int lastRow, int firstColumn, int lastColumn);
    // Cells of a column from firstRow down take a value from a list (a range such as Lists!$A$1:$A$5);
    // other values get a warning, not a refusal.
    void addListValidation(int sheet, int column, int firstRow, const QString &listRange, const QString &warning);
    void setProperties(const Properties &properties) { m_properties = properties; }
    // The number format of the Money styles, e.g. #,##0.0"억 원" (one per workbook: one language).
    void setMoneyFormat(const QString &formatCode) { m_moneyFormat = formatCode; }

    // Returns an empty string or a translated reason; the file appears whole or not at all.
    QString write(const QString &path) const;
    QByteArray bytes() const;

    static QString cellReference(int row, int column);
    static double serial(const QDateTime &moment);

private:
    struct Cell
    {
        enum Kind { Text, Number } kind = Text;
        QString text;
        double number = 0;
        Style style = Plain;
    };
    struct Validation
    {
        QString range;
        QString list;
        QString warning;
    };
    struct Sheet
    {
        QString name;
        bool hidden = false;
        QMap<int, QMap<int, Cell>> rows;
        QMap<int, double> widths;
        QMap<QPair<int, int>, QString> comments;
        int frozenRows = 0;
        QString autoFilter;
        QList<Validation> validations;
    };

    QByteArray sheetXml(const Sheet &sheet, int index) const;
    QByteArray commentsXml(const Sheet &sheet) const;
    QByteArray vmlXml(const Sheet &sheet) const;
    QByteArray contentTypes() const;
    QByteArray workbookXml() const;
    QByteArray workbookRels() const;
    QByteArray propertiesXml() const;
    QByteArray customPropertiesXml() const;
    QByteArray stylesXml() const;

    QList<Sheet> m_sheets;
    Properties m_properties;
    QString m_moneyFormat = QStringLiteral("#,##0.0");
};

} // namespace kai::ui
