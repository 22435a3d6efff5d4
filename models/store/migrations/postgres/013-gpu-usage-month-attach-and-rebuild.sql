-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 13 (PostgreSQL; ../013-gpu-usage-month-attach-and-rebuild.sql is SQLite's no-op).
--
-- 1. A month an import loads into a table of its own (migration 12) has the references of its rows
--    checked once, when kai_gpu_usage_attach_month makes it gpu_usage's partition, and only then
--    gets the per-statement triggers that check what is written into it later. The trigger
--    captured every row a statement wrote into a transition table (a tuplestore that spills to
--    disk beyond work_mem) and read it back at the statement's end: server-side COPY of 360,000
--    rows into a loading table took 0.37 s without it and 0.40-0.54 s with it; reading the
--    distinct references of the loaded table once takes 0.06-0.09 s.
-- 2. A month whose partition holds few rows (at most rebuild_at_most, which the importer sizes to
--    its file) is loaded anew: its rows are copied into a new table beside it, the import copies
--    into that table, and the attach builds the key there and then swaps the two partitions. A key
--    kept up to date row by row cost 0.9-1.3 s per 333,000 rows; loaded and then built, 0.35-0.5 s
--    plus 0.2-0.3 s for the key.
--
-- Nothing is weaker: the rows of a loading table are not gpu_usage's until attached; the attach
-- refuses the whole table when any id names no row (the transaction fails); partitions keep their
-- triggers; the month being rebuilt stays readable, and no other writer changes it (SHARE lock)
-- until the transaction ends. The swap itself needs gpu_usage to itself for moments: when readers
-- hold it for more than two seconds, the loaded rows go into the month's partition row by row
-- instead (the same rows, the old way). Everything runs in the import's transaction.

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

-- A table of gpu_usage's columns and rules for the rows of one month (CHECK named <table>_month),
-- into which an editor may insert; no triggers until it is attached.
CREATE FUNCTION kai_gpu_usage_create_loading_table(month_table text, this_month timestamp) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('CREATE TABLE %I (LIKE gpu_usage INCLUDING DEFAULTS INCLUDING CONSTRAINTS, '
                   'CONSTRAINT %I CHECK (period_start >= %s AND period_start < %s))',
                   month_table, month_table || '_month', extract(epoch FROM this_month)::bigint,
                   extract(epoch FROM this_month + interval '1 month')::bigint);
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kai_editor') THEN
        EXECUTE format('GRANT INSERT ON %I TO kai_editor', month_table);
    END IF;
END $$;

-- The table that rows starting in the UTC month of month_start go into, and whether it is being
-- loaded (true: attach it with kai_gpu_usage_attach_month before the transaction ends, or its
-- rows are not part of gpu_usage). A month whose partition holds at most rebuild_at_most rows is
-- loaded anew, its rows first (0: never).
DROP FUNCTION kai_gpu_usage_load_month(bigint);
CREATE FUNCTION kai_gpu_usage_load_month(month_start bigint, rebuild_at_most bigint DEFAULT 0,
                                         OUT month_table text, OUT loading boolean)
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    this_month timestamp := date_trunc('month', to_timestamp(month_start) AT TIME ZONE 'UTC');
    month_name text := 'gpu_usage_' || to_char(this_month, 'YYYY_MM');
    rebuilt_name text := month_name || '_rebuilt';
    existing regclass := to_regclass(quote_ident(month_name));
    stored bigint := 0;
BEGIN
    loading := true;
    month_table := month_name;
    IF to_regclass(quote_ident(rebuilt_name)) IS NOT NULL THEN
        month_table := rebuilt_name;
        RETURN;
    END IF;
    IF existing IS NULL THEN
        PERFORM kai_gpu_usage_create_loading_table(month_name, this_month);
        RETURN;
    END IF;
    IF NOT (SELECT relispartition FROM pg_class WHERE oid = existing) THEN
        RETURN;
    END IF;
    IF rebuild_at_most > 0 THEN
        EXECUTE format('SELECT count(*) FROM (SELECT 1 FROM %I LIMIT %s) s', month_name, rebuild_at_most + 1) INTO stored;
    END IF;
    IF rebuild_at_most <= 0 OR stored > rebuild_at_most THEN
        loading := false;
        RETURN;
    END IF;
    EXECUTE format('LOCK TABLE %I IN SHARE MODE', month_name);
    PERFORM kai_gpu_usage_create_loading_table(rebuilt_name, this_month);
    EXECUTE format('INSERT INTO %I (period_start, consortium_id, node_id, gpu_model_id, period_end, provider_id, '
                   'gpu_hours, utilization_pct, source_id) SELECT period_start, consortium_id, node_id, gpu_model_id, '
                   'period_end, provider_id, gpu_hours, utilization_pct, source_id FROM %I', rebuilt_name, month_name);
    month_table := rebuilt_name;
END $$;

-- Replaces the month's partition with the table that loaded it anew (its key built first, so that
-- gpu_usage is held for moments only), or, when readers hold gpu_usage for more than two seconds,
-- adds the loaded rows that the partition lacks to it and drops the table.
CREATE FUNCTION kai_gpu_usage_swap_month(month_name text, rebuilt_name text, this_month timestamp) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    waited text := current_setting('lock_timeout');
BEGIN
    EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I PRIMARY KEY (period_start, consortium_id, node_id, gpu_model_id)',
                   rebuilt_name, rebuilt_name || '_pkey');
    BEGIN
        PERFORM set_config('lock_timeout', '2s', true);
        LOCK TABLE gpu_usage IN ACCESS EXCLUSIVE MODE;
        PERFORM set_config('lock_timeout', waited, true);
    EXCEPTION WHEN lock_not_available THEN
        EXECUTE format('INSERT INTO %1$I SELECT n.* FROM %2$I n WHERE NOT EXISTS (SELECT 1 FROM %1$I o '
                       'WHERE o.period_start = n.period_start AND o.consortium_id = n.consortium_id '
                       'AND o.node_id = n.node_id AND o.gpu_model_id = n.gpu_model_id)', month_name, rebuilt_name);
        EXECUTE format('DROP TABLE %I', rebuilt_name);
        RETURN;
    END;
    EXECUTE format('ALTER TABLE gpu_usage DETACH PARTITION %I', month_name);
    EXECUTE format('DROP TABLE %I', month_name);
    EXECUTE format('ALTER TABLE %I RENAME TO %I', rebuilt_name, month_name);
    EXECUTE format('ALTER INDEX %I RENAME TO %I', rebuilt_name || '_pkey', month_name || '_pkey');
    -- The key exists: the attach adopts it, and the CHECK spares it a scan.
    EXECUTE format('ALTER TABLE gpu_usage ATTACH PARTITION %I FOR VALUES FROM (%s) TO (%s)', month_name,
                   extract(epoch FROM this_month)::bigint, extract(epoch FROM this_month + interval '1 month')::bigint);
    EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', month_name, rebuilt_name || '_month');
    PERFORM kai_gpu_usage_guard_month(month_name);
