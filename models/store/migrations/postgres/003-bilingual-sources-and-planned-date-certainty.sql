-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 3 (PostgreSQL, as ../003-bilingual-sources-and-planned-date-certainty.sql): how certain a planned date is, and Korean texts for sources, benchmarks and
-- licence notes.
--
-- A planned date may be one a source states (a D-day can count down to it), only a month or a
-- period ("early August": the row's day is a placeholder inside it), or a window where sources
-- disagree (the row spans both claims; other_source_id names the source that contradicts
-- source_id). Views must not present the last two as a day.
ALTER TABLE stage ADD COLUMN planned_dates text NOT NULL DEFAULT 'stated'
    CHECK (planned_dates IN ('stated', 'approximate', 'disputed'));
ALTER TABLE stage ADD COLUMN other_source_id bigint REFERENCES source (id);

-- Source titles and benchmark names follow the display language; NULL falls back to the English.
ALTER TABLE source ADD COLUMN title_ko text CHECK (title_ko IS NULL OR length(title_ko) > 0);
ALTER TABLE benchmark ADD COLUMN name_ko text CHECK (name_ko IS NULL OR length(name_ko) > 0);
-- A licence note in Korean where the licence is described rather than named (Apache 2.0 is a name).
ALTER TABLE released_model ADD COLUMN licence_ko text CHECK (licence_ko IS NULL OR length(licence_ko) > 0);

-- Databases made from the sample data of version 2 carry the program's own stage codes.
UPDATE stage SET planned_dates = 'approximate' WHERE code IN ('phase1-eval', 'phase2-dev', 'phase2-eval');
UPDATE stage SET planned_dates = 'disputed', other_source_id = (SELECT id FROM source WHERE code = 'S61')
 WHERE code = 'final-selection' AND EXISTS (SELECT 1 FROM source WHERE code = 'S61');
UPDATE benchmark SET name_ko = '글로벌 공통 벤치마크 13종 평균' WHERE code = 'COMMON13-AVG';
