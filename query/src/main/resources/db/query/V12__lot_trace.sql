-- Every product use of a lot, one row per product line of a performed session (keyed by event and line).
CREATE TABLE lot_patient (
    patient_id    VARCHAR(36)  NOT NULL,
    clinic_id     VARCHAR(255) NOT NULL,
    given_name    VARCHAR(255),
    family_name   VARCHAR(255),
    CONSTRAINT pk_lot_patient PRIMARY KEY (patient_id)
);

CREATE TABLE lot_use (
    event_id        VARCHAR(255) NOT NULL,
    line            INTEGER      NOT NULL,
    lot_number      VARCHAR(255) NOT NULL,
    product_name    VARCHAR(255) NOT NULL,
    expiry_date     DATE,
    volume_ml       DECIMAL(8, 3),
    session_id      VARCHAR(36)  NOT NULL,
    course_id       VARCHAR(36)  NOT NULL,
    patient_id      VARCHAR(36)  NOT NULL,
    practitioner_id VARCHAR(255) NOT NULL,
    performed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_lot_use PRIMARY KEY (event_id, line)
);
CREATE INDEX ix_lot_use_lot ON lot_use (lot_number, performed_at);
