-- The batch import's ledger (issue 9): each imported directory's manifest checksum and the
-- experiment it became, so that importing it again is refused as "already imported". The entry
-- goes with its experiment, after which the directory may be imported anew.
CREATE TABLE import_ledger (
    import_key    VARCHAR(64) NOT NULL CONSTRAINT pk_import_ledger PRIMARY KEY,
    experiment_pk BIGINT NOT NULL CONSTRAINT fk_import_ledger_experiment REFERENCES experiment (pk) ON DELETE CASCADE,
    time_created  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX ix_import_ledger_experiment ON import_ledger (experiment_pk);
