-- How often the worker took an item and why the last try failed, so an item that always fails is
-- handed to a person instead of being retried forever.
ALTER TABLE items ADD COLUMN attempts BIGINT NOT NULL DEFAULT 0;
ALTER TABLE items ADD COLUMN last_error TEXT NULL;
