-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 13: on a server, a month an import loads into a table of its own has its
-- references checked once, when the table is attached, and a month that holds few rows is loaded
-- anew with them rather than keyed row by row (see postgres/013-gpu-usage-month-attach-and-rebuild.sql).
--
-- Nothing to do in an SQLite file, which has no partitions (see 011). The version is kept in step
-- with the server's so that one number names one schema on both engines.
SELECT 1;
