-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 10 (PostgreSQL): reserved for the branch that owns it (truth-2); this placeholder keeps the
-- versions of this branch contiguous and is replaced by that script when the branches meet.
SELECT 1;
