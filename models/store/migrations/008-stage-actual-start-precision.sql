-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 8: how precise a stage's actual start is.
--
-- Sources often say only that an evaluation took place "in December". The actual_start column keeps a
-- whole day, the first of that month or year, and the precision says how much of it is known, so the
-- views say "Dec 2025" rather than claiming the evaluation began on the 1st (as version 7 does for
-- releases and sources). The actual end is an announcement's day and stays exact.
ALTER TABLE stage ADD COLUMN actual_start_precision TEXT NOT NULL DEFAULT 'day'
    CHECK (actual_start_precision IN ('day', 'month', 'year')
           AND (actual_start_precision = 'day' OR actual_start IS NULL OR substr(actual_start, 9, 2) = '01')
           AND (actual_start_precision <> 'year' OR actual_start IS NULL OR substr(actual_start, 6, 2) = '01'));

-- Databases made from the sample data of earlier versions: the phase-1 evaluation began "in December".
UPDATE stage SET actual_start_precision = 'month'
 WHERE code = 'phase1-eval' AND actual_start = '2025-12-01';
