-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 4: an append-only change log, and the publisher of a source.
--
-- Every write to the program's data (an edit in the app, its undo and redo, a GPU usage import, a
-- migration) appends rows here in the same transaction, one row per field that changed. The log
-- names facts by kind and stable key (a code, or codes joined with '/'), never by table or rowid,
-- so it still reads true after the schema changes. Triggers make it append-only: an audit trail
-- that can be rewritten proves nothing.
--
-- Edits detect another person's change by comparing the values a dialog showed with the values
-- stored when it saves, inside the write transaction, so no version column is needed.
CREATE TABLE change_log (
    id           INTEGER PRIMARY KEY,
    changed_at   TEXT    NOT NULL CHECK (changed_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
    os_account   TEXT    NOT NULL,
    display_name TEXT,
    app_version  TEXT    NOT NULL,
    action       TEXT    NOT NULL CHECK (action IN ('edit', 'undo', 'redo', 'import', 'migration')),
    batch        TEXT    NOT NULL,  -- the rows of one transaction share it
    summary      TEXT    NOT NULL,  -- what was done, as the Edit menu named it
    kind         TEXT    NOT NULL,  -- kind of fact: consortium, membership, round_result, ...
    fact_key     TEXT    NOT NULL,
    field        TEXT    NOT NULL,
    old_value    TEXT,
    new_value    TEXT,
    source       TEXT,              -- code of the source the new (or removed) fact cites
    reason       TEXT
);
CREATE INDEX change_log_by_time ON change_log (changed_at);
CREATE INDEX change_log_by_fact ON change_log (kind, fact_key);

CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log
BEGIN
    SELECT RAISE(ABORT, 'change_log is append-only: rows cannot be changed');
END;

CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log
BEGIN
    SELECT RAISE(ABORT, 'change_log is append-only: rows cannot be deleted');
END;

-- Who published a source (a ministry, a newspaper), asked for by the source form.
ALTER TABLE source ADD COLUMN publisher TEXT CHECK (publisher IS NULL OR length(publisher) > 0);
