-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 11 (PostgreSQL; ../011-gpu-usage-month-partitions.sql is SQLite's no-op):
-- gpu_usage partitioned by the UTC month of period_start (declarative partitioning), keeping
-- every existing row, column order and constraint. An import streams rows with COPY into the
-- month partitions, which it creates as it meets new months, in its own transaction, through
-- kai_gpu_usage_partitions: an editor role may not create tables itself (only the table's owner
-- may add partitions), so the function runs as its owner and creates nothing but month
-- partitions of gpu_usage. The logical checksum is unchanged: it reads the rows through the
-- parent table, and partitions are not listed as tables of their own.

ALTER TABLE gpu_usage RENAME TO gpu_usage_unpartitioned;
ALTER TABLE gpu_usage_unpartitioned RENAME CONSTRAINT gpu_usage_pkey TO gpu_usage_unpartitioned_pkey;

CREATE TABLE gpu_usage (
    period_start    bigint  NOT NULL,   -- Unix time, seconds, UTC
    consortium_id   bigint  NOT NULL REFERENCES consortium (id),
    node_id         bigint  NOT NULL REFERENCES gpu_node (id),
    gpu_model_id    bigint  NOT NULL REFERENCES gpu_model (id),
    period_end      bigint  NOT NULL CHECK (period_end > period_start),
    provider_id     bigint  NOT NULL REFERENCES gpu_provider (id),
    gpu_hours       double precision NOT NULL CHECK (gpu_hours >= 0),
    utilization_pct double precision CHECK (utilization_pct IS NULL OR (utilization_pct >= 0 AND utilization_pct <= 100)),
    source_id       bigint  NOT NULL REFERENCES source (id),
    PRIMARY KEY (period_start, consortium_id, node_id, gpu_model_id)
) PARTITION BY RANGE (period_start);

-- Creates the month partitions of gpu_usage from the month of first_start to that of last_start
-- (Unix seconds, UTC) that do not exist yet, named gpu_usage_YYYY_MM; returns how many it made.
CREATE FUNCTION kai_gpu_usage_partitions(first_start bigint, last_start bigint) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    this_month timestamp := date_trunc('month', to_timestamp(first_start) AT TIME ZONE 'UTC');
    last_month timestamp := date_trunc('month', to_timestamp(last_start) AT TIME ZONE 'UTC');
    name text;
    made integer := 0;
BEGIN
    WHILE this_month <= last_month LOOP
        name := 'gpu_usage_' || to_char(this_month, 'YYYY_MM');
        IF to_regclass(quote_ident(name)) IS NULL THEN
            EXECUTE format('CREATE TABLE %I PARTITION OF gpu_usage FOR VALUES FROM (%s) TO (%s)', name,
                           extract(epoch FROM this_month)::bigint, extract(epoch FROM this_month + interval '1 month')::bigint);
            made := made + 1;
        END IF;
        this_month := this_month + interval '1 month';
    END LOOP;
    RETURN made;
END $$;

-- A definer's function must not look names up in a schema its caller chose.
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION kai_gpu_usage_partitions(bigint, bigint) SET search_path = %I, pg_temp',
                   current_schema());
    REVOKE ALL ON FUNCTION kai_gpu_usage_partitions(bigint, bigint) FROM PUBLIC;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kai_editor') THEN
        GRANT EXECUTE ON FUNCTION kai_gpu_usage_partitions(bigint, bigint) TO kai_editor;
        GRANT INSERT, UPDATE, DELETE ON gpu_usage TO kai_editor;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kai_reader') THEN
        GRANT SELECT ON gpu_usage TO kai_reader;
    END IF;
END $$;

SELECT kai_gpu_usage_partitions(MIN(period_start), MIN(period_start))
  FROM gpu_usage_unpartitioned
 GROUP BY date_trunc('month', to_timestamp(period_start) AT TIME ZONE 'UTC');

INSERT INTO gpu_usage SELECT * FROM gpu_usage_unpartitioned;
DROP TABLE gpu_usage_unpartitioned;
