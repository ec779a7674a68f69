-- The open-data ZIP of each public dialogue, produced every night (issue 20) and kept in the
-- file storage under storage_key; downloads serve the latest one with its date.
CREATE TABLE open_data_archive (
    dialogue_slug  VARCHAR(100) PRIMARY KEY,
    storage_key    VARCHAR(200) NOT NULL,
    etag           VARCHAR(80)  NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    generated_at   TIMESTAMPTZ  NOT NULL
);
