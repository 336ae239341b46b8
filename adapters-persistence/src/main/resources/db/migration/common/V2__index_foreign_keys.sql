-- Every foreign key column that no unique constraint already leads with gets an index, so that
-- joins and the cascade of an experiment delete do not scan whole tables; record lookups by
-- realization index get one too (DATA-MODEL 2.14).
CREATE INDEX ix_ensemble_experiment ON ensemble (experiment_pk);
CREATE INDEX ix_update_reference ON "update" (ensemble_reference_pk);
CREATE INDEX ix_transformation_observation ON observation_transformation (observation_pk);
CREATE INDEX ix_observation_record_record ON observation_record (record_pk);
CREATE INDEX ix_record_info_prior ON record_info (prior_pk);
CREATE INDEX ix_record_realization_index ON record (realization_index);
