-- Review of flagged items (DESIGN §5): claims are leases per annotator (an item given back stays marked as
-- passed, so that annotator is not offered it again), every decision is kept with who, when and how long it
-- took, and an item settled by people is marked so a rescore never overrides it.
ALTER TABLE items ADD COLUMN reviewed_at TEXT NULL;
ALTER TABLE items ADD COLUMN review_text TEXT NULL;

CREATE TABLE review_claims (
    item_id     TEXT NOT NULL REFERENCES items (id),
    annotator   TEXT NOT NULL,
    claimed_at  TEXT NOT NULL,
    lease_until TEXT NOT NULL,
    passed      BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (item_id, annotator)
);

CREATE TABLE review_decisions (
    id          TEXT PRIMARY KEY,
    item_id     TEXT NOT NULL REFERENCES items (id),
    annotator   TEXT NOT NULL,
    decision    TEXT NOT NULL,
    reason      TEXT NULL,
    note        TEXT NULL,
    fixed_text  TEXT NULL,
    claimed_at  TEXT NOT NULL,
    decided_at  TEXT NOT NULL,
    duration_ms BIGINT NOT NULL,
    UNIQUE (item_id, annotator)
);
CREATE INDEX ix_review_decisions_annotator ON review_decisions (annotator, decided_at);
CREATE INDEX ix_items_review_queue ON items (state, reviewed_at, id);
