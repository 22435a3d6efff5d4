// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace kai::review {

// What a review copy says about itself: who made it, when, as of which date, and the logical
// checksum of its data at that moment (DatabaseFingerprint, which leaves the manifest out).
struct ReviewManifest
{
    QDateTime madeOn;   // UTC
    QString madeBy;     // the operating-system account
    QDate asOf;
    QString checksum;   // full SHA-256 in hex
    QString appVersion;
    QString sourceName; // file name of the database it was copied from, or host:port/database of a server
    // Every content table's share of the checksum was cached in the copy when the checksum was
    // taken (ContentChecksumCache). False in copies made before this was recorded.
    bool cacheComplete = false;
};

} // namespace kai::review
