-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 1: the program's domain.
--
-- Dates are ISO 8601 text ('YYYY-MM-DD'); the CHECKs reject anything that does not survive
-- normalisation by date(x, '+0 days') unchanged, so '2025-02-30' or '25-8-4' never get in
-- (plain date(x) passes '2025-02-30' through as it is).
-- Every fact carries two times where it matters: when it took effect (joined_on, evaluated_on, ...)
-- and when it became public (announced_on, published_on). Views ask "as known on date D" and
-- filter on the second.
-- Every row names its provenance through source_id; a source with confidence 'I' is an
-- illustrative sample, never an official figure.

CREATE TABLE source (
    id              INTEGER PRIMARY KEY,
    code            TEXT    NOT NULL UNIQUE CHECK (length(code) > 0),
    title           TEXT    NOT NULL CHECK (length(title) > 0),
    url             TEXT,
    published_on    TEXT    CHECK (published_on IS NULL OR date(published_on, '+0 days') IS published_on),
    confidence      TEXT    NOT NULL CHECK (confidence IN ('C', 'S', 'U', 'NF', 'I')),
    is_illustrative INTEGER NOT NULL GENERATED ALWAYS AS (confidence = 'I') VIRTUAL
);

CREATE TABLE program (
    id                  INTEGER PRIMARY KEY,
    code                TEXT    NOT NULL UNIQUE,
    name_ko             TEXT    NOT NULL CHECK (length(name_ko) > 0),
    name_en             TEXT    NOT NULL CHECK (length(name_en) > 0),
    ministry_ko         TEXT    NOT NULL,
    ministry_en         TEXT    NOT NULL,
    target_relative_pct REAL    NOT NULL CHECK (target_relative_pct > 0 AND target_relative_pct <= 100),
    max_selected_teams  INTEGER NOT NULL CHECK (max_selected_teams > 0),
    final_teams         INTEGER NOT NULL CHECK (final_teams > 0 AND final_teams <= max_selected_teams),
    source_id           INTEGER NOT NULL REFERENCES source (id)
);

CREATE TABLE organisation (
    id               INTEGER PRIMARY KEY,
    code             TEXT    NOT NULL UNIQUE CHECK (length(code) > 0),
    name_ko          TEXT    NOT NULL CHECK (length(name_ko) > 0),
    name_en          TEXT    NOT NULL CHECK (length(name_en) > 0),
    name_en_verified INTEGER NOT NULL DEFAULT 1 CHECK (name_en_verified IN (0, 1)),
    kind             TEXT    NOT NULL CHECK (kind IN ('large_enterprise', 'startup_sme', 'university',
                                                      'research_institute', 'public_body')),
    source_id        INTEGER NOT NULL REFERENCES source (id)
);

CREATE TABLE consortium (
    id                   INTEGER PRIMARY KEY,
    program_id           INTEGER NOT NULL REFERENCES program (id),
    code                 TEXT    NOT NULL UNIQUE CHECK (length(code) > 0),
    lead_organisation_id INTEGER NOT NULL REFERENCES organisation (id),
    name_ko              TEXT    NOT NULL CHECK (length(name_ko) > 0),
    name_en              TEXT    NOT NULL CHECK (length(name_en) > 0),
    applied_on           TEXT    NOT NULL CHECK (date(applied_on, '+0 days') IS applied_on),
    announced_on         TEXT    NOT NULL CHECK (date(announced_on, '+0 days') IS announced_on AND announced_on >= applied_on),
    source_id            INTEGER NOT NULL REFERENCES source (id),
    UNIQUE (program_id, lead_organisation_id)
);

