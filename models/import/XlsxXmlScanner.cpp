// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/XlsxXmlScanner.h"

#include <QIODevice>
#include <cstring>

namespace kai::import {

namespace {
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isNameEnd(char c)
{
    return isSpace(c) || c == '/' || c == '>' || c == '=';
}

std::string_view localName(std::string_view qualified)
{
    const size_t colon = qualified.find(':');
    return colon == std::string_view::npos ? qualified : qualified.substr(colon + 1);
}

bool allSpace(std::string_view text)
{
    for (const char c : text) {
        if (!isSpace(c))
            return false;
    }
    return true;
}

void appendCodePoint(char32_t code, std::string &out)
{
    if (code < 0x80) {
        out += char(code);
    } else if (code < 0x800) {
        out += char(0xC0 | (code >> 6));
        out += char(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += char(0xE0 | (code >> 12));
        out += char(0x80 | ((code >> 6) & 0x3F));
        out += char(0x80 | (code & 0x3F));
    } else {
        out += char(0xF0 | (code >> 18));
        out += char(0x80 | ((code >> 12) & 0x3F));
        out += char(0x80 | ((code >> 6) & 0x3F));
        out += char(0x80 | (code & 0x3F));
    }
}

// "#65", "#x41", "amp" -> the code point, or 0 when it is no entity XML knows without a DTD.
char32_t entityValue(std::string_view entity)
{
    if (entity == "lt")
        return '<';
    if (entity == "gt")
        return '>';
    if (entity == "amp")
        return '&';
    if (entity == "quot")
        return '"';
    if (entity == "apos")
        return '\'';
    if (entity.size() < 2 || entity.size() > 10 || entity[0] != '#')
        return 0;
    const bool hex = entity[1] == 'x';
    const std::string_view digits = entity.substr(hex ? 2 : 1);
    if (digits.empty())
        return 0;
    char32_t code = 0;
    for (const char c : digits) {
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (hex && c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (hex && c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        if (digit < 0)
            return 0;
        code = code * (hex ? 16 : 10) + char32_t(digit);
        if (code > 0x10FFFF)
            return 0;
    }
    const bool surrogate = code >= 0xD800 && code <= 0xDFFF;
    return surrogate ? 0 : code;
}
} // namespace

XlsxXmlScanner::XlsxXmlScanner(QIODevice &device)
    : m_device(device)
{
    m_buffer.resize(2 * ChunkBytes);
}

XlsxXmlScanner::Token XlsxXmlScanner::fail(const QString &reason)
{
    if (m_error.isEmpty())
        m_error = reason;
    return m_token = Token::Invalid;
}

// Keeps the current token and reads the next chunk behind it; false at the end of the input.
bool XlsxXmlScanner::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_pos, m_end - m_pos);
        m_base += qint64(m_pos);
        m_end -= m_pos;
        m_next -= m_pos;
        m_pos = 0;
    }
    if (m_buffer.size() - m_end < ChunkBytes)
        m_buffer.resize(m_end + ChunkBytes);
    const qint64 read = m_device.read(m_buffer.data() + m_end, qint64(ChunkBytes));
    if (read <= 0) {
        m_eof = true;
        return false;
    }
    m_end += size_t(read);
    return true;
}

// Finds what from the current token's start; at is relative to m_pos.
bool XlsxXmlScanner::find(std::string_view what, size_t &at)
{
    size_t from = 0;
    for (;;) {
        const std::string_view held(m_buffer.data() + m_pos, m_end - m_pos);
        const size_t found = held.find(what, from);
        if (found != std::string_view::npos) {
            at = found;
            return true;
        }
        if (held.size() >= what.size())
            from = held.size() - what.size() + 1;
        if (held.size() > MaxTokenBytes) {
            fail(tr("a tag or text is longer than 16 MB"));
            return false;
        }
        if (!fill())
            return false;
    }
}

// The '>' that closes the tag starting at m_pos, outside quoted attribute values.
bool XlsxXmlScanner::findTagEnd(size_t &at)
{
    size_t i = 1;
    char quote = 0;
    for (;;) {
        const char *data = m_buffer.data() + m_pos;
        const size_t held = m_end - m_pos;
        for (; i < held; ++i) {
            const char c = data[i];
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                at = i;
                return true;
            } else if (c == '<') {
                fail(tr("a tag holds '<'"));
                return false;
            }
        }
        if (held > MaxTokenBytes) {
            fail(tr("a tag is longer than 16 MB"));
            return false;
        }
        if (!fill())
            return false;
    }
}

