// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace kai::store {

class SqliteConnection;

// Keeps a bulk write's commit from also copying the write-ahead log into the database file (SQLite's
// automatic checkpoint, which runs inside the commit that crosses its threshold). The commit is
// durable without it (the log is synced first); the checkpoint can then run after the result has
// been shown (checkpoint()), or is left to SQLite's next automatic one. Measured on a 10M-row
// import: the commit 0.49 s, the checkpoint that followed it 0.58 s.
class AutoCheckpointSuspension
{
public:
    explicit AutoCheckpointSuspension(SqliteConnection &connection);
    ~AutoCheckpointSuspension();
    AutoCheckpointSuspension(const AutoCheckpointSuspension &) = delete;
    AutoCheckpointSuspension &operator=(const AutoCheckpointSuspension &) = delete;

    // Copies what the log holds into the database file, as far as readers allow, without waiting
    // for them or blocking them; what is left goes at SQLite's next automatic checkpoint.
    static void checkpoint(SqliteConnection &connection);

private:
    SqliteConnection &m_connection;
    long long m_previousPages = 0;
};

} // namespace kai::store
