-- The whole data model of ERT storage (DATA-MODEL.md 2) in H2 types. The PostgreSQL twin of this
-- file differs only in types. Every child row references its parent with ON DELETE CASCADE, so
-- deleting an experiment removes everything under it in one statement (DEFECTS D-11); the one
-- exception is a record info's prior, which may belong to another experiment and is SET NULL.
-- Lists of floats are packed little-endian float64 (exact for NaN, infinities and -0.0);
-- userdata is the JSON text of an object. H2 arrays hold at most 65536 elements, far more than an
-- ensemble has realizations or an observation group has points.

CREATE TABLE experiment (
    pk           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id           UUID NOT NULL CONSTRAINT uq_experiment_id UNIQUE,
    name         VARCHAR NOT NULL,
    userdata     CHARACTER VARYING NOT NULL DEFAULT '{}',
    time_created TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    time_updated TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- argument_values follow the function's argument order, so the names need no column.
CREATE TABLE prior (
    pk              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    experiment_pk   BIGINT NOT NULL CONSTRAINT fk_prior_experiment REFERENCES experiment (pk) ON DELETE CASCADE,
    name            VARCHAR NOT NULL,
    function_name   VARCHAR(16) NOT NULL CONSTRAINT ck_prior_function CHECK (function_name IN ('const', 'trig',
                        'normal', 'lognormal', 'ert_truncnormal', 'stdnormal', 'uniform', 'ert_duniform', 'loguniform',
                        'ert_erf', 'ert_derf')),
    argument_values BINARY VARYING NOT NULL,
    time_created    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT uq_prior_name UNIQUE (experiment_pk, name)
);

CREATE TABLE ensemble (
    pk                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id                  UUID NOT NULL CONSTRAINT uq_ensemble_id UNIQUE,
    experiment_pk       BIGINT NOT NULL CONSTRAINT fk_ensemble_experiment REFERENCES experiment (pk) ON DELETE CASCADE,
    size                INTEGER NOT NULL CONSTRAINT ck_ensemble_size CHECK (size >= -1),
    active_realizations INTEGER ARRAY NOT NULL,
    parameter_names     CHARACTER VARYING ARRAY NOT NULL,
    response_names      CHARACTER VARYING ARRAY NOT NULL,
    state               VARCHAR(8) NOT NULL DEFAULT 'open' CONSTRAINT ck_ensemble_state CHECK (state IN ('open', 'complete')),
    userdata            CHARACTER VARYING NOT NULL DEFAULT '{}',
    time_created        TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    time_updated        TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- An edge of the ensemble graph; it disappears with either of its ensembles.
CREATE TABLE "update" (
    pk                    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id                    UUID NOT NULL CONSTRAINT uq_update_id UNIQUE,
    algorithm             VARCHAR NOT NULL,
    ensemble_reference_pk BIGINT NOT NULL CONSTRAINT fk_update_reference REFERENCES ensemble (pk) ON DELETE CASCADE,
    ensemble_result_pk    BIGINT CONSTRAINT fk_update_result REFERENCES ensemble (pk) ON DELETE CASCADE,
    time_created          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    time_updated          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT uq_update_result UNIQUE (ensemble_result_pk)
);

CREATE TABLE observation (
    pk           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id           UUID NOT NULL CONSTRAINT uq_observation_id UNIQUE,
    experiment_pk BIGINT NOT NULL CONSTRAINT fk_observation_experiment REFERENCES experiment (pk) ON DELETE CASCADE,
    name         VARCHAR NOT NULL,
    x_axis       CHARACTER VARYING ARRAY NOT NULL,
    point_values BINARY VARYING NOT NULL,
    point_errors BINARY VARYING NOT NULL,
    userdata     CHARACTER VARYING NOT NULL DEFAULT '{}',
    time_created TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    time_updated TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT uq_observation_name UNIQUE (experiment_pk, name)
);

-- seq keeps the order in which the update lists its transformations.
CREATE TABLE observation_transformation (
    pk             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id             UUID NOT NULL CONSTRAINT uq_observation_transformation_id UNIQUE,
    update_pk      BIGINT NOT NULL CONSTRAINT fk_transformation_update REFERENCES "update" (pk) ON DELETE CASCADE,
    observation_pk BIGINT NOT NULL CONSTRAINT fk_transformation_observation REFERENCES observation (pk) ON DELETE CASCADE,
    seq            INTEGER NOT NULL,
    active         BOOLEAN ARRAY NOT NULL,
    scale          BINARY VARYING NOT NULL,
    time_created   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT uq_transformation_seq UNIQUE (update_pk, seq)
);

-- What all records of one name in one ensemble share; created by the first upload of the name.
CREATE TABLE record_info (
    pk           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ensemble_pk  BIGINT NOT NULL CONSTRAINT fk_record_info_ensemble REFERENCES ensemble (pk) ON DELETE CASCADE,
    name         VARCHAR NOT NULL,
    record_type  VARCHAR(16) NOT NULL CONSTRAINT ck_record_info_type CHECK (record_type IN ('f64_matrix', 'file')),
    record_class VARCHAR(16) NOT NULL CONSTRAINT ck_record_info_class CHECK (record_class IN ('parameter', 'response', 'other')),
    prior_pk     BIGINT CONSTRAINT fk_record_info_prior REFERENCES prior (pk) ON DELETE SET NULL,
    time_created TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    time_updated TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT uq_record_info_name UNIQUE (ensemble_pk, name)
);

-- realization_index is null for the ensemble-wide record; realization_key maps that to -1 so one
-- unique constraint allows one ensemble-wide record and one record per realization (DEFECTS D-47).
CREATE TABLE record (
    pk                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id                UUID NOT NULL CONSTRAINT uq_record_id UNIQUE,
    record_info_pk    BIGINT NOT NULL CONSTRAINT fk_record_record_info REFERENCES record_info (pk) ON DELETE CASCADE,
    realization_index INTEGER CONSTRAINT ck_record_realization_index CHECK (realization_index >= 0),
    realization_key   INTEGER GENERATED ALWAYS AS (COALESCE(realization_index, -1)),
    userdata          CHARACTER VARYING NOT NULL DEFAULT '{}',
    time_created      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    time_updated      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT uq_record_realization UNIQUE (record_info_pk, realization_key)
);

-- seq keeps the order in which an observation lists its records.
CREATE TABLE observation_record (
    observation_pk BIGINT NOT NULL CONSTRAINT fk_observation_record_observation REFERENCES observation (pk) ON DELETE CASCADE,
    record_pk      BIGINT NOT NULL CONSTRAINT fk_observation_record_record REFERENCES record (pk) ON DELETE CASCADE,
    seq            INTEGER NOT NULL,
    CONSTRAINT pk_observation_record PRIMARY KEY (observation_pk, record_pk)
);

-- The numeric payload of one record: content is the row-major little-endian float64 block of
-- the given shape; labels are JSON with a type tag per axis, null for unlabeled uploads.
CREATE TABLE f64_matrix (
    pk           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    record_pk    BIGINT NOT NULL CONSTRAINT fk_f64_matrix_record REFERENCES record (pk) ON DELETE CASCADE
                     CONSTRAINT uq_f64_matrix_record UNIQUE,
    shape        INTEGER ARRAY NOT NULL,
    content      BINARY LARGE OBJECT NOT NULL,
    labels       CHARACTER VARYING,
    time_created TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- The blob payload of one record: bytes here, or a pointer into Azure Blob Storage; content is
-- null until a chunked upload is committed.
CREATE TABLE file (
    pk           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    record_pk    BIGINT NOT NULL CONSTRAINT fk_file_record REFERENCES record (pk) ON DELETE CASCADE
                     CONSTRAINT uq_file_record UNIQUE,
    filename     VARCHAR NOT NULL,
    mimetype     VARCHAR NOT NULL,
    content      BINARY LARGE OBJECT,
    az_container VARCHAR,
    az_blob      VARCHAR,
    time_created TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    time_updated TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- One staged chunk of a chunked blob upload, tied to its file rather than to a record name.
CREATE TABLE file_block (
    pk           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    file_pk      BIGINT NOT NULL CONSTRAINT fk_file_block_file REFERENCES file (pk) ON DELETE CASCADE,
    block_id     VARCHAR NOT NULL,
    block_index  INTEGER NOT NULL,
    content      BINARY LARGE OBJECT,
    time_created TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT uq_file_block_index UNIQUE (file_pk, block_index)
);
