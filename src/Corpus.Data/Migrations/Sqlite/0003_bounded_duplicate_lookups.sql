-- Duplicate look-ups walk these indexes in item order and stop early, so a cluster of thousands of
-- copies costs no more than a handful of rows per band.
DROP INDEX ix_item_bands_key;
CREATE INDEX ix_item_bands_key_item ON item_bands (band_key, item_id);
DROP INDEX ix_item_results_dedup;
CREATE INDEX ix_item_results_dedup_item ON item_results (dedup_hash, item_id);
