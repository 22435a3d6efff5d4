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

    // Whether this processor compresses with the SHA extensions.
    static bool usesShaExtensions();

private:
    void reset();

    bool m_fast;
    QCryptographicHash m_portable{QCryptographicHash::Sha256};
    std::array<quint32, 8> m_state{};
    std::array<uchar, 64> m_block{};
    size_t m_blockUsed = 0;
    quint64 m_length = 0;
};

} // namespace kai::store
