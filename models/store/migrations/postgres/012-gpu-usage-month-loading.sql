-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 12 (PostgreSQL; ../012-gpu-usage-month-loading.sql is SQLite's no-op): an import
-- copies rows into their month's table itself rather than through gpu_usage, and a month the
-- import is the first to fill is loaded before its key is built.
--
-- Why: PostgreSQL 15 inserts into a partitioned table row by row when one of its triggers
-- captures a transition table (gpu_usage's reference check, migration 11); into a plain table it
-- inserts in batches. And a key built once over a loaded month costs less than a key kept up to
-- date row by row. 1M rows over four months, server CPU, by hand with psql: through gpu_usage
-- 1.8-2.0 s, into each month's partition 1.5-1.7 s, each month loaded and then attached 1.1-1.6 s
-- (median 1.2 s; psql \copy into a bare table without a key: 0.7-0.9 s).
--
-- So every month table checks the references of what is written into it, per statement, as
-- gpu_usage does for what is written through it (a statement trigger fires only on the table the
-- statement names, so each write is checked once), and an editor may insert into it.
-- kai_gpu_usage_load_month gives an import the month's table: the partition when it exists, else
-- a new table of the same columns and rules with a CHECK on the month; kai_gpu_usage_attach_month
-- then makes that table the month's partition, building its key (a duplicate is refused there)
-- without scanning it again. Everything runs in the import's transaction: a rollback leaves nothing.

CREATE FUNCTION kai_gpu_usage_guard_month(month_table text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('CREATE TRIGGER gpu_usage_month_references_on_insert AFTER INSERT ON %I '
                   'REFERENCING NEW TABLE AS kai_written_usage '
                   'FOR EACH STATEMENT EXECUTE FUNCTION kai_gpu_usage_check_references()', month_table);
    EXECUTE format('CREATE TRIGGER gpu_usage_month_references_on_update AFTER UPDATE ON %I '
                   'REFERENCING NEW TABLE AS kai_written_usage '
                   'FOR EACH STATEMENT EXECUTE FUNCTION kai_gpu_usage_check_references()', month_table);
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kai_editor') THEN
        EXECUTE format('GRANT INSERT ON %I TO kai_editor', month_table);
    END IF;
END $$;

-- As in migration 11, and each new partition guarded.
CREATE OR REPLACE FUNCTION kai_gpu_usage_partitions(first_start bigint, last_start bigint) RETURNS integer
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
            PERFORM kai_gpu_usage_guard_month(name);
            made := made + 1;
        END IF;
        this_month := this_month + interval '1 month';
    END LOOP;
    RETURN made;
END $$;

-- The table that rows starting in the UTC month of month_start go into, and whether it is a new
-- table being loaded (true: attach it with kai_gpu_usage_attach_month before the transaction ends,
-- or its rows are not part of gpu_usage).
CREATE FUNCTION kai_gpu_usage_load_month(month_start bigint, OUT month_table text, OUT loading boolean)
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
    PERFORM kai_gpu_usage_guard_month(month_table);
    loading := true;
END $$;

-- Makes the table kai_gpu_usage_load_month made for the UTC month of month_start that month's
-- partition of gpu_usage; nothing when the month already is one.
CREATE FUNCTION kai_gpu_usage_attach_month(month_start bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    this_month timestamp := date_trunc('month', to_timestamp(month_start) AT TIME ZONE 'UTC');
    month_table text := 'gpu_usage_' || to_char(this_month, 'YYYY_MM');
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_class WHERE oid = to_regclass(quote_ident(month_table))
                                            AND relkind = 'r' AND NOT relispartition) THEN
        RETURN;
    END IF;
    -- The CHECK on the month spares the attach a scan of the rows; the key is built here.
    EXECUTE format('ALTER TABLE gpu_usage ATTACH PARTITION %I FOR VALUES FROM (%s) TO (%s)', month_table,
                   extract(epoch FROM this_month)::bigint, extract(epoch FROM this_month + interval '1 month')::bigint);
    EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', month_table, month_table || '_month');
END $$;

-- Definers' functions must not look names up in a schema their caller chose.
DO $$
DECLARE
    month_table text;
BEGIN
    EXECUTE format('ALTER FUNCTION kai_gpu_usage_partitions(bigint, bigint) SET search_path = %I, pg_temp', current_schema());
    EXECUTE format('ALTER FUNCTION kai_gpu_usage_load_month(bigint) SET search_path = %I, pg_temp', current_schema());
    EXECUTE format('ALTER FUNCTION kai_gpu_usage_attach_month(bigint) SET search_path = %I, pg_temp', current_schema());
    REVOKE ALL ON FUNCTION kai_gpu_usage_guard_month(text) FROM PUBLIC;
    REVOKE ALL ON FUNCTION kai_gpu_usage_load_month(bigint) FROM PUBLIC;
    REVOKE ALL ON FUNCTION kai_gpu_usage_attach_month(bigint) FROM PUBLIC;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kai_editor') THEN
        GRANT EXECUTE ON FUNCTION kai_gpu_usage_load_month(bigint) TO kai_editor;
        GRANT EXECUTE ON FUNCTION kai_gpu_usage_attach_month(bigint) TO kai_editor;
    END IF;
    FOR month_table IN SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                        WHERE i.inhparent = 'gpu_usage'::regclass LOOP
        PERFORM kai_gpu_usage_guard_month(month_table);
    END LOOP;
END $$;
