// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SqliteFileHeader.h"

#include "store/SchemaInfo.h"

#include <QFile>
#include <QtEndian>

namespace kai::store {

namespace {
constexpr qint64 HeaderSize = 100;
// Offsets in the database header (https://www.sqlite.org/fileformat.html#the_database_header).
constexpr int WriteVersionOffset = 18;
constexpr int ReadVersionOffset = 19;
constexpr int UserVersionOffset = 60;
constexpr int ApplicationIdOffset = 68;
constexpr char WalFormat = 2;

quint32 bigEndianAt(const QByteArray &bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}
} // namespace

SqliteFileHeader SqliteFileHeader::read(const QString &path)
{
    SqliteFileHeader header;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return header;
    const QByteArray bytes = file.read(HeaderSize);
    if (bytes.size() < HeaderSize)
        return header;
    header.readable = true;
    header.sqlite = bytes.startsWith(QByteArray("SQLite format 3\0", 16));
    if (!header.sqlite)
        return header;
    header.applicationId = bigEndianAt(bytes, ApplicationIdOffset);
    header.userVersion = int(bigEndianAt(bytes, UserVersionOffset));
    header.walMode = bytes.at(WriteVersionOffset) == WalFormat && bytes.at(ReadVersionOffset) == WalFormat;
    return header;
}

bool SqliteFileHeader::isOurs() const
{
    return sqlite && applicationId == quint32(ApplicationId);
}

QStringList SqliteFileHeader::sideFileSuffixes()
{
    return {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};
}

QString SqliteFileHeader::databaseOfSideFile(const QString &path)
{
    for (const QString &suffix : sideFileSuffixes()) {
        if (path.endsWith(suffix, Qt::CaseInsensitive))
            return path.chopped(suffix.size());
    }
    return {};
}

} // namespace kai::store
