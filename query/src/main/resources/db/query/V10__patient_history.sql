-- One precomputed history document per patient (summary + timeline), so a read is one primary-key lookup.
-- version is the sequence number of the last event applied: the projection skips what it has already applied.
CREATE TABLE patient_history (
    patient_id VARCHAR(36) NOT NULL,
    version    BIGINT      NOT NULL,
    document   ${text}        NOT NULL,
    CONSTRAINT pk_patient_history PRIMARY KEY (patient_id)
);
