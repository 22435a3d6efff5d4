// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/XlsxSharedStrings.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace kai::import {

QString XlsxSharedStrings::load(QIODevice &device)
{
    QXmlStreamReader xml(&device);
    while (!xml.atEnd() && !xml.hasError()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si") {
            appendText(xml, m_text);
            m_ends.push_back(m_text.size());
        }
    }
    if (xml.hasError())
        return QCoreApplication::translate("XlsxSharedStrings", "its shared strings are damaged (%1)").arg(xml.errorString());
    return {};
}

void XlsxSharedStrings::appendText(QXmlStreamReader &xml, std::string &out)
{
    int phonetic = 0;
    while (!xml.atEnd() && !xml.hasError()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (xml.name() == u"rPh")
                ++phonetic;
            else if (xml.name() == u"t" && phonetic == 0)
                appendUtf8(xml.readElementText(), out);
            break;
        case QXmlStreamReader::EndElement:
            if (xml.name() == u"rPh")
                --phonetic;
            else if (xml.name() == u"si" || xml.name() == u"is")
                return;
            break;
        default:
            break;
        }
    }
}

void XlsxSharedStrings::appendUtf8(QStringView text, std::string &out)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            const QByteArray utf8 = text.toUtf8();
            out.append(utf8.constData(), size_t(utf8.size()));
            return;
        }
    }
    const size_t start = out.size();
    out.resize(start + size_t(text.size()));
    for (qsizetype i = 0; i < text.size(); ++i)
        out[start + size_t(i)] = char(text[i].unicode());
}

} // namespace kai::import
