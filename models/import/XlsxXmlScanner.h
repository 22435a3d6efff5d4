// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <string>
#include <string_view>
#include <vector>

class QIODevice;

namespace kai::import {

// A pull tokenizer for the XML of a worksheet or of the shared strings, working on the inflated
// UTF-8 bytes as they are: names, attribute values and text come back as views into its buffer,
// valid until the next call, so a cell costs no allocation. QXmlStreamReader did this job at about
// 9 µs a row (QString per token, attribute vectors), four times the rest of the import.
// It checks what the readers rely on: tags nest and close, quotes and entities are well formed,
// the document does not end inside an element. A DOCTYPE is refused: SpreadsheetML never has one
// and its entities could expand without bound.
class XlsxXmlScanner
{
    Q_DECLARE_TR_FUNCTIONS(XlsxXmlScanner)

public:
    enum class Token { StartElement, EndElement, Text, EndOfDocument, Invalid };

    explicit XlsxXmlScanner(QIODevice &device);

    Token next();
    // The local name (without prefix) of the element just started or ended.
    std::string_view name() const { return m_name; }
    // The value of an unprefixed attribute of the element just started, entities resolved; empty
    // when it has none.
    std::string_view attribute(std::string_view name) const;
    // The text just read, entities resolved and line ends normalised.
    std::string_view text() const { return m_text; }
    // After StartElement: appends the element's text to out and reads to its end. A child
    // element makes the document invalid, as in QXmlStreamReader::readElementText.
    bool readElementText(std::string &out);
    // After StartElement: reads to the element's end.
    bool skipElement();

    bool hasError() const { return !m_error.isEmpty(); }
    const QString &errorString() const { return m_error; }
    // Bytes of the document read as tokens so far.
    qint64 offset() const { return m_base + qint64(m_next); }

    static constexpr size_t ChunkBytes = 256 << 10;
    static constexpr size_t MaxTokenBytes = 16 << 20;  // a tag, or a text between two tags

private:
    struct Attribute
    {
        std::string_view name;
        std::string_view value;
        // The value when it holds entities. Never viewed by `value`: a short string lives inside
        // the Attribute, which moves when m_attributes grows.
        std::string decoded;
        bool isDecoded = false;
    };

    Token fail(const QString &reason);
    bool fill();
    bool find(std::string_view what, size_t &at);
    bool findTagEnd(size_t &at);
    Token readText();
    Token readStartTag();
    Token readEndTag();
    Token readMarkup(bool &skipped);
    bool skipByteOrderMark();
    bool parseAttributes(std::string_view list);
    // Resolves entities and line ends of raw into out (cleared first); false on a bad entity.
    bool decode(std::string_view raw, std::string &out);

    QIODevice &m_device;
    std::string m_buffer;
    size_t m_pos = 0;   // start of the current token
    size_t m_next = 0;  // first byte after it
    size_t m_end = 0;   // bytes held
    qint64 m_base = 0;  // document offset of m_buffer[0]
    bool m_eof = false;
    bool m_sawRoot = false;
    bool m_pendingEnd = false;  // <c/> ends on the next call
    Token m_token = Token::Text;
    std::string_view m_name;
    std::string_view m_text;
    std::string m_decodedText;
    std::vector<Attribute> m_attributes;
    size_t m_attributeCount = 0;
    std::vector<std::string> m_open;  // qualified names of the open elements
    QString m_error;
};

} // namespace kai::import
