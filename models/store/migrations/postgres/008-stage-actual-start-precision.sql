-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 8 (PostgreSQL, as ../008-stage-actual-start-precision.sql): how precise a stage's
-- actual start is. A month or year is stored as its first day and shown as the month or year.
ALTER TABLE stage ADD COLUMN actual_start_precision text NOT NULL DEFAULT 'day'
    CHECK (actual_start_precision IN ('day', 'month', 'year'));
ALTER TABLE stage ADD CONSTRAINT stage_actual_start_precision_day CHECK (
    (actual_start_precision = 'day' OR actual_start IS NULL OR substr(actual_start, 9, 2) = '01')
    AND (actual_start_precision <> 'year' OR actual_start IS NULL OR substr(actual_start, 6, 2) = '01'));

UPDATE stage SET actual_start_precision = 'month'
 WHERE code = 'phase1-eval' AND actual_start = '2025-12-01';
