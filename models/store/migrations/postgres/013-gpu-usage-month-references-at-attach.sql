-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 13 (PostgreSQL; ../013-gpu-usage-month-references-at-attach.sql is SQLite's
-- no-op): a month an import loads into a table of its own (migration 12) has the references of
-- its rows checked once, when kai_gpu_usage_attach_month makes it gpu_usage's partition, and only
-- then gets the per-statement triggers that check what is written into it later.
--
-- Why: the trigger captures every row a statement writes into a transition table (a tuplestore
-- that spills to disk beyond work_mem) and reads it back at the statement's end. Server-side
-- COPY of 360,000 rows into a loading table took 0.37 s without it and 0.52 s with it; reading
-- the distinct references of those rows from the loaded table once took 0.06 s.
--
-- Nothing is weaker: the rows of a loading table are not gpu_usage's until attached, the attach
-- refuses the whole table when any id names no row (the transaction fails), and partitions keep
-- their triggers. Writers take turns (SqlConnection::beginWrite), so no parent row goes between
-- the check and the commit; the parents' triggers (migration 11) refuse that anyway.

-- Raises the foreign-key error of kai_gpu_usage_check_references when a row of the month table
-- names an id that is no row of its table. month_table is a name the functions below made.
CREATE FUNCTION kai_gpu_usage_check_month_references(month_table text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    broken boolean;
BEGIN
    -- As the trigger does: few distinct combinations (about one per node), each looked up once.
    EXECUTE format(
        'WITH ids AS (SELECT DISTINCT consortium_id, node_id, gpu_model_id, provider_id, source_id FROM %I) '
        'SELECT EXISTS (SELECT 1 FROM ids w '
        '  WHERE NOT EXISTS (SELECT 1 FROM consortium p WHERE p.id = w.consortium_id) '
        '     OR NOT EXISTS (SELECT 1 FROM gpu_node p WHERE p.id = w.node_id) '
        '     OR NOT EXISTS (SELECT 1 FROM gpu_model p WHERE p.id = w.gpu_model_id) '
        '     OR NOT EXISTS (SELECT 1 FROM gpu_provider p WHERE p.id = w.provider_id) '
        '     OR NOT EXISTS (SELECT 1 FROM source p WHERE p.id = w.source_id))', month_table) INTO broken;
    IF broken THEN
        RAISE EXCEPTION 'insert or update on table "gpu_usage" violates a foreign key: an id names no row of its table'
            USING ERRCODE = 'foreign_key_violation';
    END IF;
END $$;

-- As in migration 12, but a new month's table gets no triggers yet, only the editor's grant.
CREATE OR REPLACE FUNCTION kai_gpu_usage_load_month(month_start bigint, OUT month_table text, OUT loading boolean)
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    this_month timestamp := date_trunc('month', to_timestamp(month_start) AT TIME ZONE 'UTC');
    existing regclass;
BEGIN
    month_table := 'gpu_usage_' || to_char(this_month, 'YYYY_MM');
    existing := to_regclass(quote_ident(month_table));
    IF existing IS NOT NULL THEN
        loading := NOT (SELECT relispartition FROM pg_class WHERE oid = existing);
        RETURN;
    END IF;
    EXECUTE format('CREATE TABLE %I (LIKE gpu_usage INCLUDING DEFAULTS INCLUDING CONSTRAINTS, '
                   'CONSTRAINT %I CHECK (period_start >= %s AND period_start < %s))',
                   month_table, month_table || '_month', extract(epoch FROM this_month)::bigint,
                   extract(epoch FROM this_month + interval '1 month')::bigint);
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kai_editor') THEN
        EXECUTE format('GRANT INSERT ON %I TO kai_editor', month_table);
    END IF;
    loading := true;
END $$;

-- As in migration 12, checking the loaded rows' references first and guarding the new partition
-- afterwards (a table loaded under version 12 has its triggers already).
CREATE OR REPLACE FUNCTION kai_gpu_usage_attach_month(month_start bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    this_month timestamp := date_trunc('month', to_timestamp(month_start) AT TIME ZONE 'UTC');
    month_table text := 'gpu_usage_' || to_char(this_month, 'YYYY_MM');
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_class WHERE oid = to_regclass(quote_ident(month_table))
                                            AND relkind = 'r' AND NOT relispartition) THEN
        RETURN;
    END IF;
    PERFORM kai_gpu_usage_check_month_references(month_table);
    -- The CHECK on the month spares the attach a scan of the rows; the key is built here.
    EXECUTE format('ALTER TABLE gpu_usage ATTACH PARTITION %I FOR VALUES FROM (%s) TO (%s)', month_table,
                   extract(epoch FROM this_month)::bigint, extract(epoch FROM this_month + interval '1 month')::bigint);
    EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', month_table, month_table || '_month');
    IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = to_regclass(quote_ident(month_table))
                                              AND tgname = 'gpu_usage_month_references_on_insert') THEN
        PERFORM kai_gpu_usage_guard_month(month_table);
    END IF;
END $$;

DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION kai_gpu_usage_check_month_references(text) SET search_path = %I, pg_temp', current_schema());
    EXECUTE format('ALTER FUNCTION kai_gpu_usage_load_month(bigint) SET search_path = %I, pg_temp', current_schema());
    EXECUTE format('ALTER FUNCTION kai_gpu_usage_attach_month(bigint) SET search_path = %I, pg_temp', current_schema());
    REVOKE ALL ON FUNCTION kai_gpu_usage_check_month_references(text) FROM PUBLIC;
END $$;
