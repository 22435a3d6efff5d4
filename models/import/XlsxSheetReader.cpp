// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/XlsxSheetReader.h"

#include "import/XlsxDateStyles.h"
#include "import/XlsxSharedStrings.h"

#include <algorithm>

namespace kai::import {

namespace {
// "C5" -> column 2 (0-based), or -1 when the reference has no letters.
int columnOf(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && i < 4; ++i) {
        const char16_t c = reference[i].toUpper().unicode();
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c - u'A' + 1);
    }
    return i == 0 ? -1 : column - 1;
}

QString columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

qint64 rowOf(QStringView reference)
{
    qsizetype i = 0;
    while (i < reference.size() && reference[i].isLetter())
        ++i;
    return reference.mid(i).toLongLong();
}
} // namespace

XlsxSheetReader::XlsxSheetReader(QIODevice &sheet, const XlsxSharedStrings &strings, const XlsxDateStyles &styles,
                                 ExcelSerialDate::System dates)
    : m_xml(&sheet), m_device(sheet), m_strings(strings), m_styles(styles), m_dates(dates)
{
}

bool XlsxSheetReader::readRecord()
{
    while (!m_done) {
        if (!readRow())
            break;
        if (m_lastValue >= 0 || !m_error.isEmpty())
            return true;
    }
    m_done = true;
    m_spans.clear();
    return false;
}

// Moves to the next <row> of <sheetData> and reads it; false at the end of the sheet data.
bool XlsxSheetReader::readRow()
{
    while (!m_xml.atEnd() && !m_xml.hasError()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::EndElement && m_xml.name() == u"sheetData") {
            readMergedRanges();
            return false;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (m_xml.name() == u"sheetData") {
            m_inSheetData = true;
        } else if (m_inSheetData && m_xml.name() == u"row") {
            qint64 number = 0;
            bool hidden = false;
            for (const QXmlStreamAttribute &attribute : m_xml.attributes()) {
                if (attribute.name() == u"r")
                    number = attribute.value().toLongLong();
                else if (attribute.name() == u"hidden")
                    hidden = attribute.value() == u"1" || attribute.value() == u"true";
            }
            m_recordLine = number > 0 ? number : m_previousRow + 1;
            m_previousRow = m_recordLine;
            m_record.clear();
            m_spans.clear();
            m_error.clear();
            m_lastValue = -1;
            while (!m_xml.atEnd() && !m_xml.hasError()) {
                const QXmlStreamReader::TokenType inner = m_xml.readNext();
                if (inner == QXmlStreamReader::EndElement && m_xml.name() == u"row")
                    break;
                if (inner == QXmlStreamReader::StartElement)
                    m_xml.name() == u"c" ? readCell() : m_xml.skipCurrentElement();
            }
            m_consumed = m_device.pos();
            endRow();
            if (hidden && m_lastValue >= 0)
                noteHidden(m_recordLine);
            if (!m_xml.hasError())
                return true;
        }
    }
    if (m_xml.hasError())
        m_fatal = tr("the sheet is damaged after row %1 (%2)").arg(m_previousRow).arg(m_xml.errorString());
    return false;
}

void XlsxSheetReader::readCell()
{
    // The attributes are read into plain values at once: holding on to them past the next token
    // makes the reader copy its buffer, which doubled the time per row.
    int column = -2;
    CellType type = CellType::Number;
    int style = 0;
    for (const QXmlStreamAttribute &attribute : m_xml.attributes()) {
        const QStringView name = attribute.name();
        if (name == u"r")
            column = columnOf(attribute.value());
        else if (name == u"t")
            type = cellType(attribute.value());
        else if (name == u"s")
            style = attribute.value().toInt();
    }
    if (column == -2)
        column = fieldCount();
    if (column < fieldCount() || column >= MaxColumns) {
        if (m_error.isEmpty())
            m_error = column < 0 || column >= MaxColumns ? tr("a cell of row %1 has no valid reference").arg(m_recordLine)
                                                         : tr("cell %1 is out of order in its row").arg(cellName(column));
        m_xml.skipCurrentElement();
        return;
    }
    setFieldCount(column);
    const size_t start = m_record.size();
    bool hasFormula = false;
    bool hasValue = false;
    QString problem;
    while (!m_xml.atEnd() && !m_xml.hasError()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::EndElement && m_xml.name() == u"c")
            break;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = m_xml.name();
        if (name == u"v") {
            hasValue = true;
            // Numbers and string indexes are one text token; only text results may hold entities.
            if (type == CellType::Text)
                XlsxSharedStrings::appendUtf8(m_xml.readElementText(), m_record);
            else if (m_xml.readNext() == QXmlStreamReader::Characters)
                problem = appendValue(type, style, m_xml.text(), column);
        } else if (name == u"is") {
            hasValue = true;
            XlsxSharedStrings::appendText(m_xml, m_record);
        } else {
            hasFormula = hasFormula || name == u"f";
            m_xml.skipCurrentElement();
        }
    }
    if (hasFormula && !hasValue)
        problem = tr("cell %1 holds a formula without a saved result; open the workbook in Excel or LibreOffice "
                     "and save it again")
                      .arg(cellName(column));
    if (!problem.isEmpty() && m_error.isEmpty())
        m_error = problem;
    if (m_record.size() > MaxRowBytes) {
        m_record.resize(start);
        if (m_error.isEmpty())
            m_error = tr("row is longer than %1 MB; it was not kept").arg(MaxRowBytes >> 20);
    }
    m_spans.emplace_back(start, m_record.size() - start);
    if (m_record.size() > start)
        m_lastValue = column;
}

