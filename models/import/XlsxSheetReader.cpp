// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/XlsxSheetReader.h"

#include "import/XlsxDateStyles.h"
#include "import/XlsxSharedStrings.h"

#include <algorithm>
#include <charconv>

namespace kai::import {

namespace {
using Token = XlsxXmlScanner::Token;

// "C5" -> column 2 (0-based), or -1 when the reference has no letters.
int columnOf(std::string_view reference)
{
    int column = 0;
    size_t i = 0;
    for (; i < reference.size() && i < 4; ++i) {
        const char c = char(reference[i] & ~0x20);  // upper case
        if (c < 'A' || c > 'Z')
            break;
        column = column * 26 + (c - 'A' + 1);
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

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\n' || text.front() == '\r'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\n' || text.back() == '\r'))
        text.remove_suffix(1);
    return text;
}

template <typename Number>
bool parse(std::string_view text, Number &value)
{
    text = trimmed(text);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    Number parsed{};
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), parsed);
    if (text.empty() || error != std::errc() || end != text.data() + text.size())
        return false;
    value = parsed;
    return true;
}

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}
} // namespace

XlsxSheetReader::XlsxSheetReader(QIODevice &sheet, const XlsxSharedStrings &strings, const XlsxDateStyles &styles,
                                 ExcelSerialDate::System dates)
    : m_xml(sheet), m_strings(strings), m_styles(styles), m_dates(dates)
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
    for (Token token = m_xml.next(); token != Token::Invalid && token != Token::EndOfDocument; token = m_xml.next()) {
        if (token == Token::EndElement && m_xml.name() == "sheetData") {
            readMergedRanges();
            return false;
        }
        if (token != Token::StartElement)
            continue;
        if (m_xml.name() == "sheetData") {
            m_inSheetData = true;
        } else if (m_inSheetData && m_xml.name() == "row") {
            qint64 number = 0;
            parse(m_xml.attribute("r"), number);
            const std::string_view hiddenValue = m_xml.attribute("hidden");
            const bool hidden = hiddenValue == "1" || hiddenValue == "true";
            m_recordLine = number > 0 ? number : m_previousRow + 1;
            m_previousRow = m_recordLine;
            m_record.clear();
            m_spans.clear();
            m_error.clear();
            m_lastValue = -1;
            for (Token inner = m_xml.next(); inner != Token::Invalid && inner != Token::EndOfDocument;
                 inner = m_xml.next()) {
                if (inner == Token::EndElement && m_xml.name() == "row")
                    break;
                if (inner == Token::StartElement)
                    m_xml.name() == "c" ? readCell() : void(m_xml.skipElement());
            }
            m_consumed = m_xml.offset();
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
    int column = -2;
    if (const std::string_view reference = m_xml.attribute("r"); !reference.empty())
        column = columnOf(reference);
    const CellType type = cellType(m_xml.attribute("t"));
    int style = 0;
    parse(m_xml.attribute("s"), style);
    if (column == -2)
        column = fieldCount();
    if (column < fieldCount() || column >= MaxColumns) {
        if (m_error.isEmpty())
            m_error = column < 0 || column >= MaxColumns ? tr("a cell of row %1 has no valid reference").arg(m_recordLine)
                                                         : tr("cell %1 is out of order in its row").arg(cellName(column));
        m_xml.skipElement();
        return;
    }
    setFieldCount(column);
    const size_t start = m_record.size();
    bool hasFormula = false;
    bool hasValue = false;
    QString problem;
    for (Token token = m_xml.next(); token != Token::Invalid && token != Token::EndOfDocument; token = m_xml.next()) {
        if (token == Token::EndElement && m_xml.name() == "c")
            break;
        if (token != Token::StartElement)
            continue;
        const std::string_view name = m_xml.name();
        if (name == "v") {
            hasValue = true;
            m_value.clear();
            if (m_xml.readElementText(m_value))
                problem = appendValue(type, style, m_value, column);
        } else if (name == "is") {
            hasValue = true;
            XlsxSharedStrings::appendText(m_xml, m_record);
        } else {
            hasFormula = hasFormula || name == "f";
            m_xml.skipElement();
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

XlsxSheetReader::CellType XlsxSheetReader::cellType(std::string_view t)
{
    if (t == "s")
        return CellType::Shared;
    if (t == "inlineStr")
        return CellType::Inline;
    if (t == "b")
        return CellType::Boolean;
    if (t == "e")
        return CellType::Error;
    if (t == "str" || t == "d")
        return CellType::Text;
    return CellType::Number;
}

QString XlsxSheetReader::cellName(int column) const
{
    return columnName(column) + QString::number(m_recordLine);
}

QString XlsxSheetReader::appendValue(CellType type, int style, std::string_view value, int column)
{
    switch (type) {
    case CellType::Shared: {
        qint64 index = -1;
        if (!parse(value, index) || index < 0 || index >= m_strings.size())
            return tr("cell %1 refers to shared string %2, which the workbook does not have")
                .arg(cellName(column), fromUtf8(value));
        m_record.append(m_strings.at(index));
        return {};
    }
    case CellType::Boolean:
        m_record.append(trimmed(value) == "1" ? "TRUE" : "FALSE");
        return {};
    case CellType::Error:
        return tr("cell %1 holds the error %2").arg(cellName(column), fromUtf8(value));
    case CellType::Inline:
    case CellType::Text:
        m_record.append(value);
        return {};
    case CellType::Number:
        break;
    }
    const XlsxDateStyles::Kind kind = m_styles.kind(style);
    if (kind == XlsxDateStyles::NotDate) {
        m_record.append(value);
        return {};
    }
    double serial = 0;
    if (!parse(value, serial))
        return tr("cell %1 holds '%2', which is not a number").arg(cellName(column), fromUtf8(value));
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
    return tr("cell %1 holds %2, which is not a date Excel can show").arg(cellName(column), fromUtf8(value));
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
    for (Token token = m_xml.next(); token != Token::Invalid && token != Token::EndOfDocument; token = m_xml.next()) {
        if (token == Token::StartElement && m_xml.name() == "mergeCell" && size_t(m_merged.size()) < MaxNotices)
            m_merged.append(fromUtf8(m_xml.attribute("ref")));
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
