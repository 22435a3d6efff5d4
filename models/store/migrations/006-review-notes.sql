-- Reviewers' notes merged back into the office database (issue 18). A note keeps the stable key of
-- its item (never a row id), the value its reviewer saw, and what merging found: the item
-- unchanged, changed since the review copy was made (with the office's value then), or gone.
-- A note is never deleted: it is resolved or dismissed with a reason.
CREATE TABLE review_note (
    id              INTEGER PRIMARY KEY,
    note_uid        TEXT    NOT NULL UNIQUE CHECK (length(note_uid) > 0),
    item_key        TEXT    NOT NULL CHECK (length(item_key) > 0),
    kind            TEXT    NOT NULL CHECK (kind IN ('question', 'correction', 'confirmed')),
    body            TEXT    NOT NULL CHECK (length(body) > 0),
    proposed_value  TEXT    NOT NULL DEFAULT '',
    seen_value      TEXT    NOT NULL DEFAULT '',
    reviewer        TEXT    NOT NULL CHECK (length(reviewer) > 0),
    written_at      TEXT    NOT NULL,
    copy_checksum   TEXT    NOT NULL DEFAULT '',
    merged_at       TEXT    NOT NULL,
    item_state      TEXT    NOT NULL CHECK (item_state IN ('unchanged', 'changed', 'missing')),
    current_value   TEXT    NOT NULL DEFAULT '',
    status          TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved', 'dismissed')),
    reason          TEXT    NOT NULL DEFAULT '',
    closed_by       TEXT    NOT NULL DEFAULT '',
    closed_at       TEXT,
    CHECK (status = 'open' OR length(trim(reason)) > 0)
);
CREATE INDEX review_note_item ON review_note (item_key);

CREATE TRIGGER review_note_never_deleted BEFORE DELETE ON review_note
BEGIN
    SELECT RAISE(ABORT, 'review notes are resolved or dismissed, never deleted');
END;
