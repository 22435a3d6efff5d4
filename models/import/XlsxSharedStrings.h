// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <string>
#include <string_view>
#include <vector>

class QIODevice;

namespace kai::import {

class XlsxXmlScanner;

// The workbook's table of shared strings (xl/sharedStrings.xml), kept as UTF-8 in one buffer:
// a million distinct strings cost their bytes plus eight bytes each, not a QString apiece.
class XlsxSharedStrings
{
public:
    // Returns an empty string or why the part cannot be read.
    QString load(QIODevice &device);

    qsizetype size() const { return qsizetype(m_ends.size()); }
    std::string_view at(qsizetype index) const
    {
        const size_t begin = index == 0 ? 0 : m_ends[size_t(index) - 1];
        return {m_text.data() + begin, m_ends[size_t(index)] - begin};
    }

    // Appends the text of the rich-text element the reader stands on (<si> or <is>) and reads to
    // its end: the <t> of every run, without phonetic guides (<rPh>).
    static void appendText(XlsxXmlScanner &xml, std::string &out);

private:
    std::string m_text;
    std::vector<size_t> m_ends;
};

} // namespace kai::import
