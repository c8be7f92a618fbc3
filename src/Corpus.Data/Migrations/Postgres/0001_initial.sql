-- SQLite INTEGER is 64-bit, so its INTEGER columns are BIGINT here and the stores read the same long values.

CREATE TABLE contributors (
    id              TEXT PRIMARY KEY,
    consent_version TEXT NOT NULL,
    consented_at    TEXT NOT NULL,
    withdrawn_at    TEXT NULL,
    age_bracket     TEXT NULL,
    gender          TEXT NULL,
    region          TEXT NULL,
    languages       TEXT NULL,
    created_at      TEXT NOT NULL
);

CREATE TABLE tokens (
    id             TEXT PRIMARY KEY,
    token_hash     TEXT NOT NULL UNIQUE,
    role           TEXT NOT NULL,
    contributor_id TEXT NULL REFERENCES contributors (id),
    label          TEXT NULL,
    created_at     TEXT NOT NULL,
    revoked_at     TEXT NULL
);
CREATE INDEX ix_tokens_contributor ON tokens (contributor_id);

CREATE TABLE prompts (
    id         TEXT PRIMARY KEY,
    text       TEXT NOT NULL UNIQUE,
    source     TEXT NULL,
    licence    TEXT NULL,
    active     BIGINT NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);

CREATE TABLE items (
    id                TEXT PRIMARY KEY,
    kind              TEXT NOT NULL,
    state             TEXT NOT NULL,
    contributor_id    TEXT NULL REFERENCES contributors (id),
    token_id          TEXT NULL,
    raw_text          TEXT NULL,
    source            TEXT NULL,
    licence           TEXT NULL,
    platform          TEXT NULL,
    posted_at         TEXT NULL,
    url               TEXT NULL,
    author_hash       TEXT NULL,
    prompt_id         TEXT NULL REFERENCES prompts (id),
    blob_sha256       TEXT NULL,
    blob_size         BIGINT NULL,
    audio_format      TEXT NULL,
    audio_sample_rate BIGINT NULL,
    audio_channels    BIGINT NULL,
    audio_bits        BIGINT NULL,
    audio_duration_ms BIGINT NULL,
    content_hash      TEXT NOT NULL,
    parent_id         TEXT NULL REFERENCES items (id),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX ix_items_state ON items (state, id);
CREATE INDEX ix_items_contributor ON items (contributor_id);
CREATE INDEX ix_items_prompt ON items (prompt_id);
CREATE INDEX ix_items_content_hash ON items (content_hash);

CREATE TABLE idempotency_keys (
    principal    TEXT NOT NULL,
    key_hash     TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status_code  BIGINT NOT NULL,
    response     TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    PRIMARY KEY (principal, key_hash)
);

CREATE TABLE instance_secrets (
    name       TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    created_at TEXT NOT NULL
);
