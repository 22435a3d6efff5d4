-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 5: announced results are sealed, a sealed result changes only through a
-- correction that keeps the original, and every export is registered.
--
-- The triggers hold whatever program writes the file (a script, the sqlite3 shell, an older build).
-- A seal or a correction may be taken back only until an export has shown it (the undo of an edit
-- made by mistake a minute ago); after that it is part of what was published.

CREATE TABLE round_seal (
    id         INTEGER PRIMARY KEY,
    stage_id   INTEGER NOT NULL UNIQUE REFERENCES stage (id),
    sealed_on  TEXT    NOT NULL CHECK (date(sealed_on, '+0 days') IS sealed_on),
    sealed_at  TEXT    NOT NULL CHECK (length(sealed_at) > 0)  -- UTC, ISO 8601 with seconds
);

-- Sealing needs an announced round: results exist, none is pending, all announced by the seal date.
CREATE TRIGGER round_seal_needs_announced_results
BEFORE INSERT ON round_seal
WHEN NOT EXISTS (SELECT 1 FROM round_result WHERE stage_id = NEW.stage_id)
  OR EXISTS (SELECT 1 FROM round_result WHERE stage_id = NEW.stage_id
                AND (outcome = 'pending' OR published_on > NEW.sealed_on))
BEGIN
    SELECT RAISE(ABORT, 'sealed results: a round is sealed only once all its results are announced, on or after the announcement date');
END;

CREATE TRIGGER round_seal_is_not_changed
BEFORE UPDATE ON round_seal
BEGIN
    SELECT RAISE(ABORT, 'sealed results: a seal is never changed');
END;

CREATE TRIGGER round_seal_removed_only_before_export
BEFORE DELETE ON round_seal
WHEN EXISTS (SELECT 1 FROM export_register WHERE exported_at >= OLD.sealed_at)
  OR EXISTS (SELECT 1 FROM result_correction c JOIN round_result r ON r.id = c.round_result_id
              WHERE r.stage_id = OLD.stage_id)
BEGIN
    SELECT RAISE(ABORT, 'sealed results: a seal that an export has shown, or that has corrections, cannot be removed');
END;

CREATE TRIGGER round_result_sealed_no_update
BEFORE UPDATE ON round_result
WHEN EXISTS (SELECT 1 FROM round_seal WHERE stage_id IN (OLD.stage_id, NEW.stage_id))
BEGIN
    SELECT RAISE(ABORT, 'sealed results: this round is sealed; record a correction instead');
END;

CREATE TRIGGER round_result_sealed_no_delete
BEFORE DELETE ON round_result
WHEN EXISTS (SELECT 1 FROM round_seal WHERE stage_id = OLD.stage_id)
BEGIN
    SELECT RAISE(ABORT, 'sealed results: this round is sealed; its results cannot be deleted');
END;

CREATE TRIGGER round_result_sealed_no_insert
BEFORE INSERT ON round_result
WHEN EXISTS (SELECT 1 FROM round_seal WHERE stage_id = NEW.stage_id)
BEGIN
    SELECT RAISE(ABORT, 'sealed results: this round is sealed; no result can be added');
END;

-- A result's criterion scores are part of it.
CREATE TRIGGER criterion_score_sealed_no_insert
BEFORE INSERT ON criterion_score
WHEN EXISTS (SELECT 1 FROM round_result r JOIN round_seal s ON s.stage_id = r.stage_id WHERE r.id = NEW.round_result_id)
BEGIN
    SELECT RAISE(ABORT, 'sealed results: this round is sealed; its scores cannot change');
END;

CREATE TRIGGER criterion_score_sealed_no_update
BEFORE UPDATE ON criterion_score
WHEN EXISTS (SELECT 1 FROM round_result r JOIN round_seal s ON s.stage_id = r.stage_id
              WHERE r.id IN (OLD.round_result_id, NEW.round_result_id))
BEGIN
    SELECT RAISE(ABORT, 'sealed results: this round is sealed; its scores cannot change');
END;

CREATE TRIGGER criterion_score_sealed_no_delete
BEFORE DELETE ON criterion_score
WHEN EXISTS (SELECT 1 FROM round_result r JOIN round_seal s ON s.stage_id = r.stage_id WHERE r.id = OLD.round_result_id)
BEGIN
    SELECT RAISE(ABORT, 'sealed results: this round is sealed; its scores cannot change');
END;

