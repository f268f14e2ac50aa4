-- The access log: one entry per read of a patient's record, served or refused (ISO 27789 fields), never clinical
-- values. Entries form one hash chain in chain_position order; access_audit_head holds the chain's last link and is
-- the row every writer locks, so entries are appended one at a time across nodes (docs/security.md).
CREATE TABLE access_audit (
    chain_position BIGINT                   NOT NULL,
    entry_id       VARCHAR(36)              NOT NULL,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    action         CHAR(1)                  NOT NULL, -- C, R, U, D or E (ISO 27789)
    outcome        VARCHAR(7)               NOT NULL, -- SUCCESS or FAILURE
    status         INTEGER                  NOT NULL, -- the HTTP status answered
    user_id        VARCHAR(128),
    role           VARCHAR(128),
    clinic_id      VARCHAR(128),
    purpose_of_use VARCHAR(32),
    client_address VARCHAR(64),
    patient_id     VARCHAR(36),
    object_type    VARCHAR(64)              NOT NULL,
    object_path    VARCHAR(512)             NOT NULL,
    object_query   VARCHAR(512),
    correlation_id VARCHAR(128),
    entry_hash     CHAR(64)                 NOT NULL,
    CONSTRAINT pk_access_audit PRIMARY KEY (chain_position),
    CONSTRAINT uk_access_audit_entry UNIQUE (entry_id)
);

CREATE INDEX ix_access_audit_patient ON access_audit (patient_id, chain_position);
CREATE INDEX ix_access_audit_user ON access_audit (user_id, chain_position);
CREATE INDEX ix_access_audit_time ON access_audit (occurred_at);

CREATE TABLE access_audit_head (
    id             INTEGER  NOT NULL,
    chain_position BIGINT   NOT NULL,
    entry_hash     CHAR(64) NOT NULL,
    CONSTRAINT pk_access_audit_head PRIMARY KEY (id)
);

INSERT INTO access_audit_head (id, chain_position, entry_hash)
VALUES (1, -1, '0000000000000000000000000000000000000000000000000000000000000000');
