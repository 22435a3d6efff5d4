// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DomainTypes.h"
#include "review/ReviewManifest.h"

#include <QCoreApplication>

namespace kai::store {
class SqliteConnection;
}

namespace kai::review {

// Whether an open database is a review copy and, if so, whether its data still matches the
// checksum in its manifest. The same words go to the status bar and into every export's stamp.
class ReviewCopyStatus
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCopyStatus)

public:
    bool isReviewCopy = false;
    ReviewManifest manifest;
    QString actualChecksum;  // full SHA-256 hex of the data now; empty when a write was seen without it

    bool isUnchanged() const { return isReviewCopy && actualChecksum == manifest.checksum; }
    bool isModified() const { return isReviewCopy && !isUnchanged(); }
    // "Review copy of 30 Nov 2026, unchanged" / "Review copy modified after it was made"; empty
    // for an ordinary database. Date in the conventions of `language`.
    QString text(domain::Language language) const;

    // Reads the manifest and recomputes the checksum (or takes sha256 when the caller already has
    // it). Throws store::StoreError when the file cannot be read.
    // A copy whose manifest says its checksum cache was complete and that has lost a cached share
    // was written to after it was made: modified, found without reading any rows.
    static ReviewCopyStatus of(store::SqliteConnection &connection, const QByteArray &sha256 = {});
    // Whether every content table's share of the checksum is cached and trusted.
    static bool allContentCached(store::SqliteConnection &connection);
};

} // namespace kai::review
