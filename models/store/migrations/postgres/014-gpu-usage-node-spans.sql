-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 14 (PostgreSQL; ../014-gpu-usage-node-spans.sql is SQLite's no-op): where each
-- GPU node's usage periods lie is kept on the server, so that an import no longer reads all of
-- gpu_usage before its first row.
--
-- Why: the importer needs each node's first start, last end and longest period to decide which
-- rows could collide with stored ones (GpuNodeSpanCache). Computed from gpu_usage that is a
-- GROUP BY over every usage row, on every import: a full scan of a ten-million-row server for a
-- one-row file. An SQLite file keeps the spans valid for exactly the rows they were computed from;
-- a server has no such change counter, so here a trigger on every table that holds usage rows
-- marks the kept spans unknown when anyone inserts or updates rows there (a deletion only leaves
-- them wider than the rows, which costs a look-up, never a missed collision). The importer writes
-- the spans of the rows as they are after it, and marks them known again, in its own transaction.

-- Until this version commits no usage row may be written: the spans below are computed from the rows
-- as they are, and the triggers that would see a later write do not exist yet. (The lock reaches every
-- month's table, and an attach waits for it too.)
LOCK TABLE gpu_usage IN SHARE ROW EXCLUSIVE MODE;

CREATE TABLE gpu_usage_node_span (
    consortium_id bigint NOT NULL,
    node_id       bigint NOT NULL,
    gpu_model_id  bigint NOT NULL,
    first_start   bigint NOT NULL,
    last_end      bigint NOT NULL,
    longest       bigint NOT NULL,
    PRIMARY KEY (consortium_id, node_id, gpu_model_id)
);

-- One row: whether gpu_usage_node_span covers every row of gpu_usage.
CREATE TABLE gpu_usage_node_span_state (
    only_row   boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    covers_all boolean NOT NULL
);

INSERT INTO gpu_usage_node_span (consortium_id, node_id, gpu_model_id, first_start, last_end, longest)
SELECT consortium_id, node_id, gpu_model_id, MIN(period_start), MAX(period_end), MAX(period_end - period_start)
  FROM gpu_usage GROUP BY consortium_id, node_id, gpu_model_id;
INSERT INTO gpu_usage_node_span_state (covers_all) VALUES (true);

-- Called as the owner (by the trigger below and by an attach): whoever may write usage rows must be
-- able to say the spans are unknown.
CREATE FUNCTION kai_gpu_usage_forget_spans() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    -- The row is locked first, whatever it says: an import that read the spans holds it, and this
    -- statement's rows are not in them, so the spans are marked unknown after that import commits,
    -- and an import that starts now waits for these rows before it reads.
    IF (SELECT covers_all FROM gpu_usage_node_span_state FOR UPDATE) THEN
        UPDATE gpu_usage_node_span_state SET covers_all = false;
    END IF;
END $$;

CREATE FUNCTION kai_gpu_usage_spans_unknown() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM kai_gpu_usage_forget_spans();
    RETURN NULL;
END $$;

-- A statement trigger fires only on the table the statement names: gpu_usage and each month table.
CREATE FUNCTION kai_gpu_usage_watch_spans(usage_table text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE ON %I '
                   'FOR EACH STATEMENT EXECUTE FUNCTION kai_gpu_usage_spans_unknown()',
                   CASE WHEN usage_table = 'gpu_usage' THEN 'gpu_usage_spans_on_write'
                        ELSE 'gpu_usage_month_spans_on_write' END, usage_table);
END $$;

-- As in migration 12, and the month's writes watched too (a new partition, or a month's table loaded
-- apart when it is attached).
CREATE OR REPLACE FUNCTION kai_gpu_usage_guard_month(month_table text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('CREATE TRIGGER gpu_usage_month_references_on_insert AFTER INSERT ON %I '
                   'REFERENCING NEW TABLE AS kai_written_usage '
                   'FOR EACH STATEMENT EXECUTE FUNCTION kai_gpu_usage_check_references()', month_table);
    EXECUTE format('CREATE TRIGGER gpu_usage_month_references_on_update AFTER UPDATE ON %I '
                   'REFERENCING NEW TABLE AS kai_written_usage '
                   'FOR EACH STATEMENT EXECUTE FUNCTION kai_gpu_usage_check_references()', month_table);
    PERFORM kai_gpu_usage_watch_spans(month_table);
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kai_editor') THEN
        EXECUTE format('GRANT INSERT ON %I TO kai_editor', month_table);
    END IF;
END $$;

-- As in migration 13, and whatever table is attached, its rows passed no span trigger: a month
-- loaded apart, or one detached once (perhaps before this version, so without the spans' trigger)
-- and attached again by hand. The spans are unknown from then on, unless the import that loaded
-- the table (kai_gpu_usage_load_month hands an import only a table its own transaction made)
-- stores its own.
CREATE OR REPLACE FUNCTION kai_gpu_usage_attach_month(month_start bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    this_month timestamp := date_trunc('month', to_timestamp(month_start) AT TIME ZONE 'UTC');
    month_table text := 'gpu_usage_' || to_char(this_month, 'YYYY_MM');
    month_oid regclass;
BEGIN
    month_oid := to_regclass(quote_ident(month_table));
    IF NOT EXISTS (SELECT 1 FROM pg_class WHERE oid = month_oid AND relkind = 'r' AND NOT relispartition) THEN
        RETURN;
    END IF;
    PERFORM kai_gpu_usage_check_month_references(month_table);
    PERFORM kai_gpu_usage_forget_spans();
    -- The CHECK on the month spares the attach a scan of the rows; the key is built here.
    EXECUTE format('ALTER TABLE gpu_usage ATTACH PARTITION %I FOR VALUES FROM (%s) TO (%s)', month_table,
                   extract(epoch FROM this_month)::bigint, extract(epoch FROM this_month + interval '1 month')::bigint);
    EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', month_table, month_table || '_month');
    IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = month_oid AND tgname = 'gpu_usage_month_references_on_insert') THEN
        PERFORM kai_gpu_usage_guard_month(month_table);
    ELSIF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = month_oid AND tgname = 'gpu_usage_month_spans_on_write') THEN
        PERFORM kai_gpu_usage_watch_spans(month_table);
    END IF;
END $$;

-- As in migration 13, but a month's table that is not gpu_usage's partition is handed back only to
-- the transaction that made it (an import returning to a month it is loading). Any other such table
-- is a month someone detached: its rows are in no one's spans, and an import loading into it and
-- attaching it would check its rows against spans that do not include them.
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
        IF loading AND (SELECT xmin FROM pg_class WHERE oid = existing) <> pg_current_xact_id()::xid THEN
            RAISE EXCEPTION 'table "%" is not part of gpu_usage (detached?): attach or drop it before importing usage of %',
                month_table, to_char(this_month, 'YYYY-MM') USING ERRCODE = 'object_not_in_prerequisite_state';
        END IF;
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

-- Whether every write to usage rows still marks the spans unknown: gpu_usage and each of its months
-- have their trigger, enabled. A partition attached or created by hand, or a trigger disabled, would
-- let rows in unseen; the importer then reads the spans from the rows each time.
CREATE FUNCTION kai_gpu_usage_spans_watched() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = 'gpu_usage'::regclass
                                              AND tgname = 'gpu_usage_spans_on_write' AND tgenabled <> 'D')
       AND NOT EXISTS (SELECT 1 FROM pg_inherits i
                        WHERE i.inhparent = 'gpu_usage'::regclass
                          AND NOT EXISTS (SELECT 1 FROM pg_trigger t
                                           WHERE t.tgrelid = i.inhrelid AND t.tgname = 'gpu_usage_month_spans_on_write'
                                             AND t.tgenabled <> 'D'))
$$;

-- A hand-made change to the kept spans (a deleted node's span would hide its rows) marks them unknown
-- too; the importer's own replacement is marked known again after it.
CREATE TRIGGER gpu_usage_node_span_on_write AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON gpu_usage_node_span
    FOR EACH STATEMENT EXECUTE FUNCTION kai_gpu_usage_spans_unknown();

DO $$
DECLARE
    month_table text;
BEGIN
    PERFORM kai_gpu_usage_watch_spans('gpu_usage');
    FOR month_table IN SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                        WHERE i.inhparent = 'gpu_usage'::regclass AND c.relkind = 'r' LOOP
        PERFORM kai_gpu_usage_watch_spans(month_table);
    END LOOP;
    EXECUTE format('ALTER FUNCTION kai_gpu_usage_forget_spans() SET search_path = %I, pg_temp', current_schema());
    EXECUTE format('ALTER FUNCTION kai_gpu_usage_spans_unknown() SET search_path = %I, pg_temp', current_schema());
    EXECUTE format('ALTER FUNCTION kai_gpu_usage_attach_month(bigint) SET search_path = %I, pg_temp', current_schema());
    EXECUTE format('ALTER FUNCTION kai_gpu_usage_load_month(bigint) SET search_path = %I, pg_temp', current_schema());
    EXECUTE format('ALTER FUNCTION kai_gpu_usage_spans_watched() SET search_path = %I, pg_temp', current_schema());
    REVOKE ALL ON FUNCTION kai_gpu_usage_forget_spans() FROM PUBLIC;
    REVOKE ALL ON FUNCTION kai_gpu_usage_spans_unknown() FROM PUBLIC;
    REVOKE ALL ON FUNCTION kai_gpu_usage_watch_spans(text) FROM PUBLIC;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kai_editor') THEN
        GRANT SELECT, INSERT, DELETE ON gpu_usage_node_span TO kai_editor;
        GRANT SELECT, UPDATE ON gpu_usage_node_span_state TO kai_editor;
    END IF;
END $$;
