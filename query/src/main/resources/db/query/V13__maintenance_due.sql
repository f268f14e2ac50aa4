-- Per patient: when the last course was completed and whether any course was planned since (open or closed).
CREATE TABLE maintenance_patient (
    patient_id           VARCHAR(36)  NOT NULL,
    clinic_id            VARCHAR(255) NOT NULL,
    given_name           VARCHAR(255),
    family_name          VARCHAR(255),
    last_completed_on    DATE,
    last_planned_on      DATE,
    open_courses         INTEGER      NOT NULL,
    last_sequence        BIGINT       NOT NULL,
    CONSTRAINT pk_maintenance_patient PRIMARY KEY (patient_id)
);
CREATE INDEX ix_maintenance_due ON maintenance_patient (clinic_id, open_courses, last_completed_on);
