// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/ReviewCopyStatus.h"

#include "items/DisplayFormat.h"
#include "store/ContentChecksumCache.h"
#include "store/DatabaseFingerprint.h"
#include "store/ReviewManifestStore.h"
#include "store/SqliteConnection.h"

#include <algorithm>

namespace kai::review {

QString ReviewCopyStatus::text(domain::Language language) const
{
    if (!isReviewCopy)
        return {};
    if (isModified())
        return tr("Review copy modified after it was made");
    return tr("Review copy of %1, unchanged").arg(DisplayFormat(language).date(manifest.madeOn.toUTC().date()));
}

bool ReviewCopyStatus::allContentCached(store::SqliteConnection &connection)
{
    const QHash<QString, store::TableChecksum> cached = store::ContentChecksumCache::trusted(connection);
    const QStringList tables = store::ContentChecksumCache::contentTables(connection);
    return std::all_of(tables.cbegin(), tables.cend(), [&cached](const QString &table) { return cached.contains(table); });
}

ReviewCopyStatus ReviewCopyStatus::of(store::SqliteConnection &connection, const QByteArray &sha256)
{
    ReviewCopyStatus status;
    const std::optional<ReviewManifest> manifest = store::ReviewManifestStore::read(connection);
    if (!manifest)
        return status;
    status.isReviewCopy = true;
    status.manifest = *manifest;
    // The copy was made with every share cached; one missing was dropped by a write since then.
    // Saying so needs no rows read, where recomputing would read them all (48 s on 10M usage rows).
    if (sha256.isEmpty() && manifest->cacheComplete && !allContentCached(connection))
        return status;  // no actual checksum: modified
    const QByteArray digest = sha256.isEmpty() ? store::DatabaseFingerprint(connection).sha256() : sha256;
    status.actualChecksum = QString::fromLatin1(digest.toHex());
    return status;
}

} // namespace kai::review
