// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QCryptographicHash>
#include <QtGlobal>
#include <array>

namespace kai::store {

// SHA-256 for the content checksum's row hashes, which are many and short (a usage row is about 80
// bytes, two blocks): on an x86-64 processor with the SHA extensions the blocks are compressed with
// them (measured: Qt's portable SHA-256 was half of the import's parsing thread), elsewhere by
// QCryptographicHash. Either way the digest is SHA-256's; tst_sha256 compares the two.
class Sha256
{
public:
    using Digest = std::array<uchar, 32>;

    Sha256();
    void addData(QByteArrayView bytes);
    // The digest of everything added since the last result(); starts the next message.
    Digest result();
    // Whether nothing was added since the last result().
    bool isEmpty() const { return m_fast ? m_length == 0 && m_blockUsed == 0 : m_portableEmpty; }

    // The digest of one whole message, written in `buffer` and followed there by zeros up to the
    // end of the 64-byte block that holds size + 9 bytes; the buffer receives SHA-256's padding.
    // Faster than addData() and result() for short messages (the row hashes': measured, copying
    // them into the block, padding and resetting cost as much as compressing their two blocks).
    static Digest ofZeroTailed(uchar *buffer, size_t size);

    // Whether this processor compresses with the SHA extensions.
    static bool usesShaExtensions();

private:
    void reset();

    bool m_fast;
    QCryptographicHash m_portable{QCryptographicHash::Sha256};
    bool m_portableEmpty = true;
    std::array<quint32, 8> m_state{};
    std::array<uchar, 64> m_block{};
    size_t m_blockUsed = 0;
    quint64 m_length = 0;
};

} // namespace kai::store
