// SPDX-License-Identifier: GPL-3.0-or-later
// The sheet XML tokenizer that replaced QXmlStreamReader on the import's hot path: it must read
// what Excel, LibreOffice and other writers put in a sheet, and refuse what is not XML.
#include "import/XlsxSharedStrings.h"
#include "import/XlsxXmlScanner.h"

#include <QBuffer>
#include <QTest>

using kai::import::XlsxXmlScanner;
using Token = XlsxXmlScanner::Token;

namespace {
QString str(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// The document as one line per token: "<name a=b>", "</name>", "'text'", or "!error".
QStringList tokens(const QByteArray &xml, const QStringList &attributes = {})
{
    QByteArray data = xml;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    XlsxXmlScanner scanner(buffer);
    QStringList out;
    for (Token token = scanner.next();; token = scanner.next()) {
        switch (token) {
        case Token::StartElement: {
            QString line = u'<' + str(scanner.name());
            for (const QString &name : attributes) {
                if (const std::string_view value = scanner.attribute(name.toStdString()); !value.empty())
                    line += u' ' + name + u'=' + str(value);
            }
            out.append(line + u'>');
            break;
        }
        case Token::EndElement:
            out.append(QStringLiteral("</") + str(scanner.name()) + u'>');
            break;
        case Token::Text:
            out.append(u'\'' + str(scanner.text()) + u'\'');
            break;
        case Token::EndOfDocument:
            return out;
        case Token::Invalid:
            out.append(u'!' + scanner.errorString());
            return out;
        }
    }
}
} // namespace

class TestXlsxXmlScanner : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatWritersPutInASheet()
    {
        const QByteArray xml = "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
                               "<!-- written by hand --><x:worksheet xmlns:x=\"urn:x\"><x:c r='A1' t=\"s\"/>"
                               "<x:v a=\"1 &gt; 0\">a&amp;b &#xD55C;&#44544; &lt;x&gt;\r\nline</x:v>"
                               "<x:v><![CDATA[<raw & kept>]]></x:v></x:worksheet >\n";
        QCOMPARE(tokens(xml, {QStringLiteral("r"), QStringLiteral("t"), QStringLiteral("a")}),
                 (QStringList{QStringLiteral("<worksheet>"), QStringLiteral("<c r=A1 t=s>"), QStringLiteral("</c>"),
                              QStringLiteral("<v a=1 > 0>"), QStringLiteral("'a&b 한글 <x>\nline'"), QStringLiteral("</v>"),
                              QStringLiteral("<v>"), QStringLiteral("'<raw & kept>'"), QStringLiteral("</v>"),
                              QStringLiteral("</worksheet>")}));
    }

    void decodedValuesSurviveTheAttributeListGrowing()
    {
        // Found by fuzz_xlsx_reader: a decoded value was viewed inside its own short string, which
        // moved when a later attribute of a first, long tag grew the list (heap-use-after-free).
        const QByteArray xml = "<c a=\"x&amp;y\" b=\"1\" c=\"2\" d=\"3\" e=\"4\" f=\"5\" g=\"6\" h=\"7\" "
                               "i=\"&lt;9\"/>";
        QCOMPARE(tokens(xml, {QStringLiteral("a"), QStringLiteral("h"), QStringLiteral("i")}),
                 (QStringList{QStringLiteral("<c a=x&y h=7 i=<9>"), QStringLiteral("</c>")}));
    }

    void namespaceDeclarationsAreNotTheAttributeOfTheSameLocalName()
    {
        QCOMPARE(tokens("<c xmlns:r=\"urn:r\" r:id=\"x\"/>", {QStringLiteral("r"), QStringLiteral("id")}),
                 (QStringList{QStringLiteral("<c>"), QStringLiteral("</c>")}));
    }

    void refusesWhatIsNotXml_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("reason");
        QTest::newRow("cut inside an element") << QByteArray("<a><b>text") << QStringLiteral("premature end");
        QTest::newRow("cut inside a tag") << QByteArray("<a><b r=\"1") << QStringLiteral("premature end");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("premature end");
        QTest::newRow("wrong end tag") << QByteArray("<a><b></a></b>") << QStringLiteral("does not match");
        QTest::newRow("unknown entity") << QByteArray("<a>&nbsp;</a>") << QStringLiteral("entity");
        QTest::newRow("entity without end") << QByteArray("<a>&amp</a>") << QStringLiteral("entity");
        QTest::newRow("doctype") << QByteArray("<!DOCTYPE a [<!ENTITY x \"y\">]><a/>") << QStringLiteral("DOCTYPE");
        QTest::newRow("unquoted attribute") << QByteArray("<a r=1/>") << QStringLiteral("quotes");
        QTest::newRow("text outside") << QByteArray("junk<a/>") << QStringLiteral("outside");
        QTest::newRow("second root") << QByteArray("<a/><b/>") << QStringLiteral("second");
        QTest::newRow("UTF-16") << QByteArray("\xFF\xFE<\0a\0/\0>\0", 10) << QStringLiteral("outside");
    }

    void refusesWhatIsNotXml()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, reason);
        const QStringList read = tokens(xml);
        QVERIFY2(!read.isEmpty() && read.last().startsWith(u'!') && read.last().contains(reason), qPrintable(read.join(u' ')));
    }

    // Tags, texts and entities cut by the chunk boundary, and a text longer than a chunk.
    void tokensAcrossChunksAreWhole()
    {
        QByteArray xml = "<sheetData>";
        const int cells = 40000;
        for (int i = 0; i < cells; ++i)
            xml += "<c r=\"A" + QByteArray::number(i) + "\" s=\"7\"><v>&#x41;" + QByteArray::number(i) + "</v></c>";
        const QByteArray longText(int(XlsxXmlScanner::ChunkBytes) * 2 + 17, 'x');
        xml += "<v>" + longText + "</v></sheetData>";
        QByteArray data = xml;
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        XlsxXmlScanner scanner(buffer);
        int seen = 0;
        std::string text;
        for (Token token = scanner.next(); token != Token::EndOfDocument; token = scanner.next()) {
            QVERIFY2(token != Token::Invalid, qPrintable(scanner.errorString()));
            if (token != Token::StartElement || scanner.name() != "v")
                continue;
            text.clear();
            QVERIFY(scanner.readElementText(text));
            if (seen < cells) {
                QCOMPARE(str(text), QStringLiteral("A") + QString::number(seen));
                ++seen;
            } else {
                QCOMPARE(text.size(), size_t(longText.size()));
            }
        }
        QCOMPARE(seen, cells);
        QCOMPARE(scanner.offset(), qint64(xml.size()));
    }

    void sharedStringsKeepRunsAndDropPhoneticGuides()
    {
        QByteArray xml = "<sst><si><t>plain</t></si><si><r><t>ri</t></r><r><t xml:space=\"preserve\">ch </t></r>"
                         "<rPh sb=\"0\" eb=\"1\"><t>guide</t></rPh></si><si><t/></si></sst>";
        QBuffer buffer(&xml);
        buffer.open(QIODevice::ReadOnly);
        kai::import::XlsxSharedStrings strings;
        QVERIFY(strings.load(buffer).isEmpty());
        QCOMPARE(strings.size(), 3);
        QCOMPARE(str(strings.at(0)), QStringLiteral("plain"));
        QCOMPARE(str(strings.at(1)), QStringLiteral("rich "));
        QCOMPARE(str(strings.at(2)), QString());
    }
};

QTEST_GUILESS_MAIN(TestXlsxXmlScanner)
#include "tst_xlsx_xml_scanner.moc"