XlsxSheetReader::CellType XlsxSheetReader::cellType(QStringView t)
{
    if (t == u"s")
        return CellType::Shared;
    if (t == u"inlineStr")
        return CellType::Inline;
    if (t == u"b")
        return CellType::Boolean;
    if (t == u"e")
        return CellType::Error;
    if (t == u"str" || t == u"d")
        return CellType::Text;
    return CellType::Number;
}

QString XlsxSheetReader::cellName(int column) const
{
    return columnName(column) + QString::number(m_recordLine);
}

QString XlsxSheetReader::appendValue(CellType type, int style, QStringView value, int column)
{
    switch (type) {
    case CellType::Shared: {
        bool ok = false;
        const qsizetype index = value.toLongLong(&ok);
        if (!ok || index < 0 || index >= m_strings.size())
            return tr("cell %1 refers to shared string %2, which the workbook does not have")
                .arg(cellName(column), value.toString());
        m_record.append(m_strings.at(index));
        return {};
    }
    case CellType::Boolean:
        m_record.append(value.trimmed() == u"1" ? "TRUE" : "FALSE");
        return {};
    case CellType::Error:
        return tr("cell %1 holds the error %2").arg(cellName(column), value.toString());
    case CellType::Inline:
    case CellType::Text:
        XlsxSharedStrings::appendUtf8(value, m_record);
        return {};
    case CellType::Number:
        break;
    }
    const XlsxDateStyles::Kind kind = m_styles.kind(style);
    if (kind == XlsxDateStyles::NotDate) {
        XlsxSharedStrings::appendUtf8(value, m_record);
        return {};
    }
    bool ok = false;
    const double serial = value.toDouble(&ok);
    if (!ok)
        return tr("cell %1 holds '%2', which is not a number").arg(cellName(column), value.toString());
    switch (ExcelSerialDate::toIso(serial, m_dates, kind == XlsxDateStyles::DateTime, m_scratch)) {
    case ExcelSerialDate::Problem::None:
        m_record.append(m_scratch);
        return {};
    case ExcelSerialDate::Problem::LeapYearBug:
        return tr("cell %1 is 29 February 1900, a day that does not exist (Excel counts it for compatibility "
                  "with Lotus 1-2-3)")
            .arg(cellName(column));
    case ExcelSerialDate::Problem::BeforeFirstDay:
    case ExcelSerialDate::Problem::TooLate:
        break;
    }
    return tr("cell %1 holds %2, which is not a date Excel can show").arg(cellName(column), value.toString());
}

void XlsxSheetReader::setFieldCount(int count)
{
    if (fieldCount() > count)
        m_spans.resize(size_t(count));
    while (fieldCount() < count)
        m_spans.emplace_back(m_record.size(), 0);
}

void XlsxSheetReader::endRow()
{
    // Excel leaves out empty cells and keeps formatted empty ones: the header row fixes the width.
    if (m_width < 0 && m_lastValue >= 0)
        m_width = m_lastValue + 1;
    setFieldCount(std::max(m_width, m_lastValue + 1));
}

void XlsxSheetReader::noteHidden(qint64 row)
{
    if (!m_hidden.empty() && m_hidden.back().second == row - 1)
        m_hidden.back().second = row;
    else if (m_hidden.size() < MaxNotices)
        m_hidden.emplace_back(row, row);
}

void XlsxSheetReader::readMergedRanges()
{
    while (!m_xml.atEnd() && !m_xml.hasError()) {
        if (m_xml.readNext() == QXmlStreamReader::StartElement && m_xml.name() == u"mergeCell"
            && size_t(m_merged.size()) < MaxNotices)
            m_merged.append(m_xml.attributes().value(QLatin1String("ref")).toString());
    }
    if (m_xml.hasError())
        m_fatal = tr("the sheet is damaged after its last row (%1)").arg(m_xml.errorString());
}

std::vector<RecordSource::Notice> XlsxSheetReader::notices() const
{
    std::vector<Notice> notices;
    for (const auto &[first, last] : m_hidden) {
        notices.push_back({first, first == last
                                      ? tr("row %1 is hidden in the workbook; it was read like the others").arg(first)
                                      : tr("rows %1 to %2 are hidden in the workbook; they were read like the others")
                                            .arg(first)
                                            .arg(last)});
    }
    for (const QString &range : m_merged) {
        notices.push_back({rowOf(range.section(u':', 0, 0)),
                           tr("cells %1 are merged: only the first holds the value, the others were read as empty")
                               .arg(range)});
    }
    return notices;
}

} // namespace kai::import
