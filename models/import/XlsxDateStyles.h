// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <vector>

class QIODevice;

namespace kai::import {

// Which cell styles of a workbook (xl/styles.xml, cellXfs) show a number as a date: a sheet stores
// a date as a plain serial number and only its style's number format says it is one.
class XlsxDateStyles
{
public:
    enum Kind : unsigned char { NotDate, Date, DateTime };

    // Returns an empty string or why the part cannot be read.
    QString load(QIODevice &device);
    Kind kind(int styleIndex) const
    {
        return styleIndex >= 0 && size_t(styleIndex) < m_kinds.size() ? Kind(m_kinds[size_t(styleIndex)]) : NotDate;
    }

    static Kind builtInKind(int numFmtId);
    // A custom format code is a date when it has a date or time token outside quotes, escapes and
    // [colour]/[$-locale] brackets ("yyyy-mm-dd", "[$-412]yyyy\"년\" m\"월\"", "h:mm"), not "0.0\"m\"".
    static Kind formatCodeKind(QStringView code);

private:
    std::vector<unsigned char> m_kinds;
};

} // namespace kai::import
