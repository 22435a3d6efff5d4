-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 7: how precise a release or publication date is, and which released models the
-- sources call outputs of the programme.
--
-- A source may give only a month ("Dec 2025") or a year. The date column keeps a whole day, the
-- first of that month or year, and the precision says how much of it is known: views show such a
-- date as the month or year, never as the 1st. A planned stage date known only to the month is a
-- stage whose planned_dates is 'approximate' (version 3): it spans that month.
ALTER TABLE source ADD COLUMN published_precision TEXT NOT NULL DEFAULT 'day'
    CHECK (published_precision IN ('day', 'month', 'year')
           AND (published_precision = 'day' OR published_on IS NULL OR substr(published_on, 9, 2) = '01')
           AND (published_precision <> 'year' OR published_on IS NULL OR substr(published_on, 6, 2) = '01'));
ALTER TABLE released_model ADD COLUMN released_precision TEXT NOT NULL DEFAULT 'day'
    CHECK (released_precision IN ('day', 'month', 'year')
           AND (released_precision = 'day' OR substr(released_on, 9, 2) = '01')
           AND (released_precision <> 'year' OR substr(released_on, 6, 2) = '01'));
-- 1: a source calls the model an output of the programme (the timeline draws it as a programme
-- release); 0: the company's own release, which no source ties to the programme.
ALTER TABLE released_model ADD COLUMN is_programme_output INTEGER NOT NULL DEFAULT 1
    CHECK (is_programme_output IN (0, 1));

-- Databases made from the sample data of earlier versions carry the program's own codes.
UPDATE source SET published_precision = 'month' WHERE code IN ('S4', 'S6', 'S28', 'S29b', 'S60', 'S63d')
   AND substr(published_on, 9, 2) = '01';
UPDATE released_model SET released_precision = 'month'
 WHERE code IN ('solar-open-100b', 'ax-k2', 'hyperclovax-seed-32b-think', 'hyperclovax-seed-8b-omni', 'vaetki')
   AND substr(released_on, 9, 2) = '01';
UPDATE released_model SET is_programme_output = 0 WHERE code = 'exaone-4-5-33b';
