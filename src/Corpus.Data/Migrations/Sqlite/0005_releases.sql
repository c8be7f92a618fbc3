-- Every release built, and which items it holds in which split, so the next release can list what
-- changed and keep every item in the split it had.
CREATE TABLE releases (
    version         TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    parent_version  TEXT NULL,
    cut_off         TEXT NOT NULL,
    manifest_sha256 TEXT NOT NULL,
    created_at      TEXT NOT NULL
);

CREATE TABLE release_items (
    version  TEXT NOT NULL REFERENCES releases (version),
    item_id  TEXT NOT NULL REFERENCES items (id),
    split    TEXT NOT NULL,
    checksum TEXT NOT NULL,
    PRIMARY KEY (version, item_id)
);
CREATE INDEX ix_release_items_item ON release_items (item_id);
