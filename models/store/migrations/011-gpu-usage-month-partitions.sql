-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 11: on a server, gpu_usage becomes a table partitioned by month (see
-- postgres/011-gpu-usage-month-partitions.sql), so that a national-scale import streams each
-- month into its own table and a month's queries read only that month.
--
-- Nothing to do in an SQLite file: SQLite has no partitioning, and gpu_usage is already a
-- WITHOUT ROWID table keyed time-first (period_start, consortium, node, model), so a month's rows
-- lie together in the tree and an import appends at its right edge. The version is kept in step
-- with the server's so that one number names one schema on both engines.
SELECT 1;