CREATE TABLE membership (
    id              INTEGER PRIMARY KEY,
    consortium_id   INTEGER NOT NULL REFERENCES consortium (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisation (id),
    role            TEXT    NOT NULL CHECK (role IN ('lead', 'participant')),
    joined_on       TEXT    NOT NULL CHECK (date(joined_on, '+0 days') IS joined_on),
    left_on         TEXT    CHECK (left_on IS NULL OR (date(left_on, '+0 days') IS left_on AND left_on > joined_on)),
    announced_on    TEXT    NOT NULL CHECK (date(announced_on, '+0 days') IS announced_on),
    source_id       INTEGER NOT NULL REFERENCES source (id)
);
CREATE INDEX membership_by_organisation ON membership (organisation_id, joined_on);
CREATE INDEX membership_by_consortium ON membership (consortium_id);

-- One company may join only one consortium of a program at any point in time. Universities and
-- research institutes take part through separate labs and legitimately appear in several
-- consortia (KAIST was in six), so the rule covers companies only. It lives in the schema so that
-- no importer, script or future code path can break it.
CREATE TRIGGER membership_one_consortium_on_insert
BEFORE INSERT ON membership
WHEN EXISTS (
    SELECT 1
      FROM membership m
      JOIN consortium c_old ON c_old.id = m.consortium_id
      JOIN consortium c_new ON c_new.id = NEW.consortium_id
      JOIN organisation o ON o.id = NEW.organisation_id
     WHERE m.organisation_id = NEW.organisation_id
       AND c_old.program_id = c_new.program_id
       AND (o.kind IN ('large_enterprise', 'startup_sme') OR m.consortium_id = NEW.consortium_id)
       AND m.joined_on < COALESCE(NEW.left_on, '9999-12-31')
       AND NEW.joined_on < COALESCE(m.left_on, '9999-12-31'))
BEGIN
    SELECT RAISE(ABORT, 'one-consortium rule: this organisation already belongs to a consortium of this program during that period');
END;

CREATE TRIGGER membership_one_consortium_on_update
BEFORE UPDATE OF consortium_id, organisation_id, joined_on, left_on ON membership
WHEN EXISTS (
    SELECT 1
      FROM membership m
      JOIN consortium c_old ON c_old.id = m.consortium_id
      JOIN consortium c_new ON c_new.id = NEW.consortium_id
      JOIN organisation o ON o.id = NEW.organisation_id
     WHERE m.id <> OLD.id
       AND m.organisation_id = NEW.organisation_id
       AND c_old.program_id = c_new.program_id
       AND (o.kind IN ('large_enterprise', 'startup_sme') OR m.consortium_id = NEW.consortium_id)
       AND m.joined_on < COALESCE(NEW.left_on, '9999-12-31')
       AND NEW.joined_on < COALESCE(m.left_on, '9999-12-31'))
BEGIN
    SELECT RAISE(ABORT, 'one-consortium rule: this organisation already belongs to a consortium of this program during that period');
END;

-- Stages of the program: calendar entries and evaluation rounds alike. Planned dates are known from
-- plan_announced_on; actual dates only from actual_announced_on.
CREATE TABLE stage (
    id                  INTEGER PRIMARY KEY,
    program_id          INTEGER NOT NULL REFERENCES program (id),
    code                TEXT    NOT NULL UNIQUE CHECK (length(code) > 0),
    seq                 INTEGER NOT NULL,
    kind                TEXT    NOT NULL CHECK (kind IN ('briefing', 'application', 'document_review',
                                                         'presentation_review', 'development', 'showcase',
                                                         'evaluation_round', 'additional_call',
                                                         'final_selection')),
    name_ko             TEXT    NOT NULL CHECK (length(name_ko) > 0),
    name_en             TEXT    NOT NULL CHECK (length(name_en) > 0),
    planned_start       TEXT    NOT NULL CHECK (date(planned_start, '+0 days') IS planned_start),
    planned_end         TEXT    NOT NULL CHECK (date(planned_end, '+0 days') IS planned_end AND planned_end >= planned_start),
    plan_announced_on   TEXT    NOT NULL CHECK (date(plan_announced_on, '+0 days') IS plan_announced_on),
    actual_start        TEXT    CHECK (actual_start IS NULL OR date(actual_start, '+0 days') IS actual_start),
    actual_end          TEXT    CHECK (actual_end IS NULL OR (date(actual_end, '+0 days') IS actual_end AND actual_end >= actual_start)),
    actual_announced_on TEXT    CHECK (actual_announced_on IS NULL OR date(actual_announced_on, '+0 days') IS actual_announced_on),
    max_advancing       INTEGER CHECK (max_advancing IS NULL OR max_advancing >= 0),
    is_milestone        INTEGER NOT NULL DEFAULT 0 CHECK (is_milestone IN (0, 1)),
    source_id           INTEGER NOT NULL REFERENCES source (id),
    UNIQUE (program_id, seq),
    CHECK ((actual_start IS NULL) = (actual_end IS NULL)),
    CHECK ((actual_start IS NULL) = (actual_announced_on IS NULL))
);

CREATE TABLE round_result (
    id                    INTEGER PRIMARY KEY,
    stage_id              INTEGER NOT NULL REFERENCES stage (id),
    consortium_id         INTEGER NOT NULL REFERENCES consortium (id),
    outcome               TEXT    NOT NULL CHECK (outcome IN ('advanced', 'eliminated', 'withdrawn', 'pending')),
    exit_reason           TEXT    CHECK (exit_reason IN ('failed_gate', 'below_cut_line', 'not_selected',
                                                         'did_not_apply')),
    rank                  INTEGER CHECK (rank IS NULL OR rank >= 1),
    total_score           REAL    CHECK (total_score IS NULL OR total_score >= 0),
    total_is_confidential INTEGER NOT NULL DEFAULT 0 CHECK (total_is_confidential IN (0, 1)),
    evaluated_on          TEXT    NOT NULL CHECK (date(evaluated_on, '+0 days') IS evaluated_on),
    published_on          TEXT    NOT NULL CHECK (date(published_on, '+0 days') IS published_on AND published_on >= evaluated_on),
    note_ko               TEXT,
    note_en               TEXT,
    source_id             INTEGER NOT NULL REFERENCES source (id),  -- of the outcome and rank
    total_source_id       INTEGER REFERENCES source (id),           -- of the total, which may be illustrative
    UNIQUE (stage_id, consortium_id),
    CHECK ((total_score IS NULL) = (total_source_id IS NULL)),
    CHECK (exit_reason IS NULL OR outcome IN ('eliminated', 'withdrawn')),
    CHECK (outcome <> 'eliminated' OR exit_reason IS NOT NULL)
);
CREATE INDEX round_result_by_consortium ON round_result (consortium_id);

-- The criteria a round used, read by the views instead of being hard-coded. A criterion may have a
-- parent (phase 1: "benchmarks 40" = NIA 10 + global common 20 + team-chosen 10). Gates are pass/fail.
CREATE TABLE criterion (
    id         INTEGER PRIMARY KEY,
    stage_id   INTEGER NOT NULL REFERENCES stage (id),
    code       TEXT    NOT NULL CHECK (length(code) > 0),
    parent_id  INTEGER REFERENCES criterion (id),
    seq        INTEGER NOT NULL,
    name_ko    TEXT    NOT NULL,
    name_en    TEXT    NOT NULL,
    max_points REAL    CHECK (max_points IS NULL OR max_points > 0),
    is_gate    INTEGER NOT NULL DEFAULT 0 CHECK (is_gate IN (0, 1)),
    source_id  INTEGER NOT NULL REFERENCES source (id),
    UNIQUE (stage_id, code),
    CHECK (is_gate = 1 OR max_points IS NOT NULL)
);

CREATE TABLE criterion_score (
    round_result_id INTEGER NOT NULL REFERENCES round_result (id) ON DELETE CASCADE,
    criterion_id    INTEGER NOT NULL REFERENCES criterion (id),
    points          REAL    CHECK (points IS NULL OR points >= 0),
    passed          INTEGER CHECK (passed IS NULL OR passed IN (0, 1)),
    is_confidential INTEGER NOT NULL DEFAULT 0 CHECK (is_confidential IN (0, 1)),
    source_id       INTEGER NOT NULL REFERENCES source (id),
    PRIMARY KEY (round_result_id, criterion_id),
    CHECK (points IS NOT NULL OR passed IS NOT NULL)
);

CREATE TABLE benchmark (
    id        INTEGER PRIMARY KEY,
    code      TEXT NOT NULL UNIQUE CHECK (length(code) > 0),
    name      TEXT NOT NULL,
    category  TEXT NOT NULL,
    source_id INTEGER NOT NULL REFERENCES source (id)
);

-- The frontier reference a round was measured against, frozen with the round, so that a model's
-- "% of frontier" is never recomputed against a later reference.
CREATE TABLE round_reference (
    id              INTEGER PRIMARY KEY,
    stage_id        INTEGER NOT NULL REFERENCES stage (id),
    benchmark_id    INTEGER NOT NULL REFERENCES benchmark (id),
    reference_model TEXT    NOT NULL CHECK (length(reference_model) > 0),
    reference_score REAL    NOT NULL CHECK (reference_score > 0),
    frozen_on       TEXT    NOT NULL CHECK (date(frozen_on, '+0 days') IS frozen_on),
    source_id       INTEGER NOT NULL REFERENCES source (id),
    UNIQUE (stage_id, benchmark_id)
);

CREATE TABLE released_model (
    id              INTEGER PRIMARY KEY,
    consortium_id   INTEGER NOT NULL REFERENCES consortium (id),
    code            TEXT    NOT NULL UNIQUE CHECK (length(code) > 0),
    name            TEXT    NOT NULL CHECK (length(name) > 0),
    params_total_b  REAL    CHECK (params_total_b IS NULL OR params_total_b > 0),
    params_active_b REAL    CHECK (params_active_b IS NULL OR (params_active_b > 0 AND params_active_b <= params_total_b)),
    released_on     TEXT    NOT NULL CHECK (date(released_on, '+0 days') IS released_on),
    announced_on    TEXT    NOT NULL CHECK (date(announced_on, '+0 days') IS announced_on),
    licence         TEXT,
    note_ko         TEXT,
    note_en         TEXT,
    source_id       INTEGER NOT NULL REFERENCES source (id)
);

CREATE TABLE model_score (
    released_model_id INTEGER NOT NULL REFERENCES released_model (id) ON DELETE CASCADE,
    stage_id          INTEGER NOT NULL REFERENCES stage (id),
    benchmark_id      INTEGER NOT NULL REFERENCES benchmark (id),
    score             REAL    NOT NULL CHECK (score >= 0),
    is_confidential   INTEGER NOT NULL DEFAULT 0 CHECK (is_confidential IN (0, 1)),
    source_id         INTEGER NOT NULL REFERENCES source (id),
    PRIMARY KEY (released_model_id, stage_id, benchmark_id)
);

CREATE TABLE gpu_model (
    id              INTEGER PRIMARY KEY,
    code            TEXT NOT NULL UNIQUE CHECK (length(code) > 0),
    name            TEXT NOT NULL,
    h100_equivalent REAL NOT NULL CHECK (h100_equivalent > 0),
    source_id       INTEGER NOT NULL REFERENCES source (id)
);

CREATE TABLE gpu_provider (
    id        INTEGER PRIMARY KEY,
    code      TEXT NOT NULL UNIQUE CHECK (length(code) > 0),
    name_ko   TEXT NOT NULL,
    name_en   TEXT NOT NULL,
    source_id INTEGER NOT NULL REFERENCES source (id)
);

CREATE TABLE gpu_allocation (
    id            INTEGER PRIMARY KEY,
    consortium_id INTEGER NOT NULL REFERENCES consortium (id),
    provider_id   INTEGER NOT NULL REFERENCES gpu_provider (id),
    gpu_model_id  INTEGER NOT NULL REFERENCES gpu_model (id),
    gpu_count     INTEGER NOT NULL CHECK (gpu_count > 0),
    period_start  TEXT    NOT NULL CHECK (date(period_start, '+0 days') IS period_start),
    period_end    TEXT    NOT NULL CHECK (date(period_end, '+0 days') IS period_end AND period_end >= period_start),
    announced_on  TEXT    NOT NULL CHECK (date(announced_on, '+0 days') IS announced_on),
    source_id     INTEGER NOT NULL REFERENCES source (id)
);
CREATE INDEX gpu_allocation_by_consortium ON gpu_allocation (consortium_id, period_start);

CREATE TABLE gpu_node (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) > 0)
);