XlsxXmlScanner::Token XlsxXmlScanner::next()
{
    if (m_token == Token::Invalid || m_token == Token::EndOfDocument)
        return m_token;
    if (m_pendingEnd) {
        m_pendingEnd = false;
        m_open.pop_back();
        m_attributeCount = 0;
        return m_token = Token::EndElement;
    }
    for (;;) {
        m_pos = m_next;
        if (m_base == 0 && m_pos == 0 && skipByteOrderMark())
            continue;
        if (m_pos >= m_end && !fill()) {
            if (!m_open.empty() || !m_sawRoot)
                return fail(tr("premature end of the document"));
            return m_token = Token::EndOfDocument;
        }
        if (m_buffer[m_pos] != '<') {
            const Token token = readText();
            if (token != Token::Text || !m_open.empty())
                return token;
            if (!allSpace(m_text))
                return fail(tr("text outside the document element"));
            continue;
        }
        while (m_end - m_pos < 2) {
            if (!fill())
                return fail(tr("premature end of the document"));
        }
        const char second = m_buffer[m_pos + 1];
        if (second == '/')
            return readEndTag();
        if (second != '?' && second != '!')
            return readStartTag();
        bool skipped = false;
        const Token token = readMarkup(skipped);
        if (!skipped)
            return token;
    }
}

bool XlsxXmlScanner::skipByteOrderMark()
{
    while (m_end < 3 && fill()) {
    }
    if (m_end < 3 || std::memcmp(m_buffer.data(), "\xEF\xBB\xBF", 3) != 0)
        return false;
    m_next = 3;
    return true;
}

XlsxXmlScanner::Token XlsxXmlScanner::readText()
{
    size_t at = 0;
    if (!find("<", at)) {
        if (hasError())
            return m_token;
        at = m_end - m_pos;  // text up to the end: the next call reports whether that is allowed
    }
    m_next = m_pos + at;
    const std::string_view raw(m_buffer.data() + m_pos, at);
    m_text = raw;
    if (raw.find_first_of("&\r") != std::string_view::npos) {
        if (!decode(raw, m_decodedText))
            return fail(tr("text holds an unknown or malformed entity"));
        m_text = m_decodedText;
    }
    return m_token = Token::Text;
}

// Comments and processing instructions are skipped; CDATA is text.
XlsxXmlScanner::Token XlsxXmlScanner::readMarkup(bool &skipped)
{
    size_t at = 0;
    auto startsWith = [this](std::string_view prefix) {
        while (m_end - m_pos < prefix.size()) {
            if (!fill())
                return false;
        }
        return std::string_view(m_buffer.data() + m_pos, prefix.size()) == prefix;
    };
    if (m_buffer[m_pos + 1] == '?') {
        if (!find("?>", at))
            return fail(tr("premature end of the document"));
        m_next = m_pos + at + 2;
        skipped = true;
        return m_token;
    }
    if (startsWith("<!--")) {
        if (!find("-->", at))
            return fail(tr("premature end of the document"));
        m_next = m_pos + at + 3;
        skipped = true;
        return m_token;
    }
    if (startsWith("<![CDATA[")) {
        if (m_open.empty())
            return fail(tr("text outside the document element"));
        if (!find("]]>", at))
            return fail(tr("premature end of the document"));
        m_next = m_pos + at + 3;
        m_text = std::string_view(m_buffer.data() + m_pos + 9, at - 9);
        return m_token = Token::Text;
    }
    if (hasError())
        return m_token;
    return fail(tr("a DOCTYPE or other declaration, which a workbook never has"));
}

XlsxXmlScanner::Token XlsxXmlScanner::readStartTag()
{
    size_t at = 0;
    if (!findTagEnd(at))
        return fail(tr("premature end of the document"));
    m_next = m_pos + at + 1;
    std::string_view tag(m_buffer.data() + m_pos + 1, at - 1);
    const bool empty = !tag.empty() && tag.back() == '/';
    if (empty)
        tag.remove_suffix(1);
    size_t nameEnd = 0;
    while (nameEnd < tag.size() && !isNameEnd(tag[nameEnd]))
        ++nameEnd;
    const std::string_view qualified = tag.substr(0, nameEnd);
    if (qualified.empty())
        return fail(tr("a tag without a name"));
    if (m_open.empty() && m_sawRoot)
        return fail(tr("a second document element"));
    if (!parseAttributes(tag.substr(nameEnd)))
        return m_token;
    m_sawRoot = true;
    m_open.emplace_back(qualified);
    m_name = localName(qualified);
    m_pendingEnd = empty;
    return m_token = Token::StartElement;
}

