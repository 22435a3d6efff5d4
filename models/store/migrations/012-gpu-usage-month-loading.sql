-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 12: on a server, an import copies rows into each month's partition of gpu_usage
-- itself, and a month it is the first to fill is loaded before the month's key is built (see
-- postgres/012-gpu-usage-month-loading.sql).
--
-- Nothing to do in an SQLite file, which has no partitions (see 011). The version is kept in step
-- with the server's so that one number names one schema on both engines.
SELECT 1;
