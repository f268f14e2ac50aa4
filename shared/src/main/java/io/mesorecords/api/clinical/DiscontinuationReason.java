package io.mesorecords.api.clinical;

/** Why a course ended before completion. */
public enum DiscontinuationReason {
    ADVERSE_REACTION,
    PATIENT_DECISION,
    CONTRAINDICATION_AROSE,
    LOST_TO_FOLLOW_UP,
    OTHER
}