XlsxXmlScanner::Token XlsxXmlScanner::readEndTag()
{
    size_t at = 0;
    if (!find(">", at))
        return fail(tr("premature end of the document"));
    m_next = m_pos + at + 1;
    std::string_view qualified(m_buffer.data() + m_pos + 2, at - 2);
    while (!qualified.empty() && isSpace(qualified.back()))
        qualified.remove_suffix(1);
    if (m_open.empty() || m_open.back() != qualified)
        return fail(tr("an end tag that does not match its start"));
    m_open.pop_back();
    m_name = localName(qualified);
    m_attributeCount = 0;
    return m_token = Token::EndElement;
}

bool XlsxXmlScanner::parseAttributes(std::string_view list)
{
    m_attributeCount = 0;
    size_t i = 0;
    for (;;) {
        const size_t before = i;
        while (i < list.size() && isSpace(list[i]))
            ++i;
        if (i == list.size())
            return true;
        if (i == before) {
            fail(tr("attributes not separated by space"));
            return false;
        }
        const size_t nameStart = i;
        while (i < list.size() && !isNameEnd(list[i]))
            ++i;
        const std::string_view name = list.substr(nameStart, i - nameStart);
        while (i < list.size() && isSpace(list[i]))
            ++i;
        if (name.empty() || i + 1 >= list.size() || list[i] != '=') {
            fail(tr("an attribute without a value"));
            return false;
        }
        ++i;
        while (i < list.size() && isSpace(list[i]))
            ++i;
        const char quote = i < list.size() ? list[i] : 0;
        const size_t close = quote == '"' || quote == '\'' ? list.find(quote, i + 1) : std::string_view::npos;
        if (close == std::string_view::npos) {
            fail(tr("an attribute value without quotes"));
            return false;
        }
        if (m_attributes.size() <= m_attributeCount)
            m_attributes.emplace_back();
        Attribute &attribute = m_attributes[m_attributeCount++];
        attribute.name = name;
        attribute.value = list.substr(i + 1, close - i - 1);
        attribute.isDecoded = attribute.value.find_first_of("&\r<") != std::string_view::npos;
        if (attribute.isDecoded) {
            if (attribute.value.find('<') != std::string_view::npos || !decode(attribute.value, attribute.decoded)) {
                fail(tr("an attribute value holds '<' or a malformed entity"));
                return false;
            }
        }
        i = close + 1;
    }
}

std::string_view XlsxXmlScanner::attribute(std::string_view name) const
{
    for (size_t i = 0; i < m_attributeCount; ++i) {
        if (m_attributes[i].name == name)
            return m_attributes[i].isDecoded ? std::string_view(m_attributes[i].decoded) : m_attributes[i].value;
    }
    return {};
}

bool XlsxXmlScanner::decode(std::string_view raw, std::string &out)
{
    out.clear();
    for (size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '\r') {
            out += '\n';
            if (i + 1 < raw.size() && raw[i + 1] == '\n')
                ++i;
        } else if (c == '&') {
            const size_t semicolon = raw.find(';', i);
            if (semicolon == std::string_view::npos)
                return false;
            const char32_t code = entityValue(raw.substr(i + 1, semicolon - i - 1));
            if (code == 0)
                return false;
            appendCodePoint(code, out);
            i = semicolon;
        } else {
            out += c;
        }
    }
    return true;
}

bool XlsxXmlScanner::readElementText(std::string &out)
{
    for (;;) {
        switch (next()) {
        case Token::Text:
            out.append(m_text);
            break;
        case Token::EndElement:
            return true;
        case Token::StartElement:
            fail(tr("an element inside a text-only element"));
            return false;
        case Token::EndOfDocument:
        case Token::Invalid:
            return false;
        }
    }
}

bool XlsxXmlScanner::skipElement()
{
    const size_t depth = m_open.size();
    while (m_open.size() >= depth) {
        const Token token = next();
        if (token == Token::Invalid || token == Token::EndOfDocument)
            return false;
    }
    return true;
}

} // namespace kai::import
