-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 13: on a server, a month an import loads into a table of its own has its
-- references checked once, when the table is attached, instead of by a trigger that kept a copy
-- of every row written (see postgres/013-gpu-usage-month-references-at-attach.sql).
--
-- Nothing to do in an SQLite file, which has no partitions (see 011). The version is kept in step
-- with the server's so that one number names one schema on both engines.
SELECT 1;
