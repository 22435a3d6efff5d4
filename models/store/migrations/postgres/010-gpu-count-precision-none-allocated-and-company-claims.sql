-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 10 (PostgreSQL, as ../010-gpu-count-precision-none-allocated-and-company-claims.sql):
-- a GPU count's precision, "none allocated" as a row with gpu_count 0 and no provider or model, and
-- sources that only repeat a company's own claim. New columns come last, as in the SQLite rebuild.
ALTER TABLE gpu_allocation DROP CONSTRAINT gpu_allocation_gpu_count_check;
ALTER TABLE gpu_allocation ALTER COLUMN provider_id DROP NOT NULL;
ALTER TABLE gpu_allocation ALTER COLUMN gpu_model_id DROP NOT NULL;
ALTER TABLE gpu_allocation ADD CONSTRAINT gpu_allocation_gpu_count_check CHECK (gpu_count >= 0);
ALTER TABLE gpu_allocation ADD COLUMN count_precision text NOT NULL DEFAULT 'exact'
    CHECK (count_precision IN ('exact', 'approximate'));
ALTER TABLE gpu_allocation ADD CONSTRAINT gpu_allocation_none_has_no_gpus
    CHECK ((gpu_count > 0 AND provider_id IS NOT NULL AND gpu_model_id IS NOT NULL)
           OR (gpu_count = 0 AND provider_id IS NULL AND gpu_model_id IS NULL));
ALTER TABLE gpu_allocation ADD CONSTRAINT gpu_allocation_none_is_exact CHECK (gpu_count > 0 OR count_precision = 'exact');

ALTER TABLE source ADD COLUMN is_company_claim bigint NOT NULL DEFAULT 0 CHECK (is_company_claim IN (0, 1));

UPDATE gpu_allocation SET count_precision = 'approximate'
 WHERE gpu_count = 768 AND period_start = '2026-02-20'
   AND consortium_id = (SELECT id FROM consortium WHERE code = 'motif')
   AND source_id = (SELECT id FROM source WHERE code = 'S50');
UPDATE source SET is_company_claim = 1 WHERE code IN ('S34', 'S47') AND confidence = 'S';
