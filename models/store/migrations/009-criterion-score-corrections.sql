-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 9: a sealed round's criterion scores are corrected the way its results are
-- (version 5): a correction is a new version with its own recorded date, a reason and a source,
-- and the original score stays. The same rules as result_correction, through the same triggers.

-- A new version of one criterion score of a sealed round. Views show the latest one recorded on
-- or before their as-of date, and the original before it.
CREATE TABLE criterion_score_correction (
    id               INTEGER PRIMARY KEY,
    round_result_id  INTEGER NOT NULL,
    criterion_id     INTEGER NOT NULL,
    recorded_on      TEXT    NOT NULL CHECK (date(recorded_on, '+0 days') IS recorded_on),
    recorded_at      TEXT    NOT NULL CHECK (length(recorded_at) > 0),  -- UTC, ISO 8601 with seconds
    points           REAL    CHECK (points IS NULL OR points >= 0),
    passed           INTEGER CHECK (passed IS NULL OR passed IN (0, 1)),
    is_confidential  INTEGER NOT NULL DEFAULT 0 CHECK (is_confidential IN (0, 1)),
    reason_ko        TEXT    CHECK (reason_ko IS NULL OR length(trim(reason_ko)) > 0),
    reason_en        TEXT    CHECK (reason_en IS NULL OR length(trim(reason_en)) > 0),
    note_ko          TEXT,   -- internal, never in the press profile
    note_en          TEXT,
    source_id        INTEGER NOT NULL REFERENCES source (id),
    FOREIGN KEY (round_result_id, criterion_id) REFERENCES criterion_score (round_result_id, criterion_id),
    CHECK (reason_ko IS NOT NULL OR reason_en IS NOT NULL),
    CHECK (points IS NOT NULL OR passed IS NOT NULL)
);
CREATE INDEX criterion_score_correction_by_score
    ON criterion_score_correction (round_result_id, criterion_id, recorded_on);

CREATE TRIGGER criterion_score_correction_needs_seal
BEFORE INSERT ON criterion_score_correction
WHEN NOT EXISTS (SELECT 1 FROM round_result r JOIN round_seal s ON s.stage_id = r.stage_id
                  WHERE r.id = NEW.round_result_id AND s.sealed_on <= NEW.recorded_on)
BEGIN
    SELECT RAISE(ABORT, 'corrections: only a sealed result is corrected, on or after its sealing date');
END;

CREATE TRIGGER criterion_score_correction_needs_real_source
BEFORE INSERT ON criterion_score_correction
WHEN EXISTS (SELECT 1 FROM source WHERE id = NEW.source_id AND confidence = 'I')
BEGIN
    SELECT RAISE(ABORT, 'corrections: a correction cites a real source, never the illustrative one');
END;

CREATE TRIGGER criterion_score_correction_is_not_changed
BEFORE UPDATE ON criterion_score_correction
BEGIN
    SELECT RAISE(ABORT, 'corrections: a correction is never changed; record another one');
END;

CREATE TRIGGER criterion_score_correction_removed_only_before_export
BEFORE DELETE ON criterion_score_correction
WHEN EXISTS (SELECT 1 FROM export_register WHERE exported_at >= OLD.recorded_at)
BEGIN
    SELECT RAISE(ABORT, 'corrections: a correction that an export has shown cannot be removed');
END;

-- A round whose scores have corrections stays sealed, as one whose results have them does.
DROP TRIGGER round_seal_removed_only_before_export;
CREATE TRIGGER round_seal_removed_only_before_export
BEFORE DELETE ON round_seal
WHEN EXISTS (SELECT 1 FROM export_register WHERE exported_at >= OLD.sealed_at)
  OR EXISTS (SELECT 1 FROM result_correction c JOIN round_result r ON r.id = c.round_result_id
              WHERE r.stage_id = OLD.stage_id)
  OR EXISTS (SELECT 1 FROM criterion_score_correction c JOIN round_result r ON r.id = c.round_result_id
              WHERE r.stage_id = OLD.stage_id)
BEGIN
    SELECT RAISE(ABORT, 'sealed results: a seal that an export has shown, or that has corrections, cannot be removed');
END;
