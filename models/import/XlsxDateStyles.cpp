// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/XlsxDateStyles.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

namespace kai::import {

XlsxDateStyles::Kind XlsxDateStyles::builtInKind(int id)
{
    // ECMA-376 18.8.30 and the East Asian built-ins (27-36, 50-58 are dates in ko-KR and ja-JP).
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || id == 36 || (id >= 50 && id <= 58))
        return Date;
    if ((id >= 18 && id <= 22) || (id >= 32 && id <= 35) || (id >= 45 && id <= 47))
        return DateTime;
    return NotDate;
}

XlsxDateStyles::Kind XlsxDateStyles::formatCodeKind(QStringView code)
{
    bool date = false;
    bool time = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i].toLower();
        if (c == u'"') {
            const qsizetype close = code.indexOf(u'"', i + 1);
            i = close < 0 ? code.size() : close;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;  // the next character is literal (or padding)
        } else if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i + 1);
            const QStringView inside = code.mid(i + 1, close < 0 ? -1 : close - i - 1);
            // [h], [mm], [ss] are elapsed time; anything else is a colour, condition or locale.
            if (!inside.isEmpty() && QStringLiteral("hms").contains(inside[0].toLower()))
                time = true;
            i = close < 0 ? code.size() : close;
        } else if (c == u';') {
            break;  // the first section decides
        } else if (c == u'y' || c == u'd' || c == u'm') {
            date = true;
        } else if (c == u'h' || c == u's') {
            time = true;
        }
    }
    if (time)
        return DateTime;
    return date ? Date : NotDate;
}

QString XlsxDateStyles::load(QIODevice &device)
{
    QHash<int, Kind> custom;
    QXmlStreamReader xml(&device);
    bool inCellXfs = false;
    while (!xml.atEnd() && !xml.hasError()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs")
            inCellXfs = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == u"numFmt") {
            custom.insert(attributes.value(QLatin1String("numFmtId")).toInt(), formatCodeKind(attributes.value(QLatin1String("formatCode"))));
        } else if (xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == u"xf") {
            const int id = attributes.value(QLatin1String("numFmtId")).toInt();
            m_kinds.push_back(custom.contains(id) ? custom.value(id) : builtInKind(id));
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        return QCoreApplication::translate("XlsxDateStyles", "its styles are damaged (%1)").arg(xml.errorString());
    return {};
}

} // namespace kai::import