END $$;

-- Makes the table kai_gpu_usage_load_month loaded for the UTC month of month_start that month's
-- partition of gpu_usage, its references checked first; nothing when the month is one already.
CREATE OR REPLACE FUNCTION kai_gpu_usage_attach_month(month_start bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    this_month timestamp := date_trunc('month', to_timestamp(month_start) AT TIME ZONE 'UTC');
    month_name text := 'gpu_usage_' || to_char(this_month, 'YYYY_MM');
    rebuilt_name text := month_name || '_rebuilt';
BEGIN
    IF to_regclass(quote_ident(rebuilt_name)) IS NOT NULL THEN
        PERFORM kai_gpu_usage_check_month_references(rebuilt_name);
        PERFORM kai_gpu_usage_swap_month(month_name, rebuilt_name, this_month);
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_class WHERE oid = to_regclass(quote_ident(month_name))
                                            AND relkind = 'r' AND NOT relispartition) THEN
        RETURN;
    END IF;
    PERFORM kai_gpu_usage_check_month_references(month_name);
    -- The CHECK on the month spares the attach a scan of the rows; the key is built here.
    EXECUTE format('ALTER TABLE gpu_usage ATTACH PARTITION %I FOR VALUES FROM (%s) TO (%s)', month_name,
                   extract(epoch FROM this_month)::bigint, extract(epoch FROM this_month + interval '1 month')::bigint);
    EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', month_name, month_name || '_month');
    -- A table loaded under version 12 has its triggers already.
    IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = to_regclass(quote_ident(month_name))
                                              AND tgname = 'gpu_usage_month_references_on_insert') THEN
        PERFORM kai_gpu_usage_guard_month(month_name);
    END IF;
END $$;

DO $$
DECLARE
    helper text;
BEGIN
    EXECUTE format('ALTER FUNCTION kai_gpu_usage_load_month(bigint, bigint) SET search_path = %I, pg_temp', current_schema());
    EXECUTE format('ALTER FUNCTION kai_gpu_usage_attach_month(bigint) SET search_path = %I, pg_temp', current_schema());
    FOREACH helper IN ARRAY ARRAY['kai_gpu_usage_check_month_references(text)',
                                  'kai_gpu_usage_create_loading_table(text, timestamp)',
                                  'kai_gpu_usage_swap_month(text, text, timestamp)'] LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', helper, current_schema());
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', helper);
    END LOOP;
    REVOKE ALL ON FUNCTION kai_gpu_usage_load_month(bigint, bigint) FROM PUBLIC;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kai_editor') THEN
        GRANT EXECUTE ON FUNCTION kai_gpu_usage_load_month(bigint, bigint) TO kai_editor;
    END IF;
END $$;
