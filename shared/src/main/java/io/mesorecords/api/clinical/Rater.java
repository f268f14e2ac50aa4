package io.mesorecords.api.clinical;

/** Who rated an assessment. */
public enum Rater {
    CLINICIAN,
    PATIENT
}
