// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/ReviewCopyStatus.h"

#include "items/DisplayFormat.h"
#include "store/DatabaseFingerprint.h"
#include "store/ReviewManifestStore.h"
#include "store/SqliteConnection.h"

namespace kai::review {

QString ReviewCopyStatus::text(domain::Language language) const
{
    if (!isReviewCopy)
        return {};
    if (isModified())
        return tr("Review copy modified after it was made");
    return tr("Review copy of %1, unchanged").arg(DisplayFormat(language).date(manifest.madeOn.toUTC().date()));
}

ReviewCopyStatus ReviewCopyStatus::of(store::SqliteConnection &connection, const QByteArray &sha256)
{
    ReviewCopyStatus status;
    const std::optional<ReviewManifest> manifest = store::ReviewManifestStore::read(connection);
    if (!manifest)
        return status;
    status.isReviewCopy = true;
    status.manifest = *manifest;
    const QByteArray digest = sha256.isEmpty() ? store::DatabaseFingerprint(connection).sha256() : sha256;
    status.actualChecksum = QString::fromLatin1(digest.toHex());
    return status;
}

} // namespace kai::review