-- One usage sample. Keyed time-first without a rowid, with nodes interned to integers: bulk
-- imports append near the end of the tree instead of all over it (measured 1.5x of sqlite3 .import
-- instead of 5.5x with a consortium-first key).
CREATE TABLE gpu_usage (
    period_start    INTEGER NOT NULL,   -- Unix time, seconds, UTC
    consortium_id   INTEGER NOT NULL REFERENCES consortium (id),
    node_id         INTEGER NOT NULL REFERENCES gpu_node (id),
    gpu_model_id    INTEGER NOT NULL REFERENCES gpu_model (id),
    period_end      INTEGER NOT NULL CHECK (period_end > period_start),
    provider_id     INTEGER NOT NULL REFERENCES gpu_provider (id),
    gpu_hours       REAL    NOT NULL CHECK (gpu_hours >= 0),
    utilization_pct REAL    CHECK (utilization_pct IS NULL OR (utilization_pct >= 0 AND utilization_pct <= 100)),
    source_id       INTEGER NOT NULL REFERENCES source (id),
    PRIMARY KEY (period_start, consortium_id, node_id, gpu_model_id)
) WITHOUT ROWID;

CREATE TABLE funding (
    id                INTEGER PRIMARY KEY,
    consortium_id     INTEGER NOT NULL REFERENCES consortium (id),
    year              INTEGER NOT NULL CHECK (year BETWEEN 2025 AND 2027),
    government_krw    INTEGER NOT NULL CHECK (government_krw >= 0),
    private_krw       INTEGER NOT NULL CHECK (private_krw >= 0),
    open_source_grade TEXT,
    announced_on      TEXT    NOT NULL CHECK (date(announced_on, '+0 days') IS announced_on),
    source_id         INTEGER NOT NULL REFERENCES source (id),
    UNIQUE (consortium_id, year)
);
