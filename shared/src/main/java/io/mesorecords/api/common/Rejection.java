package io.mesorecords.api.common;

/**
 * Every reason a command can be refused, with a stable machine-readable code. Clients branch on the code, never on the
 * sentence. The kind tells the edge how to answer: the target does not exist, it is in a conflicting state, or a
 * clinical rule refused the command.
 */
public enum Rejection {
    PATIENT_NOT_FOUND("patient.not-found", Kind.NOT_FOUND),
    PATIENT_ALREADY_EXISTS("patient.already-exists", Kind.CONFLICT),
    PATIENT_DATE_OF_BIRTH_IN_FUTURE("patient.date-of-birth-in-future", Kind.RULE),
    PATIENT_AGE_OVER_120("patient.age-over-120", Kind.RULE),
    PATIENT_ERASED("patient.erased", Kind.CONFLICT),

    /** The record moved on since the version the client gave (If-Match). */
    RECORD_VERSION_CONFLICT("record.version-conflict", Kind.CONFLICT),
    /** Another change to the record was appended at the same moment; retried before it is answered. */
    RECORD_CONCURRENT_CHANGE("record.concurrent-change", Kind.CONFLICT),

    SCREENING_DATE_IN_FUTURE("screening.date-in-future", Kind.RULE),

    CONSENT_NOT_GIVEN("consent.not-given", Kind.RULE),

    COURSE_SCREENING_OUTDATED("course.screening-outdated", Kind.RULE),
    CONTRAINDICATION_PREGNANCY("contraindication.pregnancy", Kind.RULE),
    CONTRAINDICATION_BREASTFEEDING("contraindication.breastfeeding", Kind.RULE),
    CONTRAINDICATION_ALLERGY("contraindication.allergy", Kind.RULE),
    CONTRAINDICATION_INFECTION("contraindication.infection", Kind.RULE),
    CONTRAINDICATION_NO_TREATMENT_CONSENT("contraindication.no-treatment-consent", Kind.RULE),
    COURSE_NOT_FOUND("course.not-found", Kind.NOT_FOUND),
    COURSE_ALREADY_EXISTS("course.already-exists", Kind.CONFLICT),
    COURSE_CLOSED("course.closed", Kind.CONFLICT),
    COURSE_NO_PERFORMED_SESSION("course.no-performed-session", Kind.RULE),
    COURSE_SESSIONS_STILL_SCHEDULED("course.sessions-still-scheduled", Kind.CONFLICT),
    COURSE_TOO_MANY_SESSIONS("course.too-many-sessions", Kind.RULE),

    SESSION_NOT_FOUND("session.not-found", Kind.NOT_FOUND),
    SESSION_ALREADY_EXISTS("session.already-exists", Kind.CONFLICT),
    SESSION_INTERVAL_TOO_SHORT("session.interval-too-short", Kind.RULE),
    SESSION_OVERLAP("session.overlap", Kind.CONFLICT),
    SESSION_MORE_THAN_PLANNED("session.more-than-planned", Kind.RULE),
    SESSION_ALREADY_PERFORMED("session.already-performed", Kind.CONFLICT),
    SESSION_CANCELLED("session.cancelled", Kind.CONFLICT),
    SESSION_NO_SHOW("session.no-show", Kind.CONFLICT),
    SESSION_LOT_EXPIRED("session.lot-expired", Kind.RULE),
    SESSION_DEPTH_OUT_OF_RANGE("session.depth-out-of-range", Kind.RULE),

    REACTION_NOT_FOUND("reaction.not-found", Kind.NOT_FOUND),
    REACTION_ALREADY_EXISTS("reaction.already-exists", Kind.CONFLICT),
    REACTION_SESSION_NOT_PERFORMED("reaction.session-not-performed", Kind.RULE),
    REACTION_ONSET_BEFORE_SESSION("reaction.onset-before-session", Kind.RULE),
    REACTION_ALREADY_RESOLVED("reaction.already-resolved", Kind.CONFLICT),
    REACTION_RESOLVED_BEFORE_ONSET("reaction.resolved-before-onset", Kind.RULE),

    ASSESSMENT_ALREADY_EXISTS("assessment.already-exists", Kind.CONFLICT),
    ASSESSMENT_VALUE_OUTSIDE_SCALE("assessment.value-outside-scale", Kind.RULE),
    ASSESSMENT_WRONG_SCALE("assessment.wrong-scale", Kind.RULE),

    CORRECTION_ENTRY_NOT_FOUND("correction.entry-not-found", Kind.RULE),
    CORRECTION_REASON_MISSING("correction.reason-missing", Kind.RULE),
    CORRECTION_FIELD_NOT_CORRECTABLE("correction.field-not-correctable", Kind.RULE),

    ERASURE_RETENTION_NOT_OVER("erasure.retention-not-over", Kind.RULE),
    ERASURE_OVERRIDE_REASON_MISSING("erasure.override-reason-missing", Kind.RULE),
    ERASURE_OVERRIDE_NOT_PERMITTED("erasure.override-not-permitted", Kind.RULE);

    /** How a rejection relates to the state of the record. */
    public enum Kind {
        NOT_FOUND,
        CONFLICT,
        RULE
    }

    private final String code;
    private final Kind kind;

    Rejection(String code, Kind kind) {
        this.code = code;
        this.kind = kind;
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    public static Rejection ofCode(String code) {
        for (Rejection rejection : values()) {
            if (rejection.code.equals(code)) {
                return rejection;
            }
        }
        throw new IllegalArgumentException("Unknown rejection code " + code);
    }
}
