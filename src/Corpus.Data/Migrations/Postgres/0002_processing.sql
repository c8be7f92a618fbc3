ALTER TABLE items ADD COLUMN lease_owner TEXT NULL;
ALTER TABLE items ADD COLUMN lease_until TEXT NULL;
ALTER TABLE items ADD COLUMN result_version TEXT NULL;

CREATE TABLE item_results (
    item_id              TEXT NOT NULL REFERENCES items (id),
    pipeline_version     TEXT NOT NULL,
    normalizer_version   TEXT NULL,
    audio_version        TEXT NULL,
    language_version     TEXT NULL,
    scorer_version       TEXT NOT NULL,
    display_text         TEXT NULL,
    match_key            TEXT NULL,
    script               TEXT NULL,
    language             TEXT NULL,
    language_probability DOUBLE PRECISION NULL,
    normalized_json      TEXT NULL,
    audio_json           TEXT NULL,
    normalized_sha256    TEXT NULL,
    duration_ms          BIGINT NULL,
    score                DOUBLE PRECISION NOT NULL,
    decision             TEXT NOT NULL,
    flags_json           TEXT NOT NULL,
    dedup_hash           TEXT NULL,
    duplicate_of         TEXT NULL,
    created_at           TEXT NOT NULL,
    PRIMARY KEY (item_id, pipeline_version)
);
CREATE INDEX ix_item_results_dedup ON item_results (dedup_hash);

CREATE TABLE item_minhash (
    item_id      TEXT PRIMARY KEY REFERENCES items (id),
    fingerprints BYTEA NOT NULL
);

CREATE TABLE item_bands (
    band_key BIGINT NOT NULL,
    item_id  TEXT NOT NULL REFERENCES items (id)
);
CREATE INDEX ix_item_bands_key ON item_bands (band_key);
CREATE INDEX ix_items_parent ON items (parent_id);
