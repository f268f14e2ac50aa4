-- Booked sessions by clinic, practitioner and start; last_sequence makes each change apply at most once.
CREATE TABLE schedule_patient (
    patient_id    VARCHAR(36)  NOT NULL,
    clinic_id     VARCHAR(255) NOT NULL,
    given_name    VARCHAR(255),
    family_name   VARCHAR(255),
    last_sequence BIGINT       NOT NULL,
    CONSTRAINT pk_schedule_patient PRIMARY KEY (patient_id)
);

CREATE TABLE schedule_session (
    session_id      VARCHAR(36)  NOT NULL,
    patient_id      VARCHAR(36)  NOT NULL,
    course_id       VARCHAR(36)  NOT NULL,
    clinic_id       VARCHAR(255) NOT NULL,
    practitioner_id VARCHAR(255) NOT NULL,
    starts_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    planned_minutes INTEGER      NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    last_sequence   BIGINT       NOT NULL,
    CONSTRAINT pk_schedule_session PRIMARY KEY (session_id)
);
CREATE INDEX ix_schedule_clinic_day ON schedule_session (clinic_id, status, starts_at);
CREATE INDEX ix_schedule_practitioner_day ON schedule_session (clinic_id, practitioner_id, status, starts_at);
