// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/DatabaseFingerprint.h"

#include "store/ContentChecksumCache.h"
#include "store/SqliteConnection.h"
#include "store/ReadSnapshot.h"
#include "store/StoreError.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace kai::store {

QByteArray DatabaseFingerprint::sha256()
{
    ReadSnapshot snapshot(m_connection);
    // Only an SQLite file keeps trusted checksums (its triggers guard them); a server is scanned.
    SqliteConnection *file = m_connection.sqlite();
    const QHash<QString, TableChecksum> cached = file ? ContentChecksumCache::trusted(*file)
                                                      : QHash<QString, TableChecksum>();
    QCryptographicHash total(QCryptographicHash::Sha256);
    for (const QString &table : ContentChecksumCache::contentTables(m_connection)) {
        const auto found = cached.constFind(table);
        const TableChecksum checksum =
            found != cached.cend() ? *found : ContentChecksumCache::scan(m_connection, table);
        total.addData(table.toUtf8());
        const quint64 counts[] = {qToLittleEndian(checksum.rows), qToLittleEndian(checksum.sum)};
        total.addData(QByteArrayView(reinterpret_cast<const char *>(counts), sizeof counts));
    }
    return total.result();
}

QString DatabaseFingerprint::shortHex()
{
    return QString::fromLatin1(sha256().toHex().left(8));
}

} // namespace kai::store
