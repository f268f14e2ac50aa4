-- De-identified read model of the outcome report (processing group outcome-report), see docs/outcome-report.md.
-- Every key is a keyed hash of the original id; no name, contact, date of birth, exact clinical date or free text is
-- stored. A patient appears here only while their analytics consent stands.
CREATE TABLE outcome_patient (
    patient_key BIGINT NOT NULL,
    CONSTRAINT pk_outcome_patient PRIMARY KEY (patient_key)
);

-- One row per course with every single-valued dimension and every metric input precomputed.
CREATE TABLE outcome_course (
    course_key             BIGINT      NOT NULL,
    patient_key            BIGINT      NOT NULL,
    clinic_id              VARCHAR(64) NOT NULL,
    technique              VARCHAR(32) NOT NULL,
    age_band               SMALLINT,
    fitzpatrick            SMALLINT,
    glogau                 SMALLINT,
    planned_month          CHAR(7)     NOT NULL,
    planned_quarter        CHAR(7)     NOT NULL,
    planned_year           CHAR(4)     NOT NULL,
    status                 VARCHAR(16) NOT NULL,
    discontinuation_reason VARCHAR(32),
    final_gais             SMALLINT,
    satisfaction           SMALLINT,
    performed_sessions     INTEGER     DEFAULT 0 NOT NULL,
    sessions_with_reaction INTEGER     DEFAULT 0 NOT NULL,
    reactions              INTEGER     DEFAULT 0 NOT NULL,
    reactions_within_48h   INTEGER     DEFAULT 0 NOT NULL,
    -- Performed sessions with at least one reaction of each type and of each grade.
    sessions_erythema                    INTEGER     DEFAULT 0 NOT NULL,
    sessions_oedema                      INTEGER     DEFAULT 0 NOT NULL,
    sessions_papules                     INTEGER     DEFAULT 0 NOT NULL,
    sessions_haematoma                   INTEGER     DEFAULT 0 NOT NULL,
    sessions_itching                     INTEGER     DEFAULT 0 NOT NULL,
    sessions_burning                     INTEGER     DEFAULT 0 NOT NULL,
    sessions_pain                        INTEGER     DEFAULT 0 NOT NULL,
    sessions_infection                   INTEGER     DEFAULT 0 NOT NULL,
    sessions_nodules                     INTEGER     DEFAULT 0 NOT NULL,
    sessions_allergic_reaction           INTEGER     DEFAULT 0 NOT NULL,
    sessions_pigmentation_change         INTEGER     DEFAULT 0 NOT NULL,
    sessions_grade_1                     INTEGER     DEFAULT 0 NOT NULL,
    sessions_grade_2                     INTEGER     DEFAULT 0 NOT NULL,
    sessions_grade_3                     INTEGER     DEFAULT 0 NOT NULL,
    sessions_grade_4                     INTEGER     DEFAULT 0 NOT NULL,
    sessions_grade_5                     INTEGER     DEFAULT 0 NOT NULL,
    wsrs_baseline          DECIMAL(10, 4),
    wsrs_last              DECIMAL(10, 4),
    hydration_baseline     DECIMAL(10, 4),
    hydration_last         DECIMAL(10, 4),
    elasticity_baseline    DECIMAL(10, 4),
    elasticity_last        DECIMAL(10, 4),
    CONSTRAINT pk_outcome_course PRIMARY KEY (course_key)
);
CREATE INDEX ix_outcome_course_patient ON outcome_course (patient_key);
CREATE INDEX ix_outcome_course_technique ON outcome_course (technique, planned_month);
CREATE INDEX ix_outcome_course_clinic ON outcome_course (clinic_id, planned_month);
CREATE INDEX ix_outcome_course_month ON outcome_course (planned_month);

-- Multi-valued dimensions of a course.
CREATE TABLE outcome_course_indication (
    course_key BIGINT      NOT NULL,
    indication VARCHAR(32) NOT NULL,
    CONSTRAINT pk_outcome_course_indication PRIMARY KEY (course_key, indication)
);
CREATE INDEX ix_outcome_indication ON outcome_course_indication (indication, course_key);

CREATE TABLE outcome_course_product (
    course_key BIGINT       NOT NULL,
    product    VARCHAR(200) NOT NULL,
    CONSTRAINT pk_outcome_course_product PRIMARY KEY (course_key, product)
);
CREATE INDEX ix_outcome_product ON outcome_course_product (product, course_key);

CREATE TABLE outcome_course_ingredient (
    course_key BIGINT      NOT NULL,
    ingredient VARCHAR(32) NOT NULL,
    CONSTRAINT pk_outcome_course_ingredient PRIMARY KEY (course_key, ingredient)
);
CREATE INDEX ix_outcome_ingredient ON outcome_course_ingredient (ingredient, course_key);

CREATE TABLE outcome_course_practitioner (
    course_key      BIGINT      NOT NULL,
    practitioner_id VARCHAR(64) NOT NULL,
    CONSTRAINT pk_outcome_course_practitioner PRIMARY KEY (course_key, practitioner_id)
);
CREATE INDEX ix_outcome_practitioner ON outcome_course_practitioner (practitioner_id, course_key);

-- Performed sessions only: who treated, nothing else.
CREATE TABLE outcome_session (
    session_key     BIGINT      NOT NULL,
    course_key      BIGINT      NOT NULL,
    practitioner_id VARCHAR(64) NOT NULL,
    CONSTRAINT pk_outcome_session PRIMARY KEY (session_key)
);
CREATE INDEX ix_outcome_session_course ON outcome_session (course_key);

CREATE TABLE outcome_reaction (
    reaction_key     BIGINT      NOT NULL,
    course_key       BIGINT      NOT NULL,
    session_key      BIGINT      NOT NULL,
    reaction_type    VARCHAR(32) NOT NULL,
    grade            SMALLINT    NOT NULL,
    serious          BOOLEAN     NOT NULL,
    onset_epoch      BIGINT      NOT NULL,
    resolved_epoch   BIGINT,
    duration_seconds BIGINT,
    CONSTRAINT pk_outcome_reaction PRIMARY KEY (reaction_key)
);
CREATE INDEX ix_outcome_reaction_course ON outcome_reaction (course_key, duration_seconds);

CREATE TABLE outcome_assessment (
    assessment_key BIGINT         NOT NULL,
    course_key     BIGINT         NOT NULL,
    scale          VARCHAR(32)    NOT NULL,
    rater          VARCHAR(16)    NOT NULL,
    time_rank      INTEGER        NOT NULL,
    assessed_epoch BIGINT         NOT NULL,
    score          DECIMAL(10, 4) NOT NULL,
    CONSTRAINT pk_outcome_assessment PRIMARY KEY (assessment_key)
);
CREATE INDEX ix_outcome_assessment_course ON outcome_assessment (course_key, scale);
