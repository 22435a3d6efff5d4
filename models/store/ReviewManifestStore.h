// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/ReviewManifest.h"

#include <optional>

namespace kai::store {

class SqliteConnection;

// The manifest table that only review copies have. The copier creates it; no migration adds it
// to an office database, so an office file never carries an empty manifest and the schema
// version of a copy stays that of the database it came from. DatabaseFingerprint leaves this
// table out, so writing the manifest does not change the checksum it records.
class ReviewManifestStore
{
public:
    static QString tableName();
    static bool existsIn(SqliteConnection &connection);
    // Creates the table and writes the one manifest row (inside the caller's transaction).
    static void write(SqliteConnection &connection, const review::ReviewManifest &manifest);
    // Nothing when the file is not a review copy.
    static std::optional<review::ReviewManifest> read(SqliteConnection &connection);
};

} // namespace kai::store