-- A new version of a sealed result's values. The original row stays as it was; views show the
-- latest correction recorded on or before their as-of date.
CREATE TABLE result_correction (
    id                    INTEGER PRIMARY KEY,
    round_result_id       INTEGER NOT NULL REFERENCES round_result (id),
    recorded_on           TEXT    NOT NULL CHECK (date(recorded_on, '+0 days') IS recorded_on),
    recorded_at           TEXT    NOT NULL CHECK (length(recorded_at) > 0),  -- UTC, ISO 8601 with seconds
    outcome               TEXT    NOT NULL CHECK (outcome IN ('advanced', 'eliminated', 'withdrawn', 'pending')),
    exit_reason           TEXT    CHECK (exit_reason IN ('failed_gate', 'below_cut_line', 'not_selected',
                                                         'did_not_apply')),
    rank                  INTEGER CHECK (rank IS NULL OR rank >= 1),
    total_score           REAL    CHECK (total_score IS NULL OR total_score >= 0),
    total_is_confidential INTEGER NOT NULL DEFAULT 0 CHECK (total_is_confidential IN (0, 1)),
    total_source_id       INTEGER REFERENCES source (id),
    reason_ko             TEXT    CHECK (reason_ko IS NULL OR length(trim(reason_ko)) > 0),
    reason_en             TEXT    CHECK (reason_en IS NULL OR length(trim(reason_en)) > 0),
    note_ko               TEXT,   -- internal, never in the press profile
    note_en               TEXT,
    source_id             INTEGER NOT NULL REFERENCES source (id),
    CHECK (reason_ko IS NOT NULL OR reason_en IS NOT NULL),
    CHECK ((total_score IS NULL) = (total_source_id IS NULL)),
    CHECK (exit_reason IS NULL OR outcome IN ('eliminated', 'withdrawn')),
    CHECK (outcome <> 'eliminated' OR exit_reason IS NOT NULL)
);
CREATE INDEX result_correction_by_result ON result_correction (round_result_id, recorded_on);

CREATE TRIGGER result_correction_needs_seal
BEFORE INSERT ON result_correction
WHEN NOT EXISTS (SELECT 1 FROM round_result r JOIN round_seal s ON s.stage_id = r.stage_id
                  WHERE r.id = NEW.round_result_id AND s.sealed_on <= NEW.recorded_on)
BEGIN
    SELECT RAISE(ABORT, 'corrections: only a sealed result is corrected, on or after its sealing date');
END;

CREATE TRIGGER result_correction_needs_real_source
BEFORE INSERT ON result_correction
WHEN EXISTS (SELECT 1 FROM source WHERE id = NEW.source_id AND confidence = 'I')
BEGIN
    SELECT RAISE(ABORT, 'corrections: a correction cites a real source, never the illustrative one');
END;

CREATE TRIGGER result_correction_is_not_changed
BEFORE UPDATE ON result_correction
BEGIN
    SELECT RAISE(ABORT, 'corrections: a correction is never changed; record another one');
END;

CREATE TRIGGER result_correction_removed_only_before_export
BEFORE DELETE ON result_correction
WHEN EXISTS (SELECT 1 FROM export_register WHERE exported_at >= OLD.recorded_at)
BEGIN
    SELECT RAISE(ABORT, 'corrections: a correction that an export has shown cannot be removed');
END;

-- Every export written while the database could be written: what was shown to whom, from which data.
CREATE TABLE export_register (
    id          INTEGER PRIMARY KEY,
    exported_at TEXT    NOT NULL CHECK (length(exported_at) > 0),  -- UTC, ISO 8601 with seconds
    target      TEXT    NOT NULL CHECK (length(target) > 0),       -- a view name, or 'pack'
    language    TEXT    NOT NULL CHECK (language IN ('ko', 'en')),
    profile     TEXT    NOT NULL CHECK (profile IN ('internal', 'press')),
    as_of       TEXT    NOT NULL CHECK (date(as_of, '+0 days') IS as_of),
    checksum    TEXT    NOT NULL CHECK (length(checksum) > 0),     -- logical checksum, hex SHA-256
    file_name   TEXT    NOT NULL CHECK (length(file_name) > 0)
);
CREATE INDEX export_register_by_time ON export_register (exported_at);

CREATE TRIGGER export_register_is_append_only_update
BEFORE UPDATE ON export_register
BEGIN
    SELECT RAISE(ABORT, 'export register: entries are never changed');
END;

CREATE TRIGGER export_register_is_append_only_delete
BEFORE DELETE ON export_register
BEGIN
    SELECT RAISE(ABORT, 'export register: entries are never removed');
END;
