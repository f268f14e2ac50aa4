-- The first answer to each request sent with an Idempotency-Key, so that a retry returns it instead of sending the
-- command again. A row is IN_PROGRESS while its request runs and COMPLETED with the stored answer afterwards; rows are
-- purged once expires_at has passed.
CREATE TABLE idempotency_record (
    idempotency_key       VARCHAR(255)             NOT NULL,
    fingerprint           CHAR(64)                 NOT NULL,
    state                 VARCHAR(16)              NOT NULL, -- IN_PROGRESS or COMPLETED
    response_status       INTEGER,
    response_location     VARCHAR(2048),
    response_etag         VARCHAR(64),
    response_content_type VARCHAR(255),
    response_body         ${binary},
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_idempotency_record PRIMARY KEY (idempotency_key)
);

CREATE INDEX ix_idempotency_record_expires_at ON idempotency_record (expires_at);
