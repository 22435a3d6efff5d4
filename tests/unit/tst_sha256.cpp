// SPDX-License-Identifier: GPL-3.0-or-later
// The checksum's SHA-256 (store/Sha256, compressed with the processor's SHA extensions where it has
// them) gives QCryptographicHash's digest for every length around the block and padding edges, fed
// whole or in pieces, message after message.
#include "store/Sha256.h"

#include <QCryptographicHash>
#include <QTest>
#include <array>
#include <cstring>

using kai::store::Sha256;

class TestSha256 : public QObject
{
    Q_OBJECT

private slots:
    void equalsQtsDigest()
    {
        qInfo("SHA extensions used: %s", Sha256::usesShaExtensions() ? "yes" : "no");
        QByteArray message;
        Sha256 hash;
        for (int length = 0; length < 300; ++length) {
            const QByteArray expected = QCryptographicHash::hash(message, QCryptographicHash::Sha256);
            hash.addData(message);
            const Sha256::Digest whole = hash.result();
            QCOMPARE(QByteArray(reinterpret_cast<const char *>(whole.data()), 32), expected);
            for (qsizetype at = 0; at < message.size(); at += 7)
                hash.addData(QByteArrayView(message.constData() + at, std::min<qsizetype>(7, message.size() - at)));
            const Sha256::Digest pieces = hash.result();
            QCOMPARE(QByteArray(reinterpret_cast<const char *>(pieces.data()), 32), expected);
            std::array<uchar, 512> buffer{};
            std::memcpy(buffer.data(), message.constData(), size_t(message.size()));
            const Sha256::Digest once = Sha256::ofZeroTailed(buffer.data(), size_t(message.size()));
            QCOMPARE(QByteArray(reinterpret_cast<const char *>(once.data()), 32), expected);
            message.append(char((length * 131 + 7) & 0xff));
        }
    }

    void isEmptyUntilSomethingIsAdded()
    {
        Sha256 hash;
        QVERIFY(hash.isEmpty());
        hash.addData(QByteArrayView());
        QVERIFY(hash.isEmpty());
        hash.addData("a");
        QVERIFY(!hash.isEmpty());
        hash.result();
        QVERIFY(hash.isEmpty());
    }

    void knownAnswer()
    {
        Sha256 hash;
        hash.addData("abc");
        const Sha256::Digest digest = hash.result();
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(digest.data()), 32).toHex(),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
