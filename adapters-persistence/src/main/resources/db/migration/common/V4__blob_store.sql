-- Blob records (API.md 6.3, 6.4). A file's bytes live in a blob store under blob_key: in the
-- table blob_chunk below unless Azure is configured. committed is false while a chunked upload
-- waits for its commit (before it, downloads are empty). The columns content, az_container and
-- az_blob of file and content of file_block stay unused: bytes are never kept in those rows.
ALTER TABLE file ADD COLUMN blob_key VARCHAR(64);
ALTER TABLE file ADD COLUMN committed BOOLEAN DEFAULT TRUE NOT NULL;
CREATE UNIQUE INDEX uq_file_blob_key ON file (blob_key);

-- The database's blob store: the content of each blob (block_id '') and each block staged for it,
-- as chunks of at most 1 MiB numbered from 0, so that no blob is ever held whole in memory.
-- There is no foreign key: blob stores work outside the records' transactions, and the
-- application deletes a blob after its record is gone (DEFECTS D-11).
CREATE TABLE blob_chunk (
    blob_key VARCHAR(64) NOT NULL,
    block_id VARCHAR(64) NOT NULL,
    seq      INTEGER NOT NULL,
    bytes    BYTEA NOT NULL,
    CONSTRAINT pk_blob_chunk PRIMARY KEY (blob_key, block_id, seq)
);
