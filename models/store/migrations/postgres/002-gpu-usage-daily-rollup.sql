-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 2 (PostgreSQL, as ../002-gpu-usage-daily-rollup.sql): a per-day rollup of GPU usage.
--
-- On ten million hourly samples a GROUP BY month x consortium scan takes seconds; charts must read
-- this table instead. Whoever writes gpu_usage keeps it current in the same transaction.

CREATE TABLE gpu_usage_daily (
    day                  bigint NOT NULL,  -- days since 1970-01-01 (UTC) of period_start
    consortium_id        bigint  NOT NULL REFERENCES consortium (id),
    gpu_model_id         bigint  NOT NULL REFERENCES gpu_model (id),
    provider_id          bigint  NOT NULL REFERENCES gpu_provider (id),
    gpu_hours            double precision    NOT NULL CHECK (gpu_hours >= 0),
    utilization_weighted double precision    NOT NULL DEFAULT 0,  -- sum of utilization_pct x gpu_hours
    utilization_hours    double precision    NOT NULL DEFAULT 0,  -- gpu_hours of the samples that carried a utilisation
    samples              bigint  NOT NULL CHECK (samples >= 0),
    illustrative_samples bigint  NOT NULL DEFAULT 0 CHECK (illustrative_samples >= 0 AND illustrative_samples <= samples),
    PRIMARY KEY (day, consortium_id, gpu_model_id, provider_id)
);

INSERT INTO gpu_usage_daily (day, consortium_id, gpu_model_id, provider_id, gpu_hours,
                             utilization_weighted, utilization_hours, samples, illustrative_samples)
SELECT u.period_start / 86400, u.consortium_id, u.gpu_model_id, u.provider_id,
       SUM(u.gpu_hours),
       SUM(COALESCE(u.utilization_pct * u.gpu_hours, 0)),
       SUM(CASE WHEN u.utilization_pct IS NULL THEN 0 ELSE u.gpu_hours END),
       COUNT(*),
       SUM(s.is_illustrative)
  FROM gpu_usage u
  JOIN source s ON s.id = u.source_id
 GROUP BY u.period_start / 86400, u.consortium_id, u.gpu_model_id, u.provider_id;
