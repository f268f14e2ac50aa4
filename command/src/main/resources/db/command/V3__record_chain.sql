-- One link per stored event: the SHA-256 of the event's canonical form chained to the previous link of the same
-- patient record (docs/security.md). Written in the transaction that appends the event, by ChainedJdbcEventStorageEngine.
CREATE TABLE record_chain (
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL,
    entry_hash           CHAR(64)     NOT NULL, -- lower-case hex
    CONSTRAINT pk_record_chain PRIMARY KEY (aggregate_identifier, sequence_number)
);
