// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/XlsxSharedStrings.h"

#include "import/XlsxXmlScanner.h"

#include <QCoreApplication>

namespace kai::import {

using Token = XlsxXmlScanner::Token;

QString XlsxSharedStrings::load(QIODevice &device)
{
    XlsxXmlScanner xml(device);
    for (Token token = xml.next(); token != Token::Invalid && token != Token::EndOfDocument; token = xml.next()) {
        if (token == Token::StartElement && xml.name() == "si") {
            appendText(xml, m_text);
            m_ends.push_back(m_text.size());
        }
    }
    if (xml.hasError())
        return QCoreApplication::translate("XlsxSharedStrings", "its shared strings are damaged (%1)").arg(xml.errorString());
    return {};
}

void XlsxSharedStrings::appendText(XlsxXmlScanner &xml, std::string &out)
{
    int phonetic = 0;
    for (Token token = xml.next(); token != Token::Invalid && token != Token::EndOfDocument; token = xml.next()) {
        if (token == Token::StartElement) {
            if (xml.name() == "rPh")
                ++phonetic;
            else if (xml.name() == "t" && phonetic == 0)
                xml.readElementText(out);
        } else if (token == Token::EndElement) {
            if (xml.name() == "rPh")
                --phonetic;
            else if (xml.name() == "si" || xml.name() == "is")
                return;
        }
    }
}

} // namespace kai::import
