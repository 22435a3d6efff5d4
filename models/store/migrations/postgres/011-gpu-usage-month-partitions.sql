-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 11 (PostgreSQL; ../011-gpu-usage-month-partitions.sql is SQLite's no-op):
-- gpu_usage partitioned by the UTC month of period_start (declarative partitioning), keeping
-- every existing row, the column order and every rule (its foreign keys become triggers, below).
-- An import streams rows with COPY into the month partitions, which it creates as it meets new
-- months, in its own transaction, through kai_gpu_usage_partitions: an editor role may not create
-- tables itself (only the table's owner may add partitions), so the function runs as its owner
-- and creates nothing but month partitions of gpu_usage. The logical checksum is unchanged: it
-- reads the rows through the parent table, and partitions are not listed as tables of their own.

ALTER TABLE gpu_usage RENAME TO gpu_usage_unpartitioned;
ALTER TABLE gpu_usage_unpartitioned RENAME CONSTRAINT gpu_usage_pkey TO gpu_usage_unpartitioned_pkey;

-- The references of the five id columns are checked per statement (below), not declared: a
-- declared foreign key checks and locks its parent row once per inserted row, which cost 74 us a
-- row here (100,000 rows: 8.3 s with the keys, 0.9 s without), ten times the COPY itself.
CREATE TABLE gpu_usage (
    period_start    bigint  NOT NULL,   -- Unix time, seconds, UTC
    consortium_id   bigint  NOT NULL,   -- consortium (id)
    node_id         bigint  NOT NULL,   -- gpu_node (id)
    gpu_model_id    bigint  NOT NULL,   -- gpu_model (id)
    period_end      bigint  NOT NULL CHECK (period_end > period_start),
    provider_id     bigint  NOT NULL,   -- gpu_provider (id)
    gpu_hours       double precision NOT NULL CHECK (gpu_hours >= 0),
    utilization_pct double precision CHECK (utilization_pct IS NULL OR (utilization_pct >= 0 AND utilization_pct <= 100)),
    source_id       bigint  NOT NULL,   -- source (id)
    PRIMARY KEY (period_start, consortium_id, node_id, gpu_model_id)
) PARTITION BY RANGE (period_start);

-- The foreign keys' rule, once per statement over the rows it wrote: every id names a row of its
-- table. Writers take turns (the advisory lock of SqlConnection::beginWrite), so no other writer
-- deletes a parent between this check and the commit; the parents' triggers below refuse it anyway.
CREATE FUNCTION kai_gpu_usage_check_references() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- The written rows name few distinct ids (an import: about one combination per node), so they
    -- are looked up once each: an anti-join per row cost 15 us a row.
    IF EXISTS (
        WITH ids AS (SELECT DISTINCT consortium_id, node_id, gpu_model_id, provider_id, source_id FROM kai_written_usage)
        SELECT 1 FROM ids w
         WHERE NOT EXISTS (SELECT 1 FROM consortium p WHERE p.id = w.consortium_id)
            OR NOT EXISTS (SELECT 1 FROM gpu_node p WHERE p.id = w.node_id)
            OR NOT EXISTS (SELECT 1 FROM gpu_model p WHERE p.id = w.gpu_model_id)
            OR NOT EXISTS (SELECT 1 FROM gpu_provider p WHERE p.id = w.provider_id)
            OR NOT EXISTS (SELECT 1 FROM source p WHERE p.id = w.source_id)) THEN
        RAISE EXCEPTION 'insert or update on table "gpu_usage" violates a foreign key: an id names no row of its table'
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER gpu_usage_references_on_insert AFTER INSERT ON gpu_usage
    REFERENCING NEW TABLE AS kai_written_usage
    FOR EACH STATEMENT EXECUTE FUNCTION kai_gpu_usage_check_references();
CREATE TRIGGER gpu_usage_references_on_update AFTER UPDATE ON gpu_usage
    REFERENCING NEW TABLE AS kai_written_usage
    FOR EACH STATEMENT EXECUTE FUNCTION kai_gpu_usage_check_references();

-- The other side of the foreign keys: a parent row that usage refers to is neither deleted nor
-- given another id. TG_ARGV[0] names gpu_usage's column; it is the migration's text, not a user's.
CREATE FUNCTION kai_gpu_usage_keep_referenced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    referenced boolean;
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.id = OLD.id THEN
        RETURN NEW;
    END IF;
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM gpu_usage WHERE %I = $1)', TG_ARGV[0]) INTO referenced USING OLD.id;
    IF referenced THEN
        RAISE EXCEPTION 'update or delete on table "%" violates foreign key constraint "gpu_usage_%_fkey" on table "gpu_usage"',
            TG_TABLE_NAME, TG_ARGV[0] USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

CREATE TRIGGER gpu_usage_keeps_consortium BEFORE DELETE OR UPDATE OF id ON consortium
    FOR EACH ROW EXECUTE FUNCTION kai_gpu_usage_keep_referenced('consortium_id');
CREATE TRIGGER gpu_usage_keeps_node BEFORE DELETE OR UPDATE OF id ON gpu_node
    FOR EACH ROW EXECUTE FUNCTION kai_gpu_usage_keep_referenced('node_id');
CREATE TRIGGER gpu_usage_keeps_model BEFORE DELETE OR UPDATE OF id ON gpu_model
    FOR EACH ROW EXECUTE FUNCTION kai_gpu_usage_keep_referenced('gpu_model_id');
CREATE TRIGGER gpu_usage_keeps_provider BEFORE DELETE OR UPDATE OF id ON gpu_provider
    FOR EACH ROW EXECUTE FUNCTION kai_gpu_usage_keep_referenced('provider_id');
CREATE TRIGGER gpu_usage_keeps_source BEFORE DELETE OR UPDATE OF id ON source
    FOR EACH ROW EXECUTE FUNCTION kai_gpu_usage_keep_referenced('source_id');

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
