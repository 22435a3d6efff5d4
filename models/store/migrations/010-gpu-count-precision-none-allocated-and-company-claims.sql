-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 10: how exact a GPU count is, "none allocated" as a fact, and sources that only
-- repeat a company's own claim.
--
-- Sources say "about 768 B200" (S50): the count is kept with its precision, so views say "about 768".
-- A source may also say a team got no GPUs at all (SK Telecom in 1H 2026, S50). That is a fact with a
-- source, unlike a count nobody published, so it is a row with gpu_count 0 and no provider or model.
-- SQLite cannot change a table's CHECK: the table is rebuilt with the new column last, where
-- PostgreSQL's ALTER TABLE puts it, so both engines hash the rows alike.
CREATE TABLE gpu_allocation_v10 (
    id            INTEGER PRIMARY KEY,
    consortium_id INTEGER NOT NULL REFERENCES consortium (id),
    provider_id   INTEGER REFERENCES gpu_provider (id),
    gpu_model_id  INTEGER REFERENCES gpu_model (id),
    gpu_count     INTEGER NOT NULL CHECK (gpu_count >= 0),
    period_start  TEXT    NOT NULL CHECK (date(period_start, '+0 days') IS period_start),
    period_end    TEXT    NOT NULL CHECK (date(period_end, '+0 days') IS period_end AND period_end >= period_start),
    announced_on  TEXT    NOT NULL CHECK (date(announced_on, '+0 days') IS announced_on),
    source_id     INTEGER NOT NULL REFERENCES source (id),
    count_precision TEXT  NOT NULL DEFAULT 'exact' CHECK (count_precision IN ('exact', 'approximate')),
    CHECK ((gpu_count > 0 AND provider_id IS NOT NULL AND gpu_model_id IS NOT NULL)
           OR (gpu_count = 0 AND provider_id IS NULL AND gpu_model_id IS NULL)),
    CHECK (gpu_count > 0 OR count_precision = 'exact')
);
INSERT INTO gpu_allocation_v10 (id, consortium_id, provider_id, gpu_model_id, gpu_count, period_start, period_end,
                                announced_on, source_id)
    SELECT id, consortium_id, provider_id, gpu_model_id, gpu_count, period_start, period_end, announced_on, source_id
      FROM gpu_allocation;
DROP TABLE gpu_allocation;
ALTER TABLE gpu_allocation_v10 RENAME TO gpu_allocation;
CREATE INDEX gpu_allocation_by_consortium ON gpu_allocation (consortium_id, period_start);

-- 1: the source only reports what the company itself says (LG's benchmark comparison, S34, S47);
-- figures resting on it alone are shown as the company's, not independently verified.
ALTER TABLE source ADD COLUMN is_company_claim INTEGER NOT NULL DEFAULT 0 CHECK (is_company_claim IN (0, 1));

-- Databases made from the sample data of earlier versions.
UPDATE gpu_allocation SET count_precision = 'approximate'
 WHERE gpu_count = 768 AND period_start = '2026-02-20'
   AND consortium_id = (SELECT id FROM consortium WHERE code = 'motif')
   AND source_id = (SELECT id FROM source WHERE code = 'S50');
UPDATE source SET is_company_claim = 1 WHERE code IN ('S34', 'S47') AND confidence = 'S';
