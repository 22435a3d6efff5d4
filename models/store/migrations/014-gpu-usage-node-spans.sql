-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 14: on a server, where each GPU node's usage lies is kept in a table that a
-- trigger marks unknown on every write (see postgres/014-gpu-usage-node-spans.sql).
--
-- Nothing to do in an SQLite file: the importer keeps the spans there itself, valid for exactly
-- the rows they were computed from (GpuNodeSpanCache). The version is kept in step with the
-- server's so that one number names one schema on both engines.
SELECT 1;
